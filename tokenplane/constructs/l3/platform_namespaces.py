"""L3: the namespaces the platform's own objects live in."""

from __future__ import annotations

from constructs import Construct

from tokenplane.config import NamespacesSpec
from tokenplane.constructs.l2.core import Namespace
from tokenplane.contracts import names


class PlatformNamespaces(Construct):
    """Defines the gateway, models and auth namespaces named in `platform.yaml`.

    The gateway and models namespaces carry the label that lets their routes attach to the
    Gateway's HTTPS listener; no other namespace can attach a route.

    Flux and Argo CD are told never to delete these namespaces when they prune: deleting one
    deletes everything in it, including what others installed there (the auth namespace is
    also where the Kuadrant operator runs). Removing a namespace is a deliberate manual step.

    Each namespace carries the Pod Security level its pods meet as the level the admission
    enforces, and warns and audits below `restricted` (docs/pod-security.md):
    `models_pod_security` (default `restricted`: every pod there is tokenplane's, built from
    the hardened pod L2; `privileged` when a model caches on a host path);
    `gateway_pod_security` (default `restricted`: it holds Gateways and routes, and Envoy
    Gateway runs the proxies in its own namespace); `auth_pod_security` (default `baseline`:
    the Kuadrant, Authorino and Limitador operators run there from their charts, which do
    not set every field `restricted` requires).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespaces: NamespacesSpec,
        models_pod_security: names.PodSecurityLevel = "restricted",
        gateway_pod_security: names.PodSecurityLevel = "restricted",
        auth_pod_security: names.PodSecurityLevel = "baseline",
    ) -> None:
        super().__init__(scope, id)
        own = names.component("namespaces")
        admitted = {**own, names.GATEWAY_ROUTES_LABEL: "true"}
        kept = names.PRUNE_PROTECTION
        aim: names.PodSecurityLevel = "restricted"
        self.gateway = Namespace(
            self,
            "gateway",
            name=namespaces.gateway,
            labels={**admitted, **names.pod_security(gateway_pod_security, aim=aim)},
            annotations=kept,
        )
        self.models = Namespace(
            self,
            "models",
            name=namespaces.models,
            labels={**admitted, **names.pod_security(models_pod_security, aim=aim)},
            annotations=kept,
        )
        self.auth = Namespace(
            self,
            "auth",
            name=namespaces.auth,
            labels={**own, **names.pod_security(auth_pod_security, aim=aim)},
            annotations=kept,
        )
