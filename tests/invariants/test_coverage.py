"""The coverage proof: every route with backends is behind auth and the shared budgets."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tokenplane.invariants import check_cluster

Objects = list[dict[str, Any]]


@pytest.fixture
def objects(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


def _drop(objects: Objects, kind: str) -> Objects:
    return [o for o in objects if o["kind"] != kind]


def _messages(objects: Objects) -> list[str]:
    return [violation.message for violation in check_cluster("production", objects)]


def test_example_is_covered(objects: Objects) -> None:
    assert _messages(objects) == []


def test_fails_when_no_budgets_cover_the_routes(objects: Objects) -> None:
    messages = [m for m in _messages(_drop(objects, "BackendTrafficPolicy")) if "Route" in m]
    routes = sorted(m.split(" sends")[0] for m in messages)
    assert routes == [
        "AIGatewayRoute tokenplane-models/tokenplane-models-1",
        "HTTPRoute tokenplane-models/tokenplane-audio-speech",
        "HTTPRoute tokenplane-models/tokenplane-audio-transcriptions",
    ]
    assert messages[0].endswith(
        "but no BackendTrafficPolicy covers that Gateway or the route: its requests would "
        "bypass the request limits and token budgets"
    )


def test_fails_when_the_budgets_policy_holds_no_global_rules(objects: Objects) -> None:
    (policy,) = [o for o in objects if o["kind"] == "BackendTrafficPolicy"]
    del policy["spec"]["rateLimit"]
    messages = [m for m in _messages(objects) if "bypass the request limits" in m]
    assert len(messages) == 3


def test_fails_when_no_auth_policy_covers_the_gateway(objects: Objects) -> None:
    messages = [m for m in _messages(_drop(objects, "AuthPolicy")) if "bypass authentication" in m]
    routes = sorted(m.split(" sends")[0] for m in messages)
    assert routes == [
        "AIGatewayRoute tokenplane-models/tokenplane-models-1",
        "HTTPRoute tokenplane-models/tokenplane-audio-speech",
        "HTTPRoute tokenplane-models/tokenplane-audio-transcriptions",
    ]


def test_redirect_only_routes_need_no_policy(objects: Objects) -> None:
    kept = [o for o in objects if o["kind"] in ("Gateway", "HTTPRoute", "Namespace")]
    kept = [o for o in kept if o["metadata"]["name"] != "tokenplane-audio-speech"]
    kept = [o for o in kept if o["metadata"]["name"] != "tokenplane-audio-transcriptions"]
    assert _messages(kept) == []


def test_fails_when_a_policy_targets_a_missing_gateway(objects: Objects) -> None:
    (policy,) = [o for o in objects if o["kind"] == "BackendTrafficPolicy"]
    policy["spec"]["targetRefs"][0]["name"] = "old-gateway"
    assert (
        "BackendTrafficPolicy tokenplane-gateway/tokenplane-budgets targets Gateway "
        "tokenplane-gateway/old-gateway, which does not exist: the policy protects nothing"
    ) in _messages(objects)
