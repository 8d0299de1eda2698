"""The registry of invariant checks: each topic's module lists its own in `CHECKS` (the
output alone) and `EXPECTATIONS` (the output against its resolved cluster)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Sequence

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
from tokenplane.resolve import ResolvedCluster

Check = Callable[[ObjectIndex], Iterable[str | Problem]]
"""A check: reads one cluster's objects, yields one sentence (about the cluster) or one
Problem (about an object, `Location.object` = `Kind name`) per violation."""

Expectation = Callable[[ObjectIndex, ResolvedCluster], Iterable[str | Problem]]
"""A check of the output against what its resolved cluster says it must contain."""


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
"""Every check of the output alone, in order: `synth` and `validate` run them on any tree."""

EXPECTATIONS: tuple[Expectation, ...] = (*tenancy.EXPECTATIONS, *inference.EXPECTATIONS)
"""Every check against the resolved cluster: run when the config the tree came from is known
(`synth` always; `validate` when the tree is current with `--config`)."""


def check_cluster(
    cluster: str,
    manifests: Sequence[Manifest],
    checks: Sequence[Check] = CHECKS,
    *,
    expected: ResolvedCluster | None = None,
    expectations: Sequence[Expectation] = EXPECTATIONS,
) -> list[Problem]:
    """Every violation of `checks` among one cluster's objects (and, given the cluster as
    resolved, of `expectations`), each an `invariant` Problem located in the cluster, sorted."""
    index = ObjectIndex(manifests)
    runs: list[tuple[str, Callable[[], Iterable[str | Problem]]]] = [
        (_name(check), functools.partial(check, index)) for check in checks
    ]
    if expected is not None:
        runs.extend(
            (_name(check), functools.partial(check, index, expected)) for check in expectations
        )
    problems: list[Problem] = []
    for name, run in runs:
        try:
            problems.extend(_located(cluster, found) for found in run())
        except (KeyError, TypeError, AttributeError, IndexError, ValueError) as error:
            # Hand-edited objects of unexpected shape: say which check could not judge them.
            problems.append(
                _located(
                    cluster,
                    f"{name} could not judge the objects: a field has an unexpected shape "
                    f"({type(error).__name__}: {error}); fix the schema problems reported above",
                )
            )
    return sorted(problems)


def _name(check: Callable[..., object]) -> str:
    return getattr(check, "__name__", "a check")


def _located(cluster: str, found: str | Problem) -> Problem:
    if isinstance(found, str):
        return Problem("invariant", Location(cluster=cluster), found)
    return dataclasses.replace(found, location=dataclasses.replace(found.location, cluster=cluster))
