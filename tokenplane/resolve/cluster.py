"""One cluster, resolved: everything the charts, the writer and the checks read about it,
computed once, before any construct is built.

`resolve` applies a cluster's overrides (through `PlatformSpec.cluster`) and computes the
keys that are live on `today`, the limit classes and each tenant's class, the infrastructure
installs and their order, the workload layers and the output units the cluster fills, and
where its folders are in the repository. The result is frozen; no chart computes any of it
again.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from types import MappingProxyType

from tokenplane.config import (
    GitopsEngine,
    KeySpec,
    ModelSpec,
    PlatformSpec,
    TenantSpec,
    TierSpec,
)
from tokenplane.config.scheduling import (
    scheduling_class,
    scheduling_classes,
    tier_priorities,
)
from tokenplane.output.layout import GITOPS_FOLDERS, ClusterPaths, Layout
from tokenplane.resolve.infrastructure import Install, components, installs, parts
from tokenplane.resolve.limit_classes import LimitClass, class_id, limit_classes


@dataclass(frozen=True)
class ResolvedCluster:
    """Defines one cluster as its charts build it: the shared spec with the cluster's
    overrides applied, and everything computed from them."""

    id: str
    spec: PlatformSpec
    """The whole config; charts read only platform-wide settings (`spec.platform`) from it."""
    hostname: str
    """The public hostname here: the cluster's own, else the platform's."""
    branch: str
    """The Git branch this cluster follows."""
    engines: tuple[GitopsEngine, ...]
    """The GitOps entry points rendered here; empty without a gitops section."""
    models: Mapping[str, ModelSpec]
    """The models served here, by id, with this cluster's replicas, placement, autoscaling."""
    tenants: Mapping[str, TenantSpec]
    """The tenants served here, by id."""
    tiers: Mapping[str, TierSpec]
    """Every tier, each allowed only the models it lists that this cluster serves."""
    active_keys: Mapping[str, tuple[KeySpec, ...]]
    """By tenant: the keys rendered (none for a suspended tenant, else those not expired)."""
    limit_classes: Mapping[str, LimitClass]
    """Every limit class in use, by id, sorted."""
    tenant_limit_classes: Mapping[str, str]
    """By tenant: the limit class its keys are counted under."""
    scheduling_classes: Mapping[str, int]
    """Every scheduling class in use → its priority, by id, sorted (one InferenceObjective
    per class and pool)."""
    tenant_scheduling_classes: Mapping[str, str]
    """By tenant: the scheduling class its requests are prioritised under."""
    installs: tuple[Install, ...]
    """The infrastructure installs, in order."""
    components: Mapping[str, tuple[str, ...]]
    """Each installed infrastructure component, in order, with the components it needs."""
    layers: tuple[str, ...]
    """The workload layers the cluster fills (of `platform`, `models`, `tenants`), in order."""
    units: frozenset[PurePosixPath]
    """Every folder, relative to the cluster's, an object of the cluster may be written to."""
    paths: ClusterPaths
    """Where the cluster's folders are in the repository."""

    @property
    def minting(self) -> bool:
        """Whether some live key is minted in the cluster (then a Password generator is)."""
        return any(key.mint for keys in self.active_keys.values() for key in keys)


def active_keys(tenant: TenantSpec, today: datetime.date) -> tuple[KeySpec, ...]:
    """The keys to render: none for a suspended tenant, else those not expired on `today`."""
    if tenant.suspended:
        return ()
    return tuple(key for key in tenant.keys if key.expires is None or key.expires >= today)


def resolve_cluster(
    spec: PlatformSpec, cluster_id: str, *, today: datetime.date, layout: Layout
) -> ResolvedCluster:
    """One cluster of `spec`, resolved; `today` decides which keys have expired."""
    view = spec.cluster(cluster_id)
    tenants = dict(sorted(view.tenants.items()))
    keys = {tenant_id: active_keys(tenant, today) for tenant_id, tenant in tenants.items()}
    priorities = tier_priorities(view.tiers)
    planned = tuple(installs(view))
    order = components(view)
    layers = ["platform"]
    if view.models:
        layers.append("models")
    if any(keys.values()):
        layers.append("tenants")
    units = {PurePosixPath("platform")}
    units.update(PurePosixPath("models", model_id) for model_id in view.models)
    units.update(PurePosixPath("tenants", t) for t, live in keys.items() if live)
    units.update(PurePosixPath("infrastructure", component) for component in order)
    units.update(PurePosixPath("infrastructure", c, part) for c, part in parts(planned))
    for engine in view.engines:
        units.update(PurePosixPath(folder) for folder in _engine_folders(engine))
    return ResolvedCluster(
        id=cluster_id,
        spec=spec,
        hostname=view.hostname,
        branch=view.branch,
        engines=view.engines,
        models=MappingProxyType(dict(view.models)),
        tenants=MappingProxyType(tenants),
        tiers=MappingProxyType(dict(view.tiers)),
        active_keys=MappingProxyType(keys),
        limit_classes=MappingProxyType(limit_classes(view.tiers, view.tenants)),
        tenant_limit_classes=MappingProxyType(
            {
                tenant_id: class_id(tenant.tier, view.tiers[tenant.tier], tenant)
                for tenant_id, tenant in tenants.items()
            }
        ),
        scheduling_classes=MappingProxyType(scheduling_classes(view.tiers, view.tenants)),
        tenant_scheduling_classes=MappingProxyType(
            {
                tenant_id: scheduling_class(tenant.tier, priorities[tenant.tier], tenant)
                for tenant_id, tenant in tenants.items()
            }
        ),
        installs=planned,
        components=MappingProxyType({str(k): tuple(map(str, v)) for k, v in order.items()}),
        layers=tuple(layers),
        units=frozenset(units),
        paths=layout.cluster(cluster_id),
    )


def resolve(
    spec: PlatformSpec, *, today: datetime.date, layout: Layout | None = None
) -> dict[str, ResolvedCluster]:
    """Every cluster of `spec`, resolved, by id (sorted). Default layout: `dist/` at the
    repository's root."""
    return {
        cluster_id: resolve_cluster(spec, cluster_id, today=today, layout=layout or Layout())
        for cluster_id in sorted(spec.platform.clusters)
    }


def withdrawn_keys(
    clusters: Mapping[str, ResolvedCluster],
) -> list[tuple[str, str, datetime.date]]:
    """(tenant, key id, expiry date) of every key some cluster serves the tenant of but no
    longer renders because its `expires` date has passed (a suspended tenant's keys are
    withdrawn for its suspension, not listed here), sorted, each once."""
    found: set[tuple[str, str, datetime.date]] = set()
    for cluster in clusters.values():
        for tenant_id, tenant in cluster.tenants.items():
            if tenant.suspended:
                continue
            live = {key.id for key in cluster.active_keys[tenant_id]}
            found.update(
                (tenant_id, key.id, key.expires)
                for key in tenant.keys
                if key.id not in live and key.expires is not None
            )
    return sorted(found)


def stale_after(clusters: Mapping[str, ResolvedCluster]) -> datetime.date | None:
    """The last day the output of `clusters` stays current: the earliest `expires` of a key
    some cluster renders (from the next day that key must be withdrawn); None if no rendered
    key expires."""
    dates = [
        key.expires
        for cluster in clusters.values()
        for keys in cluster.active_keys.values()
        for key in keys
        if key.expires is not None
    ]
    return min(dates) if dates else None


def _engine_folders(engine: GitopsEngine) -> list[str]:
    return [folder for key, folder in GITOPS_FOLDERS.items() if key.split("-")[0] == engine]
