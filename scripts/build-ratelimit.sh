#!/usr/bin/env bash
# Builds envoyproxy/ratelimit, the rate-limit service Envoy Gateway runs for global rate limits, at the
# commit tokenplane/versions.py pins (RATELIMIT) into ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/
# ratelimit-<version> (scripts/build-go-binary.sh; about 2 minutes cold, nothing when present).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$repo_root/scripts/lib-cache.sh"
read -r name module version package < <(tokenplane_go_programs RATELIMIT)
exec bash "$repo_root/scripts/build-go-binary.sh" "$name" "$module" "$version" "$package"
