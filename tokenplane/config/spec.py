"""The whole config as one checked object: what every chart is built from."""

from __future__ import annotations

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec
from tokenplane.config.models import AudioSpec, ModelSpec
from tokenplane.config.platform import ClusterSpec, PlatformSettingsSpec
from tokenplane.config.tenants import TenantSpec
from tokenplane.config.tiers import TierSpec


class PlatformSpec(StrictSpec):
    """Defines the loaded config of all four files, with every cross-reference checked."""

    platform: PlatformSettingsSpec = Field(description="config/platform.yaml")
    tiers: dict[DnsLabel, TierSpec] = Field(description="config/tiers.yaml, by tier id")
    tenants: dict[DnsLabel, TenantSpec] = Field(description="config/tenants.yaml, by tenant id")
    models: dict[DnsLabel, ModelSpec] = Field(description="config/models.yaml, by model id")
    audio: AudioSpec = Field(
        default_factory=AudioSpec, description="config/models.yaml, the audio routes"
    )

    def cluster(self, cluster_id: str) -> ClusterView:
        """The platform as one cluster sees it, with that cluster's overrides applied."""
        return ClusterView(id=cluster_id, spec=self, overrides=self.platform.clusters[cluster_id])


class ClusterView:
    """Defines one cluster's view of the platform: the shared spec with its overrides applied."""

    def __init__(self, *, id: str, spec: PlatformSpec, overrides: ClusterSpec) -> None:
        self.id = id
        self.spec = spec
        self.overrides = overrides

    @property
    def hostname(self) -> str:
        """The public hostname here: the cluster's own, else the platform's."""
        return self.overrides.hostname or self.spec.platform.hostname
