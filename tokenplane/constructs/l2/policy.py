"""L2 wrappers of `policy/v1` kinds."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.l2.apps import Deployment
from tokenplane.constructs.l2.resource import Resource


class PodDisruptionBudget(Resource):
    """Defines a PodDisruptionBudget over the pods of a Deployment.

    `max_unavailable` pods may be evicted at once (node drains, upgrades); with one
    replica, 1 lets a drain proceed instead of blocking it forever.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        workload: Deployment,
        max_unavailable: int = 1,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="policy/v1",
            kind="PodDisruptionBudget",
        )
        k8s.KubePodDisruptionBudget(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=k8s.PodDisruptionBudgetSpec(
                selector=k8s.LabelSelector(match_labels=workload.selector),
                max_unavailable=k8s.IntOrString.from_number(max_unavailable),
            ),
        )
