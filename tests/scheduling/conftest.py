"""Fixtures of the scheduling suite (marker `scheduling`; docs/inference.md, "The scheduling
suite"): the real endpoint picker against the rendered pool, objectives and picker config.

Prerequisites: the API-server ones, plus `make endpoint-picker` (scripts/build-endpoint-picker.sh,
cached by version). When one is missing the suite is skipped, except under CI (`CI=true`), where
it fails. The suite moves its pytest process into a private network namespace first
(tests/isolation.py): the picker's fixed ports and the pods' loopback addresses exist only
there. `make scheduling` runs it in its own pytest process.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.apiserver.conftest import missing_prerequisites, unavailable
from tests.isolation import cache_bin, enter_private_network
from tests.scheduling import suite_config
from tests.scheduling.stack import SchedulingStack, pool_objects
from tokenplane.versions import ENDPOINT_PICKER

HERE = Path(__file__).resolve().parent
HINT = "run: make endpoint-picker"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test under tests/scheduling carries the `scheduling` marker."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.scheduling)


def picker_binary() -> Path:
    """The built picker; skips (fails under CI) when it or an API-server prerequisite is missing."""
    binary = cache_bin(ENDPOINT_PICKER.name, ENDPOINT_PICKER.version)
    problems = missing_prerequisites()
    if not os.access(binary, os.X_OK):
        problems.append(f"missing {binary} ({HINT})")
    if shutil.which("openssl") is None:
        problems.append("openssl not on PATH")
    if problems:
        unavailable("; ".join(problems))
    return binary


@pytest.fixture(scope="session")
def binary() -> Path:
    found = picker_binary()
    enter_private_network()
    return found


@pytest.fixture(scope="module")
def stack(binary: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SchedulingStack]:
    """The example config's first model, rendered by tokenplane, under the real picker. Module
    scope: a stack holds fixed ports and addresses, so the broken variant's stack can only start
    once this one stopped."""
    workdir = tmp_path_factory.mktemp("scheduling")
    documents = suite_config.render(suite_config.example_config(workdir / "config"))
    objects = pool_objects(documents, suite_config.MODEL)
    with SchedulingStack(binary=binary, objects=objects, workdir=workdir / "stack") as running:
        yield running
