"""`config/models.yaml`: the LLMs the platform serves, where they run, and the audio routes."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from tokenplane.config.base import (
    ABSOLUTE_PATH_PATTERN,
    ENV_NAME_PATTERN,
    QUANTITY_PATTERN,
    DnsLabel,
    Hostname,
    Image,
    StrictSpec,
)

Quantity = Annotated[str, StringConstraints(pattern=QUANTITY_PATTERN)]
"""A Kubernetes resource quantity written as a string, such as `"4"`, `500m` or `32Gi`."""

EnvName = Annotated[str, StringConstraints(pattern=ENV_NAME_PATTERN)]
"""An environment variable name."""


class TolerationSpec(StrictSpec):
    """Defines a toleration of the model server pods."""

    key: str = Field(description="Taint key tolerated.")
    operator: Literal["Exists", "Equal"] = Field("Exists", description="How the key is matched.")
    value: str | None = Field(None, description="Taint value, with operator Equal.")
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = Field(
        None, description="Taint effect tolerated. Default: every effect."
    )


class PlacementSpec(StrictSpec):
    """Defines where a workload's pods may be scheduled."""

    node_selector: dict[str, str] = Field(
        default_factory=dict, description="Node labels required. Default: any node."
    )
    tolerations: list[TolerationSpec] = Field(
        default_factory=list, description="Taints tolerated. Default: none."
    )
    runtime_class: DnsLabel | None = Field(
        None, description="RuntimeClass of the pods. Default: the cluster's default runtime."
    )


class ResourceRangeSpec(StrictSpec):
    """Defines the request and the limit of one resource."""

    request: Quantity = Field(description='Amount the scheduler reserves, e.g. "4" or 32Gi.')
    limit: Quantity = Field(description="Amount the container may use at most.")


class ResourcesSpec(StrictSpec):
    """Defines the CPU and memory of one container."""

    cpu: ResourceRangeSpec = Field(description="CPU request and limit, in cores or millicores.")
    memory: ResourceRangeSpec = Field(description="Memory request and limit, e.g. 32Gi.")


class ProbeSpec(StrictSpec):
    """Defines the timing of one HTTP probe on the server's health path."""

    initial_delay_seconds: int = Field(
        0, ge=0, description="Wait before the first probe. Default: probe at once."
    )
    period_seconds: int = Field(10, ge=1, description="Interval between probes. Default: 10 s.")
    failure_threshold: int = Field(
        3, ge=1, description="Failures in a row before the probe fails. Default: 3."
    )


class ProbesSpec(StrictSpec):
    """Defines the startup, readiness and liveness probes of a vLLM server.

    The startup probe holds the other two back until the model is loaded, so its budget
    (initial delay + period × failure threshold) must cover download and load.
    """

    startup: ProbeSpec = Field(
        default_factory=lambda: ProbeSpec(
            initial_delay_seconds=30, period_seconds=10, failure_threshold=60
        ),
        description="Startup probe. Default: 30 s delay, every 10 s, 60 failures (630 s).",
    )
    readiness: ProbeSpec = Field(
        default_factory=lambda: ProbeSpec(period_seconds=15, failure_threshold=3),
        description="Readiness probe. Default: every 15 s, 3 failures.",
    )
    liveness: ProbeSpec = Field(
        default_factory=lambda: ProbeSpec(period_seconds=30, failure_threshold=3),
        description="Liveness probe. Default: every 30 s, 3 failures.",
    )


class EmptyDirCacheSpec(StrictSpec):
    """Defines a model cache that lives as long as the pod: weights download on every start."""

    kind: Literal["empty-dir"] = Field(description="An emptyDir volume.")
    size_limit: Quantity | None = Field(
        None, description="Largest size of the cache. Default: no limit."
    )


class ClaimCacheSpec(StrictSpec):
    """Defines a model cache on an existing PersistentVolumeClaim, kept across restarts."""

    kind: Literal["persistent-volume-claim"] = Field(description="An existing claim.")
    claim_name: DnsLabel = Field(description="Name of the claim in the models namespace.")


class HostPathCacheSpec(StrictSpec):
    """Defines a model cache in a directory of the node, kept across restarts."""

    kind: Literal["host-path"] = Field(description="A directory on the node.")
    path: str = Field(
        pattern=ABSOLUTE_PATH_PATTERN,
        description="Absolute path on the node; vLLM runs as uid 2000, which must be able to "
        "write there (docs/pod-security.md).",
    )


CacheSpec = Annotated[
    EmptyDirCacheSpec | ClaimCacheSpec | HostPathCacheSpec, Field(discriminator="kind")
]
"""Where a vLLM server keeps downloaded weights (mounted at the Hugging Face cache path)."""


class SecretKeySpec(StrictSpec):
    """Defines a reference to one key of a Secret; the value never appears in config."""

    name: DnsLabel = Field(description="Name of the Secret, in the namespace of the workload.")
    key: str = Field(min_length=1, description="Key in the Secret's data.")


class HfTokenSpec(SecretKeySpec):
    """Defines the Secret key holding a Hugging Face token, and optionally where its value
    lives in the platform's credentials store."""

    remote_key: str | None = Field(
        None,
        min_length=1,
        description="Path of the token in the platform's ClusterSecretStore "
        "(`platform.credentials.store`); when set, an ExternalSecret writes the Secret in the "
        "models namespace. Default: the Secret is provided by other means.",
    )


class VllmSpec(StrictSpec):
    """Defines the vLLM engine arguments tokenplane renders for a model.

    Prefix caching is always on: the endpoint picker's prefix-cache scorer depends on it.
    """

    dtype: Literal["auto", "half", "float16", "bfloat16", "float", "float32"] = Field(
        "auto", description="Weight and activation type (`--dtype`). Default: auto."
    )
    gpu_memory_utilization: float = Field(
        0.9,
        gt=0,
        le=1,
        description="Share of GPU memory vLLM may use (`--gpu-memory-utilization`). Default: 0.9.",
    )
    max_model_len: int | None = Field(
        None, ge=1, description="Context length (`--max-model-len`). Default: the model's own."
    )
    quantization: str | None = Field(
        None,
        min_length=1,
        description="Quantization method (`--quantization`), e.g. modelopt. Default: none.",
    )
    trust_remote_code: bool = Field(
        False, description="Run the model repository's code (`--trust-remote-code`). Default: no."
    )
    enforce_eager: bool = Field(
        False, description="Disable CUDA graphs (`--enforce-eager`). Default: CUDA graphs on."
    )
    tensor_parallel_size: int = Field(
        1, ge=1, description="GPUs one replica shards over (`--tensor-parallel-size`). Default: 1."
    )
    extra_args: list[str] = Field(
        default_factory=list,
        description="Further vLLM arguments, appended after the typed ones. Default: none.",
    )


class SchedulerWeightsSpec(StrictSpec):
    """Defines how much each endpoint-picker scorer counts when choosing a vLLM pod.

    The defaults are the llm-d inference-scheduling guide's: queue 2, KV cache 2, prefix 3.
    """

    queue: int = Field(2, ge=0, description="Weight of queue depth (queue-scorer). Default: 2.")
    kv_cache_utilization: int = Field(
        2,
        ge=0,
        description="Weight of free KV-cache memory (kv-cache-utilization-scorer). Default: 2.",
    )
    prefix_cache: int = Field(
        3, ge=0, description="Weight of prefix-cache locality (prefix-cache-scorer). Default: 3."
    )


FairnessPolicy = Literal["round-robin", "global-strict"]
"""How a picker chooses among the flows (tenants) of one priority band: llm-d Router v0.10.0's
`round-robin-fairness-policy` (each tenant in turn) or `global-strict-fairness-policy` (one
queue, no fairness between tenants)."""


class FlowControlSpec(StrictSpec):
    """Defines the endpoint picker's flow control: under saturation, requests wait in priority
    bands (higher priority dispatched first) and, within a band, in one flow per tenant.

    The saturation thresholds are those of llm-d Router v0.10.0's `utilization-detector`, with
    its defaults: the pool is saturated when its pods' waiting queues or KV-cache use reach the
    thresholds on average (docs/inference.md, "Priority and fairness").
    """

    enabled: bool = Field(
        True,
        description="Turn on flow control (the picker's `flowControl` feature gate). Without it "
        "the picker neither queues by priority nor keeps tenants apart. Default: on.",
    )
    fairness: FairnessPolicy = Field(
        "round-robin",
        description="How the tenants of one priority band share dispatch: `round-robin` (each "
        "tenant in turn) or `global-strict` (arrival order, no fairness). Default: round-robin.",
    )
    queue_wait_seconds: int = Field(
        60,
        ge=1,
        le=3600,
        description="Longest a request waits in the picker's queue before it is shed with a "
        "retryable error (`defaultRequestTTL`). Default: 60 s, the picker's own.",
    )
    queue_depth_threshold: int = Field(
        5,
        ge=1,
        description="Waiting requests per pod at which the pod counts as full "
        "(`queueDepthThreshold`). Default: 5, the picker's own.",
    )
    kv_cache_threshold: float = Field(
        0.8,
        gt=0,
        le=1,
        description="KV-cache use (0 to 1) at which a pod counts as full "
        "(`kvCacheUtilThreshold`). Default: 0.8, the picker's own.",
    )
    metrics_staleness_ms: int = Field(
        200,
        ge=1,
        description="Age of a pod's metrics after which it counts as full "
        "(`metricsStalenessThreshold`). Default: 200 ms, the picker's own.",
    )
    headroom: float = Field(
        0.0,
        ge=0,
        description="Burst allowance above the thresholds a single pod may still be sent work "
        "at, as a fraction (`headroom`). Default: 0, the picker's own.",
    )


AUTOSCALING_WINDOW_MAX = 3600
"""Longest scale-down stabilization window KEDA's ScaledObject CRD accepts (one hour)."""


class AutoscalingSpec(StrictSpec):
    """Defines how KEDA scales a model's vLLM Deployment on its vLLM metrics.

    Each target is per pod: KEDA sums the metric over the model's pods and the HPA it manages
    adds pods while the sum divided by the pod count exceeds the target. With autoscaling the
    Deployment carries no replica count; the HPA owns it (docs/inference.md, "Autoscaling").
    """

    min_replicas: int = Field(
        1, ge=1, description="Fewest vLLM pods; at least 1 (no scale to zero). Default: 1."
    )
    max_replicas: int = Field(ge=1, description="Most vLLM pods; at least min_replicas.")
    queue_depth_target: int = Field(
        5,
        ge=1,
        description="Requests waiting per pod (vllm:num_requests_waiting) above which pods "
        "are added. Default: 5.",
    )
    kv_cache_target: float | None = Field(
        None,
        gt=0,
        le=1,
        description="KV-cache usage per pod (vllm:kv_cache_usage_perc, 1 = full) above which "
        "pods are added. Default: not a trigger.",
    )
    prometheus_url: str = Field(
        "http://prometheus-operated.monitoring.svc:9090",
        pattern=r"^https?://[^\s]+$",
        description="Prometheus KEDA queries. Default: the Service the Prometheus operator "
        "creates for its Prometheus in the monitoring namespace.",
    )
    scale_down_window_seconds: int = Field(
        600,
        ge=0,
        le=AUTOSCALING_WINDOW_MAX,
        description="Time the load must stay low before a pod is removed; a vLLM pod takes "
        "minutes to load its weights, so removal waits longer than addition. Default: 600 s.",
    )


class ModelSpec(StrictSpec):
    """Defines one model: the OpenAI model name clients send, and its vLLM servers."""

    served_name: str = Field(
        min_length=1, description="The `model` value clients send, e.g. nvidia/Llama-3.1-8B."
    )
    source: str | None = Field(
        None,
        min_length=1,
        description="Hugging Face repository vLLM loads. Default: the served name.",
    )
    image: Image = Field(description="vLLM container image, pinned by tag or digest.")
    vllm: VllmSpec = Field(
        default_factory=VllmSpec, description="vLLM engine arguments. Default: see VllmSpec."
    )
    port: int = Field(8000, ge=1, le=65535, description="Port vLLM listens on. Default: 8000.")
    gpus: int = Field(1, ge=0, description="nvidia.com/gpu per pod. Default: 1.")
    replicas: int = Field(1, ge=1, description="Number of vLLM pods. Default: 1.")
    resources: ResourcesSpec = Field(description="CPU and memory of the vLLM container.")
    shm_size: Quantity = Field(
        "8Gi", description="Size of the memory-backed /dev/shm (counts as memory). Default: 8Gi."
    )
    env: dict[EnvName, str] = Field(
        default_factory=dict, description="Extra environment variables. Default: none."
    )
    probes: ProbesSpec = Field(
        default_factory=ProbesSpec, description="Probe timings. Default: see ProbesSpec."
    )
    cache: CacheSpec = Field(
        default_factory=lambda: EmptyDirCacheSpec(kind="empty-dir"),
        description="Model cache volume. Default: an emptyDir without size limit.",
    )
    hf_token: HfTokenSpec | None = Field(
        None,
        description="Secret key holding the Hugging Face token (env HF_TOKEN), and the store "
        "path an ExternalSecret fills it from. Default: no token, for public models.",
    )
    scheduler: SchedulerWeightsSpec = Field(
        default_factory=SchedulerWeightsSpec,
        description="Endpoint-picker scorer weights. Default: the llm-d guide's 2/2/3.",
    )
    flow_control: FlowControlSpec = Field(
        default_factory=FlowControlSpec,
        description="Endpoint-picker flow control: priority bands and per-tenant fairness "
        "under saturation. Default: on, round-robin, the picker's own thresholds.",
    )
    route_timeout_seconds: int = Field(
        300, ge=1, description="Longest a request may take, streaming included. Default: 300 s."
    )
    placement: PlacementSpec = Field(
        default_factory=PlacementSpec, description="Scheduling. Default: anywhere."
    )
    autoscaling: AutoscalingSpec | None = Field(
        None,
        description="Scale the vLLM pods with KEDA between min and max replicas; `replicas` "
        "must then be left out. Default: a fixed number of pods (`replicas`).",
    )

    @property
    def model_source(self) -> str:
        """The repository vLLM loads: `source`, else the served name."""
        return self.source or self.served_name


class SpeechSpec(StrictSpec):
    """Defines the in-cluster text-to-speech server behind `/v1/audio/speech`."""

    image: Image = Field(description="Server image, pinned by tag or digest.")
    port: int = Field(8000, ge=1, le=65535, description="Port it listens on. Default: 8000.")
    health_path: str = Field(
        "/health",
        pattern=ABSOLUTE_PATH_PATTERN,
        description="Path of its health check. Default: /health.",
    )
    replicas: int = Field(1, ge=1, description="Number of pods. Default: 1.")
    resources: ResourcesSpec = Field(description="CPU and memory of the server.")
    timeout_seconds: int = Field(
        120, ge=1, description="Longest a request may take. Default: 120 s."
    )
    placement: PlacementSpec = Field(
        default_factory=PlacementSpec, description="Scheduling. Default: anywhere."
    )


class TranscriptionSpec(StrictSpec):
    """Defines the external provider behind `/v1/audio/transcriptions`.

    Traffic leaves over TLS, verified against the system CA bundle for `hostname`; the
    tenant's Authorization header is replaced by the provider's key.
    """

    hostname: Hostname = Field(description="Provider host, e.g. integrate.api.nvidia.com.")
    port: int = Field(443, ge=1, le=65535, description="Provider TLS port. Default: 443.")
    api_key_remote_ref: str = Field(
        min_length=1,
        description="Key of the provider's API key in the platform's ClusterSecretStore "
        "(`platform.credentials.store`); rendered as an ExternalSecret, never as a value.",
    )
    timeout_seconds: int = Field(
        120, ge=1, description="Longest a request may take. Default: 120 s."
    )


class AudioSpec(StrictSpec):
    """Defines the audio routes; each is rendered only when configured."""

    speech: SpeechSpec | None = Field(None, description="`/v1/audio/speech`. Default: not routed.")
    transcription: TranscriptionSpec | None = Field(
        None, description="`/v1/audio/transcriptions`. Default: not routed."
    )


class ModelsFileSpec(StrictSpec):
    """Defines the contents of `config/models.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    models: dict[DnsLabel, ModelSpec] = Field(min_length=1, description="Models by id.")
    audio: AudioSpec = Field(default_factory=AudioSpec, description="Audio routes. Default: none.")
