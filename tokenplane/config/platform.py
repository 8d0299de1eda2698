"""`config/platform.yaml`: the platform's name, hostname, namespaces, gateway and clusters."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from tokenplane import versions
from tokenplane.config.base import (
    CIDR_PATTERN,
    DURATION_PATTERN,
    REMOTE_KEY_PATTERN,
    DnsLabel,
    Hostname,
    Image,
    StrictSpec,
)
from tokenplane.config.infrastructure import InfrastructureId, InfrastructureSpec
from tokenplane.config.models import AutoscalingSpec, PlacementSpec, Quantity
from tokenplane.contracts import names

Cidr = Annotated[str, StringConstraints(pattern=CIDR_PATTERN)]
"""An IPv4 or IPv6 address range such as 10.0.0.0/16."""

GitopsEngine = Literal["flux", "argocd"]
"""A GitOps controller tokenplane renders entry points for."""


class NamespacesSpec(StrictSpec):
    """Defines the namespaces the platform's objects live in."""

    gateway: DnsLabel = Field(
        "tokenplane-gateway",
        description="Namespace of the Gateway, its certificate and the platform-wide policies.",
    )
    models: DnsLabel = Field(
        "tokenplane-models",
        description="Namespace of the model servers, their pools, endpoint pickers and routes.",
    )
    auth: DnsLabel = Field(
        "kuadrant-system",
        description="Namespace of the Kuadrant CR and of the API-key Secrets Authorino reads.",
    )


class GatewaySpec(StrictSpec):
    """Defines the Gateway that receives all client traffic."""

    name: DnsLabel = Field("tokenplane", description="Name of the Gateway object.")
    class_name: DnsLabel = Field(
        "envoy-gateway", description="Name of the GatewayClass the Gateway uses."
    )
    controller_name: str = Field(
        "gateway.envoyproxy.io/gatewayclass-controller",
        description="Controller that implements the GatewayClass (Envoy Gateway's by default).",
    )


class IssuerRefSpec(StrictSpec):
    """Defines the cert-manager issuer that signs the Gateway's certificate."""

    kind: Literal["ClusterIssuer", "Issuer"] = Field(
        "ClusterIssuer", description="ClusterIssuer, or an Issuer in the gateway namespace."
    )
    name: DnsLabel = Field(description="Name of the issuer.")


class TlsSpec(StrictSpec):
    """Defines how the HTTPS listener gets its certificate."""

    issuer: IssuerRefSpec = Field(description="cert-manager issuer of the listener certificate.")


class CredentialsSpec(StrictSpec):
    """Defines where tenants' API keys come from; their values never enter Git.

    Each key is one ExternalSecret that reads the value at `remote_key` from the store and
    writes a Secret (data key `api_key`) carrying the labels the AuthPolicy selects and the
    annotations it reads the tier and tenant id from.
    """

    backend: Literal["external-secrets"] = Field(
        "external-secrets",
        description="External Secrets Operator: one ExternalSecret per tenant key.",
    )
    store: DnsLabel = Field(description="Name of the ClusterSecretStore holding the key values.")
    remote_key: str = Field(
        "tokenplane/tenants/{tenant}/{key}",
        pattern=REMOTE_KEY_PATTERN,
        description="Path of a key's value in the store; `{tenant}` and `{key}` are replaced "
        "by the tenant and key ids. Default: tokenplane/tenants/{tenant}/{key}.",
    )
    refresh_interval: str = Field(
        "1h",
        pattern=DURATION_PATTERN,
        description="How often External Secrets re-reads a value (a rotated value is live "
        "after at most this long). Default: 1h.",
    )
    key_label: str = Field(
        names.DEFAULT_KEY_LABEL,
        description="Label (value `true`) every key Secret carries and the AuthPolicy selects "
        f"on, beside Authorino's own `{names.AUTHORINO_LABEL}: {names.AUTHORINO_LABEL_VALUE}`. "
        f"Default: {names.DEFAULT_KEY_LABEL}.",
    )
    tier_annotation: str = Field(
        names.DEFAULT_TIER_ANNOTATION,
        description="Annotation of a key Secret naming the tenant's tier. "
        f"Default: {names.DEFAULT_TIER_ANNOTATION}, as in Kuadrant's examples.",
    )
    tenant_annotation: str = Field(
        names.DEFAULT_TENANT_ANNOTATION,
        description="Annotation of a key Secret naming the tenant; limits are counted per "
        f"value. Default: {names.DEFAULT_TENANT_ANNOTATION}, as in Kuadrant's examples.",
    )


class RateLimitStorageSpec(StrictSpec):
    """Defines where Envoy Gateway's rate-limit service keeps the budgets' counters: a Redis
    that survives restarts and is shared by every replica. The Redis URL (with its password)
    is a secret: it is read from the credentials store, never written in config."""

    kind: Literal["redis"] = Field(
        "redis", description="An external Redis, reached at the URL read from the store."
    )
    url_key: str = Field(
        "tokenplane/limitador/redis-url",
        min_length=1,
        description="Path in the credentials store of the Redis URL "
        "(redis://[:password@]host:port[/db]). Default: tokenplane/limitador/redis-url "
        "(the path Limitador's URL used to be read from).",
    )


class InClusterRedisSpec(StrictSpec):
    """Defines a Redis that tokenplane runs for Envoy Gateway's rate-limit service, in Envoy
    Gateway's namespace: one pod of a
    StatefulSet with an append-only file on a PersistentVolumeClaim, so counters survive
    restarts. Its password is never in config: it is minted in the cluster by an External
    Secrets Password generator, or read from the credentials store at `password_key`."""

    kind: Literal["redis-in-cluster"] = Field(
        description="Redis run by tokenplane (StatefulSet `ratelimit-redis`)."
    )
    image: Image = Field(
        versions.REDIS_IMAGE,
        description=f"Redis image, pinned by tag or digest. Default: {versions.REDIS_IMAGE}.",
    )
    storage_size: Quantity = Field(
        "1Gi", description="Size of the volume holding the append-only file. Default: 1Gi."
    )
    storage_class: DnsLabel | None = Field(
        None, description="StorageClass of that volume. Default: the cluster's default class."
    )
    password_key: str | None = Field(
        None,
        min_length=1,
        description="Path in the credentials store of the Redis password. Default: the "
        "password is minted once in the cluster by a Password generator and never leaves it.",
    )


StorageSpec = Annotated[RateLimitStorageSpec | InClusterRedisSpec, Field(discriminator="kind")]
"""Where the rate-limit service keeps its counters: an external Redis, or one tokenplane runs."""


class RateLimitingSpec(StrictSpec):
    """Defines what Envoy answers when its rate-limit service (or that service's Redis) cannot
    be asked: Envoy Gateway's one switch for every global rate limit of the Gateway
    (`rateLimit.failClosed` in its configuration; envoyproxy/gateway v1.9.1
    `api/v1alpha1/envoygateway_types.go`)."""

    fail_closed: bool = Field(
        False,
        description="Refuse requests (500) while the budgets cannot be checked. Default: "
        "false, admit them uncounted: a Redis or rate-limit outage does not take the API "
        "down, and Authorino, which still runs on every request, keeps unknown callers out "
        '(docs/tenancy.md, "Failure modes").',
    )


class PrometheusSpec(StrictSpec):
    """Defines where the Prometheus that scrapes the platform runs, so that network policies
    admit it."""

    namespace: DnsLabel = Field(
        "monitoring", description="Namespace of the Prometheus pods. Default: monitoring."
    )
    pod_labels: dict[str, str] = Field(
        default_factory=lambda: {"app.kubernetes.io/name": "prometheus"},
        min_length=1,
        description="Labels of the Prometheus pods. Default: app.kubernetes.io/name: "
        "prometheus, which the Prometheus operator puts on every Prometheus it runs.",
    )


class NetworkPoliciesSpec(StrictSpec):
    """Defines the NetworkPolicies of the namespaces whose every workload tokenplane renders:
    default-deny there, plus the connections the platform needs (see docs/network.md)."""

    enabled: bool = Field(
        True,
        description="Render the policies. Default: on; needs a network plugin that enforces "
        "NetworkPolicy (without one they are accepted and ignored).",
    )
    envoy_namespace: DnsLabel = Field(
        "envoy-gateway-system",
        description="Namespace of the Envoy data-plane pods of the Gateway (Envoy Gateway "
        "runs them beside its controller by default). Default: envoy-gateway-system.",
    )
    prometheus: PrometheusSpec = Field(
        default_factory=PrometheusSpec,
        description="The Prometheus admitted to the metrics ports. Default: see PrometheusSpec.",
    )
    api_server_cidrs: list[Cidr] = Field(
        default_factory=lambda: ["0.0.0.0/0"],
        min_length=1,
        description="Address ranges the endpoint pickers may reach the API server in (TCP "
        "443 and 6443). Default: any address; narrow it to the control plane's range.",
    )


class ObservabilitySpec(StrictSpec):
    """Defines the Prometheus operator objects: scrape configs of the model servers and
    endpoint pickers, and the platform's alerts (see docs/observability.md)."""

    enabled: bool = Field(
        True,
        description="Render PodMonitors, PrometheusRules and the endpoint pickers' metrics "
        "reader, and turn on Kuadrant's own monitors. Default: on; needs the Prometheus "
        "operator's CRDs.",
    )
    labels: dict[str, str] = Field(
        default_factory=dict,
        description="Extra labels on the monitors and rules, to match the Prometheus's "
        "selectors (e.g. release: kube-prometheus-stack). Default: none.",
    )


class GitopsSpec(StrictSpec):
    """Defines how clusters pull `dist/`: the Git repository and the GitOps controllers."""

    repository: str = Field(
        min_length=1,
        description="URL of the Git repository holding dist/, as Flux and Argo CD clone it.",
    )
    branch: str = Field("main", min_length=1, description="Branch the clusters follow.")
    engines: list[GitopsEngine] = Field(
        default_factory=lambda: list[GitopsEngine](["flux"]),
        min_length=1,
        description="Entry points rendered per cluster (flux, argocd or both). Default: flux.",
    )
    flux_namespace: DnsLabel = Field(
        "flux-system", description="Namespace of the Flux controllers and of our Flux objects."
    )
    argocd_namespace: DnsLabel = Field(
        "argocd", description="Namespace of Argo CD and of our Applications and AppProject."
    )


class ClusterModelSpec(StrictSpec):
    """Defines how one model runs in one cluster; unset fields keep models.yaml's values."""

    replicas: int | None = Field(
        None, ge=1, description="Number of vLLM pods here. Default: the model's replicas."
    )
    placement: PlacementSpec | None = Field(
        None, description="Scheduling here, replacing the model's. Default: the model's."
    )
    autoscaling: AutoscalingSpec | None = Field(
        None,
        description="Autoscaling here, replacing the model's (then `replicas` must be left "
        "out). Default: the model's.",
    )


class ClusterOverridesSpec(StrictSpec):
    """Defines one cluster rendered to `dist/<cluster>/`, with what it overrides."""

    hostname: Hostname | None = Field(
        None, description="Public hostname in this cluster. Default: the platform hostname."
    )
    gitops: list[GitopsEngine] | None = Field(
        None,
        min_length=1,
        description="Entry points rendered for this cluster. Default: the platform's engines.",
    )
    branch: str | None = Field(
        None, min_length=1, description="Branch this cluster follows. Default: the platform's."
    )
    models: dict[DnsLabel, ClusterModelSpec] | None = Field(
        None,
        description="The models served here, by id, with per-cluster settings. "
        "Default: every model of models.yaml, as configured there.",
    )
    tenants: list[DnsLabel] | None = Field(
        None, description="Ids of the tenants served here. Default: every tenant."
    )
    infrastructure: dict[InfrastructureId, bool] | None = Field(
        None,
        description="Infrastructure components switched on (true) or off (false) here, e.g. "
        "cert-manager: false where it is managed elsewhere. Default: the platform's choice.",
    )


class PlatformSettingsSpec(StrictSpec):
    """Defines the contents of `config/platform.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    name: DnsLabel = Field(
        description=f"Platform name: the `{names.PART_OF}` label of every object."
    )
    hostname: Hostname = Field(description="Public hostname clients call, e.g. api.example.com.")
    namespaces: NamespacesSpec = Field(
        default_factory=NamespacesSpec, description="Namespaces. Default: see NamespacesSpec."
    )
    gateway: GatewaySpec = Field(
        default_factory=GatewaySpec, description="The Gateway. Default: Envoy Gateway."
    )
    tls: TlsSpec = Field(description="TLS for the HTTPS listener.")
    credentials: CredentialsSpec = Field(description="Where tenants' API keys come from.")
    rate_limit_storage: StorageSpec = Field(
        default_factory=RateLimitStorageSpec,
        description="Where Envoy Gateway's rate-limit service keeps the budgets' counters: "
        "`kind: redis` (external, URL from the store) or `kind: redis-in-cluster`. Default: "
        "external Redis, URL from the store.",
    )
    rate_limiting: RateLimitingSpec = Field(
        default_factory=RateLimitingSpec,
        description="Failure mode of the budgets. Default: fail open (see RateLimitingSpec).",
    )
    network_policies: NetworkPoliciesSpec = Field(
        default_factory=NetworkPoliciesSpec,
        description="NetworkPolicies. Default: default-deny plus the needed allows.",
    )
    observability: ObservabilitySpec = Field(
        default_factory=ObservabilitySpec,
        description="Monitors and alerts. Default: rendered.",
    )
    clusters: dict[DnsLabel, ClusterOverridesSpec] = Field(
        min_length=1, description="Clusters to render, each to dist/<cluster>/."
    )
    gitops: GitopsSpec | None = Field(
        None,
        description="Git repository and GitOps controllers. Default: no entry points and no "
        "infrastructure layer are rendered; apply dist/<cluster>/ by other means.",
    )
    infrastructure: InfrastructureSpec = Field(
        default_factory=InfrastructureSpec,
        description="Pinned installs of the controllers and CRDs, rendered with the GitOps "
        "entry points. Default: the official sources at the versions of versions.py.",
    )
