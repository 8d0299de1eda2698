"""One scheduling stack: test API server, the rendered pool objects, model-server pods backed by
metrics fakes on loopback addresses, and the real endpoint picker watching them.

What is real and what stands in (docs/inference.md, "The scheduling suite"):

- Real: etcd and kube-apiserver (`tests/apiserver`), the pinned InferencePool and
  InferenceObjective CRDs, the endpoint picker binary, and every object it reads as rendered by
  `tokenplane synth` (InferencePool, the EPP ConfigMap's `epp-config.yaml`, the
  InferenceObjectives, the EPP Deployment's arguments, the model Deployment's pod template).
- Stand-in for the ReplicaSet controller and the kubelet: the suite creates the model
  Deployment's pods itself from its rendered template and writes their status through the
  `/status` subresource (phase Running, condition Ready, `podIP` a loopback address 127.0.0.x),
  which is all the picker's pod reconciler reads (`pkg/epp/controller/pod_reconciler.go`).
- Stand-in for vLLM: `model_servers.FakeModelServer` on each pod's address and target port.
- Stand-in for Envoy: `gateway.Exchange`, the ext_proc stream Envoy would open.

Everything listens on loopback inside the suite's private network namespace.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import yaml

from tests.apiserver.cluster import ControlPlane, KubectlError, crd_dir
from tests.isolation import Started
from tests.scheduling.model_servers import FakeModelServer, Load
from tests.scheduling.picker import EndpointPickerProcess, for_picker_under_test
from tokenplane.versions import component

EPP_CONFIG_FILE = "epp-config.yaml"
POD_ADDRESSES = ("127.0.0.11", "127.0.0.12", "127.0.0.13")
"""The model-server pods' status IPs: loopback addresses, reachable only inside the namespace."""
PICKER_POD = "endpoint-picker-0"


PICKER_UNDER_TEST_CRDS = (
    "gateway-api-inference-extension/v1.5.0/inference.networking.x-k8s.io_inferenceobjectives.yaml",
    "gateway-api-inference-extension/v1.5.0/"
    "inference.networking.x-k8s.io_inferencemodelrewrites.yaml",
)
"""The objective and rewrite CRDs of the picker under test's release (GAIE v1.5.0,
`versions.ENDPOINT_PICKER`), relative to the shared CRD folder."""


def _crds() -> list[Path]:
    """The pool CRD and objective CRDs both routers define: llm-d Router v0.10.0's (pinned; the
    rendered objectives are applied there, so the API server validates them) and the picker
    under test's (where their `for_picker_under_test` copies go)."""
    pool = component("gateway-api-inference-extension").crd_files[0]
    router = component("llm-d-router").crd_files
    return [crd_dir() / name for name in (pool, *router, *PICKER_UNDER_TEST_CRDS)]


def _install_crds(plane: ControlPlane, paths: Sequence[Path], attempts: int = 3) -> None:
    """`install_crds`, tried again when `kubectl wait` read a CRD before it had any status
    condition (kubectl's `.status.conditions accessor error`)."""
    for attempt in range(1, attempts + 1):
        try:
            plane.install_crds(paths)
            return
        except KubectlError as error:
            if attempt == attempts or "accessor error" not in str(error.stderr):
                raise


@dataclass(frozen=True)
class PoolObjects:
    """What the synthesized output holds for one model's pool, as documents."""

    namespace: str
    namespace_object: dict[str, Any]
    pool: dict[str, Any]
    epp_config_map: dict[str, Any]
    epp_args: list[str]
    model_deployment: dict[str, Any]
    objectives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def epp_config(self) -> str:
        return str(self.epp_config_map["data"][EPP_CONFIG_FILE])

    @property
    def served_name(self) -> str:
        """The model name clients send (the vLLM container's `--served-model-name`)."""
        (container,) = self.model_deployment["spec"]["template"]["spec"]["containers"]
        for arg in container.get("args", []) + container.get("command", []):
            if str(arg).startswith("--served-model-name="):
                return str(arg).partition("=")[2]
        raise LookupError("no --served-model-name in the model Deployment")

    @property
    def target_port(self) -> int:
        return int(self.pool["spec"]["targetPorts"][0]["number"])


def pool_objects(documents: Sequence[Mapping[str, Any]], model: str) -> PoolObjects:
    """The pool `model`, its picker's ConfigMap and Deployment args, its model Deployment and
    the InferenceObjectives that reference the pool, from one cluster's rendered documents."""

    def one(kind: str, name: str) -> dict[str, Any]:
        found = [
            dict(d)
            for d in documents
            if d.get("kind") == kind and d.get("metadata", {}).get("name") == name
        ]
        assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
        return found[0]

    pool = one("InferencePool", model)
    picker_name = pool["spec"]["endpointPickerRef"]["name"]
    picker = one("Deployment", picker_name)
    (container,) = picker["spec"]["template"]["spec"]["containers"]
    objectives = [
        dict(d)
        for d in documents
        if d.get("kind") == "InferenceObjective"
        and d.get("spec", {}).get("poolRef", {}).get("name") == model
        and d.get("metadata", {}).get("namespace") == pool["metadata"]["namespace"]
    ]
    return PoolObjects(
        namespace=pool["metadata"]["namespace"],
        namespace_object=one("Namespace", pool["metadata"]["namespace"]),
        pool=pool,
        epp_config_map=one("ConfigMap", picker_name),
        epp_args=list(container["args"]),
        model_deployment=one("Deployment", model),
        objectives=objectives,
    )


def model_pod(deployment: Mapping[str, Any], index: int) -> dict[str, Any]:
    """Pod `index` of the model Deployment, from its rendered template (the ReplicaSet
    controller's part)."""
    template = deployment["spec"]["template"]
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": f"{deployment['metadata']['name']}-{index}",
            "namespace": deployment["metadata"]["namespace"],
            "labels": dict(template["metadata"]["labels"]),
        },
        "spec": template["spec"],
    }


def runtime_classes(pod: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Stand-ins for the RuntimeClass a pod names (a GPU node setup's `nvidia`), which the
    cluster's node setup provides, not dist/: RuntimeClass admission refuses the pod without it
    (as in tests/apiserver/test_pod_security.py)."""
    name = pod["spec"].get("runtimeClassName")
    if not name:
        return []
    return [
        {
            "apiVersion": "node.k8s.io/v1",
            "kind": "RuntimeClass",
            "metadata": {"name": name},
            "handler": name,
        }
    ]


def ready_status(address: str) -> dict[str, Any]:
    """The status a kubelet reports for a running, ready pod at `address` (the kubelet's part)."""
    return {
        "status": {
            "phase": "Running",
            "podIP": address,
            "podIPs": [{"ip": address}],
            "conditions": [
                {"type": "Initialized", "status": "True"},
                {"type": "ContainersReady", "status": "True"},
                {"type": "PodScheduled", "status": "True"},
                {"type": "Ready", "status": "True"},
            ],
        }
    }


class SchedulingStack(Started):
    """The stack for one rendered pool; `channel` is the gateway's gRPC channel to the picker."""

    def __init__(self, *, binary: Path, objects: PoolObjects, workdir: Path) -> None:
        self.binary = binary
        self.objects = objects
        self.workdir = workdir
        self.model = objects.pool["metadata"]["name"]
        self.served_name = objects.served_name
        self.plane: ControlPlane | None = None
        self.servers: list[FakeModelServer] = []
        self.picker: EndpointPickerProcess | None = None
        self.channel: grpc.Channel | None = None
        self._exit = ExitStack()

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        plane = self._exit.enter_context(ControlPlane(workdir=self.workdir / "control-plane"))
        self.plane = plane
        _install_crds(plane, _crds())
        objects = self.objects
        first_pod = model_pod(objects.model_deployment, 0)
        rendered = [
            objects.namespace_object,
            *runtime_classes(first_pod),
            objects.pool,
            objects.epp_config_map,
            *objects.objectives,
        ]
        translated = [for_picker_under_test(o) for o in objects.objectives]
        plane.apply("\n---\n".join(json.dumps(d) for d in (*rendered, *translated)) + "\n")
        for index, address in enumerate(POD_ADDRESSES):
            server = FakeModelServer(
                address=address,
                port=objects.target_port,
                model=self.model,
            )
            self._exit.enter_context(server)
            self.servers.append(server)
            pod = model_pod(objects.model_deployment, index)
            plane.apply(json.dumps(pod) + "\n")
            plane.kubectl(
                "patch",
                "pod",
                pod["metadata"]["name"],
                "-n",
                objects.namespace,
                "--subresource=status",
                "--type=merge",
                "-p",
                json.dumps(ready_status(address)),
            )
        config = for_picker_under_test(_yaml(objects.epp_config))
        self.picker = self._exit.enter_context(
            EndpointPickerProcess(
                binary=self.binary,
                plane=plane,
                workdir=self.workdir / "picker",
                rendered_args=objects.epp_args,
                config_yaml=json.dumps(config, indent=2) + "\n",
                pod_name=PICKER_POD,
            )
        )
        self.picker.wait_for_grpc()
        self.picker.wait_until(
            f"{len(POD_ADDRESSES)} ready pods in pool {self.model}",
            lambda: (
                self.picker is not None
                and self.picker.gauge("inference_pool_ready_pods", name=self.model)
                >= len(POD_ADDRESSES)
            ),
        )
        credentials = grpc.ssl_channel_credentials(root_certificates=self.picker.root_certificate)
        self.channel = grpc.secure_channel(f"127.0.0.1:{self.picker.grpc_port}", credentials)
        self._exit.callback(self.channel.close)

    def stop(self) -> None:
        self._exit.close()

    def report(self, loads: Mapping[str, Load]) -> None:
        """Sets what each fake reports, by endpoint (`<ip>:<port>`; the others report idle),
        then waits until the picker scraped every fake twice more, so it has seen the values."""
        before = {server.endpoint: server.scrapes for server in self.servers}
        for server in self.servers:
            server.report(loads.get(server.endpoint, Load()))
        _, picker = self.require()
        picker.wait_until(
            "two scrapes of every model server",
            lambda: all(s.scrapes >= before[s.endpoint] + 2 for s in self.servers),
        )

    @property
    def endpoints(self) -> list[str]:
        return [server.endpoint for server in self.servers]

    def require(self) -> tuple[grpc.Channel, EndpointPickerProcess]:
        assert self.channel is not None and self.picker is not None, "stack not started"
        return self.channel, self.picker


def _yaml(text: str) -> dict[str, Any]:
    loaded = yaml.safe_load(text)
    assert isinstance(loaded, dict)
    return loaded
