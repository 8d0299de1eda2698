"""What the suites that run real controllers share: where the cached binaries are, and the
private network namespace they run in.

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

from tests.apiserver.conftest import unavailable

CLONE_NEWNET = 0x40000000


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
