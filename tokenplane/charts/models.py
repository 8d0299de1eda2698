"""The models chart: every model's serving path, the model routes and the audio routes."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from tokenplane.charts.platform import PlatformChart
from tokenplane.constructs import (
    AudioRoutes,
    ClusterRole,
    HuggingFaceTokens,
    ModelRoutes,
    ModelServing,
)
from tokenplane.constructs.l3.endpoint_picker import METRICS_AUTH_RULES
from tokenplane.constructs.l3.public_endpoint import HTTPS_LISTENER
from tokenplane.contracts import names
from tokenplane.resolve import ResolvedCluster


class ModelsChart(cdk8s.Chart):
    """Defines the inference path of one cluster, built on its PlatformChart.

    Per-model objects carry the model label (→ `models/<model-id>/`); the shared routes,
    the audio objects and the EPPs' metrics-auth ClusterRole carry only a component label
    (→ `platform/`).
    """

    def __init__(
        self, scope: Construct, id: str, *, cluster: ResolvedCluster, platform: PlatformChart
    ) -> None:
        spec = cluster.spec
        platform_name = spec.platform.name
        super().__init__(
            scope,
            id,
            labels=names.common_labels(platform_name),
            disable_resource_name_hashes=True,
        )
        namespace = platform.namespaces.models
        gateway = platform.endpoint.gateway
        metrics_auth = ClusterRole(
            self,
            "epp-metrics-auth",
            name=names.endpoint_picker_auth_role(platform_name),
            rules=METRICS_AUTH_RULES,
            labels=names.component("endpoint-picker"),
        )
        self.servings = [
            ModelServing(
                self,
                f"model-{model_id}",
                model_id=model_id,
                model=model,
                namespace=namespace,
                metrics_auth=metrics_auth,
                scheduling_classes=cluster.scheduling_classes,
                labels=names.model_labels(model_id),
            )
            for model_id, model in sorted(cluster.models.items())
        ]
        self.tokens = HuggingFaceTokens(
            self,
            "hf-tokens",
            models=cluster.models,
            store=spec.platform.credentials.store,
            namespace=namespace,
            refresh_interval=spec.platform.credentials.refresh_interval,
            labels=names.component("model-credentials"),
        )
        self.routes = ModelRoutes(
            self,
            "routes",
            platform=platform_name,
            models=self.servings,
            namespace=namespace,
            gateway=gateway,
            listener=HTTPS_LISTENER,
            labels=names.component("model-routes"),
        )
        self.audio = AudioRoutes(
            self,
            "audio",
            platform=platform_name,
            audio=spec.audio,
            namespace=namespace,
            gateway=gateway,
            listener=HTTPS_LISTENER,
            store=spec.platform.credentials.store,
            labels=names.component("audio"),
        )
