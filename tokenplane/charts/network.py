"""The network chart: the NetworkPolicies of one cluster."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from tokenplane.charts.models import ModelsChart
from tokenplane.charts.platform import PlatformChart
from tokenplane.charts.tenancy import TenancyChart
from tokenplane.constructs import (
    NetworkIsolation,
    NetworkPolicy,
    NetworkPolicyPeer,
    NetworkPolicyRule,
)
from tokenplane.constructs.l3.rate_limit_storage import REDIS_PORT
from tokenplane.contracts import names
from tokenplane.resolve import ResolvedCluster


class NetworkChart(cdk8s.Chart):
    """Defines default-deny and the needed allows in the namespaces whose every workload
    tokenplane renders: the models namespace, and the gateway namespace unless Envoy's pods
    run there. The auth namespace and Envoy Gateway's are left alone: the Kuadrant operator,
    Authorino, Limitador, Envoy Gateway and its rate-limit service run there, installed and
    wired by others (see docs/network.md); only the Redis that tokenplane runs in Envoy
    Gateway's namespace for the rate-limit service is isolated, by a policy over its pods alone
    that admits its port from the rate-limit service's pods and allows no egress.

    Renders nothing when `network_policies.enabled` is false.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ResolvedCluster,
        platform: PlatformChart,
        models: ModelsChart,
        tenancy: TenancyChart,
    ) -> None:
        settings = cluster.spec.platform
        super().__init__(
            scope, id, labels=names.common_labels(settings.name), disable_resource_name_hashes=True
        )
        network = settings.network_policies
        if not network.enabled:
            return
        foreign = {network.envoy_namespace, platform.namespaces.auth.name}
        candidates = {"gateway": platform.namespaces.gateway, "models": platform.namespaces.models}
        self.isolation = NetworkIsolation(
            self,
            "isolation",
            platform=settings.name,
            settings=network,
            gateway=platform.endpoint.gateway,
            isolated={role: ns for role, ns in candidates.items() if ns.name not in foreign},
            servings=models.servings,
            models=cluster.models,
            speech=models.audio.speech_service,
            labels=names.component("network-policy"),
        )
        redis = tenancy.storage.redis
        if redis is not None:
            self.redis = NetworkPolicy(
                self,
                "rate-limit-redis",
                name=names.RATE_LIMIT_REDIS,
                namespace=tenancy.storage.namespace,
                pod_selector=redis.pod_labels,
                ingress=[
                    NetworkPolicyRule(
                        ports=[REDIS_PORT],
                        peers=[NetworkPolicyPeer(pod_selector=names.RATE_LIMIT_POD_LABELS)],
                    )
                ],
                egress=[],
                labels=names.component("network-policy"),
            )
