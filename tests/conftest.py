"""Shared fixtures: the repository's example config, copied so a test may change it."""

from __future__ import annotations

import datetime
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import tokenplane  # noqa: F401  (imported first: it points jsii at the pinned Node)
from tokenplane.config import PlatformSpec, load_config

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_CONFIG = REPO / "config"


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A writable copy of the example config."""
    target = tmp_path / "config"
    shutil.copytree(EXAMPLE_CONFIG, target)
    return target


EditConfig = Callable[[str, str, str], None]


@pytest.fixture
def edit_config(config_dir: Path) -> EditConfig:
    """Replaces text in one file of the config copy; fails if the text is not there."""

    def edit(file: str, old: str, new: str) -> None:
        path = config_dir / file
        text = path.read_text()
        assert old in text, f"{old!r} not in {file}"
        path.write_text(text.replace(old, new, 1))

    return edit


@pytest.fixture(scope="session")
def example_spec() -> PlatformSpec:
    """The example config, loaded."""
    return load_config(EXAMPLE_CONFIG)


TODAY = datetime.date(2026, 11, 29)
"""The date tests synthesize at, so that key expiry never depends on when they run."""


@pytest.fixture(scope="session")
def example_objects(example_spec: PlatformSpec) -> dict[str, list[dict[str, Any]]]:
    """The example config synthesized once per session at TODAY, by cluster; copy before use."""
    from tokenplane.app import synthesize

    return synthesize(example_spec, today=TODAY)
