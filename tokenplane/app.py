"""Builds every chart of every cluster and returns the synthesized objects."""

from __future__ import annotations

from typing import Any

import cdk8s

from tokenplane.charts import ModelsChart, PlatformChart
from tokenplane.config import PlatformSpec

Manifest = dict[str, Any]


def synthesize(spec: PlatformSpec) -> dict[str, list[Manifest]]:
    """The objects of each cluster, by cluster id, in construct order."""
    rendered: dict[str, list[Manifest]] = {}
    for cluster_id in sorted(spec.platform.clusters):
        cluster = spec.cluster(cluster_id)
        app = cdk8s.App()
        platform = PlatformChart(app, "platform", cluster=cluster)
        charts: list[cdk8s.Chart] = [
            platform,
            ModelsChart(app, "models", cluster=cluster, platform=platform),
        ]
        rendered[cluster_id] = [manifest for chart in charts for manifest in chart.to_json()]
    return rendered
