"""L3: the vLLM servers of one model."""

from __future__ import annotations

from collections.abc import Mapping

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
from tokenplane.constructs.l2.core import (
    ClaimRef,
    Container,
    EmptyDir,
    EnvValue,
    FromSecret,
    HostPath,
    HttpGet,
    Mount,
    Namespace,
    Pod,
    Port,
    Probe,
    Resources,
    Service,
    ServicePort,
    Toleration,
    Volume,
)
from tokenplane.constructs.l2.policy import PodDisruptionBudget
from tokenplane.contracts import names

HEALTH_PATH = "/health"
"""vLLM's health endpoint, used by all three probes."""
VLLM_UID = 2000
"""The user vLLM runs as. The image's `vllm-openai` target declares no `USER` (it runs as root),
so the pod names a non-root one: 2000, the uid of the image's own `vllm` user where the image
has one; docs/pod-security.md cites the image's Dockerfile and docs."""
HOME = "/home/vllm"
"""The home directory of `VLLM_UID`: a scratch `emptyDir`, since the root filesystem is
read-only. The caches vLLM, Triton, FlashInfer and Torch put under `~` land here."""
CACHE_PATH = "/var/cache/huggingface"
"""Where the model cache volume is mounted and `HF_HOME` points: downloaded weights."""
WRITABLE_ENV: dict[str, EnvValue] = {
    "HOME": HOME,
    "XDG_CACHE_HOME": f"{HOME}/.cache",
    "XDG_CONFIG_HOME": f"{HOME}/.config",
    "HF_HOME": CACHE_PATH,
    "TORCHINDUCTOR_CACHE_DIR": f"{HOME}/.cache/torchinductor",
    "USER": "vllm",
    "LOGNAME": "vllm",
}
"""Where vLLM and its libraries write, pointed at writable volumes (docs/pod-security.md):
`~/.cache/vllm` (`VLLM_CACHE_ROOT`, from `XDG_CACHE_HOME`), `~/.config/vllm` (usage stats,
from `XDG_CONFIG_HOME`), the Hugging Face hub (`HF_HOME`), Torch Inductor's cache (by default
under `/tmp`, named after the user). `USER`/`LOGNAME` give `getpass.getuser()` a name without
the passwd file: the JIT caches that name a directory `/tmp/<user name>/…` (Torch's vendored
CuTe kernels, vLLM's flash-attention CuTe cache) raise instead when `VLLM_UID` has no passwd
entry. `/tmp` (vLLM's IPC sockets) and `/dev/shm` are volumes of their own."""
TERMINATION_GRACE_SECONDS = 130
"""Time a stopping vLLM pod gets to finish running requests."""


class ModelServer(Construct):
    """Defines a model's vLLM Deployment, a Service in front of it, and a PodDisruptionBudget.

    The pods carry `names.model_pod_labels(model_id)`, which the Deployment, the Service and
    the model's InferencePool select. vLLM is started with the served name clients send,
    prefix caching on (the endpoint picker's prefix scorer relies on it) and the typed
    engine arguments of `model.vllm`; the Hugging Face token comes from a Secret reference.
    With `model.autoscaling` the Deployment carries no replica count (KEDA's HPA owns it).
    The pod keeps every hardened default of the pod L2: it runs as `VLLM_UID` with a read-only
    root, every cache vLLM writes pointed at a volume (`WRITABLE_ENV`).
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


def resources(spec: ResourcesSpec, gpus: int = 0) -> Resources:
    """CPU and memory requests and limits, plus `gpus` NVIDIA GPUs (request equals limit)."""
    requests = {"cpu": spec.cpu.request, "memory": spec.memory.request}
    limits = {"cpu": spec.cpu.limit, "memory": spec.memory.limit}
    if gpus:
        requests["nvidia.com/gpu"] = limits["nvidia.com/gpu"] = str(gpus)
    return Resources(requests=requests, limits=limits)


def http_probe(path: str, port: int, timing: ProbeSpec) -> Probe:
    """An HTTP GET probe of `path` on `port` with the configured timing."""
    return Probe(
        HttpGet(path, port),
        initial_delay_seconds=timing.initial_delay_seconds,
        period_seconds=timing.period_seconds,
        failure_threshold=timing.failure_threshold,
        timeout_seconds=5,
    )


def tolerations(spec: PlacementSpec) -> list[Toleration]:
    """The pod's tolerations of node taints."""
    return [
        Toleration(key=t.key, operator=t.operator, value=t.value, effect=t.effect)
        for t in spec.tolerations
    ]


def _cache_volume(model: ModelSpec) -> Volume:
    cache = model.cache
    if isinstance(cache, EmptyDirCacheSpec):
        return Volume("model-cache", EmptyDir(size_limit=cache.size_limit))
    if isinstance(cache, ClaimCacheSpec):
        return Volume("model-cache", ClaimRef(cache.claim_name))
    return Volume("model-cache", HostPath(cache.path))


def _env(model: ModelSpec) -> dict[str, EnvValue]:
    """The configured variables (sorted), the Hugging Face token, then the variables that
    point every cache vLLM and its libraries write at a writable volume (unless configured)."""
    env: dict[str, EnvValue] = dict(sorted(model.env.items()))
    if model.hf_token is not None:
        env["HF_TOKEN"] = FromSecret(model.hf_token.name, model.hf_token.key)
    for key, value in WRITABLE_ENV.items():
        env.setdefault(key, value)
    return env


def _pod(model: ModelSpec) -> Pod:
    container = Container(
        name="vllm",
        image=model.image,
        command=["vllm", "serve"],
        args=vllm_args(model),
        env=_env(model),
        ports=[Port("http", model.port)],
        resources=resources(model.resources, model.gpus),
        startup_probe=http_probe(HEALTH_PATH, model.port, model.probes.startup),
        readiness_probe=http_probe(HEALTH_PATH, model.port, model.probes.readiness),
        liveness_probe=http_probe(HEALTH_PATH, model.port, model.probes.liveness),
        mounts=[Mount("dshm", "/dev/shm"), Mount("model-cache", CACHE_PATH)],
        scratch={"tmp": "/tmp", "home": HOME},
    )
    return Pod(
        containers=[container],
        volumes=[
            Volume("dshm", EmptyDir(medium="Memory", size_limit=model.shm_size)),
            _cache_volume(model),
        ],
        run_as_user=VLLM_UID,
        run_as_group=VLLM_UID,
        fs_group=VLLM_UID,
        termination_grace_period_seconds=TERMINATION_GRACE_SECONDS,
        node_selector=model.placement.node_selector,
        tolerations=tolerations(model.placement),
        runtime_class=model.placement.runtime_class,
    )
