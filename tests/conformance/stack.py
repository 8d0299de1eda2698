"""The Kuadrant stack of the conformance suite: a test API server, the real kuadrant-operator and
Authorino, and the objects a controller that does not run here would write.

`KuadrantStack` is a context manager. Entering it:

1. starts etcd and kube-apiserver (`tests.apiserver.cluster.ControlPlane`) and installs every pinned
   CRD, plus the `Authorino` CRD of authorino-operator v0.25.2 (what kuadrant-operator v1.5.2
   installs) because the operator creates an `Authorino` object;
2. applies the rendered platform (every object of one cluster's dist/ except the Kuadrant
   policies), test-only key Secrets derived from our ExternalSecret templates (`keys.py`), and the
   HTTPRoutes the AI Gateway controller would make from our AIGatewayRoutes (`ai_gateway.py`);
3. starts kuadrant-operator (`OPERATOR_NAMESPACE=kuadrant-system`, `WITH_EXTENSIONS=false`),
   waits for the `Limitador` and `Authorino` objects it creates and patches their status (the
   stand-in for limitador-operator and authorino-operator, which do not run here) — before any
   RateLimitPolicy exists, because v1.5.2 dereferences `Limitador.status.service`;
4. starts Authorino, applies the policies and, until each is Enforced, patches through `/status`
   what Envoy Gateway would write (STAND-INS, named in `standins.py`);
   Authorino (`authorino server`, flags from the operator's `Authorino` object) runs from here on
   and writes the AuthConfig statuses itself.

No Limitador process runs: tokenplane renders no Kuadrant limit policy (the budgets are Envoy
Gateway's, counted by the rate-limit service in `rate_limit_service.py`), so the operator writes
no limit and the wasm config calls no rate-limit service; the suite asserts both. The `Limitador`
object's status is still patched, because the operator waits for it.

Every process runs in the test's private network namespace (see conftest.py), so the fixed ports
below cannot clash with anything else on the machine.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tests.apiserver.cluster import ControlPlane, _Process, _tail, crd_dir
from tests.conformance import ai_gateway, standins
from tests.isolation import Started
from tokenplane.versions import crd_files

KUADRANT_NAMESPACE = "kuadrant-system"
AUTHORINO_GRPC_PORT = 50051
AUTHORINO_HTTP_PORT = 5001
LIMITADOR_GRPC_PORT = 8081
LOOPBACK = "127.0.0.1"
POLICY_KINDS = frozenset({"AuthPolicy", "RateLimitPolicy", "TokenRateLimitPolicy"})
AUTHORINO_CRD = "kuadrant/authorino-operator/v0.25.2/operator.authorino.kuadrant.io_authorinos.yaml"
WAIT_SECONDS = float(os.environ.get("TOKENPLANE_CONFORMANCE_WAIT", "240"))
"""Upper bound for anything the controllers do; never an assertion on speed."""


class StackError(RuntimeError):
    """A controller did not produce what the suite waits for; the message carries its log tail."""


class KuadrantStack(Started):
    def __init__(
        self,
        documents: Sequence[Mapping[str, Any]],
        *,
        workdir: Path,
        operator: Path,
        authorino: Path,
        secrets: Sequence[Mapping[str, Any]],
    ) -> None:
        self.documents = [dict(d) for d in documents]
        self.workdir = workdir
        self.operator_bin, self.authorino_bin = operator, authorino
        self.secrets = list(secrets)
        self.plane = ControlPlane(workdir=workdir / "control-plane")
        self._processes: dict[str, _Process] = {}
        self._last_status = ""

    # -- lifecycle -----------------------------------------------------------------------------

    def stop(self) -> None:
        for process in reversed(list(self._processes.values())):
            process.stop()
        self._processes.clear()
        self.plane.stop()

    def start(self) -> None:
        self.plane.start()
        self.plane.install_crds([crd_dir() / f for f in (*crd_files(), AUTHORINO_CRD)])
        platform = [d for d in self.documents if d.get("kind") not in POLICY_KINDS]
        policies = [d for d in self.documents if d.get("kind") in POLICY_KINDS]
        self.plane.create_namespaces(sorted(_namespaces(self.documents)))
        self.apply(platform)
        self.apply(self.secrets)
        self.apply(ai_gateway.http_route_for(r) for r in self.list("aigatewayroutes"))
        self._start_operator()
        self.wait_for(
            lambda: (
                self.get("limitadors", KUADRANT_NAMESPACE, "limitador")
                and self.get("authorinos", KUADRANT_NAMESPACE, "authorino")
            ),
            "kuadrant-operator to create Limitador and Authorino",
        )
        standins.patch_limitador(self.plane, LOOPBACK, LIMITADOR_GRPC_PORT)
        standins.patch_authorino(self.plane)
        self._start_authorino()  # it writes the AuthConfig statuses AuthPolicy's Enforced reads
        self.apply(policies)
        self.wait_for(self._enforced, "every policy to be Accepted and Enforced")

    # -- API access ----------------------------------------------------------------------------

    def apply(self, documents: Iterable[Mapping[str, Any]]) -> None:
        text = "\n---\n".join(json.dumps(d) for d in documents)
        if text:
            self.plane.apply(text + "\n")

    def get(self, resource: str, namespace: str, name: str) -> dict[str, Any] | None:
        result = self.plane.kubectl(
            "get", resource, "-n", namespace, name, "-o", "json", check=False
        )
        return json.loads(result.stdout) if result.returncode == 0 else None

    def list(self, resource: str) -> list[dict[str, Any]]:
        out = self.plane.kubectl("get", resource, "-A", "-o", "json").stdout
        items: list[dict[str, Any]] = json.loads(out)["items"]
        return items

    def wait_for(self, condition: Any, what: str) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            self._check_alive()
            if condition():
                return
            time.sleep(0.5)
        raise StackError(f"timed out waiting for {what}\n{self._last_status}\n{self.logs()}")

    def logs(self) -> str:
        return "\n".join(
            f"--- last lines of {p.log_path} ---\n{_tail(p.log_path, 40)}"
            for p in self._processes.values()
        )

    def policy_conditions(self) -> dict[str, dict[str, str]]:
        """`<kind>/<name>` → condition type → status, for each Kuadrant policy."""
        found: dict[str, dict[str, str]] = {}
        for resource in ("authpolicies", "ratelimitpolicies", "tokenratelimitpolicies"):
            for item in self.list(resource):
                conditions = item.get("status", {}).get("conditions", [])
                found[f"{item['kind']}/{item['metadata']['name']}"] = {
                    c["type"]: c["status"] for c in conditions
                }
        return found

    def policy_messages(self) -> str:
        lines = []
        for resource in ("authpolicies", "ratelimitpolicies", "tokenratelimitpolicies"):
            for item in self.list(resource):
                for c in item.get("status", {}).get("conditions", []):
                    lines.append(
                        f"{item['kind']}/{item['metadata']['name']} {c['type']}={c['status']}"
                        f" {c.get('reason', '')}: {c.get('message', '')}"
                    )
        return "\n".join(lines)

    def _enforced(self) -> bool:
        standins.patch_envoy_gateway(self.plane, self)
        conditions = self.policy_conditions()
        self._last_status = self.policy_messages()
        return bool(conditions) and all(
            c.get("Accepted") == "True" and c.get("Enforced") == "True" for c in conditions.values()
        )

    # -- processes -----------------------------------------------------------------------------

    def _spawn(self, name: str, args: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        full_env = {
            **{k: v for k, v in os.environ.items() if k not in {"KUBECONFIG"}},
            "KUBECONFIG": str(self.plane.kubeconfig),
            "KUBE_FEATURE_WatchListClient": "false",  # Debian's etcd 3.4
            **(env or {}),
        }
        self._processes[name] = _Process(name, args, self.workdir / f"{name}.log", full_env)

    def _check_alive(self) -> None:
        for process in self._processes.values():
            if (code := process.exited()) is not None:
                raise StackError(f"{process.name} exited with code {code}\n{self.logs()}")

    def _start_operator(self) -> None:
        self._spawn(
            "kuadrant-operator",
            [
                str(self.operator_bin),
                "--metrics-bind-address=127.0.0.1:18080",
                "--health-probe-bind-address=127.0.0.1:18081",
            ],
            {"OPERATOR_NAMESPACE": KUADRANT_NAMESPACE, "WITH_EXTENSIONS": "false"},
        )

    def _start_authorino(self) -> None:
        spec = (self.get("authorinos", KUADRANT_NAMESPACE, "authorino") or {}).get("spec", {})
        args = [
            str(self.authorino_bin),
            "server",
            f"--ext-auth-grpc-port={AUTHORINO_GRPC_PORT}",
            f"--ext-auth-http-port={AUTHORINO_HTTP_PORT}",
            "--metrics-addr=127.0.0.1:18082",
            "--health-probe-addr=127.0.0.1:18083",
            "--oidc-http-port=18084",
            "--pprof-bind-address=127.0.0.1:18085",
            "--webhook-service-port=18086",
        ]
        if not spec.get("clusterWide", True):
            args.append(f"--watch-namespace={KUADRANT_NAMESPACE}")
        if spec.get("authConfigLabelSelectors"):
            args.append(f"--auth-config-label-selector={spec['authConfigLabelSelectors']}")
        if spec.get("secretLabelSelectors"):
            args.append(f"--secret-label-selector={spec['secretLabelSelectors']}")
        self._spawn("authorino", args)
        _wait_port(AUTHORINO_GRPC_PORT, self)

    def stop_process(self, name: str) -> None:
        """Stops one of the stack's processes (failure-mode tests)."""
        process = self._processes.pop(name)
        process.stop()

    def restart_process(self, name: str) -> None:
        {"authorino": self._start_authorino}[name]()


def _namespaces(documents: Iterable[Mapping[str, Any]]) -> set[str]:
    found: set[str] = set()
    for document in documents:
        metadata = document.get("metadata", {})
        if metadata.get("namespace"):
            found.add(metadata["namespace"])
        if document.get("kind") == "Namespace":
            found.add(metadata["name"])
    return found


def _wait_port(port: int, stack: KuadrantStack) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        stack._check_alive()
        with socket.socket() as sock:
            sock.settimeout(1)
            if sock.connect_ex((LOOPBACK, port)) == 0:
                return
        time.sleep(0.2)
    raise StackError(f"nothing listens on {LOOPBACK}:{port}\n{stack.logs()}")
