"""NetworkIsolation: default-deny per platform namespace, the allows the inference path needs."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODAY, EditConfig
from tests.constructs.conftest import Objects, find
from tokenplane.app import synthesize
from tokenplane.config import load_config

ENVOY = {
    "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "envoy-gateway-system"}},
    "podSelector": {
        "matchLabels": {
            "app.kubernetes.io/managed-by": "envoy-gateway",
            "gateway.envoyproxy.io/owning-gateway-name": "tokenplane",
            "gateway.envoyproxy.io/owning-gateway-namespace": "tokenplane-gateway",
        }
    },
}
PROMETHEUS = {
    "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
    "podSelector": {"matchLabels": {"app.kubernetes.io/name": "prometheus"}},
}


@pytest.fixture(scope="module")
def production(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


def _policies(objects: Objects) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (o["metadata"]["namespace"], o["metadata"]["name"]): o
        for o in objects
        if o["kind"] == "NetworkPolicy"
    }


def test_gateway_and_models_namespaces_deny_by_default_and_resolve_names(
    production: Objects,
) -> None:
    policies = _policies(production)
    for namespace, role in (("tokenplane-gateway", "gateway"), ("tokenplane-models", "models")):
        deny = policies[(namespace, f"tokenplane-{role}-default-deny")]["spec"]
        assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
        dns = policies[(namespace, f"tokenplane-{role}-dns")]["spec"]
        assert dns["policyTypes"] == ["Egress"]
        (rule,) = dns["egress"]
        assert {p["protocol"] for p in rule["ports"]} == {"UDP", "TCP"}
        assert rule["to"][0]["namespaceSelector"]["matchLabels"] == {
            "kubernetes.io/metadata.name": "kube-system"
        }


def test_foreign_namespaces_get_only_the_redis_policy(production: Objects) -> None:
    # Kuadrant's and Envoy Gateway's own pods are not ours to isolate; the Redis we run for
    # Envoy Gateway's rate-limit service is.
    assert [name for ns, name in _policies(production) if ns == "kuadrant-system"] == []
    assert [name for ns, name in _policies(production) if ns == "envoy-gateway-system"] == [
        "ratelimit-redis"
    ]


def test_vllm_admits_envoy_its_picker_and_prometheus_on_its_port(production: Objects) -> None:
    policy = find(production, "NetworkPolicy", "llama-3-1-8b")
    assert policy["metadata"]["labels"]["tokenplane.io/model"] == "llama-3-1-8b"
    spec = policy["spec"]
    assert spec["podSelector"]["matchLabels"] == {
        "llm-d.ai/inference-serving": "true",
        "llm-d.ai/model": "llama-3-1-8b",
    }
    (rule,) = spec["ingress"]
    assert rule["ports"] == [{"port": 8000, "protocol": "TCP"}]
    assert rule["from"] == [
        ENVOY,
        {
            "podSelector": {
                "matchLabels": {
                    "app.kubernetes.io/component": "endpoint-picker",
                    "tokenplane.io/endpoint-picker": "llama-3-1-8b-epp",
                }
            }
        },
        PROMETHEUS,
    ]
    # An emptyDir cache: weights are downloaded at start, over HTTPS.
    assert spec["egress"] == [
        {"ports": [{"port": 443, "protocol": "TCP"}], "to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]}
    ]


def test_picker_admits_envoy_and_prometheus_and_reaches_vllm_and_api_server(
    production: Objects,
) -> None:
    spec = find(production, "NetworkPolicy", "llama-3-1-8b-epp")["spec"]
    assert spec["ingress"] == [
        {"from": [ENVOY], "ports": [{"port": 9002, "protocol": "TCP"}]},
        {"from": [PROMETHEUS], "ports": [{"port": 9090, "protocol": "TCP"}]},
    ]
    to_vllm, to_api = spec["egress"]
    assert to_vllm["ports"] == [{"port": 8000, "protocol": "TCP"}]
    assert [p["port"] for p in to_api["ports"]] == [443, 6443]


def test_speech_server_and_acme_solver_admit_envoy(production: Objects) -> None:
    speech = find(production, "NetworkPolicy", "tokenplane-speech")["spec"]
    assert speech["ingress"] == [{"from": [ENVOY], "ports": [{"port": 8000, "protocol": "TCP"}]}]
    solver = find(production, "NetworkPolicy", "tokenplane-acme-http01-solver")
    assert solver["metadata"]["namespace"] == "tokenplane-gateway"
    assert solver["spec"]["podSelector"]["matchLabels"] == {
        "acme.cert-manager.io/http01-solver": "true"
    }
    assert solver["spec"]["ingress"][0]["ports"] == [{"port": 8089, "protocol": "TCP"}]


def test_a_claimed_cache_gets_no_egress(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config(
        "models.yaml",
        "cache: {kind: empty-dir, size_limit: 64Gi}",
        "cache: {kind: persistent-volume-claim, claim_name: weights}",
    )
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    spec = find(objects, "NetworkPolicy", "llama-3-1-8b")["spec"]
    assert spec["policyTypes"] == ["Ingress"]
    assert "egress" not in spec


def test_config_moves_envoy_prometheus_and_api_server(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "platform.yaml",
        "clusters:\n",
        "network_policies:\n"
        "  envoy_namespace: edge\n"
        "  prometheus: {namespace: observability, pod_labels: {app: prom}}\n"
        "  api_server_cidrs: [10.0.0.0/24]\n"
        "clusters:\n",
    )
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    spec = find(objects, "NetworkPolicy", "llama-3-1-8b-epp")["spec"]
    envoy, prometheus = (rule["from"][0] for rule in spec["ingress"])
    assert envoy["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "edge"}
    assert prometheus == {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "observability"}},
        "podSelector": {"matchLabels": {"app": "prom"}},
    }
    assert spec["egress"][1]["to"] == [{"ipBlock": {"cidr": "10.0.0.0/24"}}]


def test_envoy_in_the_gateway_namespace_leaves_it_open(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "platform.yaml",
        "clusters:\n",
        "network_policies: {envoy_namespace: tokenplane-gateway}\nclusters:\n",
    )
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    namespaces = {ns for ns, _ in _policies(objects)}
    assert namespaces == {"tokenplane-models", "envoy-gateway-system"}


def test_disabled_renders_no_policy(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config("platform.yaml", "clusters:\n", "network_policies: {enabled: false}\nclusters:\n")
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    assert not _policies(objects)


def test_fails_when_an_api_server_range_is_not_a_cidr(
    config_dir: Path, edit_config: EditConfig
) -> None:
    from tokenplane.config import ConfigError

    edit_config(
        "platform.yaml",
        "clusters:\n",
        "network_policies: {api_server_cidrs: [kubernetes.default]}\nclusters:\n",
    )
    with pytest.raises(ConfigError, match="network_policies.api_server_cidrs"):
        load_config(config_dir)
