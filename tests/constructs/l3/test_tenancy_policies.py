"""L3 TenancyPolicies: request-time key expiry and the plain-HTTP listener left to its redirect."""

from __future__ import annotations

import datetime
from typing import Any

from tests.conftest import TODAY
from tokenplane.contracts import names


def _policy(objects: dict[str, list[dict[str, Any]]], kind: str) -> dict[str, Any]:
    return next(o for o in objects["production"] if o["kind"] == kind)


def test_expires_at_is_the_midnight_after_the_last_day() -> None:
    assert names.expires_at(datetime.date(2099, 6, 30)) == "2099-07-01T00:00:00Z"
    assert names.expires_at(datetime.date(2026, 12, 31)) == "2027-01-01T00:00:00Z"


def test_an_expiring_key_carries_its_instant(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    secret = next(
        o
        for o in example_objects["production"]
        if o["kind"] == "ExternalSecret" and o["metadata"]["name"] == "api-key.acme.primary"
    )
    annotations = secret["spec"]["target"]["template"]["metadata"]["annotations"]
    assert annotations[names.EXPIRES_AT_ANNOTATION] == "2099-07-01T00:00:00Z"
    assert TODAY < datetime.date(2099, 6, 30)


def test_the_auth_policy_refuses_a_key_past_its_instant(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    rules = _policy(example_objects, "AuthPolicy")["spec"]["rules"]["authorization"]
    predicate = rules["key-unexpired"]["patternMatching"]["patterns"][0]["predicate"]
    assert names.EXPIRES_AT_ANNOTATION in predicate
    assert "request.time.seconds <" in predicate


def test_the_auth_policy_skips_the_plain_http_listener(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    assert _policy(example_objects, "AuthPolicy")["spec"]["when"] == [
        {"predicate": "destination.port != 10080"}
    ]
    # Envoy Gateway puts no rate limit on a redirect route (`patchRouteWithRateLimit` returns
    # for a route without a route action), so the budgets need no listener predicate.
    assert "when" not in _policy(example_objects, "BackendTrafficPolicy")["spec"]
