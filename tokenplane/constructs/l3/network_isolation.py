"""L3: default-deny NetworkPolicies in the platform's namespaces, plus the allows it needs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct

from tokenplane.config import ClaimCacheSpec, ModelSpec, NetworkPoliciesSpec
from tokenplane.constructs.l2.core import Namespace, Service
from tokenplane.constructs.l2.gateway_api import Gateway
from tokenplane.constructs.l2.networking import NetworkPolicy, NetworkPolicyPeer, NetworkPolicyRule
from tokenplane.constructs.l3.endpoint_picker import GRPC_PORT, METRICS_PORT
from tokenplane.constructs.l3.model_serving import ModelServing
from tokenplane.contracts import names

DNS = NetworkPolicyPeer(namespace="kube-system", pod_selector={"k8s-app": "kube-dns"})
"""The cluster DNS: CoreDNS (or kube-dns) pods keep the `k8s-app: kube-dns` label."""
DNS_PORT = 53
HTTPS_PORT = 443
API_SERVER_PORTS = (443, 6443)
"""The API server's port behind the `kubernetes` Service (443) and its usual own (6443):
network plugins judge egress after the Service address is translated to the endpoint."""
ANYWHERE = "0.0.0.0/0"
ACME_SOLVER_LABEL = "acme.cert-manager.io/http01-solver"
"""cert-manager's label on the pods that answer HTTP-01 challenges (value `true`)."""
ACME_SOLVER_PORT = 8089
"""The port cert-manager's HTTP-01 solver pods listen on."""


def envoy_pods(gateway: Gateway, namespace: str) -> NetworkPolicyPeer:
    """The Envoy data-plane pods Envoy Gateway runs for `gateway`, in `namespace`."""
    return NetworkPolicyPeer(
        namespace=namespace,
        pod_selector={
            names.MANAGED_BY_LABEL: "envoy-gateway",
            "gateway.envoyproxy.io/owning-gateway-name": gateway.name,
            "gateway.envoyproxy.io/owning-gateway-namespace": gateway.namespace or "",
        },
    )


def downloads_weights(model: ModelSpec) -> bool:
    """Whether a model's pods fetch their weights at start: every cache but a claim may be
    empty (an emptyDir always is), so only a PersistentVolumeClaim counts as pre-filled."""
    return not isinstance(model.cache, ClaimCacheSpec)


class NetworkIsolation(Construct):
    """Defines the NetworkPolicies of the namespaces whose every workload tokenplane renders.

    In each namespace of `isolated`: a default-deny of ingress and egress for every pod and
    an allow of DNS. Then, per model (labelled with the model, so they travel with it): its
    vLLM pods admit the Gateway's Envoy pods, its own endpoint picker and Prometheus on the
    vLLM port, and reach port 443 anywhere when their weights cache may be empty; its
    picker admits Envoy on the ext_proc port and Prometheus on the metrics port, and
    reaches its vLLM pods and the API server. The speech server, if any, admits Envoy on its
    port and reaches 443 (it has no weights cache). In `gateway_namespace`, if isolated,
    cert-manager's HTTP-01 solver pods admit Envoy.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: str,
        settings: NetworkPoliciesSpec,
        gateway: Gateway,
        isolated: Mapping[str, Namespace],
        servings: Sequence[ModelServing],
        models: Mapping[str, ModelSpec],
        speech: Service | None,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        self.envoy = envoy_pods(gateway, settings.envoy_namespace)
        self.prometheus = NetworkPolicyPeer(
            namespace=settings.prometheus.namespace,
            pod_selector=settings.prometheus.pod_labels,
        )
        self.policies: list[NetworkPolicy] = []
        for role, namespace in sorted(isolated.items()):
            self._isolate(platform, role, namespace, labels)
        if gateway.namespace and gateway.namespace in {ns.name for ns in isolated.values()}:
            self.policies.append(
                NetworkPolicy(
                    self,
                    "acme-solver",
                    name=names.acme_solver_ingress(platform),
                    namespace=gateway.namespace,
                    pod_selector={ACME_SOLVER_LABEL: "true"},
                    ingress=[NetworkPolicyRule(ports=[ACME_SOLVER_PORT], peers=[self.envoy])],
                    labels=labels,
                )
            )
        for serving in servings:
            self._serving(serving, models[serving.model_id], settings, labels)
        if speech is not None:
            port = speech.ports[0]
            self.policies.append(
                NetworkPolicy(
                    self,
                    "speech",
                    name=speech.name,
                    namespace=speech.namespace or "",
                    pod_selector=speech.selector,
                    ingress=[
                        NetworkPolicyRule(ports=[port.target_port or port.port], peers=[self.envoy])
                    ],
                    egress=[_anywhere(HTTPS_PORT)],
                    labels=labels,
                )
            )

    def _isolate(
        self, platform: str, role: str, namespace: Namespace, labels: Mapping[str, str]
    ) -> None:
        self.policies.append(
            NetworkPolicy(
                self,
                f"{role}-default-deny",
                name=names.default_deny(platform, role),
                namespace=namespace.name,
                pod_selector={},
                ingress=[],
                egress=[],
                labels=labels,
            )
        )
        self.policies.append(
            NetworkPolicy(
                self,
                f"{role}-dns",
                name=names.dns_egress(platform, role),
                namespace=namespace.name,
                pod_selector={},
                egress=[NetworkPolicyRule(ports=[DNS_PORT], peers=[DNS], protocols=("UDP", "TCP"))],
                labels=labels,
            )
        )

    def _serving(
        self,
        serving: ModelServing,
        model: ModelSpec,
        settings: NetworkPoliciesSpec,
        labels: Mapping[str, str],
    ) -> None:
        server = serving.server
        picker = serving.picker.deployment
        namespace = server.deployment.namespace or ""
        model_labels = {**labels, names.MODEL_LABEL: serving.model_id}
        picker_pods = NetworkPolicyPeer(pod_selector=picker.selector)
        self.policies.append(
            NetworkPolicy(
                self,
                f"{serving.model_id}-server",
                name=server.deployment.name,
                namespace=namespace,
                pod_selector=server.pod_labels,
                ingress=[
                    NetworkPolicyRule(
                        ports=[server.port], peers=[self.envoy, picker_pods, self.prometheus]
                    )
                ],
                egress=[_anywhere(HTTPS_PORT)] if downloads_weights(model) else None,
                labels=model_labels,
            )
        )
        self.policies.append(
            NetworkPolicy(
                self,
                f"{serving.model_id}-picker",
                name=picker.name,
                namespace=namespace,
                pod_selector=picker.selector,
                ingress=[
                    NetworkPolicyRule(ports=[GRPC_PORT], peers=[self.envoy]),
                    NetworkPolicyRule(ports=[METRICS_PORT], peers=[self.prometheus]),
                ],
                egress=[
                    NetworkPolicyRule(
                        ports=[server.port],
                        peers=[NetworkPolicyPeer(pod_selector=server.pod_labels)],
                    ),
                    NetworkPolicyRule(
                        ports=API_SERVER_PORTS,
                        peers=[NetworkPolicyPeer(ip_block=c) for c in settings.api_server_cidrs],
                    ),
                ],
                labels=model_labels,
            )
        )


def _anywhere(port: int) -> NetworkPolicyRule:
    return NetworkPolicyRule(ports=[port], peers=[NetworkPolicyPeer(ip_block=ANYWHERE)])
