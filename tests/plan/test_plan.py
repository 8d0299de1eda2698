"""`tokenplane plan`: the Markdown of a set of config changes, and its exit status."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_CONFIG, EditConfig
from tokenplane.cli import main

TODAY = "2026-11-29"


def _synth(config: Path, out: Path) -> None:
    assert main(["synth", "--config", str(config), "--out", str(out), "--today", TODAY]) == 0


@pytest.fixture(scope="module")
def base_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example config, synthesized once."""
    out = tmp_path_factory.mktemp("base") / "dist"
    _synth(EXAMPLE_CONFIG, out)
    return out


def _plan(
    base_dist: Path, config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    head = tmp_path / "dist"
    _synth(config, head)
    capsys.readouterr()
    args = ["plan", "--base-dist", str(base_dist), "--base-config", str(EXAMPLE_CONFIG)]
    status = main([*args, "--dist", str(head), "--config", str(config), "--detailed-exitcode"])
    return status, capsys.readouterr().out


def _section(markdown: str, cluster: str) -> str:
    """One cluster's part of the plan, from its heading to the next."""
    match = re.search(rf"^### `{cluster}`.*?(?=^### |\Z)", markdown, re.S | re.M)
    assert match is not None, f"no section for {cluster} in:\n{markdown}"
    return match.group(0)


def test_plan_of_nothing_changed_exits_0(
    base_dist: Path, config_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 0
    assert markdown.endswith("No changes.\n")


def test_plan_describes_a_tier_change(
    base_dist: Path,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config(
        "tenants.yaml",
        "    tier: pro\n    display_name: Acme",
        "    tier: enterprise\n    display_name: Acme",
    )
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 1
    assert _section(markdown, "production") == (
        "### `production`\n"
        "\n"
        "**Tenants**\n"
        "\n"
        "- `acme` moved from tier `pro` to `enterprise`\n"
        "\n"
        "**Resources**: 0 added, 2 changed, 0 removed\n"
        "\n"
        "| Kind | Added | Changed | Removed |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| ExternalSecret | 0 | 2 | 0 |\n"
        "\n"
    )
    assert "- `acme` moved from tier `pro` to `enterprise`" in _section(markdown, "staging")


def test_plan_describes_a_new_and_a_suspended_tenant(
    base_dist: Path,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config(
        "tenants.yaml",
        "  acme:\n",
        "  newco:\n    tier: free\n    display_name: NewCo\n"
        "    keys: [{id: primary}, {id: ci}]\n  acme:\n",
    )
    edit_config(
        "tenants.yaml",
        "    display_name: Globex\n",
        "    display_name: Globex\n    suspended: true\n",
    )
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 1
    production = _section(markdown, "production")
    assert (
        "**Tenants**\n"
        "\n"
        "- `globex` suspended (tier `pro`): its keys are withdrawn\n"
        "- `newco` added: tier `free`, keys `ci`, `primary`\n"
        "\n"
        "**Limits and budgets**\n"
        "\n"
        "- limit class `custom-r100-5000-t100000-1000000` removed\n"
    ) in production
    assert "| ExternalSecret | 2 | 0 | 1 |" in production
    assert "staging" in markdown.split("\n\n")[2]  # listed as unchanged


def test_plan_describes_a_removed_model(
    base_dist: Path,
    config_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    models = config_dir / "models.yaml"
    text = models.read_text()
    start = text.index("  nemotron-vl-12b:\n")
    models.write_text(text[:start] + text[text.index("audio:\n") :])
    tiers = config_dir / "tiers.yaml"
    tiers.write_text(
        tiers.read_text().replace(
            "models: [llama-3-1-8b, nemotron-vl-12b]", "models: [llama-3-1-8b]"
        )
    )
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 1
    production = _section(markdown, "production")
    assert (
        "**Models**\n"
        "\n"
        "- `nemotron-vl-12b` removed\n"
        "\n"
        "**Model access**\n"
        "\n"
        "- tier `enterprise` withdrawn `nemotron-vl-12b`\n"
        "- tier `pro` withdrawn `nemotron-vl-12b`\n"
    ) in production
    assert "| InferencePool | 0 | 0 | 1 |" in production
    assert "| AIGatewayRoute | 0 | 1 | 0 |" in production
    assert "| AuthPolicy | 0 | 1 | 0 |" in production
    # staging serves only llama-3-1-8b (platform.yaml), so it does not change.
    assert "Unchanged: `staging`." in markdown


def test_plan_describes_limits_access_and_weights(
    base_dist: Path,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config(
        "tiers.yaml",
        "requests: {per_minute: 10, per_day: 100}",
        "requests: {per_minute: 20, per_day: 100}",
    )
    edit_config("tiers.yaml", "models: [llama-3-1-8b]", "models: [llama-3-1-8b, nemotron-vl-12b]")
    edit_config(
        "models.yaml",
        "scheduler: {queue: 2, kv_cache_utilization: 2, prefix_cache: 3}",
        "scheduler: {queue: 1, kv_cache_utilization: 2, prefix_cache: 3}",
    )
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 1
    production = _section(markdown, "production")
    assert "- tier `free`: requests per minute 10 → 20\n" in production
    assert "- tier `free` granted `nemotron-vl-12b`\n" in production
    assert "- `llama-3-1-8b` re-weighted: queue-scorer 2 → 1\n" in production


def test_plan_describes_a_priority_change(
    base_dist: Path,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config(
        "tiers.yaml",
        "    description: Production use of every model.\n",
        "    description: Production use of every model.\n    priority: 12\n",
    )
    edit_config("tenants.yaml", "    priority: 15", "    priority: 30")
    edit_config(
        "tenants.yaml",
        "    display_name: Hobbyist Lab\n",
        "    display_name: Hobbyist Lab\n    priority: -5\n",
    )
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 1
    production = _section(markdown, "production")
    assert "**Scheduling priority**\n" in production
    for sentence in (
        "- tier `pro`: priority 10 → 12\n",
        "- scheduling class `priority-15` no longer scheduled (was priority 15)\n",
        "- scheduling class `priority-30` scheduled at priority 30\n",
        "- scheduling class `priority-minus-5` scheduled at priority -5\n",
        "- `globex` now scheduled at own priority `priority-30`\n",
        "- `hobbyist` now scheduled at own priority `priority-minus-5`\n",
    ):
        assert sentence in production, production


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_plan_reads_the_base_from_a_git_ref(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE_CONFIG, repo / "config")
    _synth(repo / "config", repo / "dist")
    _git(repo, "init", "--quiet", "--initial-branch", "main")
    _git(repo, "add", ".")
    _git(
        repo,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "--quiet",
        "-m",
        "base",
    )
    tenants = repo / "config" / "tenants.yaml"
    tenants.write_text(
        tenants.read_text().replace(
            "    tier: enterprise\n    display_name: Umbrella",
            "    tier: pro\n    display_name: Umbrella",
        )
    )
    _synth(repo / "config", repo / "dist")
    capsys.readouterr()
    args = ["plan", "--dist", str(repo / "dist"), "--config", str(repo / "config")]
    assert main([*args, "--base", "HEAD", "--detailed-exitcode"]) == 1
    markdown = capsys.readouterr().out
    assert "From `HEAD` to" in markdown
    assert "- `umbrella` moved from tier `enterprise` to `pro`" in _section(markdown, "production")
    assert (
        main([*args, "--detailed-exitcode"]) == 1
    )  # default base: the merge base with main, here HEAD
    assert "- `umbrella` moved" in capsys.readouterr().out
    assert main([*args, "--base", "no-such-ref"]) == 2
    assert "'no-such-ref' is not a commit, branch or tag of" in capsys.readouterr().err


def test_fails_when_the_ref_does_not_exist(
    base_dist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "--dist", str(base_dist), "--base", "no-such-ref"]) == 2
    assert "cannot plan" in capsys.readouterr().err


def test_fails_when_the_base_folder_does_not_exist(
    base_dist: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["plan", "--dist", str(base_dist), "--base-dist", str(tmp_path / "missing")]
    assert main(args) == 2
    assert "no such folder" in capsys.readouterr().err


def test_plan_describes_an_autoscaling_change(
    base_dist: Path,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit_config("models.yaml", "max_replicas: 4,", "max_replicas: 6,")
    edit_config(
        "models.yaml",
        "    gpus: 1\n    replicas: 1\n",
        "    gpus: 1\n    autoscaling: {max_replicas: 2}\n",
    )
    status, markdown = _plan(base_dist, config_dir, tmp_path, capsys)
    assert status == 1
    production = _section(markdown, "production")
    assert "- `llama-3-1-8b` replicas 1..4 (autoscaled) → 1..6 (autoscaled)\n" in production
    assert "- `nemotron-vl-12b` replicas 1 → 1..2 (autoscaled)\n" in production
