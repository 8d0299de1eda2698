"""tokenplane's constructs: L2 wrappers named after their kind, and L3 constructs named after
their intent (the only ones that read config). The generated L1 classes live in `imports/`."""

from tokenplane.batch import (
    ObjectBatch,
    chart_objects,
)
from tokenplane.constructs.l2.ai_gateway import (
    AIGatewayRoute,
    AIGatewayRouteRule,
    LLMRequestCost,
)
from tokenplane.constructs.l2.apps import (
    Deployment,
    StatefulSet,
    VolumeClaim,
)
from tokenplane.constructs.l2.argocd import (
    Application,
    AppProject,
)
from tokenplane.constructs.l2.cert_manager import (
    Certificate,
)
from tokenplane.constructs.l2.core import (
    ClaimRef,
    ConfigMap,
    ConfigMapFiles,
    Container,
    EmptyDir,
    FromField,
    FromSecret,
    Grpc,
    HostPath,
    HttpGet,
    Mount,
    Namespace,
    OptOut,
    Pod,
    Port,
    Probe,
    Resources,
    Service,
    ServiceAccount,
    ServiceAccountToken,
    ServicePort,
    TcpSocket,
    Toleration,
    Volume,
)
from tokenplane.constructs.l2.envoy_gateway import (
    Backend,
    BackendTrafficPolicy,
    DirectResponse,
    GlobalRateLimitRule,
    HeaderSelector,
    HTTPRouteFilter,
)
from tokenplane.constructs.l2.external_secrets import (
    ExternalSecret,
    ExternalSecretEntry,
    ExternalSecretSet,
    PushSecret,
)
from tokenplane.constructs.l2.flux import (
    GitRepository,
    HelmRelease,
    HelmRepository,
    Kustomization,
    OCIRepository,
)
from tokenplane.constructs.l2.gateway_api import (
    BackendRef,
    BackendTLSPolicy,
    Gateway,
    GatewayClass,
    HTTPRoute,
    HTTPRouteRule,
    Listener,
)
from tokenplane.constructs.l2.inference import (
    InferenceObjective,
    InferencePool,
)
from tokenplane.constructs.l2.keda import PrometheusTrigger, ScaledObject, ScalingRate
from tokenplane.constructs.l2.kuadrant import (
    ApiKey,
    AuthPolicy,
    Kuadrant,
    PatternMatching,
)
from tokenplane.constructs.l2.networking import (
    NetworkPolicy,
    NetworkPolicyPeer,
    NetworkPolicyRule,
)
from tokenplane.constructs.l2.policy import (
    PodDisruptionBudget,
)
from tokenplane.constructs.l2.prometheus import (
    AlertRule,
    PodMonitor,
    PrometheusRule,
)
from tokenplane.constructs.l2.rbac import (
    ClusterRole,
    ClusterRoleBinding,
    PolicyRule,
    Role,
    RoleBinding,
    ServiceAccountRef,
)
from tokenplane.constructs.l2.resource import (
    Resource,
    TargetRef,
)
from tokenplane.constructs.l2.secret_generators import (
    Password,
)
from tokenplane.constructs.l3.audio_routes import (
    AudioRoutes,
)
from tokenplane.constructs.l3.delivery import (
    ArgoCdDelivery,
    FluxDelivery,
)
from tokenplane.constructs.l3.endpoint_picker import (
    EndpointPicker,
)
from tokenplane.constructs.l3.hugging_face_tokens import (
    HuggingFaceTokens,
)
from tokenplane.constructs.l3.inference_monitoring import (
    InferenceMonitoring,
)
from tokenplane.constructs.l3.inference_pool_reader import InferencePoolReader
from tokenplane.constructs.l3.model_autoscaler import ModelAutoscaler
from tokenplane.constructs.l3.model_list import ModelList
from tokenplane.constructs.l3.model_routes import (
    ModelRoutes,
)
from tokenplane.constructs.l3.model_server import (
    ModelServer,
)
from tokenplane.constructs.l3.model_serving import (
    ModelServing,
)
from tokenplane.constructs.l3.network_isolation import (
    NetworkIsolation,
)
from tokenplane.constructs.l3.platform_namespaces import (
    PlatformNamespaces,
)
from tokenplane.constructs.l3.policy_engine import (
    PolicyEngine,
)
from tokenplane.constructs.l3.public_endpoint import (
    PublicEndpoint,
)
from tokenplane.constructs.l3.rate_limit_storage import (
    RateLimitStorage,
)
from tokenplane.constructs.l3.scheduling_objectives import (
    SchedulingObjectives,
)
from tokenplane.constructs.l3.tenancy_policies import (
    TenancyPolicies,
)
from tokenplane.constructs.l3.tenant_budgets import (
    TenantBudgets,
)
from tokenplane.constructs.l3.tenant_credentials import (
    TenantCredentials,
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
    "BackendTrafficPolicy",
    "Certificate",
    "ClaimRef",
    "ClusterRole",
    "ClusterRoleBinding",
    "ConfigMap",
    "ConfigMapFiles",
    "Container",
    "Deployment",
    "DirectResponse",
    "EmptyDir",
    "EndpointPicker",
    "ExternalSecret",
    "ExternalSecretEntry",
    "ExternalSecretSet",
    "FluxDelivery",
    "FromField",
    "FromSecret",
    "Gateway",
    "GatewayClass",
    "GitRepository",
    "GlobalRateLimitRule",
    "Grpc",
    "HTTPRoute",
    "HTTPRouteFilter",
    "HTTPRouteRule",
    "HeaderSelector",
    "HelmRelease",
    "HelmRepository",
    "HostPath",
    "HttpGet",
    "HuggingFaceTokens",
    "InferenceMonitoring",
    "InferenceObjective",
    "InferencePool",
    "InferencePoolReader",
    "Kuadrant",
    "Kustomization",
    "LLMRequestCost",
    "Listener",
    "ModelAutoscaler",
    "ModelList",
    "ModelRoutes",
    "ModelServer",
    "ModelServing",
    "Mount",
    "Namespace",
    "NetworkIsolation",
    "NetworkPolicy",
    "NetworkPolicyPeer",
    "NetworkPolicyRule",
    "OCIRepository",
    "ObjectBatch",
    "OptOut",
    "Password",
    "PatternMatching",
    "PlatformNamespaces",
    "Pod",
    "PodDisruptionBudget",
    "PodMonitor",
    "PolicyEngine",
    "PolicyRule",
    "Port",
    "Probe",
    "PrometheusRule",
    "PrometheusTrigger",
    "PublicEndpoint",
    "PushSecret",
    "RateLimitStorage",
    "Resource",
    "Resources",
    "Role",
    "RoleBinding",
    "ScaledObject",
    "ScalingRate",
    "SchedulingObjectives",
    "Service",
    "ServiceAccount",
    "ServiceAccountRef",
    "ServiceAccountToken",
    "ServicePort",
    "StatefulSet",
    "TargetRef",
    "TcpSocket",
    "TenancyPolicies",
    "TenantBudgets",
    "TenantCredentials",
    "Toleration",
    "Volume",
    "VolumeClaim",
    "chart_objects",
]
