"""The committed dist/ is exactly what config/ synthesizes."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLE_CONFIG, REPO
from tokenplane.cli import main


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_committed_dist_matches_config(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert main(["synth", "--config", str(EXAMPLE_CONFIG), "--out", str(out)]) == 0
    expected, committed = _files(out), _files(REPO / "dist")
    differing = sorted(
        name
        for name in expected.keys() | committed.keys()
        if expected.get(name) != committed.get(name)
    )
    assert not differing, (
        f"dist/ is stale: run `make synth` and commit the diff (first differing file: "
        f"dist/{differing[0]}, {len(differing)} in all)"
    )
