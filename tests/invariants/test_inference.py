"""Inference invariants: the example passes; each broken link is reported by name."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.conftest import TODAY
from tokenplane.config import PlatformSpec
from tokenplane.contracts import names
from tokenplane.contracts.headers import (
    FAIRNESS_HEADER,
    LEGACY_FAIRNESS_HEADER,
    LEGACY_OBJECTIVE_HEADER,
    OBJECTIVE_HEADER,
    TENANT_HEADER,
)
from tokenplane.contracts.predicates import objective_expression, pools_of_objective_expression
from tokenplane.invariants import check_cluster
from tokenplane.resolve import resolve

Objects = list[dict[str, Any]]


@pytest.fixture(scope="module")
def objects(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


@pytest.fixture
def broken(objects: Objects) -> Objects:
    return copy.deepcopy(objects)


def _find(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def _messages(objects: Objects) -> list[str]:
    return [violation.message for violation in check_cluster("production", objects)]


def test_example_satisfies_every_invariant(objects: Objects) -> None:
    assert _messages(objects) == []


def test_fails_when_a_pool_selects_no_pods(broken: Objects) -> None:
    pool = _find(broken, "InferencePool", "llama-3-1-8b")
    pool["spec"]["selector"]["matchLabels"]["llm-d.ai/model"] = "llama-3-1-8b-typo"
    assert _messages(broken) == [
        "model llama-3-1-8b: InferencePool tokenplane-models/llama-3-1-8b selects "
        "{llm-d.ai/inference-serving=true, llm-d.ai/model=llama-3-1-8b-typo} but "
        "Deployment tokenplane-models/llama-3-1-8b labels its pods "
        "{app.kubernetes.io/component=model-server, llm-d.ai/inference-serving=true, "
        "llm-d.ai/model=llama-3-1-8b, tokenplane.io/model=llama-3-1-8b}"
    ]


def test_fails_when_a_pool_targets_a_port_the_pods_do_not_expose(broken: Objects) -> None:
    _find(broken, "InferencePool", "llama-3-1-8b")["spec"]["targetPorts"] = [{"number": 8001}]
    assert _messages(broken) == [
        "model llama-3-1-8b: InferencePool tokenplane-models/llama-3-1-8b targets port 8001 "
        "but Deployment tokenplane-models/llama-3-1-8b exposes ports [8000]"
    ]


def test_fails_when_the_picker_service_is_missing(broken: Objects) -> None:
    broken.remove(_find(broken, "Service", "llama-3-1-8b-epp"))
    assert _messages(broken) == [
        "model llama-3-1-8b: InferencePool tokenplane-models/llama-3-1-8b names endpoint "
        "picker Service tokenplane-models/llama-3-1-8b-epp but no such Service exists"
    ]


def test_fails_when_the_picker_port_differs(broken: Objects) -> None:
    pool = _find(broken, "InferencePool", "llama-3-1-8b")
    pool["spec"]["endpointPickerRef"]["port"]["number"] = 9999
    assert _messages(broken) == [
        "model llama-3-1-8b: InferencePool tokenplane-models/llama-3-1-8b calls its picker on "
        "port 9999 but Service tokenplane-models/llama-3-1-8b-epp exposes ports [9002, 9090]"
    ]


def test_fails_when_the_picker_watches_another_pool(broken: Objects) -> None:
    picker = _find(broken, "Deployment", "llama-3-1-8b-epp")
    args = picker["spec"]["template"]["spec"]["containers"][0]["args"]
    args[0] = "--pool-name=nemotron-vl-12b"
    assert _messages(broken) == [
        "model llama-3-1-8b: InferencePool tokenplane-models/llama-3-1-8b uses picker "
        "Deployment tokenplane-models/llama-3-1-8b-epp but that picker watches pool "
        "'nemotron-vl-12b'"
    ]


def test_fails_when_a_route_names_a_missing_pool(broken: Objects) -> None:
    route = _find(broken, "AIGatewayRoute", "tokenplane-models-1")
    route["spec"]["rules"][0]["backendRefs"][0]["name"] = "gone"
    assert _messages(broken) == [
        "model name nvidia/Llama-3.1-Nemotron-Nano-8B-v1: AIGatewayRoute "
        "tokenplane-models/tokenplane-models-1 rule llama-3-1-8b sends to InferencePool "
        "tokenplane-models/gone but no such pool exists"
    ]


def test_fails_when_a_route_sends_a_model_to_another_models_pool(broken: Objects) -> None:
    route = _find(broken, "AIGatewayRoute", "tokenplane-models-1")
    route["spec"]["rules"][0]["backendRefs"][0]["name"] = "nemotron-vl-12b"
    assert _messages(broken) == [
        "model nemotron-vl-12b: AIGatewayRoute tokenplane-models/tokenplane-models-1 rule "
        "llama-3-1-8b routes model name nvidia/Llama-3.1-Nemotron-Nano-8B-v1 to "
        "InferencePool tokenplane-models/nemotron-vl-12b but Deployment "
        "tokenplane-models/nemotron-vl-12b serves 'nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-FP8'"
    ]


def test_fails_when_a_model_name_is_routed_twice(broken: Objects) -> None:
    route = _find(broken, "AIGatewayRoute", "tokenplane-models-1")
    second = copy.deepcopy(route)
    second["metadata"]["name"] = "tokenplane-models-2"
    second["spec"]["rules"] = second["spec"]["rules"][:1]
    broken.append(second)
    assert _messages(broken) == [
        "model name nvidia/Llama-3.1-Nemotron-Nano-8B-v1: routed by AIGatewayRoute "
        "tokenplane-models/tokenplane-models-1 rule llama-3-1-8b and again by AIGatewayRoute "
        "tokenplane-models/tokenplane-models-2 rule llama-3-1-8b"
    ]


def test_fails_when_two_objects_of_a_model_share_a_name(broken: Objects) -> None:
    broken.append(copy.deepcopy(_find(broken, "InferencePool", "llama-3-1-8b")))
    assert _messages(broken) == [
        "2 objects are InferencePool llama-3-1-8b in namespace tokenplane-models; "
        "names must be unique per kind"
    ]


# Priority and fairness: the headers the picker reads, and the objectives they name.


def _auth_headers(objects: Objects) -> dict[str, Any]:
    (policy,) = [o for o in objects if o["kind"] == "AuthPolicy"]
    headers: dict[str, Any] = policy["spec"]["rules"]["response"]["success"]["headers"]
    return headers


def test_fails_when_the_auth_policy_leaves_a_scheduling_header_to_the_client(
    broken: Objects,
) -> None:
    headers = _auth_headers(broken)
    del headers[OBJECTIVE_HEADER]
    del headers[LEGACY_FAIRNESS_HEADER]
    assert _messages(broken) == [
        "AuthPolicy tokenplane-gateway/tokenplane-api-keys does not set "
        f"{LEGACY_FAIRNESS_HEADER}: a client could pick its own flow",
        "AuthPolicy tokenplane-gateway/tokenplane-api-keys does not set "
        f"{OBJECTIVE_HEADER}: a client could pick its own priority",
    ]


def test_fails_when_the_fairness_id_is_not_the_tenant_or_a_model_maps_to_no_pool(
    broken: Objects,
) -> None:
    headers = _auth_headers(broken)
    headers[FAIRNESS_HEADER] = {"plain": {"selector": "request.headers.x-user"}}
    served = {
        name: pool
        for name, pool in (
            pools_of_objective_expression(headers[LEGACY_OBJECTIVE_HEADER]["plain"]["expression"])
            or {}
        ).items()
        if pool != "nemotron-vl-12b"
    }
    headers[LEGACY_OBJECTIVE_HEADER] = {
        "plain": {"expression": objective_expression(served, names.SCHEDULING_ANNOTATION)}
    }
    assert _messages(broken) == [
        "AuthPolicy tokenplane-gateway/tokenplane-api-keys sets "
        f"{FAIRNESS_HEADER} from {{'selector': 'request.headers.x-user'}}, not from the tenant "
        f"id ({TENANT_HEADER}'s "
        "'auth.identity.metadata.annotations.secret\\\\.kuadrant\\\\.io/user-id')",
        "model nemotron-vl-12b: AuthPolicy tokenplane-gateway/tokenplane-api-keys maps no model "
        "name to InferencePool tokenplane-models/nemotron-vl-12b in "
        f"{LEGACY_OBJECTIVE_HEADER}: its requests would name no objective",
    ]


def test_fails_when_a_tier_has_no_objective_on_a_pool(broken: Objects) -> None:
    broken.remove(_find(broken, "InferenceObjective", "llama-3-1-8b.free"))
    assert _messages(broken) == [
        "model llama-3-1-8b: scheduling class 'free' has no InferenceObjective "
        "tokenplane-models/llama-3-1-8b.free on InferencePool tokenplane-models/llama-3-1-8b: "
        "its requests get the picker's default priority"
    ]


def test_fails_when_an_objective_references_another_pool(broken: Objects) -> None:
    objective = _find(broken, "InferenceObjective", "llama-3-1-8b.pro")
    objective["spec"]["poolRef"]["name"] = "llama"
    assert _messages(broken) == [
        "model llama-3-1-8b: InferenceObjective tokenplane-models/llama-3-1-8b.pro references "
        "InferencePool tokenplane-models/llama but no such pool exists",
        "model llama-3-1-8b: InferenceObjective tokenplane-models/llama-3-1-8b.pro references "
        "pool 'llama', not 'llama-3-1-8b': that pool's picker never reads it",
    ]


def _expectations(objects: Objects, example_spec: PlatformSpec) -> list[str]:
    cluster = resolve(example_spec, today=TODAY)["production"]
    return [p.message for p in check_cluster("production", objects, checks=(), expected=cluster)]


def test_every_scheduling_class_has_its_priority_on_every_pool(
    objects: Objects, example_spec: PlatformSpec
) -> None:
    cluster = resolve(example_spec, today=TODAY)["production"]
    assert set(cluster.scheduling_classes) >= set(example_spec.tiers)
    pools = [o for o in objects if o["kind"] == "InferencePool"]
    for pool in pools:
        for class_id, priority in cluster.scheduling_classes.items():
            name = names.inference_objective(pool["metadata"]["name"], class_id)
            assert _find(objects, "InferenceObjective", name)["spec"]["priority"] == priority
    assert _expectations(objects, example_spec) == []


def test_fails_when_an_objective_has_another_priority_or_a_key_another_class(
    broken: Objects, example_spec: PlatformSpec
) -> None:
    _find(broken, "InferenceObjective", "nemotron-vl-12b.enterprise")["spec"]["priority"] = 1
    key = _find(broken, "ExternalSecret", "api-key.globex.primary")
    key["spec"]["target"]["template"]["metadata"]["annotations"][names.SCHEDULING_ANNOTATION] = (
        "pro"
    )
    assert _expectations(broken, example_spec) == [
        "ExternalSecret kuadrant-system/api-key.globex.primary: its Secret is scheduled as "
        "'pro', but tenant globex's priority resolves to class 'priority-15'",
        "model nemotron-vl-12b: InferenceObjective tokenplane-models/nemotron-vl-12b.enterprise "
        "has priority 1, but the config says 20 for 'enterprise'",
    ]
