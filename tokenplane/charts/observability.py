"""The observability chart: Prometheus operator monitors and alerts of one cluster."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from tokenplane.charts.platform import PlatformChart
from tokenplane.constructs import InferenceMonitoring
from tokenplane.contracts import names
from tokenplane.resolve import ResolvedCluster


class ObservabilityChart(cdk8s.Chart):
    """Defines the scrape configs of the model servers and endpoint pickers and the
    platform's alerts; renders nothing when `observability.enabled` is false. Kuadrant's own
    monitors are switched on in the Kuadrant CR by the platform chart."""

    def __init__(
        self, scope: Construct, id: str, *, cluster: ResolvedCluster, platform: PlatformChart
    ) -> None:
        settings = cluster.spec.platform
        super().__init__(
            scope, id, labels=names.common_labels(settings.name), disable_resource_name_hashes=True
        )
        if not settings.observability.enabled:
            return
        self.monitoring = InferenceMonitoring(
            self,
            "monitoring",
            platform=settings.name,
            models=platform.namespaces.models,
            rate_limit_namespace=settings.infrastructure.envoy_gateway.namespace,
            model_pods={names.POOL_SERVING_LABEL: "true"},
            picker_pods=names.component("endpoint-picker"),
            labels={**settings.observability.labels, **names.component("observability")},
        )
