"""Inference invariants: the example passes; each broken link is reported by name."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tokenplane.invariants import check_cluster

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
