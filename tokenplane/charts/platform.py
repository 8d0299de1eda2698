"""The platform chart: namespaces, the public endpoint and the policy engine of one cluster."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from tokenplane.config import HostPathCacheSpec
from tokenplane.constructs import PlatformNamespaces, PolicyEngine, PublicEndpoint
from tokenplane.contracts import names
from tokenplane.resolve import ResolvedCluster


class PlatformChart(cdk8s.Chart):
    """Defines what every other chart of a cluster builds on."""

    def __init__(self, scope: Construct, id: str, *, cluster: ResolvedCluster) -> None:
        platform = cluster.spec.platform
        super().__init__(
            scope, id, labels=names.common_labels(platform.name), disable_resource_name_hashes=True
        )
        # A host-path model cache is below `baseline`: that namespace can enforce no level;
        # otherwise every pod there is hardened by the pod L2 and meets `restricted`.
        host_path = any(isinstance(m.cache, HostPathCacheSpec) for m in cluster.models.values())
        self.namespaces = PlatformNamespaces(
            self,
            "namespaces",
            namespaces=platform.namespaces,
            models_pod_security="privileged" if host_path else "restricted",
        )
        self.endpoint = PublicEndpoint(
            self,
            "endpoint",
            platform=platform,
            hostname=cluster.hostname,
            namespace=self.namespaces.gateway,
        )
        self.policy_engine = PolicyEngine(
            self,
            "policy-engine",
            namespace=self.namespaces.auth,
            observability=platform.observability.enabled,
        )
