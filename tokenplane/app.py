"""Builds every chart of every cluster and returns the synthesized objects.

Two steps, so that each can be timed on its own (see bench/): `build_charts` instantiates the
constructs, `manifests` turns one cluster's charts into plain objects. `synthesize` is both.
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
from tokenplane.config import ClusterView, PlatformSpec
from tokenplane.constructs import chart_objects
from tokenplane.output import Layout, layers_of

Manifest = dict[str, Any]


@dataclass(frozen=True)
class ClusterCharts:
    """Defines one cluster's app and the charts built in it, before synthesis."""

    cluster: ClusterView
    app: cdk8s.App
    charts: tuple[cdk8s.Chart, ...]


def build_charts(spec: PlatformSpec, *, today: datetime.date) -> dict[str, ClusterCharts]:
    """The workload charts of each cluster, by cluster id; `today` as for `synthesize`."""
    built: dict[str, ClusterCharts] = {}
    for cluster_id in sorted(spec.platform.clusters):
        cluster = spec.cluster(cluster_id)
        app = cdk8s.App()
        platform = PlatformChart(app, "platform", cluster=cluster)
        models = ModelsChart(app, "models", cluster=cluster, platform=platform)
        tenancy = TenancyChart(app, "tenancy", cluster=cluster, platform=platform, today=today)
        charts = (
            platform,
            models,
            tenancy,
            NetworkChart(
                app, "network", cluster=cluster, platform=platform, models=models, tenancy=tenancy
            ),
            ObservabilityChart(app, "observability", cluster=cluster, platform=platform),
        )
        built[cluster_id] = ClusterCharts(cluster, app, charts)
    return built


def manifests(built: ClusterCharts, *, layout: Layout | None = None) -> list[Manifest]:
    """One cluster's objects in construct order, its GitOps delivery chart's last; `layout`
    as for `synthesize`."""
    objects = [manifest for chart in built.charts for manifest in chart_objects(chart)]
    # Added last: it syncs the layers the other charts filled.
    delivery = DeliveryChart(
        built.app, "delivery", cluster=built.cluster, layers=layers_of(objects), layout=layout
    )
    return objects + list(delivery.to_json())


def synthesize(
    spec: PlatformSpec, *, today: datetime.date, layout: Layout | None = None
) -> dict[str, list[Manifest]]:
    """The objects of each cluster, by cluster id, in construct order.

    `today` (a UTC date) decides which tenant keys have expired; it is an input so that the
    same config and date always give the same output. `layout` places the output folder in
    the repository the GitOps entry points sync. Default: `dist/` at the repository's root.
    """
    return {
        cluster_id: manifests(built, layout=layout)
        for cluster_id, built in build_charts(spec, today=today).items()
    }
