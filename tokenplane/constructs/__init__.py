"""tokenplane's constructs: L2 wrappers named after their kind, and L3 constructs named after
their intent (the only ones that read config). The generated L1 classes live in `imports/`."""

from tokenplane.constructs.argocd import Application, AppProject
from tokenplane.constructs.cert_manager import Certificate
from tokenplane.constructs.core import Namespace
from tokenplane.constructs.delivery import ArgoCdDelivery, FluxDelivery
from tokenplane.constructs.external_secrets import ExternalSecret
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
from tokenplane.constructs.kuadrant import (
    ApiKey,
    AuthPolicy,
    Kuadrant,
    Limit,
    PatternMatching,
    Rate,
    RateLimitPolicy,
    TokenRateLimitPolicy,
)
from tokenplane.constructs.limitador import Limitador
from tokenplane.constructs.platform_namespaces import PlatformNamespaces
from tokenplane.constructs.policy_engine import PolicyEngine
from tokenplane.constructs.public_endpoint import PublicEndpoint
from tokenplane.constructs.rate_limit_storage import RateLimitStorage
from tokenplane.constructs.resource import Resource, TargetRef
from tokenplane.constructs.tenant_credentials import TenantCredentials
from tokenplane.constructs.tier_policies import TierPolicies

__all__ = [
    "ApiKey",
    "AppProject",
    "Application",
    "ArgoCdDelivery",
    "AuthPolicy",
    "BackendRef",
    "Certificate",
    "ExternalSecret",
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
    "Limit",
    "Limitador",
    "Listener",
    "Namespace",
    "OCIRepository",
    "PatternMatching",
    "PlatformNamespaces",
    "PolicyEngine",
    "PublicEndpoint",
    "Rate",
    "RateLimitPolicy",
    "RateLimitStorage",
    "Resource",
    "TargetRef",
    "TenantCredentials",
    "TierPolicies",
    "TokenRateLimitPolicy",
]
