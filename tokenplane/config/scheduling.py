"""The scheduling classes tenants' requests are prioritised under.

A scheduling class is one priority at the endpoint pickers. Every tier is a class named after
the tier, with the tier's `priority` (default: 10 times its position in tiers.yaml). A tenant
with its own `priority` in tenants.yaml is scheduled under a class named after the number
(`priority-<n>`, `priority-minus-<n>`), so tenants with the same override share one class.
Each class becomes one InferenceObjective per InferencePool: never one object per tenant.
"""

from __future__ import annotations

from collections.abc import Mapping

from tokenplane.config.tenants import TenantSpec
from tokenplane.config.tiers import DEFAULT_PRIORITY_STEP, TierSpec
from tokenplane.contracts.names import priority_class


def tier_priorities(tiers: Mapping[str, TierSpec]) -> dict[str, int]:
    """Each tier's priority, by id in file order: its own, else 10 times its position."""
    return {
        tier_id: tier.priority if tier.priority is not None else DEFAULT_PRIORITY_STEP * index
        for index, (tier_id, tier) in enumerate(tiers.items())
    }


def scheduling_class(tier_id: str, tier_priority: int, tenant: TenantSpec) -> str:
    """The scheduling class of a tenant: its tier's id, unless its own priority differs."""
    if tenant.priority is None or tenant.priority == tier_priority:
        return tier_id
    return priority_class(tenant.priority)


def scheduling_classes(
    tiers: Mapping[str, TierSpec], tenants: Mapping[str, TenantSpec]
) -> dict[str, int]:
    """Every class in use → its priority, sorted by id: one per tier, one per distinct
    override of an active (not suspended) tenant."""
    priorities = tier_priorities(tiers)
    classes = dict(priorities)
    for tenant in tenants.values():
        if tenant.suspended or tenant.tier not in priorities:
            continue
        cid = scheduling_class(tenant.tier, priorities[tenant.tier], tenant)
        if tenant.priority is not None:
            classes.setdefault(cid, tenant.priority)
    return dict(sorted(classes.items()))
