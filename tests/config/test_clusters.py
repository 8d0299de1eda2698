"""Per-cluster overrides: what ClusterView gives the charts of each cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EditConfig
from tokenplane import versions
from tokenplane.config import ConfigError, PlatformSpec, load_config
from tokenplane.problems import format_problem


def test_example_declares_production_and_staging(example_spec: PlatformSpec) -> None:
    assert sorted(example_spec.platform.clusters) == ["production", "staging"]


def test_production_serves_everything_with_both_entry_points(
    example_spec: PlatformSpec,
) -> None:
    production = example_spec.cluster("production")
    assert production.hostname == "api.tokenplane.example.com"
    assert production.engines == ("flux", "argocd")
    assert production.branch == "main"
    assert production.models == example_spec.models
    assert production.tenants == example_spec.tenants
    assert production.tiers == example_spec.tiers
    assert production.installs("cert-manager")


def test_staging_applies_its_overrides(example_spec: PlatformSpec) -> None:
    staging = example_spec.cluster("staging")
    assert staging.hostname == "api.staging.tokenplane.example.com"
    assert staging.engines == ("flux",)
    assert staging.branch == "staging"
    assert list(staging.models) == ["llama-3-1-8b"]
    llama = staging.models["llama-3-1-8b"]
    assert llama.placement.node_selector == {"nvidia.com/gpu.product": "NVIDIA-L4"}
    assert llama.served_name == example_spec.models["llama-3-1-8b"].served_name
    assert sorted(staging.tenants) == ["acme", "hobbyist"]
    assert staging.tiers["pro"].models == ["llama-3-1-8b"]
    assert staging.tiers["free"] is example_spec.tiers["free"]
    assert not staging.installs("cert-manager")
    assert staging.installs("kuadrant")


def test_replicas_override_keeps_the_model_placement(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "platform.yaml",
        "    gitops: [flux, argocd]",
        "    gitops: [flux, argocd]\n    models:\n      nemotron-vl-12b: {replicas: 3}",
    )
    spec = load_config(config_dir)
    production = spec.cluster("production")
    assert list(production.models) == ["nemotron-vl-12b"]
    assert production.models["nemotron-vl-12b"].replicas == 3
    assert production.models["nemotron-vl-12b"].placement == (
        spec.models["nemotron-vl-12b"].placement
    )
    assert production.tiers["free"].models == []


def test_without_gitops_nothing_is_installed(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config(
        "platform.yaml",
        "gitops:\n  repository: https://git.example.com/platform/tokenplane-gitops.git\n"
        "  branch: main\n  engines: [flux]\n",
        "",
    )
    spec = load_config(config_dir)
    production = spec.cluster("production")
    assert production.engines == ()
    assert not production.installs("envoy-gateway")


def test_default_chart_versions_come_from_the_version_table(
    example_spec: PlatformSpec,
) -> None:
    infrastructure = example_spec.platform.infrastructure
    pinned = {
        "gateway-api": infrastructure.gateway_api.tag,
        "gateway-api-inference-extension": infrastructure.inference_extension.tag,
        "llm-d-router": infrastructure.llm_d_router_crds.tag,
        "envoy-gateway": infrastructure.envoy_gateway.version,
        "envoy-ai-gateway": infrastructure.envoy_ai_gateway.version,
        "kuadrant-operator": infrastructure.kuadrant.version,
        "cert-manager": infrastructure.cert_manager.version,
        "external-secrets": infrastructure.external_secrets.version,
        "keda": infrastructure.keda.version,
    }
    for name, version in pinned.items():
        assert version.removeprefix("v") == versions.component(name).version.removeprefix("v")
    assert infrastructure.envoy_gateway_crds.tag == infrastructure.envoy_gateway.version
    assert infrastructure.envoy_ai_gateway_crds.version == infrastructure.envoy_ai_gateway.version


def test_fails_when_a_cluster_names_an_unknown_model_or_tenant(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("platform.yaml", "      llama-3-1-8b:\n", "      llama-9:\n")
    edit_config("platform.yaml", "[hobbyist, acme]", "[hobbyist, acme, hobbyist, nobody]")
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir, display_root="config")
    messages = [format_problem(p) for p in caught.value.problems]
    assert messages == [
        "config/platform.yaml:30: clusters.staging.models.llama-9: unknown model 'llama-9'; "
        "expected one of: llama-3-1-8b, nemotron-vl-12b",
        "config/platform.yaml:36: clusters.staging.tenants[2]: tenant 'hobbyist' is listed twice",
        "config/platform.yaml:36: clusters.staging.tenants[3]: unknown tenant 'nobody'; "
        "see tenants.yaml",
    ]


def test_fails_when_an_infrastructure_switch_is_unknown(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("platform.yaml", "      cert-manager: false", "      cert-manger: false")
    with pytest.raises(ConfigError, match=r"clusters\.staging\.infrastructure"):
        load_config(config_dir, display_root="config")


def test_autoscaling_installs_keda_only_where_a_model_autoscales(
    example_spec: PlatformSpec,
) -> None:
    production, staging = example_spec.cluster("production"), example_spec.cluster("staging")
    assert production.models["llama-3-1-8b"].autoscaling is not None
    assert production.installs("keda")
    # staging pins llama to a fixed replica count, which replaces the model's autoscaling
    assert staging.models["llama-3-1-8b"].autoscaling is None
    assert not staging.installs("keda")


def test_cluster_autoscaling_override_replaces_the_model_s(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "platform.yaml",
        "        replicas: 1            # a fixed pod here: replaces models.yaml's autoscaling\n",
        "        autoscaling: {min_replicas: 2, max_replicas: 3}\n",
    )
    staging = load_config(config_dir).cluster("staging")
    autoscaling = staging.models["llama-3-1-8b"].autoscaling
    assert autoscaling is not None
    assert (autoscaling.min_replicas, autoscaling.max_replicas) == (2, 3)
    assert staging.installs("keda")


def test_fails_when_max_replicas_is_below_min_replicas(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("models.yaml", "{min_replicas: 1,", "{min_replicas: 6,")
    edit_config(
        "platform.yaml",
        "        replicas: 1            # a fixed pod here: replaces models.yaml's autoscaling\n",
        "        replicas: 1\n        autoscaling: {min_replicas: 3, max_replicas: 2}\n",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir, display_root="config")
    assert [format_problem(p) for p in caught.value.problems] == [
        "config/models.yaml:13: models.llama-3-1-8b.autoscaling.max_replicas: max_replicas (4) "
        "is below min_replicas (6)",
        "config/platform.yaml:31: clusters.staging.models.llama-3-1-8b.replicas: replicas and "
        "autoscaling exclude each other: with autoscaling KEDA owns the replica count; remove "
        "replicas",
        "config/platform.yaml:32: clusters.staging.models.llama-3-1-8b.autoscaling.max_replicas: "
        "max_replicas (2) is below min_replicas (3)",
    ]


def test_fails_when_a_model_sets_both_replicas_and_autoscaling(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("models.yaml", "    autoscaling:", "    replicas: 2\n    autoscaling:")
    with pytest.raises(ConfigError, match=r"models\.llama-3-1-8b\.replicas: replicas and autosc"):
        load_config(config_dir, display_root="config")
