#!/usr/bin/env bash
# Builds the GitOps end-to-end suite's programs (tests/gitops) at the versions tokenplane/versions.py
# pins: Flux source-controller, kustomize-controller and helm-controller, and the Helm CLI the suite
# packages charts with. Each lands in ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/<name>-<version>
# (scripts/build-go-binary.sh); present binaries are kept, so a warm run takes a second.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$repo_root/scripts/lib-cache.sh"
# name, module, version, package: one line per program, from the version table.
mapfile -t programs < <(tokenplane_go_programs GITOPS_PROGRAMS)
if [[ ${#programs[@]} -eq 0 ]]; then
    echo "build-flux: no GITOPS_PROGRAMS in tokenplane/versions.py" >&2
    exit 1
fi
for line in "${programs[@]}"; do
    # shellcheck disable=SC2086
    bash "$repo_root/scripts/build-go-binary.sh" $line
done
