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


def test_the_rate_limit_service_is_scraped_where_envoy_gateway_runs_it(
    production: Objects,
) -> None:
    monitor = find(production, "PodMonitor", "tokenplane-rate-limit")
    assert monitor["metadata"]["namespace"] == "envoy-gateway-system"
    assert monitor["spec"]["selector"] == {
        "matchLabels": {"app.kubernetes.io/name": "envoy-ratelimit"}
    }
    (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
    assert (endpoint["port"], endpoint["path"]) == ("metrics", "/metrics")


def test_rate_limit_alerts_watch_the_service_not_limitador(production: Objects) -> None:
    rule = find(production, "PrometheusRule", "tokenplane-rate-limiting")
    assert rule["metadata"]["namespace"] == "envoy-gateway-system"
    alerts = _alerts(rule)
    job = 'job="envoy-gateway-system/tokenplane-rate-limit"'
    assert alerts["TokenplaneRateLimitServiceDown"]["expr"] == f"absent(up{{{job}}} == 1)"
    assert alerts["TokenplaneRateLimitRedisErrors"]["expr"] == (
        "sum by (namespace, pod) (rate(ratelimit_service_should_rate_limit_error"
        f'{{{job}, err_type="redis_error"}}[5m])) > 0'
    )
    assert alerts["TokenplaneRateLimitConfigRejected"]["expr"] == (
        f"increase(ratelimit_service_config_load_error{{{job}}}[10m]) > 0"
    )
    every_alert = [a for o in production if o["kind"] == "PrometheusRule" for a in _alerts(o)]
    assert not [alert for alert in every_alert if "Limitador" in alert]
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
        ("PodMonitor", "tokenplane-rate-limit"),
        ("PrometheusRule", "tokenplane-rate-limiting"),
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
