"""The registry of invariant checks, and the checks that concern every kind of object."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tokenplane.invariants.index import Manifest, ObjectIndex

Check = Callable[[ObjectIndex], Iterable[str]]
"""A check: reads one cluster's objects, yields one sentence per violation."""


@dataclass(frozen=True, order=True)
class Violation:
    """Defines one broken invariant in one cluster."""

    cluster: str
    message: str

    def __str__(self) -> str:
        return f"cluster {self.cluster}: {self.message}"


def unique_names(index: ObjectIndex) -> Iterable[str]:
    """No two objects share kind, namespace and name (the later would overwrite the earlier)."""
    for (kind, namespace, name), count in index.duplicates():
        where = f" in namespace {namespace}" if namespace else ""
        yield f"{count} objects are {kind} {name}{where}; names must be unique per kind"


def _registered() -> tuple[Check, ...]:
    from tokenplane.invariants import (
        autoscaling,
        coverage,
        inference,
        network,
        routes,
        tenancy,
    )

    return (
        unique_names,
        *routes.CHECKS,
        *inference.CHECKS,
        *coverage.CHECKS,
        *autoscaling.CHECKS,
        *network.CHECKS,
        tenancy.key_secrets_match_auth_policy,
        tenancy.limited_tiers,
        tenancy.no_key_material,
    )


CHECKS: tuple[Check, ...] = _registered()
"""Every check `tokenplane synth` runs, in order."""


def check_cluster(
    cluster: str, manifests: Sequence[Manifest], checks: Sequence[Check] = CHECKS
) -> list[Violation]:
    """Every violation of `checks` among one cluster's objects, sorted."""
    index = ObjectIndex(manifests)
    return sorted(Violation(cluster, message) for check in checks for message in check(index))
