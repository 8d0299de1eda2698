"""Network invariants: the example passes; a missing default-deny or allow is reported."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tokenplane.invariants import check_cluster
from tokenplane.invariants.network import matches

Objects = list[dict[str, Any]]


@pytest.fixture(scope="module")
def objects(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


@pytest.fixture
def broken(objects: Objects) -> Objects:
    return copy.deepcopy(objects)


def _without(objects: Objects, kind: str, name: str) -> Objects:
    return [o for o in objects if not (o["kind"] == kind and o["metadata"]["name"] == name)]


def _messages(objects: Objects) -> list[str]:
    return [violation.message for violation in check_cluster("production", objects)]


def test_example_satisfies_every_invariant(objects: Objects) -> None:
    assert _messages(objects) == []


def _in_models(objects: Objects) -> list[dict[str, Any]]:
    return [
        o
        for o in objects
        if o["kind"] == "NetworkPolicy" and o["metadata"]["namespace"] == "tokenplane-models"
    ]


def test_fails_when_a_workload_is_not_isolated(objects: Objects) -> None:
    kept = [o for o in objects if o not in _in_models(objects)]
    messages = _messages(kept)
    assert (
        "Deployment tokenplane-models/llama-3-1-8b runs pods that no NetworkPolicy isolates for "
        "ingress and egress; give namespace tokenplane-models a default-deny or a policy "
        "selecting these pods"
    ) in messages


def test_fails_when_egress_is_left_open(broken: Objects) -> None:
    for policy in _in_models(broken):
        policy["spec"]["policyTypes"] = ["Ingress"]
        policy["spec"].pop("egress", None)
    assert any(
        m.endswith(
            "isolates for egress; give namespace tokenplane-models a default-deny "
            "or a policy selecting these pods"
        )
        for m in _messages(broken)
    )


def test_fails_when_the_vllm_port_is_not_admitted(broken: Objects) -> None:
    (policy,) = [
        o
        for o in broken
        if o["kind"] == "NetworkPolicy" and o["metadata"]["name"] == "llama-3-1-8b"
    ]
    policy["spec"]["ingress"][0]["ports"] = [{"port": 8080, "protocol": "TCP"}]
    assert _messages(broken) == [
        "AIGatewayRoute tokenplane-models/tokenplane-models-1 sends traffic to port 8000 of "
        "Deployment tokenplane-models/llama-3-1-8b, but no NetworkPolicy selecting its pods "
        "admits that port from another namespace (the Gateway's Envoy pods run in their own)"
    ]


def test_fails_when_the_picker_admits_only_its_own_namespace(broken: Objects) -> None:
    (policy,) = [
        o
        for o in broken
        if o["kind"] == "NetworkPolicy" and o["metadata"]["name"] == "llama-3-1-8b-epp"
    ]
    policy["spec"]["ingress"][0]["from"] = [{"podSelector": {}}]
    assert _messages(broken) == [
        "AIGatewayRoute tokenplane-models/tokenplane-models-1 (through the endpoint picker of "
        "InferencePool tokenplane-models/llama-3-1-8b) sends traffic to port 9002 of "
        "Deployment tokenplane-models/llama-3-1-8b-epp, but no NetworkPolicy selecting its "
        "pods admits that port from another namespace (the Gateway's Envoy pods run in their own)"
    ]


def test_fails_when_the_speech_server_is_isolated_without_an_allow(objects: Objects) -> None:
    broken = _without(objects, "NetworkPolicy", "tokenplane-speech")
    assert _messages(broken) == [
        "HTTPRoute tokenplane-models/tokenplane-audio-speech sends traffic to port 8000 of "
        "Deployment tokenplane-models/tokenplane-speech, but no NetworkPolicy selecting its "
        "pods admits that port from another namespace (the Gateway's Envoy pods run in their own)"
    ]


def test_without_any_policy_nothing_is_required(objects: Objects) -> None:
    assert _messages([o for o in objects if o["kind"] != "NetworkPolicy"]) == []


def test_selector_expressions_are_evaluated() -> None:
    labels = {"app": "vllm", "tier": "gpu"}
    assert matches(
        {"matchExpressions": [{"key": "app", "operator": "In", "values": ["vllm"]}]}, labels
    )
    assert not matches({"matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]}, labels)
    assert matches(
        {"matchExpressions": [{"key": "x", "operator": "NotIn", "values": ["a"]}]}, labels
    )
    assert not matches({"matchLabels": {"app": "tts"}}, labels)
