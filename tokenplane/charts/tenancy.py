"""The tenancy chart: who may call, what, and how much, in one cluster."""

from __future__ import annotations

import datetime

import cdk8s
from constructs import Construct

from tokenplane.charts.platform import PlatformChart
from tokenplane.config import ClusterView
from tokenplane.constructs import RateLimitStorage, TenantCredentials, TierPolicies
from tokenplane.constructs.limit_classes import class_id, limit_classes
from tokenplane.constructs.secret_generators import Password
from tokenplane.constructs.tenant_credentials import active_keys
from tokenplane.contracts import names

AUDIO_PATHS: tuple[str, ...] = ("/v1/audio/speech", "/v1/audio/transcriptions")
"""The seed's audio endpoints: admitted, request-limited, not token-metered (their responses
carry no token usage) and not model-checked. A known limit, see docs/tenancy.md."""


class TenancyChart(cdk8s.Chart):
    """Defines the per-tier policies on the Gateway, Limitador's Redis storage and one
    credential reference per active tenant key, plus the Password generator that mints the
    keys marked `mint` (only when there is one).

    `today` decides which keys have expired; the CLI passes the current UTC date, tests a
    fixed one, so synthesis stays a function of its inputs.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ClusterView,
        platform: PlatformChart,
        today: datetime.date,
    ) -> None:
        settings = cluster.spec.platform
        super().__init__(
            scope, id, labels=names.common_labels(settings.name), disable_resource_name_hashes=True
        )
        classes = limit_classes(cluster.tiers, cluster.tenants)
        self.policies = TierPolicies(
            self,
            "tier-policies",
            gateway=platform.endpoint.gateway,
            credentials=settings.credentials,
            tiers=cluster.tiers,
            models=cluster.models,
            classes=classes,
            request_only_paths=AUDIO_PATHS,
        )
        self.storage = RateLimitStorage(
            self,
            "rate-limit-storage",
            storage=settings.rate_limit_storage,
            credentials=settings.credentials,
            namespace=platform.namespaces.auth,
        )
        minting = any(
            key.mint for tenant in cluster.tenants.values() for key in active_keys(tenant, today)
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
            if minting
            else None
        )
        self.credentials = TenantCredentials(
            self,
            "tenant-credentials",
            tenants=cluster.tenants,
            limit_classes={
                tenant_id: class_id(tenant.tier, cluster.tiers[tenant.tier], tenant)
                for tenant_id, tenant in cluster.tenants.items()
            },
            credentials=settings.credentials,
            key_selector=self.policies.key_selector,
            namespace=platform.namespaces.auth,
            today=today,
            generator=self.key_generator,
        )
