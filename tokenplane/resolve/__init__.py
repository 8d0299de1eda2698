"""Resolve: each cluster of the config as one frozen `ResolvedCluster`, computed before any
construct is built and read by the charts, the writer and the checks alike."""

from tokenplane.resolve.cluster import (
    ResolvedCluster,
    active_keys,
    resolve,
    resolve_cluster,
    stale_after,
    withdrawn_keys,
)
from tokenplane.resolve.infrastructure import (
    Install,
    OwnManifests,
)
from tokenplane.resolve.limit_classes import (
    LimitClass,
)

__all__ = [
    "Install",
    "LimitClass",
    "OwnManifests",
    "ResolvedCluster",
    "active_keys",
    "resolve",
    "resolve_cluster",
    "stale_after",
    "withdrawn_keys",
]
