"""The loopback sources the Flux controllers pull from: one HTTPS server on 127.0.0.1 serving

- Git over smart HTTP (`/git/<repository>`): `git http-backend` run as a CGI program for each
  request, over bare repositories the suite writes (go-git, which source-controller uses, speaks
  only the smart protocol);
- Helm repositories (`/charts/<repository>/index.yaml` and the packaged charts beside it), written
  with `helm repo index`;
- an OCI registry, read-only (`/v2/...`): Helm charts as OCI artifacts in the layout `helm push`
  produces (a config blob of media type `application/vnd.cncf.helm.config.v1+json` and one
  `application/vnd.cncf.helm.chart.content.v1.tar+gzip` layer), answering the distribution API
  calls a pull makes (`/v2/`, manifests by tag or digest, blobs, tag list).

Its certificate is self-signed for IP 127.0.0.1 and made at start; the controllers trust it
through `SSL_CERT_FILE` (Go's system certificate pool reads it), so every source keeps the
`https://` / `oci://` form the config validates, with no `insecure` switch.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

LOOPBACK = "127.0.0.1"
PORT = 8443
"""Fixed: the suite runs in its own network namespace (tests/isolation.py)."""
BASE = f"https://{LOOPBACK}:{PORT}"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
HELM_CONFIG = "application/vnd.cncf.helm.config.v1+json"
HELM_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"


def git_url(repository: str) -> str:
    return f"{BASE}/git/{repository}"


def helm_url(repository: str) -> str:
    return f"{BASE}/charts/{repository}"


def oci_url(namespace: str) -> str:
    return f"oci://{LOOPBACK}:{PORT}/{namespace}"


@dataclass
class _Registry:
    """Blobs by digest and manifests by repository and reference (tag or digest)."""

    blobs: dict[str, bytes] = field(default_factory=dict)
    manifests: dict[tuple[str, str], bytes] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)

    def add_blob(self, data: bytes) -> dict[str, Any]:
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        self.blobs[digest] = data
        return {"digest": digest, "size": len(data)}

    def add_chart(
        self, repository: str, tag: str, metadata: dict[str, Any], package: bytes
    ) -> None:
        config = self.add_blob(json.dumps(metadata, sort_keys=True).encode())
        layer = self.add_blob(package)
        manifest = json.dumps(
            {
                "schemaVersion": 2,
                "mediaType": OCI_MANIFEST,
                "config": {"mediaType": HELM_CONFIG, **config},
                "layers": [{"mediaType": HELM_LAYER, **layer}],
                "annotations": {
                    "org.opencontainers.image.title": str(metadata["name"]),
                    "org.opencontainers.image.version": str(metadata["version"]),
                },
            },
            sort_keys=True,
        ).encode()
        digest = "sha256:" + hashlib.sha256(manifest).hexdigest()
        self.manifests[(repository, tag)] = manifest
        self.manifests[(repository, digest)] = manifest
        self.tags.setdefault(repository, []).append(tag)


class LoopbackSources:
    """The HTTPS server, as a context manager; `root` holds git/, charts/ and the certificate."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.git_root = root / "git"
        self.charts_root = root / "charts"
        self.cert = root / "tls.crt"
        self.key = root / "tls.key"
        self.registry = _Registry()
        self.requests: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> LoopbackSources:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start(self) -> None:
        self.git_root.mkdir(parents=True, exist_ok=True)
        self.charts_root.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", f"/CN={LOOPBACK}", "-addext", f"subjectAltName=IP:{LOOPBACK}",
                "-keyout", str(self.key), "-out", str(self.cert),
            ],
            check=True, capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        handler = type("Handler", (_Handler,), {"sources": self})
        server = ThreadingHTTPServer((LOOPBACK, PORT), handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- content -------------------------------------------------------------------------------

    def bare_repository(self, name: str) -> Path:
        """The bare repository served at `git_url(name)`, created empty if absent."""
        path = self.git_root / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            _git("init", "--quiet", "--bare", "--initial-branch=main", str(path))
        return path

    def publish_tree(self, name: str, tree: Path, *, tag: str, message: str) -> str:
        """Commits the files of `tree` (a plain folder) as the only content of a tag of
        repository `name`; returns the commit."""
        work = self.root / "work" / name
        if work.exists():
            shutil.rmtree(work)
        shutil.copytree(tree, work)
        bare = self.bare_repository(name)
        _git("init", "--quiet", "--initial-branch=main", cwd=work)
        _git("add", "--all", cwd=work)
        _git("commit", "--quiet", "-m", message, cwd=work)
        _git("tag", tag, cwd=work)
        _git("push", "--quiet", "--force", str(bare), "main", f"refs/tags/{tag}", cwd=work)
        return _git("rev-parse", "HEAD", cwd=work).strip()

    def helm_repository(self, name: str, packages: list[Path]) -> None:
        """Serves `packages` (chart .tgz files) as the Helm repository `helm_url(name)`."""
        folder = self.charts_root / name
        folder.mkdir(parents=True, exist_ok=True)
        for package in packages:
            shutil.copy2(package, folder / package.name)


class _Handler(BaseHTTPRequestHandler):
    sources: ClassVar[LoopbackSources]
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        self.sources.requests.append(f"{self.command} {self.path}")

    def do_GET(self) -> None:
        self._route(head=False)

    def do_HEAD(self) -> None:
        self._route(head=True)

    def do_POST(self) -> None:
        if self.path.startswith("/git/"):
            self._git()
        else:
            self._send(405, b"read-only\n", "text/plain")

    def _route(self, *, head: bool) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/git/"):
            self._git()
        elif path.startswith("/charts/"):
            self._file(self.sources.charts_root / path.removeprefix("/charts/"), head=head)
        elif path == "/v2/" or path == "/v2":
            self._send(200, b"{}", "application/json", head=head)
        elif path.startswith("/v2/"):
            self._oci(path.removeprefix("/v2/"), head=head)
        else:
            self._send(404, b"not found\n", "text/plain", head=head)

    def _send(
        self,
        code: int,
        body: bytes,
        content_type: str,
        *,
        head: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _file(self, path: Path, *, head: bool) -> None:
        resolved = path.resolve()
        if self.sources.charts_root.resolve() not in resolved.parents or not resolved.is_file():
            self._send(404, b"not found\n", "text/plain", head=head)
            return
        kind = "application/x-yaml" if path.suffix == ".yaml" else "application/gzip"
        self._send(200, resolved.read_bytes(), kind, head=head)

    def _oci(self, rest: str, *, head: bool) -> None:
        registry = self.sources.registry
        if rest.endswith("/tags/list"):
            repository = rest.removesuffix("/tags/list")
            body = json.dumps({"name": repository, "tags": registry.tags.get(repository, [])})
            self._send(200, body.encode(), "application/json", head=head)
            return
        for marker in ("/manifests/", "/blobs/"):
            if marker in rest:
                repository, reference = rest.rsplit(marker, 1)
                break
        else:
            self._send(404, b"{}", "application/json", head=head)
            return
        if marker == "/manifests/":
            manifest = registry.manifests.get((repository, reference))
            if manifest is None:
                self._send(404, b'{"errors":[{"code":"MANIFEST_UNKNOWN"}]}', "application/json")
                return
            digest = "sha256:" + hashlib.sha256(manifest).hexdigest()
            self._send(
                200, manifest, OCI_MANIFEST, head=head, headers={"Docker-Content-Digest": digest}
            )
            return
        blob = registry.blobs.get(reference)
        if blob is None:
            self._send(404, b'{"errors":[{"code":"BLOB_UNKNOWN"}]}', "application/json")
            return
        self._send(
            200,
            blob,
            "application/octet-stream",
            head=head,
            headers={"Docker-Content-Digest": reference},
        )

    def _git(self) -> None:
        """One smart-HTTP request through `git http-backend` (CGI)."""
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "GIT_PROJECT_ROOT": str(self.sources.git_root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "REQUEST_METHOD": self.command,
            "PATH_INFO": path.removeprefix("/git"),
            "QUERY_STRING": query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "REMOTE_ADDR": LOOPBACK,
        }
        if encoding := self.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = encoding
        if protocol := self.headers.get("Git-Protocol"):
            env["GIT_PROTOCOL"] = protocol
        result = subprocess.run(
            ["git", "http-backend"], input=body, env=env, capture_output=True, timeout=120
        )
        head, _, payload = result.stdout.partition(b"\r\n\r\n")
        if not _:
            head, _, payload = result.stdout.partition(b"\n\n")
        status = 200
        headers: dict[str, str] = {}
        for line in head.decode(errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.lower() == "status":
                status = int(value.strip().split()[0])
            elif key:
                headers[key.strip()] = value.strip()
        content_type = headers.pop("Content-Type", "application/octet-stream")
        headers.pop("Content-Length", None)
        self._send(status, payload, content_type, headers=headers)


def _git(*args: str, cwd: Path | None = None) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "tokenplane tests",
        "GIT_AUTHOR_EMAIL": "tests@tokenplane.invalid",
        "GIT_COMMITTER_NAME": "tokenplane tests",
        "GIT_COMMITTER_EMAIL": "tests@tokenplane.invalid",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    result = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


git = _git
