"""The `tokenplane` command: the only module that prints or decides exit codes.

Exit status of `synth` and `validate`: 0 success; 1 the config, the objects or the output are
invalid (every problem is printed, one per line, and dist/ is left as it was); 2 the command
line is wrong (or, for `validate`, the folder does not exist).

Exit status of `plan`: 0 nothing changed; 1 something changed (the plan, Markdown, is printed
either way); 2 a side cannot be read (no such ref or folder) or the command line is wrong.

`synth` judges what it rendered exactly as `validate` judges a written tree: every document
against its pinned schema (CRD structural schema and CEL rules, or the Kubernetes OpenAPI
schema plus semantic checks), then the platform invariants of each cluster.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from tokenplane.config import ConfigError, load_config
from tokenplane.output import Layout, LayoutError, path_of, render_tree, replace_tree
from tokenplane.paths import shared_root
from tokenplane.validate import Document, load_clusters
from tokenplane.validate.gate import judge


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "synth":
        return _synth(Path(args.config), Path(args.out), args.today)
    if args.command == "validate":
        return _validate(Path(args.dist))
    if args.command == "plan":
        return _plan(args)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tokenplane",
        description="Synthesize a multi-tenant LLM API platform from config/ into dist/.",
    )
    commands = parser.add_subparsers(dest="command")
    synth = commands.add_parser(
        "synth", help="render config/ into dist/ (replaced only if everything is valid)"
    )
    synth.add_argument("--config", default="config", help="config folder (default: config)")
    synth.add_argument("--out", default="dist", help="output folder (default: dist)")
    synth.add_argument(
        "--today",
        type=datetime.date.fromisoformat,
        default=datetime.datetime.now(datetime.UTC).date(),
        help="date (YYYY-MM-DD) keys' expiry is judged against (default: today, UTC)",
    )
    validate = commands.add_parser(
        "validate", help="check a rendered tree like the API server would, plus the invariants"
    )
    validate.add_argument("dist", nargs="?", default="dist", help="tree to check (default: dist)")
    plan = commands.add_parser(
        "plan",
        help="describe what changes between dist/ at a Git ref and the working tree (Markdown)",
    )
    plan.add_argument("--dist", default="dist", help="output folder (default: dist)")
    plan.add_argument(
        "--config",
        default="config",
        help="config folder, read to tell suspended tenants from removed ones (default: config)",
    )
    base = plan.add_mutually_exclusive_group()
    base.add_argument(
        "--base",
        metavar="REF",
        help="Git ref to compare with (default: the merge base of HEAD with main, else HEAD)",
    )
    base.add_argument(
        "--base-dist", metavar="DIR", help="compare with this dist/ folder instead of a Git ref"
    )
    plan.add_argument(
        "--base-config", metavar="DIR", help="the config folder of --base-dist (optional)"
    )
    return parser


def _plan(args: argparse.Namespace) -> int:
    from tokenplane.plan import PlanError, load_ref, load_tree, merge_base, plan, render

    dist, config = Path(args.dist), Path(args.config)
    head_config = config if config.is_dir() else None
    try:
        if args.base_dist is not None:
            base_config = Path(args.base_config) if args.base_config else None
            base = load_tree(Path(args.base_dist), base_config)
            label = f"`{args.base_dist}`"
        else:
            ref = args.base or merge_base(dist.resolve().parent)
            base = load_ref(ref, dist, head_config)
            merged = args.base is None and ref != "HEAD"
            label = f"`{ref[:12]}` (merge base with main)" if merged else f"`{ref}`"
        head = load_tree(dist, head_config)
    except PlanError as error:
        print(f"tokenplane: cannot plan: {error}", file=sys.stderr)
        return 2
    plans = plan(base, head)
    print(render(plans, base=label, head=f"`{args.dist}`"), end="")
    return 1 if any(p.has_changes for p in plans) else 0


def _synth(config: Path, out: Path, today: datetime.date) -> int:
    from tokenplane.app import synthesize  # starts the cdk8s runtime: only when synthesizing

    try:
        spec = load_config(config, display_root=str(config))
    except ConfigError as error:
        return _fail(f"{config}: the config has {_count(error.issues, 'problem')}", error)
    try:
        clusters = synthesize(spec, today=today, layout=Layout.of_output(out))
    except LayoutError as error:
        return _fail("the output has objects with no place in it", error)
    documents = {
        cluster: [
            Document(source=f"{out / cluster / path_of(manifest)}", index=0, body=manifest)
            for manifest in manifests
        ]
        for cluster, manifests in clusters.items()
    }
    problems = judge(documents, crd_root=shared_root() / "crds")
    if problems:
        return _fail(f"the output has {_count(problems, 'problem')}", "\n".join(problems))
    try:
        files = render_tree(clusters)
    except LayoutError as error:
        return _fail("the output has conflicting files", error)
    replace_tree(out, files)
    print(f"tokenplane: wrote {_count(files, 'file')} to {out}")
    return 0


def _validate(dist: Path) -> int:
    if not dist.is_dir():
        print(f"tokenplane: {dist} is not a folder", file=sys.stderr)
        return 2
    clusters = load_clusters(dist)
    problems = judge(clusters, crd_root=shared_root() / "crds")
    if problems:
        print(f"tokenplane: {dist} has {_count(problems, 'problem')}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    count = sum(len(documents) for documents in clusters.values())
    print(f"tokenplane: {dist} is valid ({count} document{'' if count == 1 else 's'})")
    return 0


def _fail(summary: str, error: Exception | str) -> int:
    print(f"tokenplane: {summary}; nothing was written:", file=sys.stderr)
    for line in str(error).splitlines():
        print(f"  {line}", file=sys.stderr)
    return 1


def _count(items: Sequence[object] | dict[str, str], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
