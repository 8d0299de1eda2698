"""The delivery chart: GitOps entry points and the infrastructure layer of one cluster."""

from __future__ import annotations

from collections.abc import Sequence

import cdk8s
from constructs import Construct

from tokenplane.config import ClusterView
from tokenplane.constructs import ArgoCdDelivery, FluxDelivery
from tokenplane.contracts import names
from tokenplane.output.layout import Layout


class DeliveryChart(cdk8s.Chart):
    """Defines what Flux or Argo CD (as the cluster's config chooses) needs to sync the
    cluster's `layers`, and the controllers the platform relies on.

    `layout` places the output in the repository. Default: `dist/` at the repository's root.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ClusterView,
        layers: Sequence[str],
        layout: Layout | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            labels=names.common_labels(cluster.spec.platform.name),
            disable_resource_name_hashes=True,
        )
        paths = (layout or Layout()).cluster(cluster.id)
        self.flux = (
            FluxDelivery(self, "flux", cluster=cluster, layers=layers, paths=paths)
            if "flux" in cluster.engines
            else None
        )
        self.argocd = (
            ArgoCdDelivery(self, "argocd", cluster=cluster, layers=layers, paths=paths)
            if "argocd" in cluster.engines
            else None
        )
