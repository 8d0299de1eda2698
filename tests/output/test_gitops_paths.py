"""Every path the GitOps entry points name follows from where the output folder is in the
repository: `--out` anywhere inside a work tree yields Kustomization and Application paths
that exist."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from tests.conftest import EXAMPLE_CONFIG, TODAY
from tokenplane.cli import main
from tokenplane.output import Layout, LayoutError

REPOSITORY = "https://git.example.com/platform/tokenplane-gitops.git"
"""`gitops.repository` of the example config."""


def _synced_paths(out: Path) -> list[str]:
    """Every path inside our own repository a Flux Kustomization or Argo CD Application of
    `out` names, as written."""
    paths: list[str] = []
    for file in sorted(out.rglob("*.yaml")):
        body: Any = yaml.safe_load(file.read_text())
        kind, spec = body.get("kind"), body.get("spec") or {}
        if kind == "Kustomization" and body.get("apiVersion", "").startswith("kustomize.toolkit"):
            if spec["sourceRef"]["kind"] == "GitRepository" and spec["sourceRef"]["name"] == (
                "tokenplane"
            ):
                paths.append(spec["path"])
        elif kind == "Application" and spec["source"]["repoURL"] == REPOSITORY:
            paths.append(spec["source"]["path"])
    return paths


@pytest.mark.parametrize("out", ["dist", "deploy/gitops", "nested/deeper/out"])
def test_out_anywhere_inside_the_repository_yields_paths_that_exist(
    tmp_path: Path, out: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(EXAMPLE_CONFIG, repo / "config")
    monkeypatch.chdir(tmp_path)  # not the repository's root: the layout must find it
    status = main(
        ["synth", "--config", str(repo / "config"), "--out", str(repo / out), "--today", str(TODAY)]
    )
    assert status == 0
    paths = _synced_paths(repo / out)
    assert len(paths) > 10
    for path in paths:
        folder = repo / path.removeprefix("./")
        assert (
            PurePosixPath(path.removeprefix("./")).parts[: len(Path(out).parts)] == Path(out).parts
        ), path
        assert (folder / "kustomization.yaml").is_file(), f"{path} names no rendered folder"
    for source in (repo / out).glob("*/flux/gitrepository-tokenplane.yaml"):
        ignore = yaml.safe_load(source.read_text())["spec"]["ignore"]
        cluster = source.parent.parent.name
        assert f"!/{out}/{cluster}/" in ignore.splitlines()


def test_the_default_layout_is_dist_at_the_repository_root(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    assert Layout.of_output(repo / "deploy" / "gitops") != Layout()
    assert Layout().cluster("production").folder("flux") == "dist/production/flux"


def test_the_output_folder_is_found_from_the_work_tree_root(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    layout = Layout.of_output(Path("gitops/out"), cwd=repo)
    assert layout.cluster("staging").folder("platform") == "gitops/out/staging/platform"
    assert Layout.of_output(repo, cwd=tmp_path).cluster("a").folder() == "a"


def test_outside_a_work_tree_the_output_folder_is_taken_from_the_current_folder(
    tmp_path: Path,
) -> None:
    assert Layout.of_output(Path("deploy/out"), cwd=tmp_path).output == PurePosixPath("deploy/out")
    assert Layout.of_output(tmp_path / "x", cwd=tmp_path / "elsewhere").output == PurePosixPath("x")


@pytest.mark.parametrize("output", ["/abs", "../up", "a/../../b"])
def test_fails_when_the_output_folder_is_outside_the_repository(output: str) -> None:
    with pytest.raises(LayoutError, match="inside the repository"):
        Layout(PurePosixPath(output))
