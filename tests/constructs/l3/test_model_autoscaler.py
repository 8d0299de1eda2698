"""ModelAutoscaler (through ModelServing): a ScaledObject per autoscaled model, on its vLLM
metrics, and a Deployment that leaves the replica count to it."""

from __future__ import annotations

import cdk8s

from tests.constructs.conftest import Objects, find
from tokenplane.config import AutoscalingSpec, ModelSpec, PlatformSpec
from tokenplane.constructs import ClusterRole, ModelServing, Namespace
from tokenplane.constructs.l3.endpoint_picker import METRICS_AUTH_RULES

LLAMA = "nvidia/Llama-3.1-Nemotron-Nano-8B-v1"


def _objects(model: ModelSpec, model_id: str = "llama-3-1-8b") -> Objects:
    chart = cdk8s.Testing.chart()
    namespace = Namespace(chart, "ns", name="models")
    role = ClusterRole(chart, "auth", name="epp-auth", rules=METRICS_AUTH_RULES)
    ModelServing(
        chart,
        "serving",
        model_id=model_id,
        model=model,
        namespace=namespace,
        metrics_auth=role,
        scheduling_classes={"free": 0, "pro": 10},
        labels={"tokenplane.io/model": model_id},
    )
    return list(cdk8s.Testing.synth(chart))


def test_autoscaled_model_gets_a_scaled_object_and_no_replica_count(
    example_spec: PlatformSpec,
) -> None:
    objects = _objects(example_spec.models["llama-3-1-8b"])
    assert "replicas" not in find(objects, "Deployment", "llama-3-1-8b")["spec"]
    scaled = find(objects, "ScaledObject", "llama-3-1-8b")
    assert scaled["metadata"]["labels"]["tokenplane.io/model"] == "llama-3-1-8b"
    spec = scaled["spec"]
    assert spec["scaleTargetRef"]["name"] == "llama-3-1-8b"
    assert (spec["minReplicaCount"], spec["maxReplicaCount"]) == (1, 4)
    queries = {t["name"]: t["metadata"] for t in spec["triggers"]}
    selector = f'{{namespace="models",model_name="{LLAMA}"}}'
    assert queries["queue-depth"]["query"] == f"sum(vllm:num_requests_waiting{selector})"
    assert queries["queue-depth"]["threshold"] == "5"
    assert queries["kv-cache"]["query"] == f"sum(vllm:kv_cache_usage_perc{selector})"
    assert queries["kv-cache"]["threshold"] == "0.8"


def test_kv_cache_trigger_only_when_configured(example_spec: PlatformSpec) -> None:
    model = example_spec.models["llama-3-1-8b"].model_copy(
        update={"autoscaling": AutoscalingSpec(max_replicas=2)}
    )
    scaled = find(_objects(model), "ScaledObject", "llama-3-1-8b")
    assert [t["name"] for t in scaled["spec"]["triggers"]] == ["queue-depth"]
    assert scaled["spec"]["minReplicaCount"] == 1


def test_fixed_model_keeps_its_replicas_and_no_scaled_object(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec.models["nemotron-vl-12b"], "nemotron-vl-12b")
    assert find(objects, "Deployment", "nemotron-vl-12b")["spec"]["replicas"] == 1
    assert not [o for o in objects if o["kind"] == "ScaledObject"]
