"""Builds every chart of every cluster and returns the synthesized objects."""

from __future__ import annotations

from typing import Any

import cdk8s

from tokenplane.charts import DeliveryChart, PlatformChart
from tokenplane.config import PlatformSpec
from tokenplane.output import layers_of

Manifest = dict[str, Any]


def synthesize(spec: PlatformSpec) -> dict[str, list[Manifest]]:
    """The objects of each cluster, by cluster id, in construct order."""
    rendered: dict[str, list[Manifest]] = {}
    for cluster_id in sorted(spec.platform.clusters):
        cluster = spec.cluster(cluster_id)
        app = cdk8s.App()
        charts: list[cdk8s.Chart] = [PlatformChart(app, "platform", cluster=cluster)]
        manifests = [manifest for chart in charts for manifest in chart.to_json()]
        # Added last: it syncs the layers the other charts filled.
        delivery = DeliveryChart(app, "delivery", cluster=cluster, layers=layers_of(manifests))
        rendered[cluster_id] = manifests + list(delivery.to_json())
    return rendered
