"""What the suites that run real controllers share: where the cached binaries are, the
private network namespace they run in, and the start/stop shape of their stacks.

`tests/conformance` (Kuadrant) and `tests/gitops` (Flux) both start servers on fixed loopback
ports; each moves its pytest process into a network namespace of its own first, so nothing else
on the machine can clash with them or reach them. `make test` runs each suite in its own pytest
process for that reason.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
from pathlib import Path
from types import TracebackType
from typing import Self

from tests.apiserver.conftest import unavailable

CLONE_NEWNET = 0x40000000


class Started:
    """A stack of processes used as a context manager: `start` on entry (and `stop` if it
    fails half way), `stop` on exit. Subclasses define both; `stop` must be safe to call on a
    stack that started only in part."""

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def cache_root() -> Path:
    """`$TOKENPLANE_CACHE`, else `~/.cache/tokenplane` (where the build scripts cache binaries)."""
    return Path(os.environ.get("TOKENPLANE_CACHE") or Path.home() / ".cache" / "tokenplane")


def cache_bin(name: str, version: str) -> Path:
    """Where the build scripts put a binary: $TOKENPLANE_CACHE/bin/<name>-<version>."""
    return cache_root() / "bin" / f"{name}-{version}"


def enter_private_network() -> None:
    """Moves this process into a new network namespace with only loopback, once.

    Skips (fails under CI=true) when the namespace cannot be created."""
    interfaces = set(os.listdir("/sys/class/net"))
    if interfaces == {"lo"}:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0:
        unavailable(f"cannot create a network namespace (errno {ctypes.get_errno()}; needs root)")
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True, timeout=30)
