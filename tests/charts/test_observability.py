"""The observability chart: monitors of vLLM and the pickers, alerts, Kuadrant's monitors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import TODAY, EditConfig
from tests.constructs.conftest import Objects, find
from tokenplane.app import synthesize
from tokenplane.config import PlatformSpec, load_config


@pytest.fixture(scope="module")
def production(example_spec: PlatformSpec) -> Objects:
    return synthesize(example_spec, today=TODAY)["production"]


def _alerts(rule: dict[str, Any]) -> dict[str, dict[str, Any]]:
    (group,) = rule["spec"]["groups"]
    return {r["alert"]: r for r in group["rules"]}


def test_vllm_pods_are_scraped_on_their_http_port(production: Objects) -> None:
    monitor = find(production, "PodMonitor", "tokenplane-model-servers")
    assert monitor["metadata"]["namespace"] == "tokenplane-models"
    assert monitor["spec"]["selector"] == {"matchLabels": {"llm-d.ai/inference-serving": "true"}}
    (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
    assert (endpoint["port"], endpoint["path"]) == ("http", "/metrics")
    assert "authorization" not in endpoint


def test_pickers_are_scraped_with_a_reader_allowed_only_metrics(production: Objects) -> None:
    monitor = find(production, "PodMonitor", "tokenplane-endpoint-pickers")
    assert monitor["spec"]["selector"] == {
        "matchLabels": {"app.kubernetes.io/component": "endpoint-picker"}
    }
    (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
    assert endpoint["port"] == "metrics"
    assert endpoint["authorization"]["credentials"]["name"] == "tokenplane-metrics-reader"
    role = find(production, "ClusterRole", "tokenplane-metrics-reader")
    assert role["rules"] == [{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}]
    binding = find(production, "ClusterRoleBinding", "tokenplane-metrics-reader")
    assert binding["subjects"] == [
        {
            "kind": "ServiceAccount",
            "name": "tokenplane-metrics-reader",
            "namespace": "tokenplane-models",
        }
    ]


def test_inference_alerts_read_the_current_vllm_and_pool_metrics(production: Objects) -> None:
    alerts = _alerts(find(production, "PrometheusRule", "tokenplane-inference"))
    assert set(alerts) == {
        "TokenplaneInferencePoolNoReadyEndpoints",
        "TokenplaneEndpointPickerDown",
        "TokenplaneModelServerDown",
        "TokenplaneKVCacheNearlyFull",
        "TokenplaneRequestsQueueing",
    }
    assert "vllm:kv_cache_usage_perc" in alerts["TokenplaneKVCacheNearlyFull"]["expr"]
    assert "vllm:num_requests_waiting" in alerts["TokenplaneRequestsQueueing"]["expr"]
    assert alerts["TokenplaneInferencePoolNoReadyEndpoints"]["expr"] == (
        "max by (namespace, name) (inference_pool_ready_pods"
        '{job="tokenplane-models/tokenplane-endpoint-pickers"}) == 0'
    )


def test_no_alert_watches_limitador_which_counts_nothing(production: Objects) -> None:
    rules = [o for o in production if o["kind"] == "PrometheusRule"]
    assert [rule["metadata"]["name"] for rule in rules] == ["tokenplane-inference"]
    assert not [alert for alert in _alerts(rules[0]) if "Limitador" in alert]
    kuadrant = find(production, "Kuadrant", "kuadrant")
    assert kuadrant["spec"] == {"observability": {"enable": True}}


def test_config_labels_reach_monitors_and_rules(config_dir: Path, edit_config: EditConfig) -> None:
    edit_config(
        "platform.yaml",
        "clusters:\n",
        "observability: {labels: {release: kube-prometheus-stack}}\nclusters:\n",
    )
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    for kind, name in (
        ("PodMonitor", "tokenplane-model-servers"),
        ("PrometheusRule", "tokenplane-inference"),
    ):
        labels = find(objects, kind, name)["metadata"]["labels"]
        assert labels["release"] == "kube-prometheus-stack"


def test_disabled_renders_no_monitor_and_leaves_kuadrant_plain(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config("platform.yaml", "clusters:\n", "observability: {enabled: false}\nclusters:\n")
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    assert not [o for o in objects if o["apiVersion"] == "monitoring.coreos.com/v1"]
    assert not [o for o in objects if o["metadata"]["name"] == "tokenplane-metrics-reader"]
    assert "observability" not in find(objects, "Kuadrant", "kuadrant").get("spec", {})
