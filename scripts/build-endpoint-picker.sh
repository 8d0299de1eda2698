#!/usr/bin/env bash
# Builds the endpoint picker that tests/scheduling runs, at the module and version
# tokenplane/versions.py pins (ENDPOINT_PICKER), into ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/
# <name>-<version> (scripts/build-go-binary.sh; nothing when present). llm-d Router v0.10.0 itself is
# refused by the Go module proxy; versions.py says which picker stands in for it and why.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$repo_root/scripts/lib-cache.sh"
read -r name module version package < <(tokenplane_go_programs ENDPOINT_PICKER)
exec bash "$repo_root/scripts/build-go-binary.sh" "$name" "$module" "$version" "$package"
