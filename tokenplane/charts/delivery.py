"""The delivery chart: GitOps entry points and the infrastructure layer of one cluster."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from tokenplane.constructs import ArgoCdDelivery, FluxDelivery, InferencePoolReader
from tokenplane.contracts import names
from tokenplane.resolve import ResolvedCluster


class DeliveryChart(cdk8s.Chart):
    """Defines what Flux or Argo CD (as the cluster's config chooses) needs to sync the
    cluster's workload layers, and the controllers the platform relies on."""

    def __init__(self, scope: Construct, id: str, *, cluster: ResolvedCluster) -> None:
        super().__init__(
            scope,
            id,
            labels=names.common_labels(cluster.spec.platform.name),
            disable_resource_name_hashes=True,
        )
        infrastructure = cluster.spec.platform.infrastructure
        self.inference_pool_reader = (
            InferencePoolReader(
                self,
                "inference-pool-reader",
                platform=cluster.spec.platform.name,
                namespace=infrastructure.envoy_gateway.namespace,
            )
            if "envoy-gateway" in cluster.components and cluster.engines
            else None
        )
        self.flux = (
            FluxDelivery(self, "flux", cluster=cluster) if "flux" in cluster.engines else None
        )
        self.argocd = (
            ArgoCdDelivery(self, "argocd", cluster=cluster) if "argocd" in cluster.engines else None
        )
