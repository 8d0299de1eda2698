"""The registry of invariant checks: each topic's module lists its own in `CHECKS`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tokenplane.invariants import (
    autoscaling,
    coverage,
    inference,
    naming,
    network,
    pods,
    routes,
    tenancy,
)
from tokenplane.invariants.index import Manifest, ObjectIndex
from tokenplane.problems import Location, Problem

Check = Callable[[ObjectIndex], Iterable[str]]
"""A check: reads one cluster's objects, yields one sentence per violation."""


@dataclass(frozen=True, order=True)
class Violation:
    """Defines one broken invariant in one cluster."""

    cluster: str
    message: str

    def problem(self) -> Problem:
        """This violation as the structured Problem the command line prints."""
        return Problem("invariant", Location(cluster=self.cluster), self.message)

    def __str__(self) -> str:
        return f"cluster {self.cluster}: {self.message}"


CHECKS: tuple[Check, ...] = (
    *naming.CHECKS,
    *routes.CHECKS,
    *inference.CHECKS,
    *coverage.CHECKS,
    *autoscaling.CHECKS,
    *network.CHECKS,
    *pods.CHECKS,
    *tenancy.CHECKS,
)
"""Every check `tokenplane synth` runs, in order."""


def check_cluster(
    cluster: str, manifests: Sequence[Manifest], checks: Sequence[Check] = CHECKS
) -> list[Violation]:
    """Every violation of `checks` among one cluster's objects, sorted."""
    index = ObjectIndex(manifests)
    violations: list[Violation] = []
    for check in checks:
        try:
            violations.extend(Violation(cluster, message) for message in check(index))
        except (KeyError, TypeError, AttributeError, IndexError, ValueError) as error:
            # Hand-edited objects of unexpected shape: say which check could not judge them.
            violations.append(
                Violation(
                    cluster,
                    f"{getattr(check, '__name__', 'a check')} could not judge the objects: "
                    f"a field has an unexpected shape ({type(error).__name__}: {error}); "
                    "fix the schema problems reported above",
                )
            )
    return sorted(violations)
