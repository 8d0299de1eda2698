"""Tenancy invariants on hand-built manifests, and on the example's output."""

from __future__ import annotations

import copy
from typing import Any

from tests.conftest import TODAY
from tokenplane.config import PlatformSpec
from tokenplane.invariants import ObjectIndex, check_cluster
from tokenplane.invariants.tenancy import (
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


def _policy(kind: str, limit_class: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "metadata": {"name": "limits"},
        "spec": {
            "limits": {"l": {"when": [{"predicate": f'auth.identity.limits == "{limit_class}"'}]}}
        },
    }


def test_example_output_holds_every_tenancy_invariant(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    objects = example_objects["production"]
    index = ObjectIndex(objects)
    for check in (key_secrets_match_auth_policy, limited_tiers, no_key_material):
        assert list(check(index)) == []


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
    index = ObjectIndex(
        [_policy("RateLimitPolicy", "free"), _policy("TokenRateLimitPolicy", "pro"), _key(SELECTOR)]
    )
    (problem,) = limited_tiers(index)
    assert "no TokenRateLimitPolicy limits limit class 'free'" in problem.message


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
    policy = next(o for o in objects if o["kind"] == "TokenRateLimitPolicy")
    policy["spec"]["limits"]["pro-tokens-per-day"]["rates"][0]["limit"] = 1
    key = next(o for o in objects if o["metadata"]["name"] == "api-key.globex.primary")
    key["spec"]["target"]["template"]["metadata"]["annotations"]["tokenplane.io/limits"] = "pro"
    assert _expectations(objects, _resolved(example_spec)) == [
        "cluster production: limit class 'pro' allows 1 tokens per-day, but the config says 500000",
        "cluster production: ExternalSecret api-key.globex.primary: "
        "spec.target.template.metadata.annotations: its Secret is counted "
        "under limit class 'pro', but tenant globex's limits resolve to "
        "'custom-r100-5000-t100000-1000000'",
    ]
