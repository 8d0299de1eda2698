"""L3: the llm-d endpoint picker (EPP) of one model's InferencePool."""

from __future__ import annotations

from collections.abc import Mapping

import yaml
from constructs import Construct

from tokenplane import versions
from tokenplane.config import FlowControlSpec, SchedulerWeightsSpec
from tokenplane.constructs.l2.apps import Deployment
from tokenplane.constructs.l2.core import (
    ConfigMap,
    ConfigMapFiles,
    Container,
    FromField,
    Grpc,
    Mount,
    Namespace,
    Pod,
    Port,
    Probe,
    Resources,
    Service,
    ServiceAccount,
    ServicePort,
    Volume,
)
from tokenplane.constructs.l2.rbac import (
    ClusterRole,
    ClusterRoleBinding,
    PolicyRule,
    Role,
    RoleBinding,
)
from tokenplane.contracts import names

GRPC_PORT = 9002
"""ext_proc gRPC port the gateway calls (the pool's `endpointPickerRef.port`)."""
HEALTH_PORT = 9003
"""gRPC health port of the probes."""
METRICS_PORT = 9090
"""Prometheus metrics port (authenticated with the scraper's token)."""
CONFIG_FILE = "epp-config.yaml"
"""Name of the EndpointPickerConfig file in the ConfigMap and in the pod."""
CONFIG_API_VERSION = versions.EPP_CONFIG_API_VERSION
"""EndpointPickerConfig format read by the pinned llm-d Router picker."""
POOL_GROUP = "inference.networking.k8s.io"
"""API group of the InferencePool the picker serves (`--pool-group`; v1 is the only one read)."""

WATCH = ("get", "list", "watch")

POOL_RULES = (
    PolicyRule(verbs=WATCH, api_groups=("",), resources=("pods",)),
    PolicyRule(verbs=WATCH, api_groups=(POOL_GROUP,), resources=("inferencepools",)),
    PolicyRule(
        verbs=WATCH,
        api_groups=(versions.ROUTER_API_GROUP,),
        resources=("inferenceobjectives", "inferencemodelrewrites"),
    ),
)
"""What an EPP reads in its namespace: the pods it scores, its pool, objectives, rewrites."""

METRICS_AUTH_RULES = (
    PolicyRule(
        verbs=("create",), api_groups=("authentication.k8s.io",), resources=("tokenreviews",)
    ),
    PolicyRule(
        verbs=("create",), api_groups=("authorization.k8s.io",), resources=("subjectaccessreviews",)
    ),
)
"""What an EPP's metrics endpoint needs to check a scraper's token and its right to read."""


FLOW_CONTROL_GATE = "flowControl"
"""The feature gate that turns flow control on (llm-d Router v0.10.0
`pkg/epp/flowcontrol/config.go`, `FeatureGate`; registered off by default in
`cmd/epp/runner/runner.go`)."""
FAIRNESS_POLICIES = {
    "round-robin": "round-robin-fairness-policy",
    "global-strict": "global-strict-fairness-policy",
}
"""Plugin type of each `flow_control.fairness` choice (v0.10.0
`pkg/epp/framework/plugins/flowcontrol/fairness/{roundrobin,globalstrict}`)."""
SATURATION_DETECTOR = "utilization-detector"
"""The saturation detector plugin type (v0.10.0
`pkg/epp/framework/plugins/flowcontrol/saturationdetector/utilization`), also the picker's
default; declared so its thresholds are ours to set."""


def picker_config(weights: SchedulerWeightsSpec, flow_control: FlowControlSpec) -> str:
    """The EndpointPickerConfig: the three scorers with their weights, a max-score picker and,
    unless `flow_control.enabled` is off, the `flowControl` feature gate with a priority-band
    template using the chosen fairness policy (the ordering within a flow stays the picker's
    default, first come first served) and the utilization saturation detector."""
    plugins: list[dict[str, object]] = [
        {"type": "queue-scorer"},
        {"type": "kv-cache-utilization-scorer"},
        {"type": "prefix-cache-scorer"},
        {"type": "max-score-picker"},
        {"type": "single-profile-handler"},
        {
            "type": SATURATION_DETECTOR,
            "parameters": {
                "queueDepthThreshold": flow_control.queue_depth_threshold,
                "kvCacheUtilThreshold": flow_control.kv_cache_threshold,
                "metricsStalenessThreshold": f"{flow_control.metrics_staleness_ms}ms",
                "headroom": flow_control.headroom,
            },
        },
    ]
    fairness = FAIRNESS_POLICIES[flow_control.fairness]
    if flow_control.enabled:
        plugins.append({"type": fairness})
    config: dict[str, object] = {
        "apiVersion": CONFIG_API_VERSION,
        "kind": "EndpointPickerConfig",
        "featureGates": [
            FLOW_CONTROL_GATE if flow_control.enabled else f"{FLOW_CONTROL_GATE}=false"
        ],
        "plugins": plugins,
        "schedulingProfiles": [
            {
                "name": "default",
                "plugins": [
                    {"pluginRef": "queue-scorer", "weight": weights.queue},
                    {
                        "pluginRef": "kv-cache-utilization-scorer",
                        "weight": weights.kv_cache_utilization,
                    },
                    {"pluginRef": "prefix-cache-scorer", "weight": weights.prefix_cache},
                    {"pluginRef": "max-score-picker"},
                ],
            }
        ],
        "flowControl": {
            "saturationDetector": {"pluginRef": SATURATION_DETECTOR},
            **(
                {
                    "defaultRequestTTL": f"{flow_control.queue_wait_seconds}s",
                    "defaultPriorityBand": {"fairnessPolicyRef": fairness},
                }
                if flow_control.enabled
                else {}
            ),
        },
    }
    return yaml.safe_dump(config, sort_keys=False, default_flow_style=False)


class EndpointPicker(Construct):
    """Defines the endpoint picker of one InferencePool: Deployment, Service, config, RBAC.

    The picker watches the pool `pool_name` in `namespace`, scores its pods with the
    queue, KV-cache-utilization and prefix-cache scorers weighted by `weights`, queues by
    priority and tenant under saturation as `flow_control` says, and answers
    the gateway's ext_proc calls on the Service's `grpc` port. Its Role reads only what it
    watches; a ClusterRoleBinding to `metrics_auth` lets it authenticate metric scrapers.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        pool_name: str,
        namespace: Namespace,
        weights: SchedulerWeightsSpec,
        flow_control: FlowControlSpec,
        metrics_auth: ClusterRole,
        metrics_auth_binding: str,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        ns = namespace.name
        self.config = ConfigMap(
            self,
            "config",
            name=name,
            namespace=ns,
            data={CONFIG_FILE: picker_config(weights, flow_control)},
            labels=labels,
        )
        self.service_account = ServiceAccount(
            self, "service-account", name=name, namespace=ns, labels=labels
        )
        self.role = Role(self, "role", name=name, namespace=ns, rules=POOL_RULES, labels=labels)
        RoleBinding(
            self,
            "role-binding",
            name=name,
            role=self.role,
            subject=self.service_account,
            labels=labels,
        )
        ClusterRoleBinding(
            self,
            "metrics-auth",
            name=metrics_auth_binding,
            role=metrics_auth,
            subject=self.service_account,
            labels=labels,
        )
        pod_labels = {names.COMPONENT: "endpoint-picker", names.ENDPOINT_PICKER_LABEL: name}
        self.deployment = Deployment(
            self,
            "deployment",
            name=name,
            namespace=ns,
            replicas=1,
            selector=pod_labels,
            pod_labels={**pod_labels, **labels},
            pod=_pod(pool_name, ns, self.service_account, self.config),
            recreate=True,
            labels=labels,
        )
        self.service = Service(
            self,
            "service",
            name=name,
            namespace=ns,
            selector=pod_labels,
            ports=[
                ServicePort(name="grpc", port=GRPC_PORT, app_protocol="kubernetes.io/h2c"),
                ServicePort(name="metrics", port=METRICS_PORT),
            ],
            labels=labels,
        )


def _grpc_probe(timing_seconds: int) -> Probe:
    return Probe(
        Grpc(HEALTH_PORT, "inference-extension"),
        initial_delay_seconds=5,
        period_seconds=timing_seconds,
    )


def _pod(pool: str, namespace: str, account: ServiceAccount, config: ConfigMap) -> Pod:
    # The image declares the non-root user 65532 and the picker writes no files
    # (docs/pod-security.md): the hardened defaults hold with no opt-out.
    container = Container(
        name="epp",
        image=versions.EPP_IMAGE,
        args=[
            f"--pool-name={pool}",
            f"--pool-namespace={namespace}",
            f"--pool-group={POOL_GROUP}",
            f"--config-file=/config/{CONFIG_FILE}",
            f"--grpc-port={GRPC_PORT}",
            f"--grpc-health-port={HEALTH_PORT}",
            f"--metrics-port={METRICS_PORT}",
            "--zap-encoder=json",
            # Tracing is on by default; no collector is deployed, so it is off (as upstream's
            # chart renders it when tracing is not enabled).
            "--tracing=false",
        ],
        env={
            "NAMESPACE": FromField("metadata.namespace"),
            "POD_NAME": FromField("metadata.name"),
        },
        ports=[
            Port("grpc", GRPC_PORT),
            Port("grpc-health", HEALTH_PORT),
            Port("metrics", METRICS_PORT),
        ],
        resources=Resources(requests={"cpu": "500m", "memory": "512Mi"}, limits={"memory": "2Gi"}),
        liveness_probe=_grpc_probe(10),
        readiness_probe=_grpc_probe(2),
        mounts=[Mount("config", "/config", read_only=True)],
    )
    return Pod(
        containers=[container],
        volumes=[Volume("config", ConfigMapFiles(config.name))],
        service_account=account.name,
        termination_grace_period_seconds=130,
    )
