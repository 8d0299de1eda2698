"""L2 Kuadrant wrappers: what the policies render and what they refuse."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import find, gateway_chart
from tokenplane.constructs import (
    ApiKey,
    AuthPolicy,
    PatternMatching,
)

TARGET = {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}


def test_auth_policy_reads_bearer_keys_and_publishes_identity() -> None:
    chart, gateway = gateway_chart()
    AuthPolicy(
        chart,
        "auth",
        name="keys",
        target=gateway,
        authentication={"api-key": ApiKey(selector={"k": "v"})},
        authorization={"known": PatternMatching(predicate="true", when=["x == 1"])},
        identity={"tier": "auth.identity.metadata.annotations.tier"},
    )
    policy = find(cdk8s.Testing.synth(chart), "AuthPolicy", "keys")
    assert policy["metadata"]["namespace"] == "ns"
    assert policy["spec"]["targetRef"] == TARGET
    rules = policy["spec"]["rules"]
    assert rules["authentication"]["api-key"] == {
        "apiKey": {"selector": {"matchLabels": {"k": "v"}}, "allNamespaces": False},
        "credentials": {"authorizationHeader": {"prefix": "Bearer"}},
    }
    assert rules["authorization"]["known"] == {
        "patternMatching": {"patterns": [{"predicate": "true"}]},
        "when": [{"predicate": "x == 1"}],
    }
    properties = rules["response"]["success"]["filters"]["identity"]["json"]["properties"]
    assert properties == {"tier": {"selector": "auth.identity.metadata.annotations.tier"}}


def test_fails_when_an_auth_policy_has_no_authentication() -> None:
    chart, gateway = gateway_chart()
    with pytest.raises(ValueError, match="at least one authentication"):
        AuthPolicy(chart, "auth", name="keys", target=gateway, authentication={})


def test_auth_policy_renders_top_level_predicates() -> None:
    chart, gateway = gateway_chart()
    AuthPolicy(
        chart,
        "p",
        name="p",
        target=gateway,
        authentication={"api-key": ApiKey(selector={"k": "v"})},
        when=["destination.port != 10080"],
    )
    policy = find(cdk8s.Testing.synth(chart), "AuthPolicy", "p")
    assert policy["spec"]["when"] == [{"predicate": "destination.port != 10080"}]


def test_auth_policy_sets_headers_from_expressions_beside_selectors() -> None:
    chart, gateway = gateway_chart()
    AuthPolicy(
        chart,
        "auth",
        name="keys",
        target=gateway,
        authentication={"api-key": ApiKey(selector={"k": "v"})},
        headers={"x-tenant": "auth.identity.name"},
        header_expressions={"x-objective": '"a" + "b"'},
    )
    policy = find(cdk8s.Testing.synth(chart), "AuthPolicy", "keys")
    assert policy["spec"]["rules"]["response"]["success"]["headers"] == {
        "x-objective": {"plain": {"expression": '"a" + "b"'}},
        "x-tenant": {"plain": {"selector": "auth.identity.name"}},
    }


def test_fails_when_a_header_has_both_a_selector_and_an_expression() -> None:
    chart, gateway = gateway_chart()
    with pytest.raises(ValueError, match="headers x-a are set by a selector and by an expression"):
        AuthPolicy(
            chart,
            "auth",
            name="keys",
            target=gateway,
            authentication={"api-key": ApiKey(selector={"k": "v"})},
            headers={"x-a": "auth.identity.name"},
            header_expressions={"x-a": '"b"'},
        )
