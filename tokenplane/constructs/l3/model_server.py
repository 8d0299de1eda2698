"""L3: the vLLM servers of one model."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.config import (
    ClaimCacheSpec,
    EmptyDirCacheSpec,
    ModelSpec,
    PlacementSpec,
    ProbeSpec,
    ResourcesSpec,
)
from tokenplane.constructs.l2.apps import Deployment
from tokenplane.constructs.l2.core import Namespace, Service, ServicePort
from tokenplane.constructs.l2.policy import PodDisruptionBudget
from tokenplane.contracts import names

HEALTH_PATH = "/health"
"""vLLM's health endpoint, used by all three probes."""
CACHE_PATH = "/root/.cache/huggingface"
"""Where the vLLM image keeps downloaded weights (its Hugging Face cache)."""
TERMINATION_GRACE_SECONDS = 130
"""Time a stopping vLLM pod gets to finish running requests."""


class ModelServer(Construct):
    """Defines a model's vLLM Deployment, a Service in front of it, and a PodDisruptionBudget.

    The pods carry `names.model_pod_labels(model_id)`, which the Deployment, the Service and
    the model's InferencePool select. vLLM is started with the served name clients send,
    prefix caching on (the endpoint picker's prefix scorer relies on it) and the typed
    engine arguments of `model.vllm`; the Hugging Face token comes from a Secret reference.
    With `model.autoscaling` the Deployment carries no replica count (KEDA's HPA owns it).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model_id: str,
        model: ModelSpec,
        namespace: Namespace,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        name = names.model_server(model_id)
        self.port = model.port
        self.pod_labels = names.model_pod_labels(model_id)
        self.deployment = Deployment(
            self,
            "deployment",
            name=name,
            namespace=namespace.name,
            replicas=None if model.autoscaling else model.replicas,
            selector=self.pod_labels,
            pod_labels={**self.pod_labels, **labels},
            pod=_pod(model),
            max_surge=0,
            labels=labels,
        )
        self.service = Service(
            self,
            "service",
            name=name,
            namespace=namespace.name,
            selector=self.pod_labels,
            ports=[ServicePort(name="http", port=model.port)],
            labels=labels,
        )
        self.disruption_budget = PodDisruptionBudget(
            self,
            "disruption-budget",
            name=name,
            namespace=namespace.name,
            workload=self.deployment,
            labels=labels,
        )


def vllm_args(model: ModelSpec) -> list[str]:
    """The arguments of `vllm serve`, typed ones first, then the extra ones verbatim."""
    engine = model.vllm
    args = [
        model.model_source,
        f"--served-model-name={model.served_name}",
        f"--port={model.port}",
        f"--dtype={engine.dtype}",
        f"--gpu-memory-utilization={engine.gpu_memory_utilization}",
        f"--tensor-parallel-size={engine.tensor_parallel_size}",
        "--enable-prefix-caching",
    ]
    if engine.max_model_len is not None:
        args.append(f"--max-model-len={engine.max_model_len}")
    if engine.quantization is not None:
        args.append(f"--quantization={engine.quantization}")
    if engine.trust_remote_code:
        args.append("--trust-remote-code")
    if engine.enforce_eager:
        args.append("--enforce-eager")
    return [*args, *engine.extra_args]


def resources(spec: ResourcesSpec, gpus: int = 0) -> k8s.ResourceRequirements:
    """CPU and memory requests and limits, plus `gpus` NVIDIA GPUs (request equals limit)."""
    requests = {
        "cpu": k8s.Quantity.from_string(spec.cpu.request),
        "memory": k8s.Quantity.from_string(spec.memory.request),
    }
    limits = {
        "cpu": k8s.Quantity.from_string(spec.cpu.limit),
        "memory": k8s.Quantity.from_string(spec.memory.limit),
    }
    if gpus:
        requests["nvidia.com/gpu"] = k8s.Quantity.from_string(str(gpus))
        limits["nvidia.com/gpu"] = k8s.Quantity.from_string(str(gpus))
    return k8s.ResourceRequirements(requests=requests, limits=limits)


def http_probe(path: str, port: int, timing: ProbeSpec) -> k8s.Probe:
    """An HTTP GET probe of `path` on `port` with the configured timing."""
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=k8s.IntOrString.from_number(port)),
        initial_delay_seconds=timing.initial_delay_seconds,
        period_seconds=timing.period_seconds,
        failure_threshold=timing.failure_threshold,
        timeout_seconds=5,
    )


def tolerations(spec: PlacementSpec) -> list[k8s.Toleration] | None:
    """The pod's tolerations; None when there are none."""
    return [
        k8s.Toleration(
            key=toleration.key,
            operator=toleration.operator,
            value=toleration.value,
            effect=toleration.effect,
        )
        for toleration in spec.tolerations
    ] or None


def _cache_volume(model: ModelSpec) -> k8s.Volume:
    cache = model.cache
    if isinstance(cache, EmptyDirCacheSpec):
        return k8s.Volume(
            name="model-cache",
            empty_dir=k8s.EmptyDirVolumeSource(
                size_limit=k8s.Quantity.from_string(cache.size_limit) if cache.size_limit else None
            ),
        )
    if isinstance(cache, ClaimCacheSpec):
        return k8s.Volume(
            name="model-cache",
            persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(
                claim_name=cache.claim_name
            ),
        )
    return k8s.Volume(
        name="model-cache",
        host_path=k8s.HostPathVolumeSource(path=cache.path, type="DirectoryOrCreate"),
    )


def _env(model: ModelSpec) -> list[k8s.EnvVar]:
    env = [k8s.EnvVar(name=key, value=value) for key, value in sorted(model.env.items())]
    if model.hf_token is not None:
        env.append(
            k8s.EnvVar(
                name="HF_TOKEN",
                value_from=k8s.EnvVarSource(
                    secret_key_ref=k8s.SecretKeySelector(
                        name=model.hf_token.name, key=model.hf_token.key
                    )
                ),
            )
        )
    return env


def _pod(model: ModelSpec) -> k8s.PodSpec:
    container = k8s.Container(
        name="vllm",
        image=model.image,
        command=["vllm", "serve"],
        args=vllm_args(model),
        env=_env(model) or None,
        ports=[k8s.ContainerPort(name="http", container_port=model.port, protocol="TCP")],
        resources=resources(model.resources, model.gpus),
        startup_probe=http_probe(HEALTH_PATH, model.port, model.probes.startup),
        readiness_probe=http_probe(HEALTH_PATH, model.port, model.probes.readiness),
        liveness_probe=http_probe(HEALTH_PATH, model.port, model.probes.liveness),
        volume_mounts=[
            k8s.VolumeMount(name="dshm", mount_path="/dev/shm"),
            k8s.VolumeMount(name="model-cache", mount_path=CACHE_PATH),
        ],
    )
    return k8s.PodSpec(
        containers=[container],
        volumes=[
            k8s.Volume(
                name="dshm",
                empty_dir=k8s.EmptyDirVolumeSource(
                    medium="Memory", size_limit=k8s.Quantity.from_string(model.shm_size)
                ),
            ),
            _cache_volume(model),
        ],
        termination_grace_period_seconds=TERMINATION_GRACE_SECONDS,
        automount_service_account_token=False,
        node_selector=dict(model.placement.node_selector) or None,
        tolerations=tolerations(model.placement),
        runtime_class_name=model.placement.runtime_class,
    )
