"""The `tokenplane` command: the only module that prints or decides exit codes.

Exit status: 0 success; 1 the config, the objects or the output are invalid (every problem
is printed, one per line, and dist/ is left as it was); 2 the command line is wrong.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from tokenplane.config import ConfigError, load_config
from tokenplane.invariants import check_cluster
from tokenplane.output import LayoutError, render_tree, replace_tree


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "synth":
        return _synth(Path(args.config), Path(args.out), args.today)
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
    return parser


def _synth(config: Path, out: Path, today: datetime.date) -> int:
    from tokenplane.app import synthesize  # starts the cdk8s runtime: only when synthesizing

    try:
        spec = load_config(config, display_root=str(config))
    except ConfigError as error:
        return _fail(f"{config}: the config has {_count(error.issues, 'problem')}", error)
    clusters = synthesize(spec, today=today)
    violations = [
        v for cluster, objects in clusters.items() for v in check_cluster(cluster, objects)
    ]
    if violations:
        return _fail(
            f"{_count(violations, 'platform invariant')} broken",
            "\n".join(str(violation) for violation in violations),
        )
    try:
        files = render_tree(clusters)
    except LayoutError as error:
        return _fail("the output has conflicting files", error)
    replace_tree(out, files)
    print(f"tokenplane: wrote {_count(files, 'file')} to {out}")
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
