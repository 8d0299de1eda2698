"""Builds every chart of every cluster and returns the synthesized objects.

Three steps, the first two of which can be timed on their own (see bench/): `resolve`
computes each cluster's `ResolvedCluster` once, `build_charts` instantiates the constructs
from it, `manifests` turns one cluster's charts into plain objects. `synthesize` is all three.
"""

from __future__ import annotations

import datetime
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
    """The charts of each cluster, by cluster id; `today` and `layout` as for `synthesize`."""
    built: dict[str, ClusterCharts] = {}
    for cluster_id, cluster in resolve(spec, today=today, layout=layout).items():
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
        built[cluster_id] = ClusterCharts(cluster, app, charts)
    return built


def manifests(built: ClusterCharts) -> list[dict[str, Any]]:
    """One cluster's objects in construct order.

    Raises LayoutError when an object would land in a folder the resolved cluster does not
    have (a model or tenant it does not serve, or a GitOps folder of an engine it does not
    use): the object's labels and the resolution disagree.
    """
    objects = [manifest for chart in built.charts for manifest in chart_objects(chart)]
    stray = [
        f"{manifest['kind']} {manifest['metadata'].get('name')}: its labels place it in "
        f"{unit}/, which cluster {built.cluster.id} does not have"
        for manifest in objects
        if (unit := unit_of(manifest)) not in built.cluster.units
    ]
    if stray:
        raise LayoutError("\n".join(stray))
    return objects


def synthesize(
    spec: PlatformSpec, *, today: datetime.date, layout: Layout | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The objects of each cluster, by cluster id, in construct order.

    `today` (a UTC date) decides which tenant keys have expired; it is an input so that the
    same config and date always give the same output. `layout` places the output folder in
    the repository the GitOps entry points sync. Default: `dist/` at the repository's root.
    """
    return {
        cluster_id: manifests(built)
        for cluster_id, built in build_charts(spec, today=today, layout=layout).items()
    }
