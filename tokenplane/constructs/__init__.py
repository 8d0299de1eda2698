"""tokenplane's constructs: L2 wrappers named after their kind, and L3 constructs named after
their intent (the only ones that read config). The generated L1 classes live in `imports/`."""

from tokenplane.constructs.ai_gateway import (
    AIGatewayRoute,
    AIGatewayRouteRule,
    LLMRequestCost,
)
from tokenplane.constructs.apps import (
    Deployment,
    StatefulSet,
    VolumeClaim,
)
from tokenplane.constructs.argocd import (
    Application,
    AppProject,
)
from tokenplane.constructs.audio_routes import (
    AudioRoutes,
)
from tokenplane.constructs.batch import (
    ObjectBatch,
    chart_objects,
)
from tokenplane.constructs.cert_manager import (
    Certificate,
)
from tokenplane.constructs.core import (
    ConfigMap,
    Namespace,
    Service,
    ServiceAccount,
    ServiceAccountToken,
    ServicePort,
)
from tokenplane.constructs.delivery import (
    ArgoCdDelivery,
    FluxDelivery,
)
from tokenplane.constructs.endpoint_picker import (
    EndpointPicker,
)
from tokenplane.constructs.envoy_gateway import (
    Backend,
    HTTPRouteFilter,
)
from tokenplane.constructs.external_secrets import (
    ExternalSecret,
    ExternalSecretEntry,
    ExternalSecretSet,
    PushSecret,
)
from tokenplane.constructs.flux import (
    GitRepository,
    HelmRelease,
    HelmRepository,
    Kustomization,
    OCIRepository,
)
from tokenplane.constructs.gateway_api import (
    BackendRef,
    BackendTLSPolicy,
    Gateway,
    GatewayClass,
    HTTPRoute,
    HTTPRouteRule,
    Listener,
)
from tokenplane.constructs.inference import (
    InferencePool,
)
from tokenplane.constructs.inference_monitoring import (
    InferenceMonitoring,
)
from tokenplane.constructs.inference_pool_reader import InferencePoolReader
from tokenplane.constructs.infrastructure import (
    Install,
)
from tokenplane.constructs.keda import PrometheusTrigger, ScaledObject, ScalingRate
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
from tokenplane.constructs.limitador import (
    Limitador,
)
from tokenplane.constructs.model_autoscaler import ModelAutoscaler
from tokenplane.constructs.model_routes import (
    ModelRoutes,
)
from tokenplane.constructs.model_server import (
    ModelServer,
)
from tokenplane.constructs.model_serving import (
    ModelServing,
)
from tokenplane.constructs.model_tokens import (
    ModelTokens,
)
from tokenplane.constructs.network_isolation import (
    NetworkIsolation,
)
from tokenplane.constructs.networking import (
    NetworkPolicy,
    NetworkPolicyPeer,
    NetworkPolicyRule,
)
from tokenplane.constructs.platform_namespaces import (
    PlatformNamespaces,
)
from tokenplane.constructs.policy import (
    PodDisruptionBudget,
)
from tokenplane.constructs.policy_engine import (
    PolicyEngine,
)
from tokenplane.constructs.prometheus import (
    AlertRule,
    PodMonitor,
    PrometheusRule,
)
from tokenplane.constructs.public_endpoint import (
    PublicEndpoint,
)
from tokenplane.constructs.rate_limit_storage import (
    RateLimitStorage,
)
from tokenplane.constructs.rbac import (
    ClusterRole,
    ClusterRoleBinding,
    PolicyRule,
    Role,
    RoleBinding,
    ServiceAccountRef,
)
from tokenplane.constructs.resource import (
    Resource,
    TargetRef,
)
from tokenplane.constructs.secret_generators import (
    Password,
)
from tokenplane.constructs.tenant_credentials import (
    TenantCredentials,
)
from tokenplane.constructs.tier_policies import (
    TierPolicies,
)

__all__ = [
    "AIGatewayRoute",
    "AIGatewayRouteRule",
    "AlertRule",
    "ApiKey",
    "AppProject",
    "Application",
    "ArgoCdDelivery",
    "AudioRoutes",
    "AuthPolicy",
    "Backend",
    "BackendRef",
    "BackendTLSPolicy",
    "Certificate",
    "ClusterRole",
    "ClusterRoleBinding",
    "ConfigMap",
    "Deployment",
    "EndpointPicker",
    "ExternalSecret",
    "ExternalSecretEntry",
    "ExternalSecretSet",
    "FluxDelivery",
    "Gateway",
    "GatewayClass",
    "GitRepository",
    "HTTPRoute",
    "HTTPRouteFilter",
    "HTTPRouteRule",
    "HelmRelease",
    "HelmRepository",
    "InferenceMonitoring",
    "InferencePool",
    "InferencePoolReader",
    "Install",
    "Kuadrant",
    "Kustomization",
    "LLMRequestCost",
    "Limit",
    "Limitador",
    "Listener",
    "ModelAutoscaler",
    "ModelRoutes",
    "ModelServer",
    "ModelServing",
    "ModelTokens",
    "Namespace",
    "NetworkIsolation",
    "NetworkPolicy",
    "NetworkPolicyPeer",
    "NetworkPolicyRule",
    "OCIRepository",
    "ObjectBatch",
    "Password",
    "PatternMatching",
    "PlatformNamespaces",
    "PodDisruptionBudget",
    "PodMonitor",
    "PolicyEngine",
    "PolicyRule",
    "PrometheusRule",
    "PrometheusTrigger",
    "PublicEndpoint",
    "PushSecret",
    "Rate",
    "RateLimitPolicy",
    "RateLimitStorage",
    "Resource",
    "Role",
    "RoleBinding",
    "ScaledObject",
    "ScalingRate",
    "Service",
    "ServiceAccount",
    "ServiceAccountRef",
    "ServiceAccountToken",
    "ServicePort",
    "StatefulSet",
    "TargetRef",
    "TenantCredentials",
    "TierPolicies",
    "TokenRateLimitPolicy",
    "VolumeClaim",
    "chart_objects",
]
