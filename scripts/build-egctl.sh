#!/usr/bin/env bash
# Builds egctl, Envoy Gateway's CLI (its `x translate` runs Envoy Gateway's own translator), at the
# version tokenplane/versions.py pins (EGCTL) into ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/
# egctl-<version>, from the released module with its own go.mod and go.sum (build-go-controller.sh:
# cmd/egctl imports the module's internal packages, so it is built inside the module). The -X flag
# sets the version `egctl version` reports, as upstream's release build does. Nothing is built
# when the binary is present; a cold build takes many minutes (docs/conformance.md, "Times").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$here/lib-cache.sh"
read -r name module version package < <(tokenplane_go_programs EGCTL)
exec bash "$here/build-go-controller.sh" "$name" "$module" "$version" "${package#"$module"/}" \
    "-X $module/internal/cmd/version.envoyGatewayVersion=$version -X $module/internal/cmd/version.gitCommitID=release"
