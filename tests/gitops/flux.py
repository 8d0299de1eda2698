"""The Flux side of the GitOps suite: a test API server with Flux installed (its CRDs, the
`flux-system` namespace and the real source-, kustomize- and helm-controller processes at the
versions of tokenplane/versions.py), plus the workload stand-in (standins.py).

`FluxCluster` is a context manager. The controllers run with the test's admin kubeconfig (no
ServiceAccount tokens exist without kube-controller-manager), leader election off, and fixed
loopback ports: the suite runs in its own network namespace (tests/isolation.py). The API
server has its webhook admission plugins off: the charts register admission webhooks (cert-manager,
External Secrets, KEDA, the AI Gateway) whose servers would run in pods, and no pod runs here.
That is a STAND-IN too, named in docs/gitops.md.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from tests.apiserver.cluster import ControlPlane, _Process, _tail, crd_dir
from tests.gitops.rest import Rest
from tests.gitops.standins import WorkloadStandIn
from tests.isolation import Started, cache_bin
from tokenplane.versions import GITOPS_PROGRAMS, component

T = TypeVar("T")

FLUX_NAMESPACE = "flux-system"
STORAGE_PORT = 9090
WAIT_SECONDS = float(os.environ.get("TOKENPLANE_GITOPS_WAIT", "900"))
"""Upper bound for anything the controllers do; never an assertion on speed."""
CONTROLLERS = ("source-controller", "kustomize-controller", "helm-controller")
FLUX_APIS = {
    "kustomizations": "kustomize.toolkit.fluxcd.io/v1",
    "helmreleases": "helm.toolkit.fluxcd.io/v2",
    "gitrepositories": "source.toolkit.fluxcd.io/v1",
    "ocirepositories": "source.toolkit.fluxcd.io/v1",
    "helmrepositories": "source.toolkit.fluxcd.io/v1",
    "helmcharts": "source.toolkit.fluxcd.io/v1",
}


class FluxError(RuntimeError):
    """Flux did not reach what the suite waits for; the message carries statuses and logs."""


def program(name: str) -> Path:
    """The cached binary of one GITOPS_PROGRAMS entry (built by `make gitops-programs`)."""
    found = [p for p in GITOPS_PROGRAMS if p.name == name]
    if not found:
        raise KeyError(name)
    return cache_bin(found[0].name, found[0].version)


def program_paths() -> dict[str, Path]:
    return {p.name: cache_bin(p.name, p.version) for p in GITOPS_PROGRAMS}


def ready(item: Mapping[str, Any]) -> bool:
    """Ready=True for the object's current generation."""
    status = item.get("status", {})
    generation = item["metadata"].get("generation")
    if status.get("observedGeneration") not in (None, generation):
        return False
    return any(
        c.get("type") == "Ready" and c.get("status") == "True" for c in status.get("conditions", [])
    )


def condition(item: Mapping[str, Any], kind: str = "Ready") -> str:
    for c in item.get("status", {}).get("conditions", []):
        if c.get("type") == kind:
            return f"{c.get('status')} {c.get('reason', '')}: {c.get('message', '')}"
    return "no condition yet"


class FluxCluster(Started):
    def __init__(self, workdir: Path, *, ca_file: Path) -> None:
        self.workdir = workdir
        self.ca_file = ca_file
        self.plane = ControlPlane(
            workdir=workdir / "control-plane",
            disable_admission=("MutatingAdmissionWebhook", "ValidatingAdmissionWebhook"),
        )
        self.rest: Rest | None = None
        self.standin: WorkloadStandIn | None = None
        self._processes: dict[str, _Process] = {}

    def start(self) -> None:
        self.plane.start()
        self.rest = Rest(self.plane)
        # What `flux install` puts in place before a bootstrap: the CRDs and the namespace.
        self.plane.install_crds(sorted((crd_dir() / "flux").rglob("*.yaml")))
        self.plane.create_namespaces([FLUX_NAMESPACE])
        # A precondition the example config states (docs/observability.md): the Prometheus
        # operator's CRDs are in the cluster; the infrastructure layer does not install them.
        self.plane.install_crds(crd_dir() / f for f in component("prometheus-operator").crd_files)
        for name in CONTROLLERS:
            self._start_controller(name)
        self.standin = WorkloadStandIn(self.rest)
        self.standin.start()

    def stop(self) -> None:
        if self.standin is not None:
            self.standin.stop()
            self.standin = None
        for process in reversed(list(self._processes.values())):
            process.stop()
        self._processes.clear()
        self.plane.stop()

    def _start_controller(self, name: str) -> None:
        index = CONTROLLERS.index(name)
        args = [
            str(program(name)),
            f"--metrics-addr=127.0.0.1:{8080 + index}",
            f"--health-addr=127.0.0.1:{9440 + index}",
            "--enable-leader-election=false",
            "--watch-all-namespaces=true",
            "--log-level=info",
            "--log-encoding=json",
        ]
        if name == "source-controller":
            storage = self.workdir / "source-storage"
            storage.mkdir(parents=True, exist_ok=True)
            args += [
                f"--storage-path={storage}",
                f"--storage-addr=127.0.0.1:{STORAGE_PORT}",
                f"--storage-adv-addr=127.0.0.1:{STORAGE_PORT}",
            ]
        else:
            # Dependencies not Ready are re-checked every 30 s by default; 2 s keeps the suite short
            # without changing what is checked.
            args.append("--requeue-dependency=2s")
        env = dict(self.plane._child_env())
        env |= {
            "RUNTIME_NAMESPACE": FLUX_NAMESPACE,
            "SSL_CERT_FILE": str(self.ca_file),  # trusts the loopback sources' certificate
            "KUBE_FEATURE_WatchListClient": "false",  # Debian's etcd 3.4
            "HOME": str(self.workdir / "home"),
        }
        (self.workdir / "home").mkdir(exist_ok=True)
        self._processes[name] = _Process(name, args, self.workdir / f"{name}.log", env)

    # -- observing -------------------------------------------------------------------------------

    def check_alive(self) -> None:
        for process in self._processes.values():
            if (code := process.exited()) is not None:
                raise FluxError(f"{process.name} exited with code {code}\n{self.logs()}")

    def logs(self, lines: int = 30) -> str:
        return "\n".join(
            f"--- last lines of {p.log_path} ---\n{_tail(p.log_path, lines)}"
            for p in self._processes.values()
        )

    def objects(self, resource: str) -> list[dict[str, Any]]:
        assert self.rest is not None
        return self.rest.list(FLUX_APIS[resource], resource)

    def statuses(self) -> str:
        lines = []
        for resource in ("kustomizations", "helmreleases", "gitrepositories", "ocirepositories"):
            for item in self.objects(resource):
                lines.append(f"{item['kind']}/{item['metadata']['name']}: {condition(item)}")
        return "\n".join(lines)

    def wait_for(
        self, check: Callable[[], T | None], what: str, timeout: float = WAIT_SECONDS
    ) -> T:
        """The first truthy result of `check`, polled once a second: the caller asserts on what
        was seen, not on a second read that a retrying controller may already have changed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            found = check()
            if found:
                return found
            time.sleep(1.0)
        errors = "\n".join(self.standin.errors if self.standin else [])
        raise FluxError(
            f"timed out after {timeout:.0f} s waiting for {what}\n{self.statuses()}\n"
            f"stand-in errors: {errors or 'none'}\n{self.logs()}"
        )
