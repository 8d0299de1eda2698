"""Reading the two sides of a plan: a dist/ tree (and its config, resolved per cluster) from a
folder or from a Git ref. Nothing here writes to dist/ or to the config."""

from __future__ import annotations

import datetime
import io
import subprocess
import tarfile
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tokenplane.config import ConfigError, load_config
from tokenplane.config.source import load_yaml
from tokenplane.problems import Location, Problem, ProblemsError
from tokenplane.resolve import resolve
from tokenplane.validate import Document, load_clusters


class PlanError(ProblemsError):
    """Defines the error raised when a side of the plan cannot be read (no such ref, folder
    or Git repository): one `input` Problem, located at `where` when there is a path."""

    def __init__(self, message: str, where: Path | None = None) -> None:
        super().__init__([Problem("input", Location(file=str(where or "")), message)])


@dataclass(frozen=True)
class Tree:
    """Defines one side of a plan: the documents of each cluster, and by cluster the tenants
    it serves that are suspended (empty when no config was read; see docs/plan.md)."""

    clusters: Mapping[str, list[Document]]
    suspended: Mapping[str, frozenset[str]]
    problems: tuple[Problem, ...] = ()
    """Files of the tree that cannot be read."""

    def suspended_in(self, cluster: str) -> frozenset[str]:
        """The suspended tenants `cluster` serves."""
        return self.suspended.get(cluster, frozenset())


def load_tree(dist: Path, config: Path | None = None, *, today: datetime.date) -> Tree:
    """The tree of a dist/ folder; `config` (optional) is the config folder it came from,
    resolved at `today` (the day the plan is made)."""
    if not dist.is_dir():
        raise PlanError("no such folder", dist)
    clusters, problems = load_clusters(dist)
    suspended = _suspended(config, clusters, today) if config is not None else {}
    return Tree(clusters=clusters, suspended=suspended, problems=tuple(problems))


def load_ref(ref: str, dist: Path, config: Path | None = None, *, today: datetime.date) -> Tree:
    """The tree of `dist` (and `config`) as committed at Git `ref` (a missing dist/ is empty)."""
    root = Path(_git(dist.resolve().parent, "rev-parse", "--show-toplevel").decode().strip())
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except PlanError:
        raise PlanError(f"{ref!r} is not a commit, branch or tag of {root}") from None
    with tempfile.TemporaryDirectory(prefix="tokenplane-plan-") as temp:
        out = Path(temp)
        paths = [p for p in (dist, config) if p is not None and _exists(root, ref, p)]
        if paths:
            archive = _git(
                root, "archive", "--format=tar", ref, "--", *(_rel(root, p) for p in paths)
            )
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(out, filter="data")
        base_dist = out / _rel(root, dist)
        base_dist.mkdir(parents=True, exist_ok=True)
        base_config = out / _rel(root, config) if config is not None else None
        return load_tree(base_dist, base_config, today=today)


def merge_base(repo: Path, branch: str = "main") -> str:
    """The merge base of HEAD with `branch`; HEAD itself when there is no such branch."""
    try:
        return _git(repo, "merge-base", "HEAD", branch).decode().strip()
    except PlanError:
        return "HEAD"


def _exists(root: Path, ref: str, path: Path) -> bool:
    try:
        _git(root, "cat-file", "-e", f"{ref}:{_rel(root, path)}")
    except PlanError:
        return False
    return True


def _rel(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError as error:
        raise PlanError(f"not inside the Git repository at {root}", path) from error


def _git(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as error:
        raise PlanError(f"git: {error}") from error
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip() or f"exit status {done.returncode}"
        raise PlanError(f"git {' '.join(args)}: {message}")
    return done.stdout


def _suspended(
    config: Path, clusters: Mapping[str, object], today: datetime.date
) -> dict[str, frozenset[str]]:
    """By cluster, the suspended tenants it serves: read from the config's resolved clusters
    (`ResolvedCluster.tenants`, the cluster's tenant selection applied). A config this
    tokenplane cannot load (a side written by an older one) is read leniently instead: its
    suspended tenants count in every cluster of the tree."""
    try:
        spec = load_config(config)
    except ConfigError:
        lenient = _suspended_leniently(config / "tenants.yaml")
        return dict.fromkeys(clusters, lenient)
    return {
        cluster_id: frozenset(t for t, tenant in cluster.tenants.items() if tenant.suspended)
        for cluster_id, cluster in resolve(spec, today=today).items()
    }


def _suspended_leniently(path: Path) -> frozenset[str]:
    """Tenant ids with `suspended: true` in a tenants.yaml, read leniently (a side may be old)."""
    if not path.is_file():
        return frozenset()
    try:
        data: Any = load_yaml(path, str(path)).data
    except ConfigError:
        return frozenset()
    tenants = data.get("tenants") if isinstance(data, dict) else None
    if not isinstance(tenants, dict):
        return frozenset()
    return frozenset(
        str(tid) for tid, t in tenants.items() if isinstance(t, dict) and t.get("suspended") is True
    )
