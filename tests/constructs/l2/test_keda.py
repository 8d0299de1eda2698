"""ScaledObject: references its Deployment as an object, carries the triggers and behavior."""

from __future__ import annotations

import cdk8s
import pytest

from tokenplane.constructs import (
    Container,
    Deployment,
    Pod,
    PrometheusTrigger,
    ScaledObject,
    ScalingRate,
)

TRIGGER = PrometheusTrigger(
    name="queue-depth",
    server_address="http://prometheus.monitoring.svc:9090",
    query="sum(vllm:num_requests_waiting)",
    threshold=5,
)
RATE = ScalingRate(pods=1, period_seconds=60, window_seconds=0)


def _deployment(chart: cdk8s.Chart) -> Deployment:
    return Deployment(
        chart,
        "server",
        name="server",
        namespace="models",
        replicas=None,
        selector={"app": "server"},
        pod_labels={"app": "server"},
        pod=Pod(containers=[Container(name="c", image="example:1")]),
    )


def _scaled(chart: cdk8s.Chart, *, min_replicas: int = 1, max_replicas: int = 3) -> ScaledObject:
    return ScaledObject(
        chart,
        "scaled",
        name="server",
        target=_deployment(chart),
        min_replicas=min_replicas,
        max_replicas=max_replicas,
        triggers=[TRIGGER],
        scale_up=RATE,
        scale_down=ScalingRate(pods=1, period_seconds=300, window_seconds=600),
    )


def test_scaled_object_targets_the_deployment_object() -> None:
    chart = cdk8s.Testing.chart()
    scaled = _scaled(chart)
    objects = cdk8s.Testing.synth(chart)
    deployment, rendered = objects
    assert "replicas" not in deployment["spec"]
    assert rendered["apiVersion"] == "keda.sh/v1alpha1"
    assert rendered["metadata"]["namespace"] == scaled.target.namespace == "models"
    spec = rendered["spec"]
    assert spec["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "server",
    }
    assert (spec["minReplicaCount"], spec["maxReplicaCount"]) == (1, 3)
    assert spec["triggers"] == [
        {
            "type": "prometheus",
            "name": "queue-depth",
            "metricType": "AverageValue",
            "metadata": {
                "serverAddress": "http://prometheus.monitoring.svc:9090",
                "query": "sum(vllm:num_requests_waiting)",
                "threshold": "5",
            },
        }
    ]
    behavior = spec["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] == 600
    assert behavior["scaleUp"]["policies"] == [{"type": "Pods", "value": 1, "periodSeconds": 60}]


def test_fails_when_min_replicas_exceed_max_replicas() -> None:
    with pytest.raises(ValueError, match="min_replicas <= max_replicas"):
        _scaled(cdk8s.Testing.chart(), min_replicas=4, max_replicas=2)


def test_fails_when_no_trigger_is_given() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="at least one trigger"):
        ScaledObject(
            chart,
            "scaled",
            name="server",
            target=_deployment(chart),
            min_replicas=1,
            max_replicas=2,
            triggers=[],
            scale_up=RATE,
            scale_down=RATE,
        )
