"""Resolved data: what the infrastructure layer of one cluster installs, whatever the engine.

Flux renders each install as sources and a HelmRelease (or a Kustomization of upstream
manifests), Argo CD as an Application; both read this one list, so they install the same
charts at the same versions with the same values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from tokenplane.config import ChartSpec, ClusterView, InfrastructureId, ManifestsSpec
from tokenplane.contracts import names

DEPENDS_ON: dict[InfrastructureId, tuple[InfrastructureId, ...]] = {
    "envoy-gateway": ("gateway-api", "inference-extension"),
    # The webhook certificate is a cert-manager Certificate (ai_gateway_values).
    "envoy-ai-gateway": ("envoy-gateway", "inference-extension", "cert-manager"),
    # kuadrant-operator detects cert-manager (for TLSPolicy) only when it starts.
    "kuadrant": ("gateway-api", "envoy-gateway", "cert-manager"),
}
"""Components that must be ready before a component starts (if installed in the cluster).

From the pinned releases' install guides (docs/gitops.md, "Order")."""

AI_GATEWAY_CONTROLLER_PORT = 1063
"""The port of the AI Gateway controller's extension server (Envoy Gateway's extensionManager)."""


@dataclass(frozen=True)
class OwnManifests:
    """Names plain manifests tokenplane renders for a component, in
    `infrastructure/<component>/<part>/` of the cluster's own output."""

    part: str


@dataclass(frozen=True)
class Install:
    """Defines one install: a Helm chart, or a folder of manifests at a Git tag.

    Within one component, its `crds` installs are ready before its `controllers` install
    starts; between components, `DEPENDS_ON` orders them. Flux applies `OwnManifests` with
    the component's other objects (they are in its folder); Argo CD syncs them as their own
    Application in the `crds` wave.
    """

    name: str
    component: InfrastructureId
    stage: Literal["crds", "controllers"]
    source: ChartSpec | ManifestsSpec | OwnManifests
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def namespace(self) -> str | None:
        """Namespace of a chart's release; None for cluster-scoped manifests."""
        return self.source.namespace if isinstance(self.source, ChartSpec) else None


def ai_gateway_values() -> dict[str, Any]:
    """The AI Gateway controller's values: its admission webhook certificate from cert-manager.

    The chart's default self-signed certificate is generated at each render (`lookup` finds
    nothing under `helm template`, which is how Argo CD renders), so every Argo CD sync would
    replace it and Envoy pods would be refused by the webhook; with cert-manager the chart
    renders an Issuer and a Certificate instead (ai-gateway-helm v1.1.0 values.yaml,
    `controller.mutatingWebhook.certManager`).
    """
    return {"controller": {"mutatingWebhook": {"certManager": {"enable": True}}}}


def envoy_gateway_values(cluster: ClusterView) -> dict[str, Any]:
    """Envoy Gateway's config for the AI Gateway extension, InferencePool backends and the
    tenant budgets.

    From `envoyproxy/ai-gateway` v1.1.0 `manifests/envoy-gateway-values.yaml` plus the
    InferencePool backend resource (docs/gitops.md). Gateway API CRDs come from their own
    install, so the chart's bundled (experimental) copy is switched off. `rateLimit` makes
    Envoy Gateway run its rate-limit service, which counts the budgets, with its counters in
    the Redis whose URL the Secret `ratelimit-redis` holds (`urlRef`, so the URL and its
    password stay out of Git) and the failure mode of `rate_limiting.fail_closed`
    (docs/tenancy.md).
    """
    platform = cluster.spec.platform
    ai_gateway_namespace = platform.infrastructure.envoy_ai_gateway.namespace
    include_all = {"includeAll": True}
    return {
        "crds": {"enabled": False},
        "config": {
            "envoyGateway": {
                "gateway": {"controllerName": platform.gateway.controller_name},
                "provider": {"type": "Kubernetes"},
                "extensionApis": {"enableBackend": True, "enableEnvoyPatchPolicy": True},
                "rateLimit": {
                    "backend": {
                        "type": "Redis",
                        "redis": {
                            "urlRef": {
                                "secretKeyRef": {
                                    "name": names.rate_limit_redis_secret(),
                                    "key": names.RATE_LIMIT_URL_KEY,
                                }
                            }
                        },
                    },
                    "failClosed": platform.rate_limiting.fail_closed,
                },
                "extensionManager": {
                    "hooks": {
                        "xdsTranslator": {
                            "translation": {
                                "listener": include_all,
                                "route": include_all,
                                "cluster": include_all,
                                "secret": include_all,
                            },
                            "post": ["Translation", "Cluster", "Route"],
                        }
                    },
                    "service": {
                        "fqdn": {
                            "hostname": f"ai-gateway-controller.{ai_gateway_namespace}"
                            ".svc.cluster.local",
                            "port": AI_GATEWAY_CONTROLLER_PORT,
                        }
                    },
                    "backendResources": [
                        {
                            "group": "inference.networking.k8s.io",
                            "kind": "InferencePool",
                            "version": "v1",
                        }
                    ],
                },
            }
        },
    }


def installs(cluster: ClusterView) -> list[Install]:
    """Every install of `cluster`, CRDs first; components switched off are left out."""
    spec = cluster.spec.platform.infrastructure
    planned: list[Install] = []
    if cluster.installs("gateway-api"):
        planned.append(Install("gateway-api", "gateway-api", "crds", spec.gateway_api))
    if cluster.installs("inference-extension"):
        planned.append(
            Install("inference-extension", "inference-extension", "crds", spec.inference_extension)
        )
        if spec.llm_d_router_crds.enabled:
            planned.append(
                Install("llm-d-router-crds", "inference-extension", "crds", spec.llm_d_router_crds)
            )
    if cluster.installs("envoy-gateway"):
        # Plain manifests: as a Helm release their record would exceed the 1 MiB Secret limit.
        planned.append(
            Install("envoy-gateway-crds", "envoy-gateway", "crds", spec.envoy_gateway_crds)
        )
        planned.append(
            Install("envoy-gateway-rbac", "envoy-gateway", "crds", OwnManifests(names.RBAC_PART))
        )
    if cluster.installs("envoy-ai-gateway"):
        planned.append(
            Install("envoy-ai-gateway-crds", "envoy-ai-gateway", "crds", spec.envoy_ai_gateway_crds)
        )
    if cluster.installs("cert-manager"):
        planned.append(
            Install(
                "cert-manager",
                "cert-manager",
                "controllers",
                spec.cert_manager,
                values={"crds": {"enabled": True}},
            )
        )
    if cluster.installs("external-secrets"):
        planned.append(
            Install(
                "external-secrets",
                "external-secrets",
                "controllers",
                spec.external_secrets,
                values={"installCRDs": True},
            )
        )
    if cluster.installs("keda"):
        planned.append(Install("keda", "keda", "controllers", spec.keda))
    if cluster.installs("envoy-gateway"):
        planned.append(
            Install(
                "envoy-gateway",
                "envoy-gateway",
                "controllers",
                spec.envoy_gateway,
                values=envoy_gateway_values(cluster),
            )
        )
    if cluster.installs("envoy-ai-gateway"):
        planned.append(
            Install(
                "envoy-ai-gateway",
                "envoy-ai-gateway",
                "controllers",
                spec.envoy_ai_gateway,
                values=ai_gateway_values(),
            )
        )
    if cluster.installs("kuadrant"):
        planned.append(
            Install(
                "kuadrant-operator",
                "kuadrant",
                "controllers",
                spec.kuadrant,
            )
        )
    return planned


def components(cluster: ClusterView) -> dict[InfrastructureId, tuple[InfrastructureId, ...]]:
    """The components installed in `cluster`, each with the installed ones it depends on,
    in an order where every component follows its dependencies."""
    present: list[InfrastructureId] = []
    for install in installs(cluster):
        if install.component not in present:
            present.append(install.component)
    ordered = sorted(present, key=lambda c: (_depth(c), present.index(c)))
    return {c: tuple(d for d in DEPENDS_ON.get(c, ()) if d in present) for c in ordered}


def _depth(component: InfrastructureId) -> int:
    return 1 + max((_depth(d) for d in DEPENDS_ON.get(component, ())), default=-1)


def crds_apart(planned: Sequence[Install]) -> bool:
    """Whether a component's upstream CRD manifests need their own Flux Kustomization (and so
    their own folder, `infrastructure/<component>/crds/`): they do when a chart of the same
    component must wait for them."""
    return any(i.stage == "crds" and isinstance(i.source, ManifestsSpec) for i in planned) and any(
        isinstance(i.source, ChartSpec) for i in planned
    )


def parts(planned: Sequence[Install]) -> set[tuple[InfrastructureId, str]]:
    """The sub-folders of `infrastructure/<component>/` the installs fill: the parts of
    tokenplane's own manifests, and the CRD part of a component whose CRDs are apart."""
    found: set[tuple[InfrastructureId, str]] = {
        (i.component, i.source.part) for i in planned if isinstance(i.source, OwnManifests)
    }
    for component in {i.component for i in planned}:
        if crds_apart([i for i in planned if i.component == component]):
            found.add((component, names.CRDS_PART))
    return found
