"""Builds every chart of every cluster and returns the synthesized objects."""

from __future__ import annotations

import datetime
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
from tokenplane.output import layers_of

Manifest = dict[str, Any]


def synthesize(spec: PlatformSpec, *, today: datetime.date) -> dict[str, list[Manifest]]:
    """The objects of each cluster, by cluster id, in construct order.

    `today` (a UTC date) decides which tenant keys have expired; it is an input so that the
    same config and date always give the same output.
    """
    rendered: dict[str, list[Manifest]] = {}
    for cluster_id in sorted(spec.platform.clusters):
        cluster = spec.cluster(cluster_id)
        app = cdk8s.App()
        platform = PlatformChart(app, "platform", cluster=cluster)
        models = ModelsChart(app, "models", cluster=cluster, platform=platform)
        charts: list[cdk8s.Chart] = [
            platform,
            models,
            TenancyChart(app, "tenancy", cluster=cluster, platform=platform, today=today),
            NetworkChart(app, "network", cluster=cluster, platform=platform, models=models),
            ObservabilityChart(app, "observability", cluster=cluster, platform=platform),
        ]
        manifests = [manifest for chart in charts for manifest in chart.to_json()]
        # Added last: it syncs the layers the other charts filled.
        delivery = DeliveryChart(app, "delivery", cluster=cluster, layers=layers_of(manifests))
        rendered[cluster_id] = manifests + list(delivery.to_json())
    return rendered
