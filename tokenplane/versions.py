"""The one version table: every upstream component tokenplane targets, and its CRD files.

Everything that needs a version reads it from here: the `cdk8s import` script (which CRD files
become `imports/`), the offline validator (which schema judges a document), the API-server tests
(which CRDs to install) and the infrastructure layer (which chart version to install). Paths are
relative to the shared CRD folder (`../shared/crds` beside the checkout), whose README records
where each file came from.
"""

from __future__ import annotations

from dataclasses import dataclass

KUBERNETES_VERSION = "1.36.2"
"""The Kubernetes release whose built-in API the output targets (OpenAPI schema, kube-apiserver)."""


@dataclass(frozen=True)
class Component:
    """Defines one upstream project at the version tokenplane pins, with the CRD files it ships."""

    name: str
    repo: str
    version: str
    crd_files: tuple[str, ...]
    crd_ref: str = ""
    """Git ref the CRD files were copied from. Default: `version` (the pinned release)."""


COMPONENTS: tuple[Component, ...] = (
    Component(
        name="gateway-api",
        repo="kubernetes-sigs/gateway-api",
        version="v1.6.1",
        crd_files=(
            "gateway-api/standard/gateway.networking.k8s.io_backendtlspolicies.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_gatewayclasses.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_gateways.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_grpcroutes.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_httproutes.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_listenersets.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_referencegrants.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_tcproutes.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_tlsroutes.yaml",
            "gateway-api/standard/gateway.networking.k8s.io_udproutes.yaml",
        ),
    ),
    Component(
        name="envoy-gateway",
        repo="envoyproxy/gateway",
        # v1.9.1's notes tell v1.8.x users to skip v1.9.0 (v1.9.1 reverts v1.9.0's 0s SDS/RDS
        # initial fetch timeout); v1.9.3 is the newest patch release. No v1.9.1-v1.9.3 note adds,
        # removes or renames a CRD kind, version or field, so the v1.9.0 CRD files (the newest
        # tag in the shared snapshot) stay the validation schema (docs/gitops.md, "Versions").
        version="v1.9.3",
        crd_ref="v1.9.0",
        crd_files=(
            "envoy-gateway/gateway.envoyproxy.io_backends.yaml",
            "envoy-gateway/gateway.envoyproxy.io_backendtrafficpolicies.yaml",
            "envoy-gateway/gateway.envoyproxy.io_clienttrafficpolicies.yaml",
            "envoy-gateway/gateway.envoyproxy.io_envoyextensionpolicies.yaml",
            "envoy-gateway/gateway.envoyproxy.io_envoypatchpolicies.yaml",
            "envoy-gateway/gateway.envoyproxy.io_envoyproxies.yaml",
            "envoy-gateway/gateway.envoyproxy.io_httproutefilters.yaml",
            "envoy-gateway/gateway.envoyproxy.io_securitypolicies.yaml",
        ),
    ),
    Component(
        name="envoy-ai-gateway",
        repo="envoyproxy/ai-gateway",
        version="v1.1.0",
        crd_files=(
            "envoy-ai-gateway/aigateway.envoyproxy.io_aigatewayroutes.yaml",
            "envoy-ai-gateway/aigateway.envoyproxy.io_aiservicebackends.yaml",
            "envoy-ai-gateway/aigateway.envoyproxy.io_backendsecuritypolicies.yaml",
            "envoy-ai-gateway/aigateway.envoyproxy.io_gatewayconfigs.yaml",
            "envoy-ai-gateway/aigateway.envoyproxy.io_mcproutes.yaml",
            "envoy-ai-gateway/aigateway.envoyproxy.io_quotapolicies.yaml",
        ),
    ),
    Component(
        name="kuadrant-operator",
        repo="Kuadrant/kuadrant-operator",
        version="v1.5.2",
        crd_files=(
            "kuadrant/kuadrant-operator/kuadrant.io_authpolicies.yaml",
            "kuadrant/kuadrant-operator/kuadrant.io_dnspolicies.yaml",
            "kuadrant/kuadrant-operator/kuadrant.io_kuadrants.yaml",
            "kuadrant/kuadrant-operator/kuadrant.io_ratelimitpolicies.yaml",
            "kuadrant/kuadrant-operator/kuadrant.io_tlspolicies.yaml",
            "kuadrant/kuadrant-operator/kuadrant.io_tokenratelimitpolicies.yaml",
        ),
    ),
    Component(
        name="authorino",
        repo="Kuadrant/authorino",
        version="v0.27.0",
        # The Authorino server the conformance suite builds. The AuthConfig CRD a cluster has
        # is the one authorino-operator installs (next entry), so none is taken from here.
        crd_files=(),
    ),
    Component(
        name="authorino-operator",
        repo="Kuadrant/authorino-operator",
        # What kuadrant-operator v1.5.2 installs (its Chart.yaml dependencies and release.yaml):
        # its bundled AuthConfig CRD, not authorino v0.27.0's, is the one a cluster serves.
        version="v0.25.2",
        crd_files=(
            "kuadrant/authorino-operator/v0.25.2/authorino.kuadrant.io_authconfigs.yaml",
            "kuadrant/authorino-operator/v0.25.2/operator.authorino.kuadrant.io_authorinos.yaml",
        ),
    ),
    Component(
        name="limitador-operator",
        repo="Kuadrant/limitador-operator",
        # Kuadrant v1.5.2 pairs with limitador-operator 0.18.3, whose files are not available
        # here (the snapshot stops at v0.17.1): 0.17.1's Limitador CRD stays the schema and its
        # chart the fallback (docs/gitops.md, "Versions").
        version="v0.17.1",
        crd_files=("kuadrant/limitador-operator/limitador.kuadrant.io_limitadors.yaml",),
    ),
    Component(
        name="gateway-api-inference-extension",
        repo="kubernetes-sigs/gateway-api-inference-extension",
        version="v1.6.0",
        crd_files=(
            "gateway-api-inference-extension/inference.networking.k8s.io_inferencepools.yaml",
            "gateway-api-inference-extension/inference.networking.x-k8s.io_inferencepoolimports.yaml",
        ),
    ),
    Component(
        name="llm-d-router",
        repo="llm-d/llm-d-router",
        # The llm-d inference scheduler's new home (renamed llm-d-inference-scheduler). Its
        # InferenceObjective and InferenceModelRewrite moved to llm-d.ai/v1alpha2 and its
        # EndpointPickerConfig to llm-d.ai/v1alpha1; it still reads InferencePools at
        # inference.networking.k8s.io/v1 (docs/inference.md, "Endpoint picker").
        version="v0.10.0",
        crd_files=(
            "llm-d-router/v0.10.0/llm-d.ai_inferencemodelrewrites.yaml",
            "llm-d-router/v0.10.0/llm-d.ai_inferenceobjectives.yaml",
        ),
    ),
    Component(
        name="cert-manager",
        repo="cert-manager/cert-manager",
        version="v1.21.1",
        crd_files=(
            "cert-manager/cert-manager.io_certificaterequests.yaml",
            "cert-manager/cert-manager.io_certificates.yaml",
            "cert-manager/cert-manager.io_clusterissuers.yaml",
            "cert-manager/cert-manager.io_issuers.yaml",
        ),
    ),
    Component(
        name="external-secrets",
        repo="external-secrets/external-secrets",
        version="v2.9.0",
        crd_files=(
            "external-secrets/external-secrets.io_clusterexternalsecrets.yaml",
            "external-secrets/external-secrets.io_clustersecretstores.yaml",
            "external-secrets/external-secrets.io_externalsecrets.yaml",
            "external-secrets/external-secrets.io_pushsecrets.yaml",
            "external-secrets/external-secrets.io_secretstores.yaml",
            "external-secrets/generators.external-secrets.io_passwords.yaml",
            "external-secrets/generators.external-secrets.io_clustergenerators.yaml",
        ),
    ),
    Component(
        name="flux-source-controller",
        repo="fluxcd/source-controller",
        # flux2 v2.9.4 pins v1.9.4, which the module proxy cannot build here (its dependency
        # github.com/fluxcd/pkg/artifact v0.18.2 is refused); v1.9.3 is the nearest release that
        # builds. Its CRD files differ from v1.9.1's only by a
        # kustomize.toolkit.fluxcd.io/substitute annotation (docs/gitops.md, "Versions").
        version="v1.9.3",
        crd_ref="v1.9.1",
        crd_files=(
            "flux/source-controller/source.toolkit.fluxcd.io_gitrepositories.yaml",
            "flux/source-controller/source.toolkit.fluxcd.io_helmrepositories.yaml",
            "flux/source-controller/source.toolkit.fluxcd.io_ocirepositories.yaml",
        ),
    ),
    Component(
        name="flux-kustomize-controller",
        repo="fluxcd/kustomize-controller",
        version="v1.9.4",
        crd_files=("flux/kustomize-controller/kustomize.toolkit.fluxcd.io_kustomizations.yaml",),
    ),
    Component(
        name="flux-helm-controller",
        repo="fluxcd/helm-controller",
        # flux2 v2.9.4 pins v1.6.3, which replaces Helm with the fork github.com/fluxcd/helm/v4
        # v4.2.4-flux.1 that the module proxy refuses here; v1.6.2 (upstream Helm v4.2.2) is the
        # nearest release that builds, and its HelmRelease CRD is byte-identical to v1.6.3's.
        version="v1.6.2",
        crd_ref="v1.6.3",
        crd_files=("flux/helm-controller/helm.toolkit.fluxcd.io_helmreleases.yaml",),
    ),
    Component(
        name="argo-cd",
        repo="argoproj/argo-cd",
        version="v3.5.1",
        crd_files=(
            "argo-cd/application-crd.yaml",
            "argo-cd/appproject-crd.yaml",
        ),
    ),
    Component(
        name="prometheus-operator",
        repo="prometheus-operator/prometheus-operator",
        version="v0.93.0",
        crd_files=(
            "prometheus-operator/monitoring.coreos.com_podmonitors.yaml",
            "prometheus-operator/monitoring.coreos.com_prometheusrules.yaml",
            "prometheus-operator/monitoring.coreos.com_servicemonitors.yaml",
        ),
    ),
    Component(
        name="keda",
        repo="kedacore/keda",
        version="v2.20.2",
        # Upstream's config/crd/kustomization.yaml also applies keda/patches/ (JSON patches);
        # they are not applied here: docs/inference.md, "Autoscaling", says why.
        crd_files=(
            "keda/eventing.keda.sh_cloudeventsources.yaml",
            "keda/eventing.keda.sh_clustercloudeventsources.yaml",
            "keda/keda.sh_clustertriggerauthentications.yaml",
            "keda/keda.sh_scaledjobs.yaml",
            "keda/keda.sh_scaledobjects.yaml",
            "keda/keda.sh_triggerauthentications.yaml",
        ),
    ),
)


def crd_files() -> tuple[str, ...]:
    """Every pinned CRD file, relative to the shared CRD folder, in table order."""
    return tuple(path for component in COMPONENTS for path in component.crd_files)


def component(name: str) -> Component:
    """The pinned component called `name`; raises KeyError for a name not in the table."""
    for candidate in COMPONENTS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


EPP_IMAGE = "ghcr.io/llm-d/llm-d-router-endpoint-picker:" + component("llm-d-router").version
"""The endpoint picker image of llm-d Router; its EndpointPickerConfig format must match it."""

ROUTER_API_GROUP = "llm-d.ai"
"""API group of llm-d Router's own kinds (InferenceObjective, InferenceModelRewrite)."""

EPP_CONFIG_API_VERSION = ROUTER_API_GROUP + "/v1alpha1"
"""The EndpointPickerConfig apiVersion the pinned picker reads (older group: deprecated)."""

INFERENCE_OBJECTIVE_API_VERSION = ROUTER_API_GROUP + "/v1alpha2"
"""apiVersion of InferenceObjective and InferenceModelRewrite at the pinned llm-d Router."""

VLLM_IMAGE = "vllm/vllm-openai:v0.33.0"
"""The vLLM release the example config and docs target (docs/inference.md, "vLLM").

A model's image is its own config field (`models.<id>.image`); this is the release whose
`vllm serve` flags and health endpoint the model-server construct was checked against.
"""

REDIS_IMAGE = "redis:7.4.2"
"""The Redis image of the in-cluster rate-limit storage (`rate_limit_storage: redis-in-cluster`)."""


@dataclass(frozen=True)
class GoProgram:
    """Defines one Go program the GitOps end-to-end suite builds from the module proxy.

    `scripts/build-flux.sh` builds it into `<cache>/bin/<name>-<version>` through a wrapper module
    that copies the upstream module's non-local `replace` lines.
    """

    name: str
    module: str
    version: str
    package: str = ""
    """Import path of the main package. Default: the module root."""

    def main_package(self) -> str:
        """The import path `go build` compiles: `package`, or the module root when unset."""
        return self.package or self.module


HELM_VERSION = "v4.2.2"
"""The Helm release the Flux controllers above embed (go.mod); tests/gitops packages with it."""

GITOPS_PROGRAMS: tuple[GoProgram, ...] = (
    GoProgram(
        name="source-controller",
        module="github.com/fluxcd/source-controller",
        version=component("flux-source-controller").version,
    ),
    GoProgram(
        name="kustomize-controller",
        module="github.com/fluxcd/kustomize-controller",
        version=component("flux-kustomize-controller").version,
    ),
    GoProgram(
        name="helm-controller",
        module="github.com/fluxcd/helm-controller",
        version=component("flux-helm-controller").version,
    ),
    GoProgram(
        name="helm",
        module="helm.sh/helm/v4",
        version=HELM_VERSION,
        package="helm.sh/helm/v4/cmd/helm",
    ),
)
"""Programs `make test` builds for tests/gitops, cached by version outside the clone."""

RATELIMIT = GoProgram(
    name="ratelimit",
    module="github.com/envoyproxy/ratelimit",
    # The commit Envoy Gateway v1.9.1's go.mod requires. Its rate-limit image (envoyproxy/ratelimit
    # 8fe6ea42; v1.9.0: 17b1956c) is a later commit the module proxy does not serve, and v1.9.2 and
    # v1.9.3 are not served either (docs/conformance.md).
    version="v1.4.1-0.20260122083618-3fb702589d36",
    package="github.com/envoyproxy/ratelimit/src/service_cmd",
)
"""Envoy Gateway's rate-limit service, which counts the budgets; the conformance suite runs it."""

ENDPOINT_PICKER = GoProgram(
    name="gaie-epp",
    # The picker tests/scheduling runs. llm-d Router v0.10.0 (component "llm-d-router", the image
    # the EPP Deployment runs) cannot be built here: the module proxy answers 403 for
    # github.com/llm-d/llm-d-router at every version, its @v/list and its tag commit. The nearest
    # picker that builds is the one it moved from: the Gateway API Inference Extension's EPP at
    # v1.5.0, the release llm-d Router v0.10.0's go.mod requires (v1.6.0 ships only the
    # lightweight conformance picker). docs/inference.md, "The picker under test", lists what
    # differs and how the suite bridges it.
    module="sigs.k8s.io/gateway-api-inference-extension",
    version="v1.5.0",
    package="sigs.k8s.io/gateway-api-inference-extension/cmd/epp",
)
"""The endpoint picker tests/scheduling drives over ext_proc, cached by version outside the clone.
"""

EGCTL = GoProgram(
    name="egctl",
    module="github.com/envoyproxy/gateway",
    # The newest Envoy Gateway release the Go module proxy serves here: v1.9.2 and v1.9.3 (the
    # pinned envoy-gateway component) are refused with 403 "This module version is not
    # available" (docs/conformance.md). v1.9.1 is also the source the budget design cites.
    version="v1.9.1",
    package="github.com/envoyproxy/gateway/cmd/egctl",
)
"""Envoy Gateway's CLI; the conformance suite runs its translator (`egctl x translate`) on the
rendered Gateway and budgets policy."""
