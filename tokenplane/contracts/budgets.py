"""How a budget rule of the Envoy Gateway BackendTrafficPolicy reads back.

`constructs/l3/tenant_budgets.py` writes one rule per limit class, measure and window: header
selectors `LIMITS_HEADER == <class>` and `TENANT_HEADER` (Distinct), a limit per `Window.unit`,
and, for tokens, a response cost read from Envoy AI Gateway's metadata. The invariants and `plan`
read rules back with `budget_of_rule`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.contracts.limits import MEASURES, WINDOWS, Measure, Window

MAX_RULES = 256
"""The most global rules one BackendTrafficPolicy holds (its CRD's `maxItems`, Envoy Gateway v1.9.1
`api/v1alpha1/ratelimit_types.go`)."""
RULES_PER_CLASS = len(MEASURES) * len(WINDOWS)
MAX_LIMIT_CLASSES = MAX_RULES // RULES_PER_CLASS
"""How many limit classes (tiers plus distinct tenant overrides in use) the one budgets policy
of a Gateway can hold."""


@dataclass(frozen=True)
class Budget:
    """Defines what one budget rule says: the limit class it applies to, what it counts, its
    window and number, whether its counter is shared by every route (`shared`) and whether it
    counts each tenant on its own (`per_tenant`)."""

    limit_class: str
    measure: Measure
    window: Window
    limit: int
    shared: bool
    per_tenant: bool


def budget_of_rule(rule: Mapping[str, Any]) -> Budget | None:
    """The budget a BackendTrafficPolicy global rule holds, or None for a rule that does not
    select a limit class by `LIMITS_HEADER` or has a unit no window has."""
    headers = [
        header
        for selector in rule.get("clientSelectors") or []
        for header in selector.get("headers") or []
    ]
    classes = [
        header.get("value")
        for header in headers
        if header.get("name") == LIMITS_HEADER and header.get("type", "Exact") == "Exact"
    ]
    limit = rule.get("limit") or {}
    window = next((w for w in WINDOWS if w.unit == limit.get("unit")), None)
    if len(classes) != 1 or not isinstance(classes[0], str) or window is None:
        return None
    per_tenant = any(
        header.get("name") == TENANT_HEADER and header.get("type") == "Distinct"
        for header in headers
    )
    measure: Measure = "tokens" if (rule.get("cost") or {}).get("response") else "requests"
    return Budget(
        limit_class=classes[0],
        measure=measure,
        window=window,
        limit=int(limit.get("requests", 0)),
        shared=rule.get("shared") is True,
        per_tenant=per_tenant,
    )
