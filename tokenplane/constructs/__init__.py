"""tokenplane's constructs: L2 wrappers named after their kind, and L3 constructs named after
their intent (the only ones that read config). The generated L1 classes live in `imports/`."""

from tokenplane.constructs.cert_manager import Certificate
from tokenplane.constructs.core import Namespace
from tokenplane.constructs.gateway_api import (
    BackendRef,
    Gateway,
    GatewayClass,
    HTTPRoute,
    HTTPRouteRule,
    Listener,
)
from tokenplane.constructs.kuadrant import Kuadrant
from tokenplane.constructs.platform_namespaces import PlatformNamespaces
from tokenplane.constructs.policy_engine import PolicyEngine
from tokenplane.constructs.public_endpoint import PublicEndpoint
from tokenplane.constructs.resource import Resource, TargetRef

__all__ = [
    "BackendRef",
    "Certificate",
    "Gateway",
    "GatewayClass",
    "HTTPRoute",
    "HTTPRouteRule",
    "Kuadrant",
    "Listener",
    "Namespace",
    "PlatformNamespaces",
    "PolicyEngine",
    "PublicEndpoint",
    "Resource",
    "TargetRef",
]
