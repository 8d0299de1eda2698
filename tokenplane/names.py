"""The one place that turns config ids into object names and labels.

The writer, the validator and `plan` read objects by these names and labels, so they must
not be spelled anywhere else. A name is a contract: changing one renames a live object.
"""

from __future__ import annotations

MANAGED_BY = "tokenplane"

PART_OF = "app.kubernetes.io/part-of"
MANAGED_BY_LABEL = "app.kubernetes.io/managed-by"
COMPONENT = "app.kubernetes.io/component"
MODEL_LABEL = "tokenplane.io/model"
"""Carried by every object that belongs to one model."""
TENANT_LABEL = "tokenplane.io/tenant"
"""Carried by every object that belongs to one tenant."""
GATEWAY_ROUTES_LABEL = "tokenplane.io/gateway-routes"
"""On a namespace: the Gateway's HTTPS listener admits routes from it."""


def common_labels(platform: str) -> dict[str, str]:
    """Labels every object of the platform carries."""
    return {PART_OF: platform, MANAGED_BY_LABEL: MANAGED_BY}


def component(name: str) -> dict[str, str]:
    """The label naming the part of the platform an object belongs to."""
    return {COMPONENT: name}


def tls_secret(gateway: str) -> str:
    """The Secret cert-manager writes the Gateway's certificate to."""
    return f"{gateway}-tls"


def https_redirect_route(gateway: str) -> str:
    """The HTTPRoute that redirects plain HTTP to HTTPS."""
    return f"{gateway}-https-redirect"


GITOPS_LABEL = "tokenplane.io/gitops"
"""On a GitOps entry-point object: the engine (`flux` or `argocd`) whose folder holds it."""
INFRASTRUCTURE_LABEL = "tokenplane.io/infrastructure"
"""On an infrastructure install object: the component (`envoy-gateway`, ...) it installs."""


def gitops_layer(platform: str, layer: str) -> str:
    """The Flux Kustomization or Argo CD Application that syncs one layer of dist/<cluster>/."""
    return f"{platform}-{layer}"
