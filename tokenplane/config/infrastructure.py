"""The `infrastructure:` section of `config/platform.yaml`: the controllers and CRDs the
platform relies on, each pinned to one chart or manifest source in one place.

The defaults are the official sources at the versions of `tokenplane/versions.py`; a test
checks that they agree, so a version is changed in the table and nowhere else.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tokenplane import versions
from tokenplane.config.base import DnsLabel, StrictSpec

InfrastructureId = Literal[
    "gateway-api",
    "inference-extension",
    "envoy-gateway",
    "envoy-ai-gateway",
    "kuadrant",
    "cert-manager",
    "external-secrets",
    "keda",
]
"""The ids of the infrastructure components, as `clusters.<id>.infrastructure` names them."""


class ChartSpec(StrictSpec):
    """Defines where one Helm chart comes from and where it installs."""

    repository: str = Field(
        min_length=1,
        description="Chart repository: an https:// Helm repository or an oci:// registry path.",
    )
    chart: str = Field(min_length=1, description="Chart name in the repository.")
    version: str = Field(min_length=1, description="Exact chart version (no ranges).")
    namespace: DnsLabel = Field(description="Namespace the release installs into.")

    @property
    def is_oci(self) -> bool:
        """Whether the chart comes from an OCI registry."""
        return self.repository.startswith("oci://")


class HelmChartSpec(ChartSpec):
    """Defines one Helm chart installed by the infrastructure layer, which may be switched off."""

    enabled: bool = Field(
        True, description="Install it. Default: installed (switch off where it is managed)."
    )


class ManifestsSpec(StrictSpec):
    """Defines plain manifests (CRDs) installed from a folder of an upstream Git repository."""

    enabled: bool = Field(
        True, description="Install them. Default: installed (switch off where managed)."
    )
    repository: str = Field(min_length=1, description="https:// URL of the Git repository.")
    tag: str = Field(min_length=1, description="Git tag to install from.")
    path: str = Field(min_length=1, description="Folder of the manifests in the repository.")


def _version(name: str, *, strip_v: bool = False) -> str:
    version = versions.component(name).version
    return version.removeprefix("v") if strip_v else version


def _github(name: str) -> str:
    return f"https://github.com/{versions.component(name).repo}"


class InfrastructureSpec(StrictSpec):
    """Defines the pinned installs of everything the platform's objects need to work."""

    gateway_api: ManifestsSpec = Field(
        default_factory=lambda: ManifestsSpec(
            repository=_github("gateway-api"),
            tag=_version("gateway-api"),
            path="config/crd/standard",
        ),
        description="Gateway API CRDs, standard channel. Default: upstream tag of versions.py.",
    )
    inference_extension: ManifestsSpec = Field(
        default_factory=lambda: ManifestsSpec(
            repository=_github("gateway-api-inference-extension"),
            tag=_version("gateway-api-inference-extension"),
            path="config/crd/bases",
        ),
        description="Inference Extension CRDs (InferencePool). Default: upstream tag.",
    )
    llm_d_router_crds: ManifestsSpec = Field(
        default_factory=lambda: ManifestsSpec(
            repository=_github("llm-d-router"),
            tag=_version("llm-d-router"),
            path="config/crd/bases",
        ),
        description="llm-d Router's CRDs (InferenceObjective, InferenceModelRewrite in "
        "llm-d.ai), installed with inference_extension: the endpoint pickers read the tiers' "
        "objectives from them. Default: upstream tag of versions.py.",
    )
    envoy_gateway_crds: ManifestsSpec = Field(
        default_factory=lambda: ManifestsSpec(
            repository=_github("envoy-gateway"),
            tag=_version("envoy-gateway"),
            path="charts/gateway-helm/charts/crds/crds/generated",
        ),
        description="Envoy Gateway's own CRDs (not Gateway API's), installed with envoy_gateway "
        "as plain manifests applied server-side (as a Helm release their record would exceed "
        "the API server's 1 MiB Secret limit). Default: the chart's generated CRD folder at "
        "the pinned tag.",
    )
    envoy_gateway: HelmChartSpec = Field(
        default_factory=lambda: HelmChartSpec(
            repository="oci://docker.io/envoyproxy",
            chart="gateway-helm",
            version=_version("envoy-gateway"),
            namespace="envoy-gateway-system",
        ),
        description="Envoy Gateway, configured for the AI Gateway extension and InferencePools.",
    )
    envoy_ai_gateway_crds: ChartSpec = Field(
        default_factory=lambda: ChartSpec(
            repository="oci://docker.io/envoyproxy",
            chart="ai-gateway-crds-helm",
            version=_version("envoy-ai-gateway"),
            namespace="envoy-ai-gateway-system",
        ),
        description="Envoy AI Gateway CRDs, installed with envoy_ai_gateway.",
    )
    envoy_ai_gateway: HelmChartSpec = Field(
        default_factory=lambda: HelmChartSpec(
            repository="oci://docker.io/envoyproxy",
            chart="ai-gateway-helm",
            version=_version("envoy-ai-gateway"),
            namespace="envoy-ai-gateway-system",
        ),
        description="Envoy AI Gateway controller (the Envoy Gateway extension server).",
    )
    kuadrant: HelmChartSpec = Field(
        default_factory=lambda: HelmChartSpec(
            repository="https://kuadrant.io/helm-charts/",
            chart="kuadrant-operator",
            version=_version("kuadrant-operator", strip_v=True),
            namespace="kuadrant-system",
        ),
        description="Kuadrant operator (Authorino, Limitador and their operators).",
    )
    cert_manager: HelmChartSpec = Field(
        default_factory=lambda: HelmChartSpec(
            repository="https://charts.jetstack.io",
            chart="cert-manager",
            version=_version("cert-manager"),
            namespace="cert-manager",
        ),
        description="cert-manager, with its CRDs. Default: official chart.",
    )
    external_secrets: HelmChartSpec = Field(
        default_factory=lambda: HelmChartSpec(
            repository="https://charts.external-secrets.io",
            chart="external-secrets",
            version=_version("external-secrets", strip_v=True),
            namespace="external-secrets",
        ),
        description="External Secrets Operator, with its CRDs. Default: official chart.",
    )

    keda: HelmChartSpec = Field(
        default_factory=lambda: HelmChartSpec(
            repository="https://kedacore.github.io/charts",
            chart="keda",
            version=_version("keda", strip_v=True),
            namespace="keda",
        ),
        description="KEDA, with its CRDs; installed where a served model autoscales (unless "
        "switched off). Default: official chart.",
    )

    def component(self, component: InfrastructureId) -> HelmChartSpec | ManifestsSpec:
        """The main install of `component` (its controller, or its CRDs if it has none)."""
        installs: dict[str, HelmChartSpec | ManifestsSpec] = {
            "gateway-api": self.gateway_api,
            "inference-extension": self.inference_extension,
            "envoy-gateway": self.envoy_gateway,
            "envoy-ai-gateway": self.envoy_ai_gateway,
            "kuadrant": self.kuadrant,
            "cert-manager": self.cert_manager,
            "external-secrets": self.external_secrets,
            "keda": self.keda,
        }
        return installs[component]
