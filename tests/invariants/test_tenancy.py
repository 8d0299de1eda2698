"""Tenancy invariants on hand-built manifests, and on the example's output."""

from __future__ import annotations

import copy
from typing import Any

from tests.conftest import TODAY
from tokenplane.config import PlatformSpec
from tokenplane.contracts.budgets import budget_of_rule
from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.invariants import ObjectIndex, check_cluster
from tokenplane.invariants.tenancy import (
    CHECKS,
    budgets_are_per_tenant_across_routes,
    key_secrets_match_auth_policy,
    limited_tiers,
    no_key_material,
)
from tokenplane.problems import format_problem
from tokenplane.resolve import ResolvedCluster, resolve

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
    (problem,) = key_secrets_match_auth_policy(index)
    assert problem.location.object == "ExternalSecret api-key.a.k"
    assert "match no AuthPolicy API-key selector" in problem.message


def test_fails_when_key_secret_lacks_the_authorino_label() -> None:
    index = ObjectIndex(
        [_auth_policy({"tokenplane.io/api-key": "true"}), _key({"tokenplane.io/api-key": "true"})]
    )
    (problem,) = key_secrets_match_auth_policy(index)
    assert "Authorino never reads it" in problem.message


def test_fails_when_a_limit_class_has_no_token_limit() -> None:
    index = ObjectIndex([_budgets(_rule("free"), _rule("pro", tokens=True)), _key(SELECTOR)])
    (problem,) = limited_tiers(index)
    assert "no BackendTrafficPolicy rule limits the tokens of limit class 'free'" in problem.message


def test_fails_when_a_budget_is_counted_per_route() -> None:
    auth = _auth_policy(SELECTOR)
    auth["spec"]["rules"]["response"] = {
        "success": {"headers": {LIMITS_HEADER: {}, TENANT_HEADER: {}}}
    }
    index = ObjectIndex([auth, _budgets(_rule("free"), _rule("free", tokens=True, shared=False))])
    (problem,) = budgets_are_per_tenant_across_routes(index)
    assert "the tokens rule of 'free' per Minute is not shared" in problem.message


def test_fails_when_a_budget_is_not_counted_per_tenant() -> None:
    rule = _rule("free")
    del rule["clientSelectors"][0]["headers"][1]
    auth = _auth_policy(SELECTOR)
    auth["spec"]["rules"]["response"] = {
        "success": {"headers": {LIMITS_HEADER: {}, TENANT_HEADER: {}}}
    }
    (problem,) = budgets_are_per_tenant_across_routes(ObjectIndex([auth, _budgets(rule)]))
    assert f"does not count each {TENANT_HEADER} on its own" in problem.message


def test_fails_when_the_auth_policy_does_not_set_the_tenant_header() -> None:
    index = ObjectIndex([_auth_policy(SELECTOR), _budgets(_rule("free"))])
    problems = list(budgets_are_per_tenant_across_routes(index))
    assert len(problems) == 2
    assert f"does not set {TENANT_HEADER}" in problems[0].message


def test_fails_when_a_key_secret_has_no_limit_class() -> None:
    index = ObjectIndex([_key(SELECTOR, limits=None)])
    (problem,) = limited_tiers(index)
    assert "no tokenplane.io/limits annotation" in problem.message


def test_fails_when_a_secret_holds_data() -> None:
    secret = {
        "kind": "Secret",
        "metadata": {"name": "leak", "namespace": "ns"},
        "stringData": {"api_key": "x"},
    }
    (problem,) = no_key_material(ObjectIndex([secret]))
    assert format_problem(problem) == (
        "Secret leak: stringData: holds data in namespace ns; secret values must come from the "
        "credentials store (an ExternalSecret), never from dist/"
    )


# Against the resolved cluster: the output holds what the config says it must.


def _resolved(example_spec: PlatformSpec, cluster: str = "production") -> ResolvedCluster:
    return resolve(example_spec, today=TODAY)[cluster]


def _expectations(objects: list[dict[str, Any]], cluster: ResolvedCluster) -> list[str]:
    return [
        format_problem(p) for p in check_cluster("production", objects, checks=(), expected=cluster)
    ]


def test_example_output_renders_exactly_the_live_keys_at_their_limits(
    example_spec: PlatformSpec, example_objects: dict[str, list[dict[str, Any]]]
) -> None:
    for cluster, objects in example_objects.items():
        assert _expectations(objects, _resolved(example_spec, cluster)) == []


def test_fails_when_a_live_key_is_missing_or_a_withdrawn_key_is_rendered(
    example_spec: PlatformSpec, example_objects: dict[str, list[dict[str, Any]]]
) -> None:
    objects = copy.deepcopy(example_objects["production"])
    missing = next(o for o in objects if o["metadata"]["name"] == "api-key.hobbyist.primary")
    objects.remove(missing)
    extra = copy.deepcopy(
        next(o for o in objects if o["metadata"]["name"] == "api-key.acme.primary")
    )
    extra["metadata"]["name"] = "api-key.student-lab.primary"
    extra["metadata"]["labels"]["tokenplane.io/tenant"] = "student-lab"
    objects.append(extra)
    assert _expectations(objects, _resolved(example_spec)) == [
        "cluster production: key primary of tenant hobbyist is live in tenants.yaml but no "
        "ExternalSecret renders it, so its calls would be refused",
        "cluster production: ExternalSecret api-key.student-lab.primary: renders key primary "
        "of tenant student-lab, which is not live in this cluster (expired, suspended, "
        "removed, or a tenant the cluster does not serve); withdraw it: run `tokenplane synth` "
        "from the config",
    ]


def test_fails_when_a_limit_differs_from_the_config_or_a_key_has_another_class(
    example_spec: PlatformSpec, example_objects: dict[str, list[dict[str, Any]]]
) -> None:
    objects = copy.deepcopy(example_objects["production"])
    policy = next(o for o in objects if o["kind"] == "BackendTrafficPolicy")
    rule = next(
        r
        for r in policy["spec"]["rateLimit"]["global"]["rules"]
        if (b := budget_of_rule(r)) is not None
        and (b.limit_class, b.measure, b.window.unit) == ("pro", "tokens", "Day")
    )
    rule["limit"]["requests"] = 1
    key = next(o for o in objects if o["metadata"]["name"] == "api-key.globex.primary")
    key["spec"]["target"]["template"]["metadata"]["annotations"]["tokenplane.io/limits"] = "pro"
    assert _expectations(objects, _resolved(example_spec)) == [
        "cluster production: limit class 'pro' allows 1 tokens per-day, but the config says 500000",
        "cluster production: ExternalSecret api-key.globex.primary: "
        "spec.target.template.metadata.annotations: its Secret is counted "
        "under limit class 'pro', but tenant globex's limits resolve to "
        "'custom-r100-5000-t100000-1000000'",
    ]
