"""The rate-limit service of the budgets, for real: envoyproxy/ratelimit (the Go module at the
commit Envoy Gateway v1.9.1's go.mod requires, scripts/build-ratelimit.sh) keeping its
counters in Debian's redis-server, with a password, as `rate_limit_storage` renders it.

The service reads the config Envoy Gateway would push to it over xDS from files instead
(`CONFIG_TYPE=FILE`, one YAML file per domain): the documents Envoy Gateway v1.9.1's own
`BuildRateLimitServiceConfig` and `GetRateLimitServiceConfigStr` produce for our objects
(`envoy_gateway.py`, through tools/eg-ratelimit-config), unchanged. Its
Redis URL carries the password (generated per run) in its user-info, the way our Secret
`ratelimit-redis` templates it. Ports are fixed: the suite runs in its own network namespace.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlunsplit

import yaml

from tests.apiserver.cluster import _Process, _tail

REDIS_PORT = 16379
GRPC_PORT = 18091
HTTP_PORT = 18090
DEBUG_PORT = 18092
LOOPBACK = "127.0.0.1"
WAIT_SECONDS = float(os.environ.get("TOKENPLANE_CONFORMANCE_WAIT", "240"))


def redis_server() -> Path | None:
    """Debian's redis-server (package `redis-server`), or None."""
    found = shutil.which("redis-server")
    return Path(found) if found else None


class RateLimitService:
    """Redis and the rate-limit service, started by `start` and stopped by `stop`."""

    def __init__(self, *, ratelimit: Path, redis: Path, workdir: Path) -> None:
        self.ratelimit_bin, self.redis_bin = ratelimit, redis
        self.workdir = workdir
        self.password = secrets.token_hex(16)
        self.runtime = workdir / "ratelimit-runtime"
        self._processes: dict[str, _Process] = {}

    @property
    def address(self) -> str:
        return f"{LOOPBACK}:{GRPC_PORT}"

    def start(self, config: Sequence[Mapping[str, Any]]) -> None:
        self.write_config(config)
        self.start_redis()
        self.wait_port(REDIS_PORT)
        self.start_ratelimit()
        self.wait_port(GRPC_PORT)

    def wait_port(self, port: int) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if (failure := self.exited()) is not None:
                raise RuntimeError(failure)
            with socket.socket() as sock:
                sock.settimeout(1)
                if sock.connect_ex((LOOPBACK, port)) == 0:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"nothing listens on {LOOPBACK}:{port}\n{self.logs()}")

    def restart(self, name: str) -> None:
        """Starts a stopped `redis` or `ratelimit` again (failure-mode tests)."""
        if name == "redis":
            self.start_redis()
            self.wait_port(REDIS_PORT)
        else:
            self.start_ratelimit()
            self.wait_port(GRPC_PORT)

    def write_config(self, config: Sequence[Mapping[str, Any]]) -> None:
        folder = self.runtime / "ratelimit" / "config"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for index, document in enumerate(config):
            (folder / f"domain-{index}.yaml").write_text(yaml.safe_dump(dict(document)))

    def start_redis(self) -> None:
        data = self.workdir / "redis"
        data.mkdir(exist_ok=True)
        self._spawn(
            "redis",
            [
                str(self.redis_bin),
                "--bind",
                LOOPBACK,
                "--port",
                str(REDIS_PORT),
                "--requirepass",
                self.password,
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(data),
            ],
        )

    def start_ratelimit(self) -> None:
        self._spawn(
            "ratelimit",
            [str(self.ratelimit_bin)],
            {
                "HOST": LOOPBACK,
                "PORT": str(HTTP_PORT),
                "GRPC_HOST": LOOPBACK,
                "GRPC_PORT": str(GRPC_PORT),
                "DEBUG_HOST": LOOPBACK,
                "DEBUG_PORT": str(DEBUG_PORT),
                "CONFIG_TYPE": "FILE",
                "RUNTIME_ROOT": str(self.runtime),
                "RUNTIME_SUBDIRECTORY": "ratelimit",
                "RUNTIME_WATCH_ROOT": "false",
                "USE_STATSD": "false",
                "LOG_LEVEL": "warn",
                "BACKEND_TYPE": "redis",
                "REDIS_SOCKET_TYPE": "tcp",
                "REDIS_TYPE": "single",
                "REDIS_URL": self._redis_url(),
            },
        )

    def _redis_url(self) -> str:
        """The `redis` URL with this run's password as its user-info, no user name."""
        return urlunsplit(("redis", f":{self.password}@{LOOPBACK}:{REDIS_PORT}", "", "", ""))

    def stop_process(self, name: str) -> None:
        process = self._processes.pop(name)
        process.stop()

    def stop(self) -> None:
        for process in reversed(list(self._processes.values())):
            process.stop()
        self._processes.clear()

    def exited(self) -> str | None:
        for process in self._processes.values():
            if (code := process.exited()) is not None:
                return f"{process.name} exited with code {code}\n{self.logs()}"
        return None

    def logs(self) -> str:
        return "\n".join(
            f"--- last lines of {p.log_path} ---\n{_tail(p.log_path, 40)}"
            for p in self._processes.values()
        )

    def _spawn(self, name: str, args: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        full_env = {**os.environ, **(env or {})}
        self._processes[name] = _Process(name, args, self.workdir / f"{name}.log", full_env)
