"""replace_tree: the output folder is replaced whole, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tokenplane.output import replace_tree
from tokenplane.output.swap import WriteError


def test_removed_files_disappear(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    replace_tree(out, {"c/a.yaml": "a\n", "c/b.yaml": "b\n"})
    replace_tree(out, {"c/a.yaml": "A\n"})
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == ["c/a.yaml"]
    assert (out / "c/a.yaml").read_text() == "A\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_fails_when_writing_fails_and_leaves_the_old_tree(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    replace_tree(out, {"c/a.yaml": "a\n"})
    with pytest.raises(WriteError):
        replace_tree(out, {"c/a.yaml": "new\n", "c/a.yaml/inside.yaml": "x\n"})
    assert (out / "c/a.yaml").read_text() == "a\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]
