"""ModelServing: vLLM server, pool and picker of one model, wired to each other."""

from __future__ import annotations

from collections import Counter

import cdk8s
import pytest
import yaml

from tests.constructs.conftest import Objects, find
from tokenplane.config import FlowControlSpec, ModelSpec, PlatformSpec, SchedulerWeightsSpec
from tokenplane.constructs import ClusterRole, ModelServing, Namespace
from tokenplane.constructs.l3.endpoint_picker import (
    FAIRNESS_POLICIES,
    FLOW_CONTROL_GATE,
    METRICS_AUTH_RULES,
    SATURATION_DETECTOR,
    picker_config,
)
from tokenplane.constructs.l3.model_server import vllm_args
from tokenplane.paths import shared_root
from tokenplane.versions import component, crd_files


def _objects(model: ModelSpec, model_id: str = "llama-3-1-8b") -> Objects:
    chart = cdk8s.Testing.chart()
    namespace = Namespace(chart, "ns", name="models")
    role = ClusterRole(chart, "auth", name="epp-auth", rules=METRICS_AUTH_RULES)
    ModelServing(
        chart,
        "serving",
        model_id=model_id,
        model=model,
        namespace=namespace,
        metrics_auth=role,
        scheduling_classes={"free": 0, "pro": 10},
        labels={"tokenplane.io/model": model_id},
    )
    return list(cdk8s.Testing.synth(chart))


@pytest.fixture(scope="module")
def llama(example_spec: PlatformSpec) -> Objects:
    return _objects(example_spec.models["llama-3-1-8b"])


def test_vllm_args_come_from_typed_config(example_spec: PlatformSpec) -> None:
    assert vllm_args(example_spec.models["nemotron-vl-12b"]) == [
        "nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-FP8",
        "--served-model-name=nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-FP8",
        "--port=8000",
        "--dtype=auto",
        "--gpu-memory-utilization=0.9",
        "--tensor-parallel-size=1",
        "--enable-prefix-caching",
        "--quantization=modelopt",
        "--trust-remote-code",
        "--enforce-eager",
    ]


def test_vllm_pod_has_gpu_placement_probes_shm_and_token_reference(llama: Objects) -> None:
    pod = find(llama, "Deployment", "llama-3-1-8b")["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert container["resources"]["requests"]["cpu"] == "4"
    assert container["resources"]["limits"]["memory"] == "64Gi"
    assert pod["runtimeClassName"] == "nvidia"
    assert pod["nodeSelector"] == {"nvidia.com/gpu.product": "NVIDIA-GB10"}
    assert pod["tolerations"] == [
        {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}
    ]
    startup = container["startupProbe"]
    assert startup["httpGet"] == {"path": "/health", "port": 8000}
    assert (startup["initialDelaySeconds"], startup["failureThreshold"]) == (30, 60)
    assert {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": "8Gi"}} in pod["volumes"]
    (token,) = [e for e in container["env"] if e["name"] == "HF_TOKEN"]
    assert token == {
        "name": "HF_TOKEN",
        "valueFrom": {"secretKeyRef": {"name": "hf-token", "key": "token"}},
    }


def test_pool_selects_the_vllm_pods_on_the_vllm_port(llama: Objects) -> None:
    deployment = find(llama, "Deployment", "llama-3-1-8b")
    pool = find(llama, "InferencePool", "llama-3-1-8b")["spec"]
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert pool["selector"]["matchLabels"] == {
        "llm-d.ai/model": "llama-3-1-8b",
        "llm-d.ai/inference-serving": "true",
    }
    assert pool["selector"]["matchLabels"].items() <= pod_labels.items()
    assert pool["targetPorts"] == [{"number": 8000}]
    assert deployment["spec"]["selector"]["matchLabels"] == pool["selector"]["matchLabels"]


def test_pool_asks_its_own_picker(llama: Objects) -> None:
    ref = find(llama, "InferencePool", "llama-3-1-8b")["spec"]["endpointPickerRef"]
    assert ref == {
        "group": "",
        "kind": "Service",
        "name": "llama-3-1-8b-epp",
        "port": {"number": 9002},
        "failureMode": "FailClose",
    }
    service = find(llama, "Service", "llama-3-1-8b-epp")["spec"]
    assert [p["port"] for p in service["ports"]] == [9002, 9090]
    picker = find(llama, "Deployment", "llama-3-1-8b-epp")["spec"]["template"]
    assert service["selector"].items() <= picker["metadata"]["labels"].items()
    args = picker["spec"]["containers"][0]["args"]
    assert "--pool-name=llama-3-1-8b" in args and "--pool-namespace=models" in args


def test_picker_config_weights_the_three_scorers() -> None:
    config = yaml.safe_load(
        picker_config(SchedulerWeightsSpec(queue=1, prefix_cache=5), FlowControlSpec())
    )
    assert config["kind"] == "EndpointPickerConfig"
    (profile,) = config["schedulingProfiles"]
    weights = {p["pluginRef"]: p.get("weight") for p in profile["plugins"]}
    assert weights == {
        "queue-scorer": 1,
        "kv-cache-utilization-scorer": 2,
        "prefix-cache-scorer": 5,
        "max-score-picker": None,
    }


def test_picker_rbac_reads_only_what_it_watches(llama: Objects) -> None:
    role = find(llama, "Role", "llama-3-1-8b-epp")
    assert all(set(rule["verbs"]) == {"get", "list", "watch"} for rule in role["rules"])
    assert sorted(r for rule in role["rules"] for r in rule["resources"]) == [
        "inferencemodelrewrites",
        "inferenceobjectives",
        "inferencepools",
        "pods",
    ]
    pinned = {
        (crd["spec"]["group"], crd["spec"]["names"]["plural"])
        for path in crd_files()
        for crd in yaml.safe_load_all((shared_root() / "crds" / path).read_text())
        if crd and crd.get("kind") == "CustomResourceDefinition"
    }
    for rule in role["rules"]:
        for group in rule["apiGroups"]:
            for resource in rule["resources"]:
                assert group == "" or (group, resource) in pinned, (group, resource)
    binding = find(llama, "ClusterRoleBinding", "models-llama-3-1-8b-epp-auth")
    assert binding["roleRef"]["name"] == "epp-auth"
    assert binding["subjects"] == [
        {"kind": "ServiceAccount", "name": "llama-3-1-8b-epp", "namespace": "models"}
    ]


def test_every_object_carries_the_model_label(llama: Objects) -> None:
    own = [o for o in llama if o["kind"] not in ("Namespace", "ClusterRole")]
    assert own and all(
        o["metadata"]["labels"]["tokenplane.io/model"] == "llama-3-1-8b" for o in own
    )
    assert {o["kind"] for o in own} >= {"Deployment", "Service", "PodDisruptionBudget"}


def test_picker_config_speaks_the_pinned_scheduler_format() -> None:
    """Every plugin type we configure appears in the pinned router's own example configs, our
    apiVersion is the one most of them use (two still carry the deprecated group), and every
    profile entry names a declared plugin."""
    examples = shared_root() / "crds/gateway-api-inference-extension/examples"
    folder = examples / f"llm-d-router-{component('llm-d-router').version}"
    shipped = [
        document
        for path in sorted(folder.glob("*.yaml"))
        for document in yaml.safe_load_all(path.read_text())
        if document
    ]
    assert shipped, folder
    known = {plugin["type"] for document in shipped for plugin in document.get("plugins", [])}
    # The examples declare no fairness policy of the pinned release's own; the two we offer
    # are registered in its `cmd/epp/runner/runner.go` (docs/inference.md cites it).
    known |= set(FAIRNESS_POLICIES.values())
    config = yaml.safe_load(picker_config(SchedulerWeightsSpec(), FlowControlSpec()))
    ((usual, _),) = Counter(document["apiVersion"] for document in shipped).most_common(1)
    assert config["apiVersion"] == usual
    declared = [plugin["type"] for plugin in config["plugins"]]
    assert set(declared) <= known, set(declared) - known
    for profile in config["schedulingProfiles"]:
        assert {entry["pluginRef"] for entry in profile["plugins"]} <= set(declared)
    assert sum(t.endswith("-picker") for t in declared) == 1
    assert sum(t.endswith("-profile-handler") for t in declared) == 1
    flow = config["flowControl"]
    assert flow["saturationDetector"]["pluginRef"] in declared
    assert flow["defaultPriorityBand"]["fairnessPolicyRef"] in declared
    gates = {
        document_gate for document in shipped for document_gate in document.get("featureGates", [])
    }
    assert set(config["featureGates"]) <= gates


def test_picker_config_turns_on_flow_control_with_round_robin_fairness() -> None:
    spec = FlowControlSpec(queue_wait_seconds=30, queue_depth_threshold=7, metrics_staleness_ms=900)
    config = yaml.safe_load(picker_config(SchedulerWeightsSpec(), spec))
    assert config["featureGates"] == [FLOW_CONTROL_GATE]
    flow = config["flowControl"]
    assert flow["defaultRequestTTL"] == "30s"
    assert flow["defaultPriorityBand"] == {"fairnessPolicyRef": "round-robin-fairness-policy"}
    (detector,) = [p for p in config["plugins"] if p["type"] == SATURATION_DETECTOR]
    assert detector["parameters"] == {
        "queueDepthThreshold": 7,
        "kvCacheUtilThreshold": 0.8,
        "metricsStalenessThreshold": "900ms",
        "headroom": 0.0,
    }


def test_picker_config_without_flow_control_keeps_only_the_saturation_detector() -> None:
    config = yaml.safe_load(
        picker_config(
            SchedulerWeightsSpec(), FlowControlSpec(enabled=False, fairness="global-strict")
        )
    )
    assert config["featureGates"] == [f"{FLOW_CONTROL_GATE}=false"]
    assert config["flowControl"] == {"saturationDetector": {"pluginRef": SATURATION_DETECTOR}}
    assert not any(p["type"].endswith("-fairness-policy") for p in config["plugins"])


def test_vllm_runs_as_non_root_and_writes_only_to_volumes(llama: Objects) -> None:
    template = find(llama, "Deployment", "llama-3-1-8b")["spec"]["template"]
    pod = template["spec"]
    (container,) = pod["containers"]
    assert "annotations" not in template["metadata"]  # no opt-out needed
    assert pod["securityContext"]["runAsUser"] == 2000
    assert pod["securityContext"]["fsGroup"] == 2000
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    mounted = [m["mountPath"] for m in container["volumeMounts"]]
    assert {"/tmp", "/dev/shm", "/home/vllm", "/var/cache/huggingface"} <= set(mounted)
    env = {e["name"]: e.get("value") for e in container["env"]}
    for variable in ("HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "HF_HOME"):
        assert any(env[variable].startswith(path) for path in mounted), variable
    assert env["HF_HOME"] == "/var/cache/huggingface"
    # getpass.getuser() reads these before the passwd file, which may lack uid 2000
    assert env["USER"] == env["LOGNAME"] == "vllm"


def test_configured_env_wins_over_the_writable_paths(example_spec: PlatformSpec) -> None:
    model = example_spec.models["llama-3-1-8b"]
    objects = _objects(model.model_copy(update={"env": {"HF_HOME": "/var/cache/huggingface/x"}}))
    (container,) = find(objects, "Deployment", "llama-3-1-8b")["spec"]["template"]["spec"][
        "containers"
    ]
    hf_home = [e["value"] for e in container["env"] if e["name"] == "HF_HOME"]
    assert hf_home == ["/var/cache/huggingface/x"]


def test_picker_runs_hardened_with_its_service_account(llama: Objects) -> None:
    template = find(llama, "Deployment", "llama-3-1-8b-epp")["spec"]["template"]
    pod = template["spec"]
    assert "annotations" not in template["metadata"]
    assert pod["serviceAccountName"] == "llama-3-1-8b-epp"
    assert pod["securityContext"] == {
        "runAsNonRoot": True,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    (container,) = pod["containers"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
