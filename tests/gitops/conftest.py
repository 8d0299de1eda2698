"""Fixtures of the GitOps end-to-end suite (marker `gitops`; docs/gitops.md, "End-to-end suite").

Prerequisites: the API-server ones, plus `make gitops-programs` (the Flux controllers and Helm at
the versions of tokenplane/versions.py, cached by version). When one is missing the suite is
skipped, except under CI (`CI=true`), where it fails. The suite moves its pytest process into a
private network namespace first (tests/isolation.py); `make gitops` runs it in its own process.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.apiserver.conftest import missing_prerequisites, unavailable
from tests.gitops.flux import program_paths
from tests.gitops.observe import ReadyOrder, bootstrap
from tests.gitops.run import GitopsRun
from tests.isolation import enter_private_network

HERE = Path(__file__).resolve().parent
HINT = "run: make gitops-programs"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/gitops carries the `gitops` marker."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.gitops)


def prerequisites() -> dict[str, Path]:
    found = program_paths()
    problems = missing_prerequisites()
    missing = [str(path) for path in found.values() if not os.access(path, os.X_OK)]
    if missing:
        problems.append(f"missing {', '.join(missing)} ({HINT})")
    for tool in ("git", "openssl"):
        if shutil.which(tool) is None:
            problems.append(f"{tool} not on PATH")
    if problems:
        unavailable("; ".join(problems))
    return found


@pytest.fixture(scope="session")
def gitops_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GitopsRun]:
    """The loopback sources, the Flux cluster and the synthesized example; not bootstrapped."""
    programs = prerequisites()
    enter_private_network()
    with GitopsRun(tmp_path_factory.mktemp("gitops"), helm=programs["helm"]) as run:
        yield run


@pytest.fixture(scope="session")
def bootstrapped(gitops_run: GitopsRun) -> tuple[GitopsRun, ReadyOrder, float]:
    """The run after the README's bootstrap, every Kustomization and HelmRelease Ready; with
    the order they became Ready and the seconds it took."""
    return bootstrap(gitops_run)
