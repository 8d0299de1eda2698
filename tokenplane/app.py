"""Builds every chart of every cluster and returns the synthesized objects.

Three steps, the first two of which can be timed on their own (see bench/): `resolve`
computes each cluster's `ResolvedCluster` once, `build_charts` instantiates the constructs
from it, `manifests` turns one cluster's charts into plain objects. `render` is all three and
keeps each resolved cluster beside its objects (the gate judges one against the other);
`synthesize` returns the objects alone. A construct refusing its props (a ValueError, its
documented refusal) becomes a `construct` Problem, never a traceback.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import cdk8s

from tokenplane.charts import (
    DeliveryChart,
    ModelsChart,
    NetworkChart,
    ObservabilityChart,
    PlatformChart,
    TenancyChart,
)
from tokenplane.config import PlatformSpec
from tokenplane.constructs import chart_objects
from tokenplane.output import Layout, LayoutError, unit_of
from tokenplane.problems import Location, Problem, ProblemsError
from tokenplane.resolve import ResolvedCluster, resolve


@dataclass(frozen=True)
class ClusterCharts:
    """Defines one cluster's app and the charts built in it, before synthesis."""

    cluster: ResolvedCluster
    app: cdk8s.App
    charts: tuple[cdk8s.Chart, ...]


def build_charts(
    spec: PlatformSpec, *, today: datetime.date, layout: Layout | None = None
) -> dict[str, ClusterCharts]:
    """The charts of each cluster, by cluster id; `today` and `layout` as for `synthesize`.

    Raises ConstructError naming every cluster where a construct refused its props.
    """
    built: dict[str, ClusterCharts] = {}
    refused: list[Problem] = []
    for cluster_id, cluster in resolve(spec, today=today, layout=layout).items():
        try:
            with _refusals(cluster_id):
                built[cluster_id] = _cluster_charts(cluster)
        except ConstructError as error:
            refused.extend(error.problems)
    if refused:
        raise ConstructError(refused)
    return built


def _cluster_charts(cluster: ResolvedCluster) -> ClusterCharts:
    app = cdk8s.App()
    platform = PlatformChart(app, "platform", cluster=cluster)
    models = ModelsChart(app, "models", cluster=cluster, platform=platform)
    tenancy = TenancyChart(app, "tenancy", cluster=cluster, platform=platform)
    charts = (
        platform,
        models,
        tenancy,
        NetworkChart(
            app, "network", cluster=cluster, platform=platform, models=models, tenancy=tenancy
        ),
        ObservabilityChart(app, "observability", cluster=cluster, platform=platform),
        DeliveryChart(app, "delivery", cluster=cluster),
    )
    return ClusterCharts(cluster, app, charts)


def manifests(built: ClusterCharts) -> list[dict[str, Any]]:
    """One cluster's objects in construct order.

    Raises LayoutError when an object would land in a folder the resolved cluster does not
    have (a model or tenant it does not serve, or a GitOps folder of an engine it does not
    use) or carries no placing label: the object's labels and the resolution disagree.
    Raises ConstructError when a construct refuses its props while the chart synthesizes.
    """
    with _refusals(built.cluster.id):
        objects = [manifest for chart in built.charts for manifest in chart_objects(chart)]
    stray: list[Problem] = []
    for manifest in objects:
        try:
            unit = unit_of(manifest)
        except LayoutError as error:
            stray.extend(_in_cluster(built.cluster.id, p) for p in error.problems)
            continue
        if unit not in built.cluster.units:
            stray.append(
                Problem(
                    "layout",
                    Location(
                        cluster=built.cluster.id,
                        object=f"{manifest['kind']} {manifest['metadata'].get('name')}",
                    ),
                    f"its labels place it in {unit}/, which cluster {built.cluster.id} "
                    "does not have",
                )
            )
    if stray:
        raise LayoutError(stray)
    return objects


class ConstructError(ProblemsError, ValueError):
    """Defines the refusal of a construct to build from the props it was given: one
    `construct` Problem per cluster whose charts could not be built."""


@contextmanager
def _refusals(cluster: str) -> Iterator[None]:
    """Turns a construct's ValueError (its documented way to refuse props) into a
    ConstructError located in `cluster`; one raised in a callback of the cdk8s runtime comes
    back as a RuntimeError whose context is the ValueError, and is turned alike. Any other
    exception is a bug and propagates."""
    try:
        yield
    except ValueError as error:
        raise ConstructError([_refused(cluster, error)]) from error
    except RuntimeError as error:
        cause = error.__context__
        while cause is not None and not isinstance(cause, ValueError):
            cause = cause.__context__
        if cause is None:
            raise
        raise ConstructError([_refused(cluster, cause)]) from error


def _refused(cluster: str, error: ValueError) -> Problem:
    lines = str(error).strip().splitlines()
    return Problem(
        "construct",
        Location(cluster=cluster),
        f"a construct refused its props: {lines[0] if lines else type(error).__name__}",
        "the config passed the loader's checks but cannot be built; change the value it "
        "names, and report the missing config check",
    )


def _in_cluster(cluster: str, problem: Problem) -> Problem:
    return dataclasses.replace(
        problem, location=dataclasses.replace(problem.location, cluster=cluster)
    )


@dataclass(frozen=True)
class Rendered:
    """Defines one cluster's output: the cluster as resolved, and its objects in construct
    order (what the gate judges, the second against the first)."""

    cluster: ResolvedCluster
    objects: list[dict[str, Any]]


def render(
    spec: PlatformSpec, *, today: datetime.date, layout: Layout | None = None
) -> dict[str, Rendered]:
    """Every cluster resolved and synthesized, by cluster id; `today` and `layout` as for
    `synthesize`. Raises ProblemsError with every construct refusal and layout problem of
    every cluster at once."""
    built = build_charts(spec, today=today, layout=layout)
    rendered: dict[str, Rendered] = {}
    problems: list[Problem] = []
    for cluster_id, charts in built.items():
        try:
            rendered[cluster_id] = Rendered(charts.cluster, manifests(charts))
        except (ConstructError, LayoutError) as error:
            problems.extend(error.problems)
    if problems:
        raise ProblemsError(problems)
    return rendered


def synthesize(
    spec: PlatformSpec, *, today: datetime.date, layout: Layout | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The objects of each cluster, by cluster id, in construct order.

    `today` (a UTC date) decides which tenant keys have expired; it is an input so that the
    same config and date always give the same output. `layout` places the output folder in
    the repository the GitOps entry points sync. Default: `dist/` at the repository's root.
    """
    return {
        cluster_id: rendered.objects
        for cluster_id, rendered in render(spec, today=today, layout=layout).items()
    }
