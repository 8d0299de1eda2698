"""Resolved data: the limit classes tenants are counted under.

A limit class is one set of numbers (requests and tokens, per minute and per day). Every
tier is a class named after the tier. A tenant with its own limits in tenants.yaml is
counted under a class named after its numbers (`custom-r<per-min>-<per-day>-t<per-min>-<per-day>`),
so tenants with the same override share one class, and the policies hold one limit per
class in use: never one policy object, nor one limit, per tenant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tokenplane.config import (
    RequestLimitsSpec,
    TenantSpec,
    TierSpec,
    TokenLimitsSpec,
)
from tokenplane.contracts.limits import Measure, custom_class


@dataclass(frozen=True)
class LimitClass:
    """Defines one set of limits, counted per tenant."""

    id: str
    requests: RequestLimitsSpec
    tokens: TokenLimitsSpec

    def numbers(self, measure: Measure) -> RequestLimitsSpec | TokenLimitsSpec:
        """The class's limits of one measure."""
        return self.requests if measure == "requests" else self.tokens


def effective_limits(
    tier: TierSpec, tenant: TenantSpec
) -> tuple[RequestLimitsSpec, TokenLimitsSpec]:
    """A tenant's limits: its own where it has them, its tier's otherwise."""
    own = tenant.limits
    requests = own.requests if own and own.requests else tier.requests
    tokens = own.tokens if own and own.tokens else tier.tokens
    return requests, tokens


def class_id(tier_id: str, tier: TierSpec, tenant: TenantSpec) -> str:
    """The limit class of a tenant: its tier's id, unless its own limits differ."""
    requests, tokens = effective_limits(tier, tenant)
    if requests == tier.requests and tokens == tier.tokens:
        return tier_id
    return custom_class(requests.per_minute, requests.per_day, tokens.per_minute, tokens.per_day)


def limit_classes(
    tiers: Mapping[str, TierSpec], tenants: Mapping[str, TenantSpec]
) -> dict[str, LimitClass]:
    """Every class in use, by id, sorted: one per tier, one per distinct override of an
    active (not suspended) tenant."""
    classes = {
        tier_id: LimitClass(tier_id, tier.requests, tier.tokens) for tier_id, tier in tiers.items()
    }
    for tenant in tenants.values():
        if tenant.suspended:
            continue
        tier = tiers[tenant.tier]
        cid = class_id(tenant.tier, tier, tenant)
        if cid not in classes:
            requests, tokens = effective_limits(tier, tenant)
            classes[cid] = LimitClass(cid, requests, tokens)
    return dict(sorted(classes.items()))
