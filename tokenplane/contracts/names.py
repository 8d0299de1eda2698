"""Labels, annotations and object names: how config ids become object names and labels.

The writer, the validator and `plan` read objects by these names and labels, so they are
spelled nowhere else (`tests/contracts/` fails on a copy). A name is a contract: changing one
renames a live object. Each label read back has its decoder beside its encoder.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Literal

MANAGED_BY = "tokenplane"

PART_OF = "app.kubernetes.io/part-of"
MANAGED_BY_LABEL = "app.kubernetes.io/managed-by"
COMPONENT = "app.kubernetes.io/component"
MODEL_LABEL = "tokenplane.io/model"
"""Carried by every object that belongs to one model."""
TENANT_LABEL = "tokenplane.io/tenant"
"""Carried by every object that belongs to one tenant."""
AUDIO_LABEL = "tokenplane.io/audio"
"""On the text-to-speech pods: `speech`; their Deployment and Service select on it."""
ENDPOINT_PICKER_LABEL = "tokenplane.io/endpoint-picker"
"""On an endpoint picker's pods: the picker's name; its Deployment and Service select on it."""
GATEWAY_ROUTES_LABEL = "tokenplane.io/gateway-routes"
"""On a namespace: the Gateway's HTTPS listener admits routes from it."""
PRUNE_PROTECTION = {
    "kustomize.toolkit.fluxcd.io/prune": "disabled",
    "argocd.argoproj.io/sync-options": "Delete=false",
}
"""Annotations that keep Flux and Argo CD from deleting an object when they prune."""


def common_labels(platform: str) -> dict[str, str]:
    """Labels every object of the platform carries."""
    return {PART_OF: platform, MANAGED_BY_LABEL: MANAGED_BY}


def component(name: str) -> dict[str, str]:
    """The label naming the part of the platform an object belongs to."""
    return {COMPONENT: name}


PodSecurityLevel = Literal["privileged", "baseline", "restricted"]
"""The Pod Security Standards levels, as the Pod Security admission names them."""
POD_SECURITY_ENFORCE = "pod-security.kubernetes.io/enforce"
"""On a namespace: the level the Pod Security admission refuses pods below."""
POD_SECURITY_WARN = "pod-security.kubernetes.io/warn"
"""On a namespace: the level below which the admission warns the client."""
POD_SECURITY_AUDIT = "pod-security.kubernetes.io/audit"
"""On a namespace: the level below which the admission annotates the audit event."""


def pod_security(enforce: PodSecurityLevel, *, aim: PodSecurityLevel) -> dict[str, str]:
    """Namespace labels that enforce `enforce` and warn and audit below `aim`."""
    return {POD_SECURITY_ENFORCE: enforce, POD_SECURITY_WARN: aim, POD_SECURITY_AUDIT: aim}


def pod_security_of(labels: Mapping[str, str]) -> str | None:
    """The level a namespace with these labels enforces, if it says."""
    return labels.get(POD_SECURITY_ENFORCE)


OPT_OUT_PREFIX = "opt-out.tokenplane.io/"
"""On a pod template: the prefix of an annotation that records one documented exception to the
secure defaults of a pod L2 (`constructs/l2/core.py`); the value is the reason."""
POD_OPT_OUT_SCOPE = "pod"
"""The scope of an opt-out of a pod-level field (a container's scope is its name)."""
HardeningField = Literal[
    "runAsNonRoot",
    "seccompProfile",
    "readOnlyRootFilesystem",
    "allowPrivilegeEscalation",
    "capabilities",
]
"""The securityContext fields whose secure default a pod may opt out of."""
HARDENING_FIELDS: tuple[HardeningField, ...] = (
    "runAsNonRoot",
    "seccompProfile",
    "readOnlyRootFilesystem",
    "allowPrivilegeEscalation",
    "capabilities",
)


def opt_out_annotation(scope: str, field: HardeningField) -> str:
    """The annotation key recording that `scope` (a container's name, or `POD_OPT_OUT_SCOPE`)
    opts out of the secure default of `field`; e.g. `opt-out.tokenplane.io/vllm.capabilities`.
    Raises ValueError when the key's name part would exceed the 63 characters Kubernetes
    allows."""
    name = f"{scope}.{field}"
    if len(name) > 63:
        raise ValueError(f"opt-out annotation name {name!r} is longer than 63 characters")
    return OPT_OUT_PREFIX + name


def opt_outs_of(annotations: Mapping[str, str]) -> dict[tuple[str, HardeningField], str]:
    """(scope, field) → reason for each opt-out annotation among `annotations`; keys that are
    not opt-outs, or name a field `opt_out_annotation` never writes, are ignored."""
    found: dict[tuple[str, HardeningField], str] = {}
    for key, reason in annotations.items():
        if not key.startswith(OPT_OUT_PREFIX):
            continue
        scope, _, name = key.removeprefix(OPT_OUT_PREFIX).rpartition(".")
        for field in HARDENING_FIELDS:
            if scope and name == field:
                found[(scope, field)] = reason
    return found


def tenant_labels(tenant: str) -> dict[str, str]:
    """The label of every object that belongs to one tenant."""
    return {TENANT_LABEL: tenant}


def model_labels(model: str) -> dict[str, str]:
    """The label of every object that belongs to one model."""
    return {MODEL_LABEL: model}


def tenant_of(labels: Mapping[str, str]) -> str | None:
    """The tenant an object with these labels belongs to, if any."""
    return labels.get(TENANT_LABEL)


def model_of(labels: Mapping[str, str]) -> str | None:
    """The model an object with these labels belongs to, if any."""
    return labels.get(MODEL_LABEL)


def labels_of(manifest: Mapping[str, object]) -> Mapping[str, str]:
    """An object's labels (empty when it has none)."""
    metadata = manifest.get("metadata")
    if not isinstance(metadata, Mapping):
        return {}
    labels = metadata.get("labels")
    return labels if isinstance(labels, Mapping) else {}


def tls_secret(gateway: str) -> str:
    """The Secret cert-manager writes the Gateway's certificate to."""
    return f"{gateway}-tls"


def https_redirect_route(gateway: str) -> str:
    """The HTTPRoute that redirects plain HTTP to HTTPS."""
    return f"{gateway}-https-redirect"


AUTHORINO_LABEL = "authorino.kuadrant.io/managed-by"
"""The label Authorino's instance watches Secrets by; its value is `authorino`."""
AUTHORINO_LABEL_VALUE = "authorino"
LIMITS_ANNOTATION = "tokenplane.io/limits"
"""On a key Secret: the limit class (a tier id, or a tenant's own limits) it is counted under."""
KEY_ID_ANNOTATION = "tokenplane.io/key-id"
"""On a key Secret: the key's id in tenants.yaml."""
EXPIRES_ANNOTATION = "tokenplane.io/expires"
"""On a key Secret: the last day the key is valid (YYYY-MM-DD)."""
DEFAULT_KEY_LABEL = "tokenplane.io/api-key"
"""The default of `credentials.key_label`: every key Secret carries it (value `true`)."""
DEFAULT_TIER_ANNOTATION = "kuadrant.io/groups"
"""The default of `credentials.tier_annotation`, as in Kuadrant's examples."""
DEFAULT_TENANT_ANNOTATION = "secret.kuadrant.io/user-id"
"""The default of `credentials.tenant_annotation`, as in Kuadrant's examples."""
EXPIRES_AT_ANNOTATION = "tokenplane.io/expires-at"
"""On a key Secret: the instant the key stops working (RFC 3339, UTC), read by the AuthPolicy at
request time; written by `expires_at`."""


def expires_at(last_day: datetime.date) -> str:
    """When a key whose last valid day is `last_day` stops working: the next midnight, UTC."""
    return (last_day + datetime.timedelta(days=1)).strftime("%Y-%m-%dT00:00:00Z")


def last_day_of_expires_at(value: str) -> datetime.date | None:
    """The last valid day `expires_at` encoded in `value`, or None for another value."""
    try:
        instant = datetime.datetime.strptime(value, "%Y-%m-%dT00:00:00Z")
    except ValueError:
        return None
    return instant.date() - datetime.timedelta(days=1)


def api_key_secret(tenant: str, key: str) -> str:
    """The ExternalSecret (and the Secret it writes) of one tenant key.

    A dot separates the ids, which are DNS labels without dots, so no two keys share a name.
    """
    return f"api-key.{tenant}.{key}"


def auth_policy(gateway: str) -> str:
    """The AuthPolicy that authenticates API keys on the Gateway."""
    return f"{gateway}-api-keys"


def rate_limit_redis_secret() -> str:
    """The Secret holding the Redis URL (key `URL`) of Envoy Gateway's rate-limit service,
    written by External Secrets in Envoy Gateway's namespace."""
    return "ratelimit-redis"


RATE_LIMIT_REDIS = "ratelimit-redis"
"""The in-cluster Redis of the rate-limit service: its StatefulSet and its Service."""
RATE_LIMIT_REDIS_PASSWORD = "ratelimit-redis-password"
"""The Password generator that mints the in-cluster Redis's password."""
RATE_LIMIT_POD_LABELS = {"app.kubernetes.io/name": "envoy-ratelimit"}
"""Labels of the pods of Envoy Gateway's rate-limit service (envoyproxy/gateway v1.9.1
`internal/infrastructure/kubernetes/ratelimit/resource.go`, `rateLimitLabels`)."""
RATE_LIMIT_URL_KEY = "URL"
"""Key of the Redis URL in `rate_limit_redis_secret()`, which Envoy Gateway's
`rateLimit.backend.redis.urlRef` names."""
API_KEY_GENERATOR = "api-key"
"""The Password generator that mints tenants' keys marked `mint`."""


def api_key_push(tenant: str, key: str) -> str:
    """The PushSecret that writes a minted tenant key to the store, once."""
    return f"mint.{tenant}.{key}"


def hf_token_secret(secret: str) -> str:
    """The ExternalSecret that writes a Hugging Face token Secret (same name as the Secret)."""
    return secret


GITOPS_LABEL = "tokenplane.io/gitops"
"""On a GitOps entry-point object: the engine (`flux` or `argocd`) whose folder holds it."""
INFRASTRUCTURE_LABEL = "tokenplane.io/infrastructure"
"""On an infrastructure install object: the component (`envoy-gateway`, ...) it installs."""
INFRASTRUCTURE_PART_LABEL = "tokenplane.io/infrastructure-part"
"""On plain manifests tokenplane renders for a component (not Flux objects): the sub-folder of
`infrastructure/<component>/` they go in, which an Argo CD Application syncs on its own."""

CRDS_PART = "crds"
"""The part (`infrastructure/<component>/crds/`) holding the Flux sources of a component's
upstream CRD manifests; a Flux Kustomization of its own syncs it before the rest of the
component, so the component folder's kustomization.yaml leaves it out."""
RBAC_PART = "rbac"
"""The part (`infrastructure/envoy-gateway/rbac/`) holding the InferencePool read grant that
Envoy Gateway needs before it can become Ready."""


def inference_pool_reader(platform: str) -> str:
    """The ClusterRole (and its binding) letting Envoy Gateway read InferencePools."""
    return f"{platform}-envoy-gateway-inferencepool-reader"


def gitops_layer(platform: str, layer: str) -> str:
    """The Flux Kustomization or Argo CD Application that syncs one layer of dist/<cluster>/."""
    return f"{platform}-{layer}"


POOL_MODEL_LABEL = "llm-d.ai/model"
"""On vLLM pods: the model id; the InferencePool selects on it."""
POOL_SERVING_LABEL = "llm-d.ai/inference-serving"
"""On vLLM pods: "true"; the InferencePool selects on it too."""

LLM_INPUT_TOKEN = "llm_input_token"
"""Dynamic-metadata key (namespace `io.envoy.ai_gateway`) of a request's input tokens."""
LLM_OUTPUT_TOKEN = "llm_output_token"
"""Dynamic-metadata key of a request's output tokens."""
LLM_TOTAL_TOKEN = "llm_total_token"
"""Dynamic-metadata key of a request's total tokens."""


def model_server(model: str) -> str:
    """The vLLM Deployment, Service and PodDisruptionBudget of a model, and its InferencePool."""
    return model


def model_autoscaler(model: str) -> str:
    """The KEDA ScaledObject of a model's vLLM Deployment (KEDA names its HPA keda-hpa-<it>)."""
    return model


def model_pod_labels(model: str) -> dict[str, str]:
    """The labels of a model's vLLM pods, which its Deployment, Service and pool select."""
    return {POOL_MODEL_LABEL: model, POOL_SERVING_LABEL: "true"}


def endpoint_picker(model: str) -> str:
    """The EPP Deployment, Service, ServiceAccount, ConfigMap, Role and RoleBinding of a model."""
    return f"{model}-epp"


def endpoint_picker_auth(namespace: str, model: str) -> str:
    """The cluster-scoped binding that lets a model's EPP authenticate metrics scrapers."""
    return f"{namespace}-{model}-epp-auth"


def endpoint_picker_auth_role(platform: str) -> str:
    """The ClusterRole every EPP is bound to for metrics authentication."""
    return f"{platform}-endpoint-picker-auth"


def model_route(platform: str, index: int) -> str:
    """The `index`-th (from 0) AIGatewayRoute of the models; each holds at most 15."""
    return f"{platform}-models-{index + 1}"


def model_list(platform: str) -> str:
    """The HTTPRoute and HTTPRouteFilter that answer `GET /v1/models`."""
    return f"{platform}-model-list"


def speech_server(platform: str) -> str:
    """The text-to-speech Deployment, Service and PodDisruptionBudget."""
    return f"{platform}-speech"


def speech_route(platform: str) -> str:
    """The HTTPRoute of `/v1/audio/speech`."""
    return f"{platform}-audio-speech"


def transcription(platform: str) -> str:
    """The route, Backend, TLS policy, filter and key Secret of `/v1/audio/transcriptions`."""
    return f"{platform}-audio-transcriptions"


def default_deny(platform: str, role: str) -> str:
    """The NetworkPolicy that isolates every pod of one platform namespace (`gateway`, ...)."""
    return f"{platform}-{role}-default-deny"


def dns_egress(platform: str, role: str) -> str:
    """The NetworkPolicy that lets every pod of one platform namespace resolve names."""
    return f"{platform}-{role}-dns"


def acme_solver_ingress(platform: str) -> str:
    """The NetworkPolicy that admits the Gateway to cert-manager's HTTP-01 solver pods."""
    return f"{platform}-acme-http01-solver"


def metrics_reader(platform: str) -> str:
    """The ServiceAccount (with its token Secret and ClusterRole) Prometheus scrapes the
    endpoint pickers as."""
    return f"{platform}-metrics-reader"


def model_server_monitor(platform: str) -> str:
    """The PodMonitor of every vLLM pod."""
    return f"{platform}-model-servers"


def endpoint_picker_monitor(platform: str) -> str:
    """The PodMonitor of every endpoint picker."""
    return f"{platform}-endpoint-pickers"


def inference_alerts(platform: str) -> str:
    """The PrometheusRule of the inference path's alerts."""
    return f"{platform}-inference"


def rate_limit_monitor(platform: str) -> str:
    """The PodMonitor of Envoy Gateway's rate-limit service."""
    return f"{platform}-rate-limit"


def rate_limiting_alerts(platform: str) -> str:
    """The PrometheusRule of the rate-limit service's alerts."""
    return f"{platform}-rate-limiting"


def budgets_policy(gateway: str) -> str:
    """The BackendTrafficPolicy holding every tenant budget on `gateway`."""
    return f"{gateway}-budgets"


AI_GATEWAY_METADATA = "io.envoy.ai_gateway"
"""The dynamic-metadata namespace Envoy AI Gateway writes `llmRequestCosts` under
(envoyproxy/ai-gateway v1.1.0 `api/v1beta1/shared_types.go`, AIGatewayFilterMetadataNamespace)."""


SCHEDULING_ANNOTATION = "tokenplane.io/scheduling-class"
"""On a key Secret: the scheduling class (a tier id, or a tenant's own priority) whose
InferenceObjective the AuthPolicy names in the objective header."""
PRIORITY_CLASS_PREFIX = "priority-"
"""Scheduling classes made from tenants' own priorities start with this; tier ids must not."""
_NEGATIVE = "minus-"


def priority_class(priority: int) -> str:
    """The scheduling class of tenants whose own priority differs from their tier's: named
    after the number (`priority-20`, `priority-minus-5`), so tenants with the same override
    share one class."""
    number = f"{_NEGATIVE}{-priority}" if priority < 0 else str(priority)
    return f"{PRIORITY_CLASS_PREFIX}{number}"


def priority_of_class(scheduling_class: str) -> int | None:
    """The priority `priority_class` encoded in `scheduling_class`, or None for a tier's
    class (or any other string)."""
    if not scheduling_class.startswith(PRIORITY_CLASS_PREFIX):
        return None
    number = scheduling_class[len(PRIORITY_CLASS_PREFIX) :]
    sign = 1
    if number.startswith(_NEGATIVE):
        sign, number = -1, number[len(_NEGATIVE) :]
    if not number.isdigit() or (number != "0" and number.startswith("0")):
        return None
    value = sign * int(number)
    return value if priority_class(value) == scheduling_class else None


def inference_objective(pool: str, scheduling_class: str) -> str:
    """The InferenceObjective of one scheduling class on one InferencePool, which is also the
    objective header's value for that class's requests to that pool's model.

    A dot separates the two ids, which are DNS labels without dots, so no two share a name;
    each picker reads only the objectives of its own pool, by name."""
    return f"{pool}.{scheduling_class}"


def objective_of_name(name: str) -> tuple[str, str] | None:
    """(pool, scheduling class) of an `inference_objective` name, or None for another name."""
    pool, dot, scheduling_class = name.partition(".")
    if not dot or not pool or not scheduling_class or "." in scheduling_class:
        return None
    return pool, scheduling_class
