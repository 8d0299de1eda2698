"""Tenancy invariants on hand-built manifests, and on the example's output."""

from __future__ import annotations

from typing import Any

from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.invariants import ObjectIndex
from tokenplane.invariants.tenancy import (
    CHECKS,
    budgets_are_per_tenant_across_routes,
    key_secrets_match_auth_policy,
    limited_tiers,
    no_key_material,
)

SELECTOR = {"authorino.kuadrant.io/managed-by": "authorino", "tokenplane.io/api-key": "true"}


def _auth_policy(match_labels: dict[str, str]) -> dict[str, Any]:
    return {
        "kind": "AuthPolicy",
        "metadata": {"name": "api-keys", "namespace": "gw"},
        "spec": {
            "rules": {
                "authentication": {
                    "api-key": {"apiKey": {"selector": {"matchLabels": match_labels}}}
                }
            }
        },
    }


def _key(labels: dict[str, str], limits: str | None = "free") -> dict[str, Any]:
    annotations = {"kuadrant.io/groups": "free"}
    if limits is not None:
        annotations["tokenplane.io/limits"] = limits
    return {
        "kind": "ExternalSecret",
        "metadata": {"name": "api-key.a.k", "labels": {"tokenplane.io/tenant": "a"}},
        "spec": {
            "target": {"template": {"metadata": {"labels": labels, "annotations": annotations}}}
        },
    }


def _rule(limit_class: str, *, tokens: bool = False, shared: bool = True) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "clientSelectors": [
            {
                "headers": [
                    {"name": LIMITS_HEADER, "type": "Exact", "value": limit_class},
                    {"name": TENANT_HEADER, "type": "Distinct"},
                ]
            }
        ],
        "limit": {"requests": 10, "unit": "Minute"},
        "shared": shared,
    }
    if tokens:
        rule["cost"] = {"response": {"from": "Metadata"}}
    return rule


def _budgets(*rules: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "BackendTrafficPolicy",
        "metadata": {"name": "budgets", "namespace": "gw"},
        "spec": {"rateLimit": {"global": {"rules": list(rules)}}},
    }


def test_example_output_holds_every_tenancy_invariant(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    objects = example_objects["production"]
    index = ObjectIndex(objects)
    for check in CHECKS:
        assert list(check(index)) == [], check


def test_fails_when_key_secret_labels_do_not_match_the_selector() -> None:
    index = ObjectIndex(
        [_auth_policy(SELECTOR), _key({"authorino.kuadrant.io/managed-by": "authorino"})]
    )
    (message,) = key_secrets_match_auth_policy(index)
    assert "match no AuthPolicy API-key selector" in message


def test_fails_when_key_secret_lacks_the_authorino_label() -> None:
    index = ObjectIndex(
        [_auth_policy({"tokenplane.io/api-key": "true"}), _key({"tokenplane.io/api-key": "true"})]
    )
    (message,) = key_secrets_match_auth_policy(index)
    assert "Authorino never reads it" in message


def test_fails_when_a_limit_class_has_no_token_limit() -> None:
    index = ObjectIndex([_budgets(_rule("free"), _rule("pro", tokens=True)), _key(SELECTOR)])
    (message,) = limited_tiers(index)
    assert "no BackendTrafficPolicy rule limits the tokens of limit class 'free'" in message


def test_fails_when_a_budget_is_counted_per_route() -> None:
    auth = _auth_policy(SELECTOR)
    auth["spec"]["rules"]["response"] = {
        "success": {"headers": {LIMITS_HEADER: {}, TENANT_HEADER: {}}}
    }
    index = ObjectIndex([auth, _budgets(_rule("free"), _rule("free", tokens=True, shared=False))])
    (message,) = budgets_are_per_tenant_across_routes(index)
    assert "the tokens rule of 'free' per Minute is not shared" in message


def test_fails_when_a_budget_is_not_counted_per_tenant() -> None:
    rule = _rule("free")
    del rule["clientSelectors"][0]["headers"][1]
    auth = _auth_policy(SELECTOR)
    auth["spec"]["rules"]["response"] = {
        "success": {"headers": {LIMITS_HEADER: {}, TENANT_HEADER: {}}}
    }
    (message,) = budgets_are_per_tenant_across_routes(ObjectIndex([auth, _budgets(rule)]))
    assert f"does not count each {TENANT_HEADER} on its own" in message


def test_fails_when_the_auth_policy_does_not_set_the_tenant_header() -> None:
    index = ObjectIndex([_auth_policy(SELECTOR), _budgets(_rule("free"))])
    messages = list(budgets_are_per_tenant_across_routes(index))
    assert len(messages) == 2
    assert f"does not set {TENANT_HEADER}" in messages[0]


def test_fails_when_a_key_secret_has_no_limit_class() -> None:
    index = ObjectIndex([_key(SELECTOR, limits=None)])
    (message,) = limited_tiers(index)
    assert "no tokenplane.io/limits annotation" in message


def test_fails_when_a_secret_holds_data() -> None:
    secret = {
        "kind": "Secret",
        "metadata": {"name": "leak", "namespace": "ns"},
        "stringData": {"api_key": "x"},
    }
    (message,) = no_key_material(ObjectIndex([secret]))
    assert "Secret ns/leak holds data" in message
