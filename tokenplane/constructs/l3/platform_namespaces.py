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

    The models namespace, where every pod is tokenplane's, carries the Pod Security level its
    pods meet (`models_pod_security`) as the level the admission enforces, and warns and
    audits below `restricted`. Default: `baseline` (no privileged containers, host
    namespaces or host paths). The gateway namespace (Envoy's proxies may run there) and the
    auth namespace (the Kuadrant operator, Authorino, Limitador) hold pods others configure
    and are left unlabelled (docs/architecture.md).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespaces: NamespacesSpec,
        models_pod_security: names.PodSecurityLevel = "baseline",
    ) -> None:
        super().__init__(scope, id)
        own = names.component("namespaces")
        admitted = {**own, names.GATEWAY_ROUTES_LABEL: "true"}
        kept = names.PRUNE_PROTECTION
        self.gateway = Namespace(
            self, "gateway", name=namespaces.gateway, labels=admitted, annotations=kept
        )
        self.models = Namespace(
            self,
            "models",
            name=namespaces.models,
            labels={**admitted, **names.pod_security(models_pod_security, aim="restricted")},
            annotations=kept,
        )
        self.auth = Namespace(self, "auth", name=namespaces.auth, labels=own, annotations=kept)
