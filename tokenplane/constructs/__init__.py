"""tokenplane's constructs: L2 wrappers named after their kind, and L3 constructs named after
their intent (the only ones that read config). The generated L1 classes live in `imports/`."""

from tokenplane.constructs.argocd import Application, AppProject
from tokenplane.constructs.cert_manager import Certificate
from tokenplane.constructs.core import Namespace
from tokenplane.constructs.delivery import ArgoCdDelivery, FluxDelivery
from tokenplane.constructs.flux import (
    GitRepository,
    HelmRelease,
    HelmRepository,
    Kustomization,
    OCIRepository,
)
from tokenplane.constructs.gateway_api import (
    BackendRef,
    Gateway,
    GatewayClass,
    HTTPRoute,
    HTTPRouteRule,
    Listener,
)
from tokenplane.constructs.infrastructure import Install
from tokenplane.constructs.kuadrant import Kuadrant
from tokenplane.constructs.platform_namespaces import PlatformNamespaces
from tokenplane.constructs.policy_engine import PolicyEngine
from tokenplane.constructs.public_endpoint import PublicEndpoint
from tokenplane.constructs.resource import Resource, TargetRef

__all__ = [
    "AppProject",
    "Application",
    "ArgoCdDelivery",
    "BackendRef",
    "Certificate",
    "FluxDelivery",
    "Gateway",
    "GatewayClass",
    "GitRepository",
    "HTTPRoute",
    "HTTPRouteRule",
    "HelmRelease",
    "HelmRepository",
    "Install",
    "Kuadrant",
    "Kustomization",
    "Listener",
    "Namespace",
    "OCIRepository",
    "PlatformNamespaces",
    "PolicyEngine",
    "PublicEndpoint",
    "Resource",
    "TargetRef",
]
