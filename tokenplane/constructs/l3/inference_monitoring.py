"""L3: Prometheus scrape configs and alerts for the inference path and rate limiting."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from constructs import Construct

from tokenplane.constructs.l2.core import Namespace, ServiceAccount, ServiceAccountToken
from tokenplane.constructs.l2.prometheus import AlertRule, PodMonitor, PrometheusRule
from tokenplane.constructs.l2.rbac import ClusterRole, ClusterRoleBinding, PolicyRule
from tokenplane.contracts import names

KV_CACHE_RATIO = 0.9
"""`vllm:kv_cache_usage_perc` (1 = full) above which a pod is short of KV cache."""
QUEUE_DEPTH = 10
"""`vllm:num_requests_waiting` above which a pod's queue is long."""
RATE_LIMIT_METRICS_PORT = "metrics"
"""The container port (19001) on which Envoy Gateway runs its rate-limit service's Prometheus
endpoint, unless its telemetry turns Prometheus off (envoyproxy/gateway v1.9.1
`internal/infrastructure/kubernetes/ratelimit/resource.go`, `expectedRateLimitContainers`)."""
METRICS_READER_RULES = (PolicyRule(verbs=("get",), non_resource_urls=("/metrics",)),)
"""What a token needs for an endpoint picker's authenticated metrics endpoint to answer it."""


def _minutes(count: int) -> timedelta:
    return timedelta(minutes=count)


class InferenceMonitoring(Construct):
    """Defines how Prometheus watches the platform: PodMonitors of every vLLM pod (`/metrics`
    on the `http` port) and every endpoint picker (`metrics` port, authenticated with the
    token of a metrics-reader ServiceAccount allowed `get /metrics`), a PodMonitor of Envoy
    Gateway's rate-limit service (in `rate_limit_namespace`, where Envoy Gateway runs it), and
    alerts on the inference path (in `models`) and on the rate-limit service (beside it).
    Thresholds and metric names are documented in docs/observability.md.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: str,
        models: Namespace,
        rate_limit_namespace: str,
        model_pods: Mapping[str, str],
        picker_pods: Mapping[str, str],
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        reader = names.metrics_reader(platform)
        account = ServiceAccount(self, "reader", name=reader, namespace=models.name, labels=labels)
        role = ClusterRole(
            self, "reader-role", name=reader, rules=METRICS_READER_RULES, labels=labels
        )
        ClusterRoleBinding(
            self, "reader-binding", name=reader, role=role, subject=account, labels=labels
        )
        self.token = ServiceAccountToken(
            self, "reader-token", name=reader, service_account=account, labels=labels
        )
        self.model_servers = PodMonitor(
            self,
            "model-servers",
            name=names.model_server_monitor(platform),
            namespace=models.name,
            selector=model_pods,
            port="http",
            labels=labels,
        )
        self.pickers = PodMonitor(
            self,
            "endpoint-pickers",
            name=names.endpoint_picker_monitor(platform),
            namespace=models.name,
            selector=picker_pods,
            port="metrics",
            token=self.token,
            labels=labels,
        )
        vllm = f'job="{self.model_servers.job}"'
        epp = f'job="{self.pickers.job}"'
        PrometheusRule(
            self,
            "inference-alerts",
            name=names.inference_alerts(platform),
            namespace=models.name,
            group="tokenplane-inference",
            rules=[
                AlertRule(
                    alert="TokenplaneInferencePoolNoReadyEndpoints",
                    expr=f"max by (namespace, name) (inference_pool_ready_pods{{{epp}}}) == 0",
                    for_=_minutes(5),
                    severity="critical",
                    summary="An InferencePool has no ready model server.",
                    description="Pool {{ $labels.namespace }}/{{ $labels.name }} has had no "
                    "ready vLLM pod for 5 minutes: every request for its model fails.",
                ),
                AlertRule(
                    alert="TokenplaneEndpointPickerDown",
                    expr=f"up{{{epp}}} == 0",
                    for_=_minutes(5),
                    severity="critical",
                    summary="An endpoint picker cannot be scraped.",
                    description="{{ $labels.namespace }}/{{ $labels.pod }} has not answered "
                    "a scrape for 5 minutes; its pool fails closed, so its model is down.",
                ),
                AlertRule(
                    alert="TokenplaneModelServerDown",
                    expr=f"up{{{vllm}}} == 0",
                    for_=_minutes(20),
                    severity="warning",
                    summary="A vLLM pod cannot be scraped.",
                    description="{{ $labels.namespace }}/{{ $labels.pod }} has not answered "
                    "on /metrics for 20 minutes (longer than the startup budget for loading "
                    "weights).",
                ),
                AlertRule(
                    alert="TokenplaneKVCacheNearlyFull",
                    expr="max by (namespace, pod, model_name) "
                    f"(vllm:kv_cache_usage_perc{{{vllm}}}) > {KV_CACHE_RATIO}",
                    for_=_minutes(15),
                    severity="warning",
                    summary="A vLLM pod's KV cache is nearly full.",
                    description="{{ $labels.model_name }} on {{ $labels.pod }} has used more "
                    f"than {KV_CACHE_RATIO:.0%} of its KV cache for 15 minutes; requests are "
                    "preempted or queue. Add replicas.",
                ),
                AlertRule(
                    alert="TokenplaneRequestsQueueing",
                    expr="max by (namespace, pod, model_name) "
                    f"(vllm:num_requests_waiting{{{vllm}}}) > {QUEUE_DEPTH}",
                    for_=_minutes(10),
                    severity="warning",
                    summary="Requests queue on a vLLM pod.",
                    description="{{ $labels.model_name }} on {{ $labels.pod }} has had more "
                    f"than {QUEUE_DEPTH} requests waiting for 10 minutes. Add replicas.",
                ),
            ],
            labels=labels,
        )
        self.rate_limit = PodMonitor(
            self,
            "rate-limit",
            name=names.rate_limit_monitor(platform),
            namespace=rate_limit_namespace,
            selector=names.RATE_LIMIT_POD_LABELS,
            port=RATE_LIMIT_METRICS_PORT,
            labels=labels,
        )
        ratelimit = f'job="{self.rate_limit.job}"'
        PrometheusRule(
            self,
            "rate-limiting-alerts",
            name=names.rate_limiting_alerts(platform),
            namespace=rate_limit_namespace,
            group="tokenplane-rate-limiting",
            rules=[
                AlertRule(
                    alert="TokenplaneRateLimitServiceDown",
                    expr=f"absent(up{{{ratelimit}}} == 1)",
                    for_=_minutes(5),
                    severity="critical",
                    summary="No rate-limit service answers a scrape.",
                    description="No pod of Envoy Gateway's rate-limit service in "
                    f"{rate_limit_namespace} has answered a scrape for 5 minutes: it is down or "
                    "not scraped. While it is down, budgeted requests are refused "
                    "(rate_limiting.fail_closed) or pass uncounted.",
                ),
                AlertRule(
                    alert="TokenplaneRateLimitRedisErrors",
                    expr="sum by (namespace, pod) (rate(ratelimit_service_should_rate_limit_error"
                    f'{{{ratelimit}, err_type="redis_error"}}[5m])) > 0',
                    for_=_minutes(2),
                    severity="critical",
                    summary="The rate-limit service cannot use Redis.",
                    description="{{ $labels.pod }} has failed budget checks on Redis errors "
                    "for 2 minutes: budgets are not counted as configured.",
                ),
                AlertRule(
                    alert="TokenplaneRateLimitConfigRejected",
                    expr=f"increase(ratelimit_service_config_load_error{{{ratelimit}}}[10m]) > 0",
                    for_=_minutes(1),
                    severity="warning",
                    summary="The rate-limit service rejected a budgets configuration.",
                    description="{{ $labels.pod }} failed to load a rate-limit configuration "
                    "in the last 10 minutes; it keeps counting by the last one it loaded.",
                ),
            ],
            labels=labels,
        )
