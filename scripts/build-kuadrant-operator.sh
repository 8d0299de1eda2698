#!/usr/bin/env bash
# Builds kuadrant-operator at the version tokenplane/versions.py pins (cmd/main.go, upstream's `make build`
# target with the same -X main.version flag) into the version-keyed cache. See build-go-controller.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$here/lib-cache.sh"
version="$(tokenplane_component_version kuadrant-operator)"
exec bash "$here/build-go-controller.sh" kuadrant-operator github.com/kuadrant/kuadrant-operator "$version" cmd \
    "-X main.version=$version -X main.gitSHA=release -X main.dirty=false"
