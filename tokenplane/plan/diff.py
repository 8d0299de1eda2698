"""The semantic changes between two sides of a plan, per cluster."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tokenplane.contracts.limits import is_custom_class
from tokenplane.contracts.names import priority_of_class
from tokenplane.plan.facts import ClusterFacts, TenantFacts, cluster_facts
from tokenplane.plan.load import Tree


@dataclass(frozen=True)
class ClusterPlan:
    """Defines the changes to one cluster: sentences per topic (Markdown inline text), and
    object counts per kind added, changed and removed. `status` is "added", "removed" or ""."""

    cluster: str
    status: str = ""
    tenants: list[str] = field(default_factory=list)
    limits: list[str] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    access: list[str] = field(default_factory=list)
    priorities: list[str] = field(default_factory=list)
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)

    @property
    def has_changes(self) -> bool:
        """Whether any object of the cluster is added, changed or removed."""
        return bool(self.status or self.added or self.changed or self.removed)


def plan(base: Tree, head: Tree) -> list[ClusterPlan]:
    """The changes from `base` to `head`, one entry per cluster on either side, sorted."""
    empty = cluster_facts([])
    plans: list[ClusterPlan] = []
    for cluster in sorted({*base.clusters, *head.clusters}):
        status = (
            "added"
            if cluster not in base.clusters
            else "removed"
            if cluster not in head.clusters
            else ""
        )
        before = cluster_facts(base.clusters[cluster]) if cluster in base.clusters else empty
        after = cluster_facts(head.clusters[cluster]) if cluster in head.clusters else empty
        result = ClusterPlan(cluster=cluster, status=status)
        _tenants(result, before, after, head.suspended_in(cluster), base.suspended_in(cluster))
        _limits(result, before, after)
        _models(result, before, after)
        _access(result, before, after)
        _priorities(result, before, after)
        _objects(result, before, after)
        plans.append(result)
    return plans


def _code(value: str) -> str:
    return f"`{value}`"


def _codes(values: Iterable[str]) -> str:
    return ", ".join(_code(v) for v in sorted(values))


def _describe(tenant: TenantFacts) -> str:
    limits = "" if tenant.limits == tenant.tier else f", own limits {_code(tenant.limits)}"
    keys = "key" if len(tenant.keys) == 1 else "keys"
    return f"tier {_code(tenant.tier)}{limits}, {keys} {_codes(tenant.keys)}"


def _tenants(
    result: ClusterPlan,
    before: ClusterFacts,
    after: ClusterFacts,
    suspended: frozenset[str],
    was_suspended: frozenset[str],
) -> None:
    for tenant in sorted({*before.tenants, *after.tenants}):
        old, new = before.tenants.get(tenant), after.tenants.get(tenant)
        name = _code(tenant)
        if old is None and new is not None:
            verb = "resumed" if tenant in was_suspended else "added"
            result.tenants.append(f"{name} {verb}: {_describe(new)}")
        elif old is not None and new is None:
            if tenant in suspended:
                result.tenants.append(
                    f"{name} suspended (tier {_code(old.tier)}): its keys are withdrawn"
                )
            else:
                result.tenants.append(
                    f"{name} removed (tier {_code(old.tier)}): no active key left"
                )
        elif old is not None and new is not None:
            if old.tier != new.tier:
                result.tenants.append(
                    f"{name} moved from tier {_code(old.tier)} to {_code(new.tier)}"
                )
            if old.limits != new.limits and new.limits != new.tier:
                result.tenants.append(f"{name} now counted under own limits {_code(new.limits)}")
            elif old.limits != new.limits and old.limits != old.tier:
                result.tenants.append(f"{name} no longer has own limits (was {_code(old.limits)})")
            if old.scheduling != new.scheduling and new.scheduling != new.tier:
                result.tenants.append(
                    f"{name} now scheduled at own priority {_code(new.scheduling)}"
                )
            elif old.scheduling != new.scheduling and old.scheduling != old.tier:
                result.tenants.append(
                    f"{name} no longer has own priority (was {_code(old.scheduling)})"
                )
            gone, new_keys = set(old.keys) - set(new.keys), set(new.keys) - set(old.keys)
            if new_keys:
                result.tenants.append(f"{name} keys added: {_codes(new_keys)}")
            if gone:
                result.tenants.append(f"{name} keys withdrawn: {_codes(gone)}")


def _numbers(values: Mapping[str, int]) -> str:
    return "; ".join(f"{what} {count:,}" for what, count in values.items())


def _limits(result: ClusterPlan, before: ClusterFacts, after: ClusterFacts) -> None:
    for cls in sorted({*before.limits, *after.limits}):
        old, new = before.limits.get(cls), after.limits.get(cls)
        subject = f"limit class {_code(cls)}" if is_custom_class(cls) else f"tier {_code(cls)}"
        if old is None and new is not None:
            result.limits.append(f"{subject} added: {_numbers(new)}")
        elif old is not None and new is None:
            result.limits.append(f"{subject} removed")
        elif old is not None and new is not None and old != new:
            changes = [
                f"{what} {old.get(what, 0):,} → {new.get(what, 0):,}"
                for what in sorted({*old, *new})
                if old.get(what) != new.get(what)
            ]
            result.limits.append(f"{subject}: {'; '.join(changes)}")


def _models(result: ClusterPlan, before: ClusterFacts, after: ClusterFacts) -> None:
    for model in sorted({*before.models, *after.models}):
        old, new = before.models.get(model), after.models.get(model)
        name = _code(model)
        if old is None and new is not None:
            served = f" (served as {_code(new.served_name)})" if new.served_name else ""
            result.models.append(f"{name} added{served}, replicas {new.replicas}")
        elif old is not None and new is None:
            result.models.append(f"{name} removed")
        elif old is not None and new is not None:
            if old.served_name != new.served_name:
                result.models.append(
                    f"{name} served as {_code(str(new.served_name))}"
                    f" (was {_code(str(old.served_name))})"
                )
            if old.replicas != new.replicas:
                result.models.append(f"{name} replicas {old.replicas} → {new.replicas}")
            weights = [
                f"{what} {old.weights.get(what, '–')} → {new.weights.get(what, '–')}"
                for what in sorted({*old.weights, *new.weights})
                if old.weights.get(what) != new.weights.get(what)
            ]
            if weights:
                result.models.append(f"{name} re-weighted: {'; '.join(weights)}")


def _access(result: ClusterPlan, before: ClusterFacts, after: ClusterFacts) -> None:
    # Tiers allow served names; name models by id where either side's routes tell it.
    model_of = {
        facts.served_name: model
        for side in (before, after)
        for model, facts in side.models.items()
        if facts.served_name is not None
    }
    for tier in sorted({*before.access, *after.access}):
        old = {model_of.get(n, n) for n in before.access.get(tier, frozenset())}
        new = {model_of.get(n, n) for n in after.access.get(tier, frozenset())}
        if new - old:
            result.access.append(f"tier {_code(tier)} granted {_codes(new - old)}")
        if old - new:
            result.access.append(f"tier {_code(tier)} withdrawn {_codes(old - new)}")


def _priorities(result: ClusterPlan, before: ClusterFacts, after: ClusterFacts) -> None:
    for cls in sorted({*before.priorities, *after.priorities}):
        old, new = before.priorities.get(cls), after.priorities.get(cls)
        own = priority_of_class(cls) is not None
        subject = f"scheduling class {_code(cls)}" if own else f"tier {_code(cls)}"
        if old is None and new is not None:
            result.priorities.append(f"{subject} scheduled at priority {new}")
        elif old is not None and new is None:
            result.priorities.append(f"{subject} no longer scheduled (was priority {old})")
        elif old is not None and new is not None and old != new:
            result.priorities.append(f"{subject}: priority {old} → {new}")


def _objects(result: ClusterPlan, before: ClusterFacts, after: ClusterFacts) -> None:
    for key in before.objects.keys() | after.objects.keys():
        kind = key[0]
        if key not in before.objects:
            result.added[kind] += 1
        elif key not in after.objects:
            result.removed[kind] += 1
        elif before.objects[key] != after.objects[key]:
            result.changed[kind] += 1
