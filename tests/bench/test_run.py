"""The benchmark keeps working (smallest size) and dist/ diffs stay local; nothing is timed."""

from __future__ import annotations

from pathlib import Path

from bench import run


def test_smallest_size_runs_every_phase(tmp_path: Path) -> None:
    result = run.run_size(run.Size(10, 2), tmp_path)
    assert set(result["phases_s"]) == set(run.PHASES)
    assert result["problems"] == 0
    assert result["tenants"] == 10 and result["models"] == 2
    assert result["files"] > result["objects"] > 10
    assert result["lower_bound_s"] > 0 and result["peak_rss_mb"] > 0
    assert "10 × 2" in run.table([result])


def test_generated_config_covers_tiers_overrides_and_expiry(tmp_path: Path) -> None:
    entries = [run.tenant_entry(n) for n in range(100)]
    assert {entry["tier"] for entry in entries} == set(run.TIERS)
    assert sum("limits" in entry for entry in entries) == 10
    assert sum("expires" in entry["keys"][0] for entry in entries) == 10


def test_tier_move_and_new_tenant_change_few_files(tmp_path: Path) -> None:
    figures = run.locality(100, tmp_path)
    newcomer = run.tenant_id(100)
    assert len(figures["move_tier_changed"]) <= 2
    assert all(f"/tenants/{run.tenant_id(1)}/" in p for p in figures["move_tier_changed"])
    assert figures["add_tenant_added"] == figures["add_tenant_credentials"]
    assert (
        f"production/tenants/{newcomer}/externalsecret-api-key.{newcomer}.primary.yaml"
        in (figures["add_tenant_added"])
    )
    assert len(figures["add_tenant_changed"]) <= 1
