"""ModelRoutes: one rule per model, at most 15 per route, sharded by sorted model id."""

from __future__ import annotations

from typing import Any

from tests.conftest import TODAY
from tokenplane.app import synthesize
from tokenplane.config import PlatformSpec
from tokenplane.constructs import AIGatewayRoute


def _routes(spec: PlatformSpec) -> list[dict[str, Any]]:
    objects = synthesize(spec, today=TODAY)["production"]
    return [o for o in objects if o["kind"] == AIGatewayRoute.__name__]


def _with_models(spec: PlatformSpec, count: int) -> PlatformSpec:
    template = spec.models["llama-3-1-8b"]
    models = {
        f"m{index:02d}": template.model_copy(update={"served_name": f"org/model-{index}"})
        for index in range(count)
    }
    # Every cluster serves every model: drop staging's own model list.
    platform = spec.platform.model_copy(
        update={
            "clusters": {
                cluster_id: cluster.model_copy(update={"models": None})
                for cluster_id, cluster in spec.platform.clusters.items()
            }
        }
    )
    return spec.model_copy(update={"models": models, "platform": platform})


def test_rule_matches_the_served_name_and_sends_to_the_pool(example_spec: PlatformSpec) -> None:
    (route,) = _routes(example_spec)
    rule = route["spec"]["rules"][0]
    assert rule["matches"] == [
        {
            "headers": [
                {
                    "name": "x-ai-eg-model",
                    "type": "Exact",
                    "value": "nvidia/Llama-3.1-Nemotron-Nano-8B-v1",
                }
            ]
        }
    ]
    assert rule["backendRefs"] == [
        {
            "group": "inference.networking.k8s.io",
            "kind": "InferencePool",
            "name": "llama-3-1-8b",
            "priority": 0,
            "weight": 1,
        }
    ]
    assert rule["timeouts"] == {"request": "300s"}
    assert route["spec"]["parentRefs"][0]["sectionName"] == "https"


def test_route_publishes_token_costs(example_spec: PlatformSpec) -> None:
    (route,) = _routes(example_spec)
    assert route["spec"]["llmRequestCosts"] == [
        {"metadataKey": "llm_input_token", "type": "InputToken"},
        {"metadataKey": "llm_output_token", "type": "OutputToken"},
        {"metadataKey": "llm_total_token", "type": "TotalToken"},
    ]


def test_more_than_fifteen_models_are_sharded_by_sorted_id(example_spec: PlatformSpec) -> None:
    routes = _routes(_with_models(example_spec, 31))
    assert [r["metadata"]["name"] for r in routes] == [
        "tokenplane-models-1",
        "tokenplane-models-2",
        "tokenplane-models-3",
    ]
    assert [len(r["spec"]["rules"]) for r in routes] == [15, 15, 1]
    assert [rule["name"] for rule in routes[1]["spec"]["rules"]][0] == "m15"
