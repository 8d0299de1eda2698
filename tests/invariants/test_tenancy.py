"""Tenancy invariants on hand-built manifests, and on the example's output."""

from __future__ import annotations

from typing import Any

from tokenplane.invariants import ObjectIndex
from tokenplane.invariants.tenancy import (
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
    (message,) = key_secrets_match_auth_policy(index)
    assert "match no AuthPolicy API-key selector" in message


def test_fails_when_key_secret_lacks_the_authorino_label() -> None:
    index = ObjectIndex(
        [_auth_policy({"tokenplane.io/api-key": "true"}), _key({"tokenplane.io/api-key": "true"})]
    )
    (message,) = key_secrets_match_auth_policy(index)
    assert "Authorino never reads it" in message


def test_fails_when_a_limit_class_has_no_token_limit() -> None:
    index = ObjectIndex(
        [_policy("RateLimitPolicy", "free"), _policy("TokenRateLimitPolicy", "pro"), _key(SELECTOR)]
    )
    (message,) = limited_tiers(index)
    assert "no TokenRateLimitPolicy limits limit class 'free'" in message


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
