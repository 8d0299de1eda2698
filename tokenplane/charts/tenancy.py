"""The tenancy chart: who may call, what, and how much, in one cluster."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from tokenplane.charts.platform import PlatformChart
from tokenplane.constructs import ModelList, RateLimitStorage, TenancyPolicies, TenantCredentials
from tokenplane.constructs.l2.secret_generators import Password
from tokenplane.constructs.l3.public_endpoint import HTTPS_LISTENER
from tokenplane.contracts import names
from tokenplane.resolve import ResolvedCluster

AUDIO_PATHS: tuple[str, ...] = ("/v1/audio/speech", "/v1/audio/transcriptions")
"""The seed's audio endpoints: admitted, request-limited, not token-metered (their responses
carry no token usage) and not model-checked. A known limit, see docs/tenancy.md."""


class TenancyChart(cdk8s.Chart):
    """Defines the per-tier policies on the Gateway, the route that answers `GET /v1/models`
    after them, the Redis storage of Envoy Gateway's
    rate-limit service (in Envoy Gateway's namespace) and one
    credential reference per active tenant key, plus the Password generator that mints the
    keys marked `mint` (only when there is one). Which keys are live and which limit class
    each tenant is counted under come resolved with the cluster.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ResolvedCluster,
        platform: PlatformChart,
    ) -> None:
        settings = cluster.spec.platform
        super().__init__(
            scope, id, labels=names.common_labels(settings.name), disable_resource_name_hashes=True
        )
        self.policies = TenancyPolicies(
            self,
            "tier-policies",
            gateway=platform.endpoint.gateway,
            credentials=settings.credentials,
            tiers=cluster.tiers,
            models=cluster.models,
            classes=cluster.limit_classes,
            scheduling_classes=cluster.scheduling_classes,
            request_only_paths=AUDIO_PATHS,
        )
        self.model_list = ModelList(
            self,
            "model-list",
            platform=settings.name,
            gateway=platform.endpoint.gateway,
            listener=HTTPS_LISTENER,
            tiers=cluster.tiers,
            models=cluster.models,
            labels=names.component("model-list"),
        )
        self.storage = RateLimitStorage(
            self,
            "rate-limit-storage",
            storage=settings.rate_limit_storage,
            credentials=settings.credentials,
            namespace=settings.infrastructure.envoy_gateway.namespace,
        )
        self.key_generator = (
            Password(
                self,
                "key-generator",
                name=names.API_KEY_GENERATOR,
                namespace=platform.namespaces.auth.name,
                length=48,
                labels=names.component("tenant-credentials"),
            )
            if cluster.minting
            else None
        )
        self.credentials = TenantCredentials(
            self,
            "tenant-credentials",
            tenants=cluster.tenants,
            keys=cluster.active_keys,
            limit_classes=cluster.tenant_limit_classes,
            scheduling_classes=cluster.tenant_scheduling_classes,
            credentials=settings.credentials,
            key_selector=self.policies.key_selector,
            namespace=platform.namespaces.auth,
            generator=self.key_generator,
        )
