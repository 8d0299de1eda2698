#!/usr/bin/env bash
# Makes sure `etcd` is available for the API-server tests (tests/apiserver).
#
# Idempotent: does nothing when etcd is already on PATH. Otherwise installs Debian's etcd-server package
# (3.4.23 on Debian 12/13), which starts nothing by itself; the test harness runs etcd on loopback.
set -euo pipefail

if command -v etcd >/dev/null 2>&1; then
    echo "install-etcd: $(command -v etcd) is present ($(etcd --version 2>/dev/null | head -n1))"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-etcd: etcd is not on PATH and apt-get is unavailable; install etcd 3.4+ yourself" >&2
    exit 1
fi
sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends etcd-server >/dev/null
echo "install-etcd: installed $(command -v etcd) ($(etcd --version | head -n1))"
