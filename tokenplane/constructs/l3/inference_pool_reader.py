"""L3: Envoy Gateway may read InferencePools before it starts.

Envoy Gateway v1.9 watches `inferencepools.inference.networking.k8s.io` once InferencePool is
one of its extension backend resources, and reports Ready only when every watch has synced.
Its own chart does not grant that read; the AI Gateway chart does, but the AI Gateway installs
after Envoy Gateway is Ready, so without this grant the install never finishes. Upstream's own
end-to-end setup grants it before waiting for Envoy Gateway (docs/gitops.md, "Order").
"""

from __future__ import annotations

from constructs import Construct

from tokenplane.constructs.l2.rbac import (
    ClusterRole,
    ClusterRoleBinding,
    PolicyRule,
    ServiceAccountRef,
)
from tokenplane.contracts import names

ENVOY_GATEWAY_SERVICE_ACCOUNT = "envoy-gateway"
"""The ServiceAccount the gateway-helm chart runs Envoy Gateway as (a fixed name in the chart)."""

PART = names.RBAC_PART
"""The sub-folder of `infrastructure/envoy-gateway/` these objects go in."""


class InferencePoolReader(Construct):
    """Defines the ClusterRole that reads InferencePools and its binding to Envoy Gateway's
    ServiceAccount in `namespace`, as plain manifests of the `envoy-gateway` install."""

    def __init__(self, scope: Construct, id: str, *, platform: str, namespace: str) -> None:
        super().__init__(scope, id)
        labels = {
            names.INFRASTRUCTURE_LABEL: "envoy-gateway",
            names.INFRASTRUCTURE_PART_LABEL: PART,
        }
        name = names.inference_pool_reader(platform)
        self.role = ClusterRole(
            self,
            "role",
            name=name,
            rules=[
                PolicyRule(
                    verbs=("get", "list", "watch"),
                    api_groups=("inference.networking.k8s.io",),
                    resources=("inferencepools",),
                )
            ],
            labels=labels,
        )
        self.binding = ClusterRoleBinding(
            self,
            "binding",
            name=name,
            role=self.role,
            subject=ServiceAccountRef(ENVOY_GATEWAY_SERVICE_ACCOUNT, namespace),
            labels=labels,
        )
