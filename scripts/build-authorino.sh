#!/usr/bin/env bash
# Builds Authorino at the version tokenplane/versions.py pins (main.go, upstream's `make build` target with
# the same -X main.version flag) into the version-keyed cache. See build-go-controller.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$here/lib-cache.sh"
version="$(tokenplane_component_version authorino)"
exec bash "$here/build-go-controller.sh" authorino github.com/kuadrant/authorino "$version" . \
    "-X main.version=$version -X main.gitSHA=release -X main.dirty=false"
