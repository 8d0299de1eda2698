"""The endpoint picker process: the real binary, with the rendered Deployment's arguments.

`tokenplane.versions.ENDPOINT_PICKER` names the build (scripts/build-endpoint-picker.sh). What the
suite changes from the rendered `<model>-epp` Deployment, and why, is all here:

- `--config-file` points at a copy of the rendered ConfigMap's `epp-config.yaml` (there is no
  kubelet to mount the ConfigMap), after `for_picker_under_test` (below).
- `--cert-path` gives the ext_proc server a certificate for 127.0.0.1 instead of the self-signed
  one it makes without it (that one names no host, so no client can verify it; Envoy Gateway's
  own client does not verify it either). Serving stays TLS (`--secure-serving` default true).
- `-v=5` logs each flow-control dispatch ("Item dispatched.", request id and flow key) at trace
  level: the picker's own record of the order it released queued requests in, which the
  priority and fairness tests read.
- The environment the Deployment sets from the downward API (`NAMESPACE`, `POD_NAME`) is set
  directly; `KUBECONFIG` points at the test API server (the in-cluster service-account config
  does not exist here).
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tests.apiserver.cluster import ControlPlane, _Process
from tests.isolation import Started
from tokenplane import versions

ROUTER_GROUP = versions.ROUTER_API_GROUP
"""The API group llm-d Router v0.10.0 reads its config and objectives in."""
UPSTREAM_GROUP = "inference.networking.x-k8s.io"
"""The group the picker under test (GAIE v1.5.0) reads them in (`apix/config/v1alpha1`,
`apix/v1alpha2`: `GroupName = "inference.networking.x-k8s.io"`)."""
READY_TIMEOUT = 120.0
_NOISE = ('"Refreshed metrics"', '"workqueue_items"', '"Current Pods and metrics gathered"')
"""Trace lines left out of a failure's log tail (one per scrape or work-queue tick)."""
LOOPBACK = "127.0.0.1"


def for_picker_under_test(document: Mapping[str, Any]) -> dict[str, Any]:
    """A rendered EndpointPickerConfig or InferenceObjective in the form the picker under test
    reads; llm-d Router v0.10.0 reads the rendered form itself. Two differences, both ones
    llm-d Router v0.10.0 itself defines as equivalent:

    - The group: v0.10.0 moved both kinds from `inference.networking.x-k8s.io` to `llm-d.ai` at
      the same versions (`apix/config/v1alpha1`, `apix/v1alpha2`); the picker under test still
      reads the old group, so `apiVersion` is rewritten.
    - The saturation detector: v0.10.0 reads it at `flowControl.saturationDetector` and keeps
      the top-level `saturationDetector` as its deprecated alias ("If both are set, the new
      field is used": `apix/config/v1alpha1/endpointpickerconfig_types.go`); the picker under
      test knows only the top-level field, so the rendered value moves there.

    Nothing else is touched: a field the picker under test does not know still fails its
    strict decoding.
    """
    copy: dict[str, Any] = json.loads(json.dumps(document))
    group, _, version = str(copy["apiVersion"]).partition("/")
    if group == ROUTER_GROUP:
        copy["apiVersion"] = f"{UPSTREAM_GROUP}/{version}"
    flow_control = copy.get("flowControl")
    if copy.get("kind") == "EndpointPickerConfig" and isinstance(flow_control, dict):
        detector = flow_control.pop("saturationDetector", None)
        if detector is not None:
            copy["saturationDetector"] = detector
    return copy


def write_certificate(directory: Path) -> None:
    """A self-signed certificate for 127.0.0.1 as `tls.crt`/`tls.key` (what `--cert-path` reads)."""
    directory.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=endpoint-picker.test",
            "-addext",
            f"subjectAltName=IP:{LOOPBACK}",
            "-keyout",
            str(directory / "tls.key"),
            "-out",
            str(directory / "tls.crt"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def picker_arguments(rendered: Sequence[str], *, config_file: Path, cert_dir: Path) -> list[str]:
    """The rendered container args with the suite's changes (module docstring)."""
    args = [arg for arg in rendered if not arg.startswith("--config-file=")]
    return [*args, f"--config-file={config_file}", f"--cert-path={cert_dir}", "-v=5"]


def flag(args: Sequence[str], name: str) -> str:
    """The value of `--name=value` in `args`."""
    prefix = f"--{name}="
    for arg in args:
        if arg.startswith(prefix):
            return arg[len(prefix) :]
    raise KeyError(name)


class EndpointPickerProcess(Started):
    """The picker binary against `plane`, with its config file and log in `workdir`."""

    def __init__(
        self,
        *,
        binary: Path,
        plane: ControlPlane,
        workdir: Path,
        rendered_args: Sequence[str],
        config_yaml: str,
        pod_name: str,
    ) -> None:
        self.binary = binary
        self.plane = plane
        self.workdir = workdir
        self.config_file = workdir / "epp-config.yaml"
        self.cert_dir = workdir / "certs"
        self.log_path = workdir / "endpoint-picker.log"
        self.config_yaml = config_yaml
        self.args = picker_arguments(
            rendered_args, config_file=self.config_file, cert_dir=self.cert_dir
        )
        self.namespace = flag(self.args, "pool-namespace")
        self.pool = flag(self.args, "pool-name")
        self.grpc_port = int(flag(self.args, "grpc-port"))
        self.metrics_port = int(flag(self.args, "metrics-port"))
        self.pod_name = pod_name
        self._process: _Process | None = None

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config_file.write_text(self.config_yaml)
        write_certificate(self.cert_dir)
        env = {
            **self.plane._env,
            "NAMESPACE": self.namespace,
            "POD_NAME": self.pod_name,
        }
        self._process = _Process(
            "endpoint-picker", [str(self.binary), *self.args], self.log_path, env
        )

    def stop(self) -> None:
        if self._process is not None:
            self._process.stop()
            self._process = None

    @property
    def root_certificate(self) -> bytes:
        return (self.cert_dir / "tls.crt").read_bytes()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError as error:
            return f"<cannot read {self.log_path}: {error}>"
        kept = [line for line in text.splitlines() if not any(n in line for n in _NOISE)]
        return "\n".join(kept[-lines:])

    def check_alive(self) -> None:
        if self._process is not None and (code := self._process.exited()) is not None:
            raise RuntimeError(
                f"endpoint picker exited with code {code}\n--- {self.log_path} ---\n"
                + self.log_tail()
            )

    def metrics(self) -> str:
        """The picker's own `/metrics` (plain HTTP; the bearer token is the API server's admin
        token, which the picker's metrics filter reviews as it would a scraper's)."""
        request = urllib.request.Request(
            f"http://{LOOPBACK}:{self.metrics_port}/metrics",
            headers={"Authorization": f"Bearer {self.plane.token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return str(response.read().decode())

    def gauge(self, metric: str, **labels: str) -> float:
        """The sum of the series of gauge `metric` whose labels include `labels`."""
        total = 0.0
        for line in self.metrics().splitlines():
            if not line.startswith(metric + "{") and not line.startswith(metric + " "):
                continue
            series, _, value = line.rpartition(" ")
            if all(f'{key}="{wanted}"' in series for key, wanted in labels.items()):
                total += float(value)
        return total

    def wait_until(self, what: str, ready: Any, timeout: float = READY_TIMEOUT) -> None:
        """Polls `ready()` until it is true (a wait for a state, never a timing assertion)."""
        deadline = time.monotonic() + timeout
        last: object = "not tried"
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                if ready():
                    return
                last = "not yet"
            except (OSError, ValueError) as error:
                last = error
            time.sleep(0.2)
        raise RuntimeError(
            f"endpoint picker: {what} not reached after {timeout:.0f} s ({last})\n"
            f"--- {self.log_path} ---\n{self.log_tail()}"
        )

    def wait_for_grpc(self) -> None:
        def listening() -> bool:
            with socket.create_connection((LOOPBACK, self.grpc_port), timeout=2):
                return True

        self.wait_until(f"ext_proc port {self.grpc_port}", listening)

    def dispatch_log(self) -> list[dict[str, Any]]:
        """Every flow-control dispatch the picker logged, in its order (JSON log lines), each
        with its request id under `reqID` (the picker under test's key; llm-d Router v0.10.0
        logs the same line with `requestID`)."""
        entries = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            if not line.startswith("{"):
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("msg") == "Item dispatched.":
                entries.append({**entry, "reqID": entry.get("reqID", entry.get("requestID"))})
        return entries
