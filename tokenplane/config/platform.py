"""`config/platform.yaml`: the platform's name, hostname, namespaces, gateway and clusters."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tokenplane.config.base import DnsLabel, Hostname, StrictSpec


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
    """Defines where tenants' API keys come from; their values never enter Git."""

    backend: Literal["external-secrets"] = Field(
        "external-secrets",
        description="External Secrets Operator: one ExternalSecret per tenant key.",
    )
    store: DnsLabel = Field(description="Name of the ClusterSecretStore holding the key values.")


class ClusterSpec(StrictSpec):
    """Defines one cluster rendered to `dist/<cluster>/`, with what it overrides."""

    hostname: Hostname | None = Field(
        None, description="Public hostname in this cluster. Default: the platform hostname."
    )


class PlatformSettingsSpec(StrictSpec):
    """Defines the contents of `config/platform.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    name: DnsLabel = Field(
        description="Platform name: the `app.kubernetes.io/part-of` label of every object."
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
    clusters: dict[DnsLabel, ClusterSpec] = Field(
        min_length=1, description="Clusters to render, each to dist/<cluster>/."
    )
