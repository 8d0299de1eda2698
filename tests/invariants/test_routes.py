"""Route attachment: hostnames intersect the listener's, the listener admits the namespace."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tokenplane.invariants import check_cluster

Objects = list[dict[str, Any]]


@pytest.fixture
def broken(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


def _find(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def _messages(objects: Objects) -> list[str]:
    return [violation.message for violation in check_cluster("production", objects)]


def test_fails_when_a_route_hostname_misses_the_listener(broken: Objects) -> None:
    route = _find(broken, "HTTPRoute", "tokenplane-audio-speech")
    route["spec"]["hostnames"] = ["audio.example.com"]
    assert _messages(broken) == [
        "HTTPRoute tokenplane-models/tokenplane-audio-speech has hostnames "
        "['audio.example.com'] but listener https of Gateway tokenplane-gateway/tokenplane "
        "serves api.tokenplane.example.com; they do not intersect, so the route never attaches"
    ]


def test_wildcard_hostnames_intersect(broken: Objects) -> None:
    route = _find(broken, "HTTPRoute", "tokenplane-audio-speech")
    route["spec"]["hostnames"] = ["*.tokenplane.example.com"]
    assert _messages(broken) == []


def test_fails_when_the_listener_does_not_admit_the_namespace(broken: Objects) -> None:
    namespace = _find(broken, "Namespace", "tokenplane-models")
    namespace["metadata"]["labels"] = {}
    messages = _messages(broken)
    assert (
        "AIGatewayRoute tokenplane-models/tokenplane-models-1 is in namespace "
        "tokenplane-models, which listener https of Gateway tokenplane-gateway/tokenplane "
        "does not admit"
    ) in messages
    assert len(messages) == 3  # the model route and both audio routes


def test_fails_when_the_listener_does_not_exist(broken: Objects) -> None:
    route = _find(broken, "AIGatewayRoute", "tokenplane-models-1")
    route["spec"]["parentRefs"][0]["sectionName"] = "grpc"
    assert _messages(broken) == [
        "AIGatewayRoute tokenplane-models/tokenplane-models-1 attaches to listener 'grpc', "
        "which Gateway tokenplane-gateway/tokenplane lacks"
    ]
