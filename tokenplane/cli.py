"""The `tokenplane` command: the only module that prints or decides exit codes.

Exit status, the same for every command:

  0  success (`plan`: the plan was printed; with --detailed-exitcode, nothing changed)
  1  invalid input: the config, the rendered objects or the output folder is refused, or
     `validate`/`plan` find dist/ stale (`plan --detailed-exitcode`: something changed)
  2  the command line is wrong, or an input cannot be read (no such folder, file or ref)
  3  internal error (a bug: please report it) or interrupted

Every problem — of the config, a construct, a schema, an invariant, the layout, the output
folder or the writer — is one `tokenplane.problems.Problem`, printed on stderr, one per line,
as `file[:line]: key or object: what; what to do`, all at once; no traceback is shown (set
TOKENPLANE_DEBUG=1 to see one for an internal error).

`synth` judges what it rendered exactly as `validate` judges a written tree: every document
against its pinned schema (CRD structural schema and CEL rules, or the Kubernetes OpenAPI
schema plus semantic checks), then the platform invariants of each cluster.
"""

from __future__ import annotations

import argparse
import datetime
import os
import signal
import sys
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from tokenplane.config import ConfigError, load_config
from tokenplane.output.target import (
    MARKER,
    OutputRefused,
    check_target,
    make_marker,
    stale_reason,
)
from tokenplane.paths import shared_root
from tokenplane.problems import Location, Problem, ProblemsError, format_problem
from tokenplane.secrets import scrub
from tokenplane.version import __version__

if TYPE_CHECKING:
    from tokenplane.resolve import ResolvedCluster

OK, INVALID, USAGE, INTERNAL = 0, 1, 2, 3
EXIT_CODES = """exit status (every command):
  0  success (plan: the plan was printed; with --detailed-exitcode: no changes)
  1  invalid input: config, objects or output folder refused, or dist/ is stale
     (plan --detailed-exitcode: there are changes)
  2  wrong command line, or an input cannot be read (no such folder, file or ref)
  3  internal error (please report it) or interrupted
"""
EXPIRING_DAYS = 14


class _Unreadable(Exception):
    """Defines an input that cannot be read at all (exit status 2): one `input` Problem."""

    def __init__(self, where: Path, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.problem = Problem("input", Location(file=str(where)), message, hint)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else USAGE
    try:
        if args.command == "synth":
            return _synth(Path(args.config), Path(args.out), args.today)
        if args.command == "validate":
            return _validate(Path(args.dist), _config_or_none(args.config), args.today)
        if args.command == "plan":
            return _plan(args)
        parser.print_help(sys.stderr)
        return USAGE
    except _Unreadable as error:
        print(f"tokenplane: {format_problem(error.problem)}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("tokenplane: interrupted; nothing was changed", file=sys.stderr)
        return INTERNAL
    except (RecursionError, MemoryError):
        print(
            "tokenplane: an input is too deeply nested or too large to read; nothing was changed",
            file=sys.stderr,
        )
        return INVALID
    except Exception as error:  # noqa: BLE001 -- the one place a bug becomes a message
        if os.environ.get("TOKENPLANE_DEBUG"):
            traceback.print_exc()
        print(
            f"tokenplane: internal error ({type(error).__name__}: {scrub(_first_line(error))}); "
            "nothing was changed. This is a bug: please report it "
            "(TOKENPLANE_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return INTERNAL


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    line = text[0] if text else ""
    return line if len(line) <= 200 else line[:197] + "..."


def _today() -> datetime.date:
    return datetime.datetime.now(datetime.UTC).date()


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 36500:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days (0 to 36500)")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tokenplane",
        description="Synthesize a multi-tenant LLM API platform from config/ into dist/.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tokenplane {__version__}")
    commands = parser.add_subparsers(dest="command")
    synth = commands.add_parser(
        "synth",
        help="render config/ into dist/ (replaced only if everything is valid)",
        description="Render config/ into the output folder. The folder is replaced only when "
        f"everything is valid, and only when it is missing, empty or tokenplane's own output "
        f"(it has a {MARKER} file and nothing tokenplane did not write).",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    synth.add_argument("--config", default="config", help="config folder (default: config)")
    synth.add_argument("--out", default="dist", help="output folder (default: dist)")
    synth.add_argument(
        "--today",
        type=_date,
        default=_today(),
        help="date (YYYY-MM-DD) keys' expiry is judged against (default: today, UTC)",
    )
    validate = commands.add_parser(
        "validate",
        help="check a rendered tree like the API server would, plus the invariants",
        description="Check a rendered tree: it is current (what --config synthesizes now), "
        "every kustomization.yaml lists exactly its folder's files, every document passes its "
        "pinned schema, and the platform invariants hold.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument("dist", nargs="?", default="dist", help="tree to check (default: dist)")
    validate.add_argument(
        "--config",
        default="config",
        help="config folder the tree must be current with (default: config; skipped if absent)",
    )
    validate.add_argument("--today", type=_date, default=_today(), help=argparse.SUPPRESS)
    plan = commands.add_parser(
        "plan",
        help="describe what changes between dist/ at a Git ref and the working tree (Markdown)",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    plan.add_argument("--dist", default="dist", help="output folder (default: dist)")
    plan.add_argument(
        "--config",
        default="config",
        help="config folder --dist must be current with, read to tell suspended tenants "
        "from removed ones (default: config)",
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
    plan.add_argument(
        "--detailed-exitcode",
        action="store_true",
        help="exit 1 when something changed (as Terraform's flag; default: 0 either way)",
    )
    plan.add_argument(
        "--expiring-within",
        metavar="DAYS",
        type=_days,
        default=EXPIRING_DAYS,
        help=f"list keys that expire within DAYS days (default: {EXPIRING_DAYS})",
    )
    plan.add_argument("--today", type=_date, default=_today(), help=argparse.SUPPRESS)
    return parser


def _config_or_none(config: str) -> Path | None:
    path = Path(config)
    return path if path.is_dir() else None


def _require_shared() -> Path:
    crds = shared_root() / "crds"
    if not crds.is_dir():
        raise _Unreadable(
            crds,
            "the pinned upstream CRDs are missing",
            "put the shared folder beside the checkout (../shared) or set TOKENPLANE_SHARED to it",
        )
    return crds


def _plan(args: argparse.Namespace) -> int:
    from tokenplane.plan import PlanError, load_ref, load_tree, merge_base, plan, render
    from tokenplane.plan.expiry import expiry, render_expiry

    dist, config = Path(args.dist), Path(args.config)
    head_config = config if config.is_dir() else None
    try:
        if args.base_dist is not None:
            base_config = Path(args.base_config) if args.base_config else None
            base = load_tree(Path(args.base_dist), base_config, today=args.today)
            label = f"`{args.base_dist}`"
        else:
            ref = args.base or merge_base(dist.resolve().parent)
            base = load_ref(ref, dist, head_config, today=args.today)
            merged = args.base is None and ref != "HEAD"
            label = f"`{ref[:12]}` (merge base with main)" if merged else f"`{ref}`"
        head = load_tree(dist, head_config, today=args.today)
    except PlanError as error:
        (problem,) = error.problems
        print(f"tokenplane: cannot plan: {format_problem(problem)}", file=sys.stderr)
        return USAGE
    if head.problems or base.problems:
        return _report("cannot plan: a tree cannot be read", [*base.problems, *head.problems], None)
    if head_config is not None:
        stale = stale_reason(dist, head_config, args.today)
        if stale:
            return _report(f"cannot plan: {dist} is stale", [stale], None)
    plans = plan(base, head)
    text = render(plans, base=label, head=f"`{args.dist}`")
    days = args.expiring_within
    text += render_expiry(expiry(base, head, args.today, days), days)
    print(text, end="")
    changed = any(p.has_changes for p in plans)
    return INVALID if args.detailed_exitcode and changed else OK


def _synth(config: Path, out: Path, today: datetime.date) -> int:
    if not config.is_dir():
        raise _Unreadable(config, "no such config folder")
    try:
        spec = load_config(config, display_root=str(config))
    except ConfigError as error:
        return _report(f"{config}: the config has {_problems(error.problems)}", error.problems)
    try:
        check_target(out, config)
    except OutputRefused as error:
        return _report("refused to write the output", error.problems)
    crds = _require_shared()

    from tokenplane.app import render  # starts the cdk8s runtime: only for a valid config
    from tokenplane.output import Layout, path_of, render_tree, replace_tree
    from tokenplane.resolve import stale_after, withdrawn_keys
    from tokenplane.validate import Document
    from tokenplane.validate.gate import judge

    with _terminate_as_interrupt():
        try:
            rendered = render(spec, today=today, layout=Layout.of_output(out))
        except ProblemsError as error:
            summary = f"the config cannot be built into objects: {_problems(error.problems)}"
            return _report(summary, error.problems)
        clusters = {cluster: result.objects for cluster, result in rendered.items()}
        documents = {
            cluster: [
                Document(source=f"{out / cluster / path_of(manifest)}", index=0, body=manifest)
                for manifest in manifests
            ]
            for cluster, manifests in clusters.items()
        }
        expected = {cluster: result.cluster for cluster, result in rendered.items()}
        problems = judge(documents, crd_root=crds, expected=expected)
        if problems:
            return _report(f"the output has {_problems(problems)}", problems)
        try:
            files = render_tree(clusters)
            files[MARKER] = make_marker(config, files, stale_after(expected))
            replace_tree(out, files)
        except ProblemsError as error:  # LayoutError (two objects, one file) or WriteError
            return _report("cannot write the output", error.problems)
    for tenant, key, expired in withdrawn_keys(expected):
        print(
            f"tokenplane: withdrew key {key} of tenant {tenant}: it expired on "
            f"{expired.isoformat()}",
        )
    print(f"tokenplane: wrote {_count(files, 'file')} to {out}")
    return OK


def _validate(dist: Path, config: Path | None, today: datetime.date) -> int:
    from tokenplane.validate import load_clusters
    from tokenplane.validate.gate import judge
    from tokenplane.validate.kustomize import listing_problems

    if not dist.is_dir():
        raise _Unreadable(dist, "no such folder")
    crds = _require_shared()
    clusters, unreadable = load_clusters(dist)
    problems: list[Problem] = [*unreadable, *listing_problems(dist)]
    expected = None
    if config is not None:
        stale = stale_reason(dist, config, today)
        if stale:
            problems.append(stale)
        else:
            expected, config_problems = _resolved(config, dist, today)
            problems.extend(config_problems)
    problems.extend(judge(clusters, crd_root=crds, expected=expected))
    if problems:
        return _report(f"{dist} has {_problems(problems)}", problems, None)
    count = sum(len(documents) for documents in clusters.values())
    print(f"tokenplane: {dist} is valid ({count} document{'' if count == 1 else 's'})")
    return OK


def _resolved(
    config: Path, dist: Path, today: datetime.date
) -> tuple[dict[str, ResolvedCluster] | None, list[Problem]]:
    """The clusters `config` resolves to, by id, which a current tree must contain; or the
    config's problems."""
    from tokenplane.output import Layout
    from tokenplane.resolve import resolve

    try:
        spec = load_config(config, display_root=str(config))
    except ConfigError as error:
        return None, list(error.problems)
    return dict(resolve(spec, today=today, layout=Layout.of_output(dist))), []


def _report(summary: str, problems: Sequence[Problem], changed: str | None = "nothing") -> int:
    """Prints every problem, one per line, under a summary, then the notes of what could not
    be checked; the only place problems are formatted (`format_problem`)."""
    real = [problem for problem in problems if not problem.is_note]
    notes = [problem for problem in problems if problem.is_note]
    tail = f"; {changed} was written" if changed else ""
    print(f"tokenplane: {summary}{tail}:", file=sys.stderr)
    for problem in (*real, *notes):
        for line in format_problem(problem).splitlines():
            print(f"  {line}", file=sys.stderr)
    return INVALID


def _problems(problems: Sequence[Problem]) -> str:
    """`N problem(s)`, the notes of what could not be checked not counted."""
    return _count([problem for problem in problems if not problem.is_note], "problem")


def _count(items: Sequence[object] | Mapping[str, Any], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


class _terminate_as_interrupt:  # noqa: N801 -- used as a statement, like contextlib's
    """Defines a block in which SIGTERM (and SIGHUP) interrupt like Ctrl-C, so the writer's
    cleanup runs."""

    def __enter__(self) -> None:
        self._saved: dict[int, Any] = {}
        for number in (signal.SIGTERM, signal.SIGHUP):
            try:
                self._saved[number] = signal.signal(number, _interrupt)
            except ValueError:  # not the main thread
                pass

    def __exit__(self, *_: object) -> None:
        for number, handler in self._saved.items():
            signal.signal(number, handler)


def _interrupt(number: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run() -> None:
    """Console-script entry point."""
    try:
        status = main()
    except KeyboardInterrupt:
        status = INTERNAL
    sys.exit(status)
