#!/usr/bin/env bash
# Makes sure `redis-server` is available for the conformance suite (tests/conformance), which runs it
# on loopback as the store of Envoy Gateway's rate-limit service.
#
# Idempotent: does nothing when redis-server is already on PATH. Otherwise installs Debian's
# redis-server package (7.0 on Debian 12); its service is not started where no init system runs, and
# the suite starts its own instance in its network namespace.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
    echo "install-redis: $(command -v redis-server) is present"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-redis: redis-server is not on PATH and apt-get is unavailable; install Redis 7 yourself" >&2
    exit 1
fi
sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends redis-server >/dev/null
echo "install-redis: installed $(command -v redis-server)"
