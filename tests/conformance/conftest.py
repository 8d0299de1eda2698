"""Fixtures for the conformance suite (marker `conformance`): the real Kuadrant controllers
and Envoy Gateway's translator against our rendered policies. See docs/conformance.md.

Prerequisites come from `make conformance-binaries` (scripts/build-kuadrant-operator.sh,
build-authorino.sh, build-ratelimit.sh, build-egctl.sh, build-eg-ratelimit-config.sh,
install-redis.sh) and the API-server prerequisites. When
one is missing the suite is skipped, except under CI (`CI=true`), where it fails.

The suite runs in a private network namespace: if the process is not in one already, the first
fixture moves it into a new one (`unshare(CLONE_NEWNET)`, loopback up), so the fixed ports of
Authorino, the rate-limit service and Redis cannot clash with anything on the machine. `make test`
runs the suite in its own pytest process for that reason, and `pytest` leaves it out unless
`-m conformance` is given.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.apiserver.conftest import missing_prerequisites, unavailable
from tests.conformance.rate_limit_service import redis_server
from tests.isolation import cache_bin, enter_private_network
from tokenplane.versions import EGCTL, RATELIMIT, component

HERE = Path(__file__).resolve().parent
RATELIMIT_CONFIG_SOURCE = HERE.parents[1] / "tools" / "eg-ratelimit-config" / "main.go"


def ratelimit_config_version() -> str:
    """The cache key scripts/build-eg-ratelimit-config.sh uses: the Envoy Gateway version and the
    first 12 hex digits of the program's SHA-256."""
    digest = hashlib.sha256(RATELIMIT_CONFIG_SOURCE.read_bytes()).hexdigest()[:12]
    return f"{EGCTL.version}-{digest}"


HINT = "run: make conformance-binaries"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/conformance carries the `conformance` marker."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.conformance)


def binaries() -> dict[str, Path]:
    found = {
        "operator": cache_bin("kuadrant-operator", component("kuadrant-operator").version),
        "authorino": cache_bin("authorino", component("authorino").version),
        "ratelimit": cache_bin(RATELIMIT.name, RATELIMIT.version),
        "egctl": cache_bin(EGCTL.name, EGCTL.version),
        "eg-ratelimit-config": cache_bin("eg-ratelimit-config", ratelimit_config_version()),
    }
    missing = [f"{path}" for path in found.values() if not os.access(path, os.X_OK)]
    redis = redis_server()
    if redis is None:
        missing.append("redis-server (scripts/install-redis.sh)")
    else:
        found["redis"] = redis
    problems = missing_prerequisites() + (
        [f"missing {', '.join(missing)} ({HINT})"] if missing else []
    )
    if problems:
        unavailable("; ".join(problems))
    return found


@pytest.fixture(scope="session")
def controller_binaries() -> Iterator[dict[str, Path]]:
    found = binaries()
    enter_private_network()
    yield found
