"""Resolve: each cluster of the config as one frozen `ResolvedCluster`, computed before any
construct is built and read by the charts, the writer and the checks alike."""

from tokenplane.resolve.cluster import (
    ResolvedCluster,
    active_keys,
    resolve,
    resolve_cluster,
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
]
