"""The whole config as one checked object: what every chart is built from."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec
from tokenplane.config.infrastructure import InfrastructureId
from tokenplane.config.models import AudioSpec, ModelSpec
from tokenplane.config.platform import ClusterOverridesSpec, GitopsEngine, PlatformSettingsSpec
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
    """Defines one cluster's view of the platform: the shared spec with its overrides applied.

    Charts read models, tenants and tiers through this view (`cluster.models`,
    `cluster.tenants`, `cluster.tiers`), never from `cluster.spec` directly, so that a
    cluster serves only what its overrides select, with its own replicas and placement.
    """

    def __init__(self, *, id: str, spec: PlatformSpec, overrides: ClusterOverridesSpec) -> None:
        self.id = id
        self.spec = spec
        self.overrides = overrides

    @property
    def hostname(self) -> str:
        """The public hostname here: the cluster's own, else the platform's."""
        return self.overrides.hostname or self.spec.platform.hostname

    @property
    def branch(self) -> str:
        """The Git branch this cluster follows: its own, else the platform's (main)."""
        gitops = self.spec.platform.gitops
        return self.overrides.branch or (gitops.branch if gitops else "main")

    @property
    def engines(self) -> tuple[GitopsEngine, ...]:
        """The GitOps entry points rendered for this cluster; empty without a gitops section."""
        gitops = self.spec.platform.gitops
        if gitops is None:
            return ()
        return tuple(self.overrides.gitops or gitops.engines)

    @cached_property
    def models(self) -> dict[str, ModelSpec]:
        """The models served here, by id, with this cluster's replicas, placement and
        autoscaling (a cluster that sets only `replicas` runs the model at that fixed count)."""
        selected = self.overrides.models
        if selected is None:
            return dict(self.spec.models)
        served: dict[str, ModelSpec] = {}
        for model_id, override in selected.items():
            update: dict[str, Any] = {}
            if override.replicas is not None:
                update["replicas"] = override.replicas
            if override.placement is not None:
                update["placement"] = override.placement
            if override.autoscaling is not None:
                update["autoscaling"] = override.autoscaling
            elif override.replicas is not None:
                update["autoscaling"] = None
            served[model_id] = self.spec.models[model_id].model_copy(update=update)
        return served

    @cached_property
    def tenants(self) -> dict[str, TenantSpec]:
        """The tenants served here, by id."""
        selected = self.overrides.tenants
        if selected is None:
            return dict(self.spec.tenants)
        return {tenant_id: self.spec.tenants[tenant_id] for tenant_id in selected}

    @cached_property
    def tiers(self) -> dict[str, TierSpec]:
        """Every tier, each allowed only the models it lists that this cluster serves.

        A tier may end up with no model here: its tenants are then refused every model.
        """
        served = self.models
        return {
            tier_id: tier
            if all(model in served for model in tier.models)
            else tier.model_copy(update={"models": [m for m in tier.models if m in served]})
            for tier_id, tier in self.spec.tiers.items()
        }

    def installs(self, component: InfrastructureId) -> bool:
        """Whether the infrastructure layer installs `component` in this cluster.

        Only with at least one GitOps engine (the layer is Flux or Argo CD objects); then the
        cluster's switch wins over the platform's `enabled`. KEDA, when not switched here, is
        installed only where a served model autoscales.
        """
        if not self.engines:
            return False
        switches = self.overrides.infrastructure or {}
        if component in switches:
            return switches[component]
        enabled = self.spec.platform.infrastructure.component(component).enabled
        if component == "keda":
            return enabled and self.autoscales
        return enabled

    @property
    def autoscales(self) -> bool:
        """Whether some model served here is scaled by KEDA."""
        return any(model.autoscaling is not None for model in self.models.values())
