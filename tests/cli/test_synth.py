"""`tokenplane synth`: writes dist/, or reports every problem and leaves dist/ as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EditConfig
from tokenplane.cli import main


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_synth_writes_one_tree_per_cluster(config_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    assert main(["synth", "--config", str(config_dir), "--out", str(out)]) == 0
    assert (out / "production" / "kustomization.yaml").is_file()
    assert (out / "production" / "platform" / "gateway-tokenplane.yaml").is_file()


def test_fails_when_config_is_invalid_and_keeps_dist(
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "dist"
    assert main(["synth", "--config", str(config_dir), "--out", str(out)]) == 0
    before = _snapshot(out)
    edit_config(
        "tenants.yaml",
        "    tier: pro\n    display_name: Acme",
        "    tier: gold\n    display_name: Acme",
    )
    edit_config("tiers.yaml", "models: [llama-3-1-8b]", "models: [gpt-5]")
    capsys.readouterr()
    assert main(["synth", "--config", str(config_dir), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "the config has 2 problems; nothing was written" in err
    assert "tenants.yaml:17: tenants.acme.tier: unknown tier 'gold'" in err
    assert "tiers.yaml:8: tiers.free.models[0]: unknown model 'gpt-5'" in err
    assert "Traceback" not in err
    assert _snapshot(out) == before


def test_fails_when_schema_and_reference_errors_are_in_different_files_all_in_one_run(
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config("models.yaml", "    gpus: 1\n", "    gpus: one\n")
    edit_config(
        "tenants.yaml",
        "    tier: pro\n    display_name: Acme",
        "    tier: gold\n    display_name: Acme",
    )
    edit_config("platform.yaml", "[hobbyist, acme]", "[hobbyist, acme, nobody]")
    edit_config("tiers.yaml", "    models: [llama-3-1-8b]\n", "    models: [llama-3-1-8b\n")
    out = tmp_path / "dist"
    assert main(["synth", "--config", str(config_dir), "--out", str(out)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"tokenplane: {config_dir}: the config has 3 problems; nothing was written:"
    assert lines[1] == (
        f"  {config_dir}/models.yaml:12: models.llama-3-1-8b.gpus: input should be a valid "
        "integer; received 'one'"
    )
    assert lines[2] == (
        f"  {config_dir}/platform.yaml:36: clusters.staging.tenants[2]: unknown tenant "
        "'nobody'; see tenants.yaml"
    )
    assert lines[3].startswith(f"  {config_dir}/tiers.yaml:") and "invalid YAML" in lines[3]
    # tiers.yaml could not be read: the tenants' tiers (acme's 'gold') cannot be judged.
    assert lines[4:] == [
        f"  {config_dir}/tenants.yaml: the tenants' tiers not checked: tiers.yaml could not be "
        "read; fix tiers.yaml first (its problems are listed above), then run again"
    ]
    assert not out.exists()
