"""L3 TenantBudgets: one shared rule per limit class, window and measure, keyed by the headers
the AuthPolicy sets."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest

from tests.conftest import TODAY
from tests.constructs.conftest import find, gateway_chart
from tokenplane.config import PlatformSpec
from tokenplane.constructs import TenantBudgets
from tokenplane.constructs.l3.tenant_budgets import MAX_LIMIT_CLASSES
from tokenplane.contracts import names
from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.resolve import resolve
from tokenplane.resolve.limit_classes import LimitClass


def _render(classes: dict[str, LimitClass]) -> dict[str, Any]:
    chart, gateway = gateway_chart("https", 443)
    TenantBudgets(chart, "budgets", gateway=gateway, classes=classes)
    return find(cdk8s.Testing.synth(chart), "BackendTrafficPolicy", names.budgets_policy("gw"))


def _classes(example_spec: PlatformSpec) -> dict[str, LimitClass]:
    return dict(resolve(example_spec, today=TODAY)["production"].limit_classes)


def test_every_class_has_a_shared_rule_per_window_and_measure(example_spec: PlatformSpec) -> None:
    classes = _classes(example_spec)
    rules = _render(classes)["spec"]["rateLimit"]["global"]["rules"]
    assert len(rules) == 4 * len(classes)
    assert all(rule["shared"] is True for rule in rules)
    free = [r for r in rules if r["clientSelectors"][0]["headers"][0].get("value") == "free"]
    assert [r["clientSelectors"][0]["headers"] for r in free] == [
        [
            {"name": LIMITS_HEADER, "type": "Exact", "value": "free", "invert": False},
            {"name": TENANT_HEADER, "type": "Distinct", "invert": False},
        ]
    ] * 4
    numbers = classes["free"]
    assert [r["limit"] for r in free] == [
        {"requests": numbers.requests.per_minute, "unit": "Minute"},
        {"requests": numbers.requests.per_day, "unit": "Day"},
        {"requests": numbers.tokens.per_minute, "unit": "Minute"},
        {"requests": numbers.tokens.per_day, "unit": "Day"},
    ]
    assert "cost" not in free[0] and "cost" not in free[1]
    assert free[2]["cost"] == {
        "request": {"from": "Number", "number": 0},
        "response": {
            "from": "Metadata",
            "metadata": {"namespace": names.AI_GATEWAY_METADATA, "key": names.LLM_TOTAL_TOKEN},
        },
    }


def test_fails_when_the_classes_do_not_fit_one_policy(example_spec: PlatformSpec) -> None:
    template = _classes(example_spec)["free"]
    classes = {f"c{i}": template for i in range(MAX_LIMIT_CLASSES + 1)}
    with pytest.raises(ValueError, match=f"at most {MAX_LIMIT_CLASSES}"):
        _render(classes)
