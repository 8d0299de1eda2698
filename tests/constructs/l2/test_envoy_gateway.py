"""L2 Envoy Gateway wrappers: the BackendTrafficPolicy's global rate-limit rules and the
HTTPRouteFilter's direct response."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import find, gateway_chart
from tokenplane.constructs import (
    BackendTrafficPolicy,
    DirectResponse,
    GlobalRateLimitRule,
    HeaderSelector,
    HTTPRouteFilter,
)
from tokenplane.constructs.l2.envoy_gateway import MAX_DIRECT_RESPONSE_BYTES, MAX_GLOBAL_RULES

HEADERS = (HeaderSelector("x-class", "free"), HeaderSelector("x-tenant"))


def test_shared_rules_select_by_header_and_count_costs() -> None:
    chart, gateway = gateway_chart()
    BackendTrafficPolicy(
        chart,
        "budgets",
        name="budgets",
        target=gateway,
        rules=[
            GlobalRateLimitRule(limit=10, unit="Minute", headers=HEADERS),
            GlobalRateLimitRule(
                limit=500,
                unit="Day",
                headers=HEADERS,
                request_cost=0,
                response_cost=("io.example", "tokens"),
            ),
        ],
    )
    policy = find(cdk8s.Testing.synth(chart), "BackendTrafficPolicy", "budgets")
    assert policy["metadata"]["namespace"] == "ns"
    assert policy["spec"]["targetRefs"] == [
        {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}
    ]
    requests, tokens = policy["spec"]["rateLimit"]["global"]["rules"]
    selectors = [
        {
            "headers": [
                {"name": "x-class", "type": "Exact", "value": "free", "invert": False},
                {"name": "x-tenant", "type": "Distinct", "invert": False},
            ]
        }
    ]
    assert requests == {
        "clientSelectors": selectors,
        "limit": {"requests": 10, "unit": "Minute"},
        "shared": True,
    }
    assert tokens == {
        "clientSelectors": selectors,
        "limit": {"requests": 500, "unit": "Day"},
        "cost": {
            "request": {"from": "Number", "number": 0},
            "response": {
                "from": "Metadata",
                "metadata": {"namespace": "io.example", "key": "tokens"},
            },
        },
        "shared": True,
    }


def test_fails_when_a_policy_has_more_rules_than_the_api_allows() -> None:
    chart, gateway = gateway_chart()
    rule = GlobalRateLimitRule(limit=1, unit="Minute", headers=HEADERS)
    with pytest.raises(ValueError, match="at most 256"):
        BackendTrafficPolicy(
            chart, "b", name="b", target=gateway, rules=[rule] * (MAX_GLOBAL_RULES + 1)
        )


def test_fails_when_a_rule_selects_nothing() -> None:
    with pytest.raises(ValueError, match="at least one header selector"):
        GlobalRateLimitRule(limit=1, unit="Minute", headers=())


def test_direct_response_renders_an_inline_body() -> None:
    chart = cdk8s.Testing.chart()
    answer = DirectResponse(body='{"a":1}', content_type="application/json", status_code=200)
    HTTPRouteFilter(chart, "answer", name="answer", namespace="ns", direct_response=answer)
    spec = find(cdk8s.Testing.synth(chart), "HTTPRouteFilter", "answer")["spec"]
    assert spec == {
        "directResponse": {
            "statusCode": 200,
            "contentType": "application/json",
            "body": {"type": "Inline", "inline": '{"a":1}'},
        }
    }


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({}, "exactly one"),
        (
            {"credential_secret": "s", "direct_response": DirectResponse("x", "text/plain")},
            "exactly one",
        ),
        (
            {"direct_response": DirectResponse("x" * (MAX_DIRECT_RESPONSE_BYTES + 1), "t/p")},
            "bytes",
        ),
        ({"direct_response": DirectResponse("x", "text/plain", status_code=42)}, "status"),
    ],
)
def test_fails_when_a_filter_is_neither_or_both_or_its_answer_is_invalid(
    props: dict[str, object], message: str
) -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match=message):
        HTTPRouteFilter(chart, "f", name="f", namespace="ns", **props)  # type: ignore[arg-type]
