"""load_config: the example loads; each kind of bad input is reported with file, line, path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EditConfig
from tokenplane.config import ConfigError, PlatformSpec, load_config
from tokenplane.config.references import MAX_SCHEDULING_CLASSES
from tokenplane.config.scheduling import scheduling_classes, tier_priorities
from tokenplane.problems import format_problem
from tokenplane.versions import VLLM_IMAGE


def _reported(config_dir: Path) -> list[str]:
    """Every line the loader reports: problems, then notes of checks it could not make."""
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir, display_root="config")
    return [format_problem(problem) for problem in caught.value.problems]


def _issues(config_dir: Path) -> list[str]:
    """The problems the loader reports, without its notes."""
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir, display_root="config")
    return [format_problem(p) for p in caught.value.problems if not p.is_note]


def test_example_config_loads(example_spec: PlatformSpec) -> None:
    assert set(example_spec.tiers) == {"free", "pro", "enterprise"}
    assert example_spec.tiers["free"].requests.per_minute == 10
    assert example_spec.tiers["enterprise"].tokens.per_day == 5_000_000
    assert example_spec.tenants["acme"].tier == "pro"
    assert example_spec.platform.clusters.keys() == {"production", "staging"}


def test_fails_when_a_key_is_duplicated(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "  globex:\n", "  acme:\n    tier: free\n  globex:\n")
    assert _issues(config_dir) == [
        "config/tenants.yaml:23: tenants.acme: duplicate key 'acme'; it was already set on line 16"
    ]


def test_fails_when_yaml_is_malformed(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("models.yaml", "    gpus: 1\n", "    gpus: [1\n")
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/models.yaml:")
    assert "invalid YAML" in issue


def test_fails_when_a_key_is_unknown(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "    tier: pro\n", "    tier: pro\n    teir: free\n")
    assert _issues(config_dir) == [
        "config/tenants.yaml:18: tenants.acme.teir: unknown key 'teir'; "
        "allowed keys: tier, display_name, contact, keys, suspended, limits, priority"
    ]


def test_fails_when_a_value_has_the_wrong_type(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tiers.yaml", "per_minute: 10,", 'per_minute: "10",')
    assert _issues(config_dir) == [
        "config/tiers.yaml:6: tiers.free.requests.per_minute: "
        "input should be a valid integer; received '10'"
    ]


def test_fails_when_a_required_key_is_missing(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tiers.yaml", "    tokens: {per_minute: 5000, per_day: 50000}\n", "")
    assert _issues(config_dir) == [
        "config/tiers.yaml:4: tiers.free.tokens: required key is missing"
    ]


def test_fails_when_an_id_is_not_a_dns_label(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "  globex:\n", "  Globex_Inc:\n")
    assert _issues(config_dir) == [
        "config/tenants.yaml:23: tenants.Globex_Inc: must be a DNS label (lower-case letters, "
        "digits and '-', starting and ending with a letter or digit, at most 63 characters); "
        "received 'Globex_Inc'"
    ]


def test_fails_when_a_tenant_names_an_unknown_tier(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "tenants.yaml",
        "    tier: pro\n    display_name: Acme",
        "    tier: gold\n    display_name: Acme",
    )
    assert _issues(config_dir) == [
        "config/tenants.yaml:17: tenants.acme.tier: unknown tier 'gold'; "
        "expected one of: enterprise, free, pro"
    ]


def test_fails_when_a_tier_names_an_unknown_model(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("tiers.yaml", "models: [llama-3-1-8b]", "models: [llama-3-1-8b, gpt-5]")
    assert _issues(config_dir) == [
        "config/tiers.yaml:8: tiers.free.models[1]: unknown model 'gpt-5'; "
        "expected one of: llama-3-1-8b, nemotron-vl-12b"
    ]


def test_fails_when_two_models_share_a_served_name(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "models.yaml",
        "served_name: nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-FP8",
        "served_name: nvidia/Llama-3.1-Nemotron-Nano-8B-v1",
    )
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/models.yaml:")
    assert "models.nemotron-vl-12b.served_name: served name" in issue
    assert "already used by model 'llama-3-1-8b'" in issue


def test_reports_every_problem_at_once(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tiers.yaml", "per_minute: 10,", "per_minute: -1,")
    edit_config("tenants.yaml", "    tier: pro\n", "    tier: pro\n    colour: red\n")
    edit_config("platform.yaml", "hostname: api.tokenplane.example.com", "hostname: API!")
    issues = _issues(config_dir)
    assert [issue.split(":")[0] for issue in issues] == [
        "config/platform.yaml",
        "config/tenants.yaml",
        "config/tiers.yaml",
    ]


def test_yaml_1_1_booleans_stay_strings(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "  globex:\n", "  no:\n")
    spec = load_config(config_dir)
    assert "no" in spec.tenants


def test_fails_when_a_file_is_missing(config_dir: Path) -> None:
    (config_dir / "models.yaml").unlink()
    issues = _issues(config_dir)
    assert issues[0].startswith("config/models.yaml: cannot read")


def test_fails_when_a_key_id_is_listed_twice(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "      - {id: rotated}\n", "      - {id: primary}\n")
    assert _issues(config_dir) == [
        "config/tenants.yaml:22: tenants.acme.keys[1].id: key id 'primary' is listed twice for "
        "this tenant; key ids must be unique per tenant"
    ]


def test_fails_when_an_override_exceeds_its_daily_limit(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "tenants.yaml",
        "tokens: {per_minute: 100000, per_day: 1000000}",
        "tokens: {per_minute: 2000000, per_day: 1000000}",
    )
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/tenants.yaml:")
    assert "tenants.globex.limits.tokens.per_minute: tokens per minute (2000000) exceed" in issue


def test_fails_when_an_override_sets_nothing(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config(
        "tenants.yaml",
        "    limits:\n      tokens: {per_minute: 100000, per_day: 1000000}\n",
        "    limits: {}\n",
    )
    (issue,) = _issues(config_dir)
    assert "tenants.globex.limits: limits sets neither requests nor tokens" in issue


def test_fails_when_the_limit_classes_do_not_fit_one_budgets_policy(config_dir: Path) -> None:
    tenants = config_dir / "tenants.yaml"
    lines = [tenants.read_text()]
    for index in range(64):
        lines.append(
            f"  bulk-{index}:\n    tier: free\n    display_name: Bulk {index}\n"
            f"    keys: [{{id: primary}}]\n"
            f"    limits:\n      requests: {{per_minute: {index + 11}, per_day: 1000}}\n"
        )
    tenants.write_text("".join(lines))
    (issue,) = _issues(config_dir)
    assert "limit classes are in use (tiers plus distinct tenant limits), at most 64" in issue


def test_tiers_are_scheduled_by_their_position_unless_they_say(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "tiers.yaml",
        "    description: Production use of every model.\n",
        "    description: Production use of every model.\n    priority: -3\n",
    )
    spec = load_config(config_dir, display_root="config")
    assert tier_priorities(spec.tiers) == {"free": 0, "pro": -3, "enterprise": 20}
    classes = scheduling_classes(spec.tiers, spec.tenants)
    assert classes == {"enterprise": 20, "free": 0, "priority-15": 15, "pro": -3}


def test_fails_when_a_priority_is_not_an_int32(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "    priority: 15", "    priority: 2147483648")
    edit_config(
        "tiers.yaml",
        "    description: Production use of every model.\n",
        "    description: Production use of every model.\n    priority: high\n",
    )
    issues = _issues(config_dir)
    assert len(issues) == 2, issues
    assert issues[0].startswith("config/tenants.yaml:")
    assert "tenants.globex.priority: input should be less than or equal to 2147483647" in issues[0]
    assert issues[1].startswith("config/tiers.yaml:")
    assert "tiers.pro.priority: input should be a valid integer; received 'high'" in issues[1]


def test_fails_when_a_tier_id_takes_the_priority_class_prefix(
    config_dir: Path, edit_config: EditConfig
) -> None:
    tiers = config_dir / "tiers.yaml"
    tiers.write_text(
        tiers.read_text() + "  priority-0:\n    requests: {per_minute: 1, per_day: 1}\n"
        "    tokens: {per_minute: 1, per_day: 1}\n    models: [llama-3-1-8b]\n"
    )
    (issue,) = _issues(config_dir)
    assert "tiers.priority-0: tier ids must not start with 'priority-'" in issue


def test_fails_when_the_scheduling_classes_are_too_many(config_dir: Path) -> None:
    tenants = config_dir / "tenants.yaml"
    lines = [tenants.read_text()]
    for index in range(MAX_SCHEDULING_CLASSES):
        lines.append(
            f"  bulk-{index}:\n    tier: free\n    display_name: Bulk {index}\n"
            f"    keys: [{{id: primary}}]\n    priority: {100 + index}\n"
        )
    tenants.write_text("".join(lines))
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/tenants.yaml:")
    assert (
        f"{MAX_SCHEDULING_CLASSES + 4} scheduling classes are in use (tiers plus distinct "
        f"tenant priorities), at most {MAX_SCHEDULING_CLASSES} allowed"
    ) in issue


def test_fails_when_the_queue_wait_outlasts_the_route_timeout(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "models.yaml",
        "    scheduler: {queue: 2, kv_cache_utilization: 2, prefix_cache: 3}\n",
        "    scheduler: {queue: 2, kv_cache_utilization: 2, prefix_cache: 3}\n"
        "    flow_control: {queue_wait_seconds: 300, fairness: fifo}\n",
    )
    issues = _issues(config_dir)
    assert len(issues) == 1, issues
    assert (
        "models.llama-3-1-8b.flow_control.fairness: input should be 'round-robin' or" in issues[0]
    )
    edit_config("models.yaml", ", fairness: fifo}", "}")
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/models.yaml:")
    assert (
        "models.llama-3-1-8b.flow_control.queue_wait_seconds: queue_wait_seconds (300) must be "
        "below route_timeout_seconds (300)"
    ) in issue


def test_fails_when_the_remote_key_lacks_the_key_id(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "platform.yaml",
        "  store: tokenplane-api-keys\n",
        "  store: tokenplane-api-keys\n  remote_key: keys/{tenant}\n",
    )
    (issue,) = _issues(config_dir)
    assert "credentials.remote_key: 'keys/{tenant}' must contain both {tenant} and {key}" in issue


def test_fails_when_a_model_id_is_too_long_for_its_service_names(
    config_dir: Path, edit_config: EditConfig
) -> None:
    long_id = "m" + "x" * 59
    edit_config("models.yaml", "  llama-3-1-8b:\n", f"  {long_id}:\n")
    edit_config("tiers.yaml", "models: [llama-3-1-8b]", f"models: [{long_id}]")
    edit_config("tiers.yaml", "models: [llama-3-1-8b, nemotron", f"models: [{long_id}, nemotron")
    edit_config("tiers.yaml", "models: [llama-3-1-8b, nemotron", f"models: [{long_id}, nemotron")
    edit_config("platform.yaml", "      llama-3-1-8b:\n", f"      {long_id}:\n")
    (issue,) = _issues(config_dir)
    assert issue.startswith(f"config/models.yaml:5: models.{long_id}: model id '{long_id}'")
    assert "at most 59 characters" in issue


def test_fails_when_a_cache_kind_is_unknown(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("models.yaml", "cache: {kind: empty-dir, size_limit: 64Gi}", "cache: {kind: nfs}")
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/models.yaml:22: models.llama-3-1-8b.cache")


def test_fails_when_a_date_is_not_a_calendar_date(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("tenants.yaml", "expires: 2099-06-30", "expires: 2099-13-30")
    assert _issues(config_dir) == [
        "config/tenants.yaml:21: tenants.acme.keys[0].expires: '2099-13-30' is not a valid date "
        "(month must be in 1..12); write YYYY-MM-DD, or put it in quotes if it is meant as text"
    ]


def test_fails_when_a_value_carries_a_yaml_tag(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("tenants.yaml", "    tier: pro\n", "    tier: !gold pro\n")
    assert _issues(config_dir) == [
        "config/tenants.yaml:17: tenants.acme.tier: unsupported YAML tag '!gold'; "
        "tokenplane config uses no tags: remove it"
    ]


@pytest.mark.parametrize(
    ("key", "received"),
    [("123", "'123' (a number)"), ("~", "'~' (null)"), ("[a, b]", "a list")],
)
def test_fails_when_a_key_is_not_text(
    config_dir: Path, edit_config: EditConfig, key: str, received: str
) -> None:
    edit_config("tenants.yaml", "  globex:\n", f"  {key}: {{tier: free}}\n  globex:\n")
    assert _issues(config_dir) == [
        f"config/tenants.yaml:23: tenants: keys must be text; received {received}: "
        "put it in quotes if it is meant as a name"
    ]


def test_fails_when_a_file_is_not_utf8(config_dir: Path) -> None:
    (config_dir / "tiers.yaml").write_bytes(b"version: 1\n\xff\n")
    assert _issues(config_dir) == [
        "config/tiers.yaml:2: cannot read: not UTF-8 text (byte 0xff); save it as UTF-8"
    ]


def test_fails_when_a_line_is_indented_with_a_tab(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("tenants.yaml", "    tier: pro\n", "\ttier: pro\n")
    (issue,) = _issues(config_dir)
    assert issue.startswith("config/tenants.yaml:17: invalid YAML: ")
    assert issue.endswith("; indent with spaces, not tabs")


def test_fails_when_a_file_holds_a_control_character(config_dir: Path) -> None:
    (config_dir / "tiers.yaml").write_text("version: 1\ntiers:\x01\n")
    assert _issues(config_dir) == [
        "config/tiers.yaml:2: invalid YAML: character #x0001 is not allowed in YAML text"
    ]


def test_fails_when_a_quantity_is_malformed(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("models.yaml", "memory: {request: 32Gi", "memory: {request: 32GB")
    assert _issues(config_dir) == [
        "config/models.yaml:16: models.llama-3-1-8b.resources.memory.request: must be a "
        'Kubernetes quantity such as "4", 500m, 32Gi or 8G (suffixes m, k, M, G, T, Ki, Mi, '
        "Gi, Ti); received '32GB'"
    ]


def test_fails_when_an_image_is_not_pinned(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("models.yaml", f"image: {VLLM_IMAGE}", "image: vllm/vllm-openai")
    assert _issues(config_dir) == [
        "config/models.yaml:7: models.llama-3-1-8b.image: must be a container image pinned by "
        f"tag or digest, such as {VLLM_IMAGE} or "
        "registry.example.com/app@sha256:<64 hex digits>; received 'vllm/vllm-openai'"
    ]


def test_fails_when_a_config_file_name_is_misspelled(config_dir: Path) -> None:
    (config_dir / "tenants.yaml").rename(config_dir / "tenant.yaml")
    issues = _issues(config_dir)
    assert issues[0] == (
        "config/tenant.yaml: unknown config file; the config is exactly "
        "models.yaml, platform.yaml, tenants.yaml, tiers.yaml"
    )
    assert issues[1].startswith("config/tenants.yaml: cannot read")


def test_fails_when_a_file_is_not_a_mapping(config_dir: Path) -> None:
    (config_dir / "tenants.yaml").write_text("- acme\n- globex\n")
    assert _issues(config_dir) == [
        "config/tenants.yaml:1: the file must be a mapping with the keys version, tenants; "
        "received a list"
    ]


# All problems at once: a schema error in one place does not hide the reference errors of
# the entries that did parse.


def test_fails_when_one_file_breaks_its_schema_and_another_names_an_unknown_tier(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("models.yaml", "    gpus: 1\n", "    gpus: one\n")
    edit_config(
        "tenants.yaml",
        "    tier: pro\n    display_name: Acme",
        "    tier: gold\n    display_name: Acme",
    )
    assert _reported(config_dir) == [
        "config/models.yaml:12: models.llama-3-1-8b.gpus: input should be a valid integer; "
        "received 'one'",
        "config/tenants.yaml:17: tenants.acme.tier: unknown tier 'gold'; expected one of: "
        "enterprise, free, pro",
    ]


def test_fails_when_an_entry_breaks_its_schema_and_another_entry_of_the_file_names_an_unknown_model(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("tiers.yaml", "per_minute: 10,", 'per_minute: "10",')
    edit_config(
        "tiers.yaml",
        "    models: [llama-3-1-8b, nemotron-vl-12b]\n",
        "    models: [llama-3-1-8b, llama-9]\n",
    )
    assert _reported(config_dir) == [
        "config/tiers.yaml:6: tiers.free.requests.per_minute: "
        "input should be a valid integer; received '10'",
        "config/tiers.yaml:13: tiers.pro.models[1]: unknown model 'llama-9'; expected one of: "
        "llama-3-1-8b, nemotron-vl-12b",
    ]


def test_fails_when_a_tier_breaks_its_schema_and_its_tenants_are_not_called_unknown(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("tiers.yaml", "per_minute: 10,", 'per_minute: "10",')
    edit_config("platform.yaml", "[hobbyist, acme]", "[hobbyist, acme, nobody]")
    assert _reported(config_dir) == [
        "config/platform.yaml:36: clusters.staging.tenants[2]: unknown tenant 'nobody'; "
        "see tenants.yaml",
        "config/tiers.yaml:6: tiers.free.requests.per_minute: "
        "input should be a valid integer; received '10'",
    ]


def test_fails_when_a_name_clash_sits_beside_a_schema_error_in_another_file(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "models.yaml",
        "    served_name: nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-FP8\n",
        "    served_name: nvidia/Llama-3.1-Nemotron-Nano-8B-v1\n",
    )
    edit_config("tenants.yaml", "    keys: [{id: primary}]\n", "    keys: [{id: Primary}]\n")
    reported = _reported(config_dir)
    assert reported == [
        "config/models.yaml:31: models.nemotron-vl-12b.served_name: served name "
        "'nvidia/Llama-3.1-Nemotron-Nano-8B-v1' is already used by model 'llama-3-1-8b'; "
        "served names must be unique",
        "config/tenants.yaml:10: tenants.hobbyist.keys[0].id: must be a DNS label (lower-case "
        "letters, digits and '-', starting and ending with a letter or digit, at most 63 "
        "characters); received 'Primary'",
    ]


def test_fails_when_a_referenced_file_cannot_be_read_and_says_which_checks_were_skipped(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("tiers.yaml", "    models: [llama-3-1-8b]\n", "    models: [llama-3-1-8b\n")
    edit_config("platform.yaml", "[hobbyist, acme]", "[hobbyist, acme, nobody]")
    reported = _reported(config_dir)
    assert reported[0] == (
        "config/platform.yaml:36: clusters.staging.tenants[2]: unknown tenant 'nobody'; "
        "see tenants.yaml"
    )
    assert reported[1].startswith("config/tiers.yaml:")
    assert "invalid YAML" in reported[1]
    assert reported[2:] == [
        "config/tenants.yaml: the tenants' tiers not checked: tiers.yaml could not be read; "
        "fix tiers.yaml first (its problems are listed above), then run again",
    ]
