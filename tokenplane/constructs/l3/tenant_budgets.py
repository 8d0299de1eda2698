"""L3: one budget per tenant across every route of the Gateway, counted by Envoy Gateway's
rate-limit service (docs/tenancy.md, "One budget per tenant")."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from tokenplane.constructs.l2.envoy_gateway import (
    BackendTrafficPolicy,
    GlobalRateLimitRule,
    HeaderSelector,
)
from tokenplane.constructs.l2.gateway_api import Gateway
from tokenplane.contracts import names
from tokenplane.contracts.budgets import MAX_LIMIT_CLASSES
from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.contracts.limits import MEASURES, WINDOWS, Measure, Window
from tokenplane.resolve.limit_classes import LimitClass

__all__ = ["MAX_LIMIT_CLASSES", "TenantBudgets"]


class TenantBudgets(Construct):
    """Defines the BackendTrafficPolicy `<gateway>-budgets` on the Gateway: per limit class
    and window, one shared rule for requests and one for tokens.

    Each rule selects its class by the `x-tokenplane-limits` header and counts each value of
    `x-tokenplane-tenant` on its own (both set by the AuthPolicy, replacing a client's values).
    Shared rules have one counter across every route the policy covers: chat, completions,
    embeddings, the audio routes and every AIGatewayRoute shard. A request costs 1 against the
    request rules; the token rules only check on the request (cost 0) and count the
    response's total tokens, which Envoy AI Gateway publishes as `llm_total_token` in its
    dynamic metadata (`llmRequestCosts` on every model route), once the response is done.

    One policy for the Gateway, not one per tier: Envoy Gateway attaches one
    BackendTrafficPolicy per target, and a shared counter is scoped to its policy. So it
    holds at most 256 rules, `MAX_LIMIT_CLASSES` limit classes.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        gateway: Gateway,
        classes: Mapping[str, LimitClass],
    ) -> None:
        super().__init__(scope, id)
        if len(classes) > MAX_LIMIT_CLASSES:
            raise ValueError(
                f"{len(classes)} limit classes, at most {MAX_LIMIT_CLASSES} fit in one "
                "BackendTrafficPolicy"
            )
        self.policy = BackendTrafficPolicy(
            self,
            "policy",
            name=names.budgets_policy(gateway.name),
            target=gateway,
            rules=[
                _rule(class_id, limit_class, measure, window)
                for class_id, limit_class in sorted(classes.items())
                for measure in MEASURES
                for window in WINDOWS
            ],
            labels=names.component("tenancy"),
        )


def _rule(
    class_id: str, limit_class: LimitClass, measure: Measure, window: Window
) -> GlobalRateLimitRule:
    limit: int = getattr(limit_class.numbers(measure), window.field)
    headers = (HeaderSelector(LIMITS_HEADER, class_id), HeaderSelector(TENANT_HEADER))
    if measure == "requests":
        return GlobalRateLimitRule(limit=limit, unit=window.unit, headers=headers)
    return GlobalRateLimitRule(
        limit=limit,
        unit=window.unit,
        headers=headers,
        request_cost=0,
        response_cost=(names.AI_GATEWAY_METADATA, names.LLM_TOTAL_TOKEN),
    )
