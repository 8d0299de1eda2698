"""Scale benchmark: synth and validate for 10 to 10,000 tenants and 2 to 64 models (issue #7).

`make bench` (or `python bench/run.py`) runs each size in its own child process, so that peak
memory is per size, then measures diff locality, prints a table and writes the figures to
`bench/results/latest.json`. One size alone: `python bench/run.py --size 10x2` prints its
figures as JSON. Phases, in the order `tokenplane synth` runs them:

- load: read and check config/ (`load_config`);
- build: instantiate the charts and their constructs (`app.build_charts`);
- synthesize: turn them into plain objects (`app.manifests`, i.e. `chart.to_json()`);
- validate: the offline schema validator and the platform invariants;
- write: render the files of dist/ and swap them into place.

The lower bound writes the same objects one file each with PyYAML's C emitter and nothing else.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
TODAY = datetime.date(2026, 11, 29)
"""The date synthesis judges key expiry against, as in the tests."""
SIZES: tuple[tuple[int, int], ...] = ((10, 2), (1_000, 16), (10_000, 64))
"""(tenants, models) of each run."""
LOCALITY_TENANTS = 100
TIERS = ("free", "pro", "enterprise")
PHASES = ("load", "build", "synthesize", "validate", "write")

T = TypeVar("T")


class _NoAliases(yaml.CSafeDumper):
    """Defines a dumper that writes shared values out: tokenplane config refuses YAML aliases."""

    def ignore_aliases(self, data: object) -> bool:
        return True


@dataclass(frozen=True)
class Size:
    """Defines one benchmark size: a number of tenants and of models."""

    tenants: int
    models: int

    @classmethod
    def parse(cls, text: str) -> Size:
        tenants, _, models = text.partition("x")
        return cls(int(tenants), int(models))

    def __str__(self) -> str:
        return f"{self.tenants}x{self.models}"


def model_id(number: int) -> str:
    return f"model-{number:03d}"


def tenant_id(number: int) -> str:
    return f"tenant-{number:05d}"


def tenant_entry(number: int) -> dict[str, Any]:
    """A tenant spread over the tiers; every tenth has own limits, every tenth (others) a key
    that expires in the future."""
    tenant: dict[str, Any] = {"tier": TIERS[number % len(TIERS)], "keys": [{"id": "primary"}]}
    if number % 10 == 3:
        # A handful of distinct overrides, shared by many tenants, as in real contracts.
        step = number % 4 + 1
        tenant["limits"] = {"tokens": {"per_minute": 100_000 * step, "per_day": 1_000_000 * step}}
    if number % 10 == 7:
        tenant["keys"] = [{"id": "primary", "expires": datetime.date(2099, 6, 30)}]
    return tenant


def write_config(root: Path, size: Size) -> Path:
    """A config folder with one cluster, `size.models` models and `size.tenants` tenants,
    made from the repository's example config."""
    example = REPO / "config"
    root.mkdir(parents=True, exist_ok=True)
    platform_doc = yaml.safe_load((example / "platform.yaml").read_text())
    platform_doc["clusters"] = {"production": {}}
    models_doc = yaml.safe_load((example / "models.yaml").read_text())
    template = next(iter(models_doc["models"].values()))
    models_doc["models"] = {
        model_id(n): {**template, "served_name": f"bench/{model_id(n)}"} for n in range(size.models)
    }
    tiers_doc = yaml.safe_load((example / "tiers.yaml").read_text())
    every_model = sorted(models_doc["models"])
    for tier in tiers_doc["tiers"].values():
        tier["models"] = every_model
    tenants_doc = {
        "version": 1,
        "tenants": {tenant_id(n): tenant_entry(n) for n in range(size.tenants)},
    }
    for name, doc in (
        ("platform.yaml", platform_doc),
        ("models.yaml", models_doc),
        ("tiers.yaml", tiers_doc),
        ("tenants.yaml", tenants_doc),
    ):
        (root / name).write_text(yaml.dump(doc, Dumper=_NoAliases, sort_keys=False))
    return root


def timed(phases: dict[str, float], name: str, work: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = work()
    phases[name] = phases.get(name, 0.0) + time.perf_counter() - start
    return result


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_size(size: Size, work: Path) -> dict[str, Any]:
    """Every phase of one synth at `size`, then the lower bound; in this process."""
    started = time.perf_counter()
    import tokenplane  # noqa: F401  (points jsii at the pinned Node)
    from tokenplane.app import build_charts, manifests
    from tokenplane.config import load_config
    from tokenplane.invariants import check_cluster
    from tokenplane.output import render_tree, replace_tree
    from tokenplane.paths import shared_root
    from tokenplane.validate import Document, Validator

    imported = time.perf_counter() - started
    config = write_config(work / "config", size)
    phases: dict[str, float] = {}
    spec = timed(phases, "load", lambda: load_config(config))
    built = timed(phases, "build", lambda: build_charts(spec, today=TODAY))
    clusters = timed(phases, "synthesize", lambda: {cid: manifests(b) for cid, b in built.items()})

    def validate() -> int:
        validator = Validator(shared_root() / "crds")
        problems = 0
        for cluster, objects in clusters.items():
            documents = [
                Document(source=f"{cluster}/{n}", index=0, body=body)
                for n, body in enumerate(objects)
            ]
            problems += len(validator.validate(documents))
            problems += len(check_cluster(cluster, objects))
        return problems

    problems = timed(phases, "validate", validate)

    def write() -> int:
        files = render_tree(clusters)
        replace_tree(work / "dist", files)
        return len(files)

    files = timed(phases, "write", write)
    objects = [body for objects in clusters.values() for body in objects]
    lower_bound = pyyaml_lower_bound(objects, work / "lower-bound")
    return {
        "tenants": size.tenants,
        "models": size.models,
        "objects": len(objects),
        "files": files,
        "problems": problems,
        "import_s": imported,
        "phases_s": phases,
        "synth_and_validate_s": sum(phases.values()),
        "synthesis_s": phases["build"] + phases["synthesize"] + phases["write"],
        "lower_bound_s": lower_bound,
        "peak_rss_mb": peak_rss_mb(),
    }


def pyyaml_lower_bound(objects: Sequence[Mapping[str, Any]], out: Path) -> float:
    """Seconds to write `objects` one file each with PyYAML's C emitter, nothing else."""
    start = time.perf_counter()
    out.mkdir(parents=True)
    for number, body in enumerate(objects):
        text = yaml.dump(body, Dumper=yaml.CSafeDumper, sort_keys=True)
        (out / f"{number}.yaml").write_text(text, encoding="utf-8")
    return time.perf_counter() - start


def locality(tenants: int, work: Path) -> dict[str, Any]:
    """Files of dist/ that change when one tenant moves tier, and when one is added."""
    import tokenplane  # noqa: F401  (imported first: it points jsii at the pinned Node)
    from tokenplane.app import synthesize
    from tokenplane.config import load_config
    from tokenplane.output import render_tree

    config = write_config(work / "config", Size(tenants, 2))
    tenants_file = config / "tenants.yaml"
    original = yaml.safe_load(tenants_file.read_text())

    def render(doc: dict[str, Any]) -> dict[str, str]:
        tenants_file.write_text(yaml.dump(doc, Dumper=_NoAliases, sort_keys=False))
        return render_tree(synthesize(load_config(config), today=TODAY))

    before = render(original)
    moved = copy.deepcopy(original)
    mover = moved["tenants"][tenant_id(1)]
    mover["tier"] = next(t for t in TIERS if t != mover["tier"])
    after_move = render(moved)
    added = copy.deepcopy(original)
    newcomer = tenant_id(tenants)
    added["tenants"][newcomer] = {"tier": TIERS[0], "keys": [{"id": "primary"}]}
    after_add = render(added)
    new_files = sorted(set(after_add) - set(before))
    return {
        "tenants": tenants,
        "move_tier_changed": diff(before, after_move),
        "add_tenant_added": new_files,
        "add_tenant_changed": sorted(
            path for path in set(before) & set(after_add) if before[path] != after_add[path]
        )
        + sorted(set(before) - set(after_add)),
        "add_tenant_credentials": sorted(p for p in new_files if f"/tenants/{newcomer}/" in p),
    }


def diff(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    """Paths added, removed or changed."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def child(args: Sequence[str]) -> dict[str, Any]:
    """Runs this script with `args` in a fresh process; its JSON answer."""
    done = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True, cwd=REPO
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_kib = 0
    with open("/proc/meminfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("MemTotal:"):
                memory_kib = int(line.split()[1])
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gib": round(memory_kib / 2**20, 1),
        "python": platform.python_version(),
        "optimize": sys.flags.optimize,
    }


def table(runs: Sequence[Mapping[str, Any]]) -> str:
    header = (
        "| tenants × models | objects | files | load | build | synthesize | validate | write "
        "| synth+validate | PyYAML-C bound | synthesis / bound | peak RSS |"
    )
    lines = [header, "|" + "|".join("---" for _ in range(header.count("|") - 1)) + "|"]
    for run in runs:
        p = run["phases_s"]
        lines.append(
            f"| {run['tenants']:,} × {run['models']} | {run['objects']:,} | {run['files']:,} "
            + "".join(f"| {p[phase]:.2f} s " for phase in PHASES)
            + f"| {run['synth_and_validate_s']:.2f} s | {run['lower_bound_s']:.2f} s "
            f"| {run['synthesis_s'] / run['lower_bound_s']:.1f}× "
            f"| {run['peak_rss_mb']:,.0f} MB |"
        )
    return "\n".join(lines)


def targets(runs: Sequence[Mapping[str, Any]], moved: Mapping[str, Any]) -> list[str]:
    """The issue's targets, each with the figure measured and whether it holds."""
    by_tenants = {run["tenants"]: run for run in runs}
    lines: list[str] = []

    def check(name: str, value: str, holds: bool) -> None:
        lines.append(f"- {'holds' if holds else 'MISSED'}: {name}: {value}")

    if big := by_tenants.get(10_000):
        seconds, memory = big["synth_and_validate_s"], big["peak_rss_mb"]
        check("10,000 × 64 synth+validate ≤ 15 s", f"{seconds:.1f} s", seconds <= 15)
        check("10,000 × 64 peak ≤ 1.5 GB", f"{memory:,.0f} MB", memory <= 1536)
        ratio = big["synthesis_s"] / big["lower_bound_s"]
        check("synthesis ≤ 3× PyYAML-C bound", f"{ratio:.1f}×", ratio <= 3)
        if medium := by_tenants.get(1_000):
            growth = big["synth_and_validate_s"] / medium["synth_and_validate_s"]
            check("10,000-tenant time ≤ 12× 1,000-tenant time", f"{growth:.1f}×", growth <= 12)
    changed = len(moved["move_tier_changed"])
    check("tier move changes ≤ 2 files", f"{changed} ({moved['move_tier_changed']})", changed <= 2)
    others = len(moved["add_tenant_changed"])
    only_credentials = set(moved["add_tenant_added"]) == set(moved["add_tenant_credentials"])
    check(
        "adding a tenant adds its credential files and changes ≤ 1 other",
        f"added {moved['add_tenant_added']}, changed {moved['add_tenant_changed']}",
        others <= 1 and only_credentials,
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=Size.parse, help="run one size (TENANTSxMODELS) here")
    parser.add_argument("--locality", type=int, help="measure diff locality at this many tenants")
    parser.add_argument("--sizes", nargs="+", type=Size.parse, default=[Size(*s) for s in SIZES])
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    if args.size is not None or args.locality is not None:
        with tempfile.TemporaryDirectory(prefix="tokenplane-bench-") as work:
            if args.size is not None:
                answer = run_size(args.size, Path(work))
            else:
                answer = locality(args.locality, Path(work))
        print(json.dumps(answer))
        return 0
    runs = []
    for size in args.sizes:
        runs.append(child(["--size", str(size)]))
        print(f"{size}: {runs[-1]['synth_and_validate_s']:.2f} s", file=sys.stderr)
    moved = child(["--locality", str(LOCALITY_TENANTS)])
    checked = targets(runs, moved)
    report: dict[str, Any] = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "runs": runs,
        "locality": moved,
        "targets": checked,
    }
    print(table(runs))
    print()
    print("\n".join(checked))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(REPO / "bench" / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
