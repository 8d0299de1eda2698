#!/usr/bin/env bash
# Builds the GitOps end-to-end suite's programs (tests/gitops) at the versions tokenplane/versions.py
# pins: Flux source-controller, kustomize-controller and helm-controller, and the Helm CLI the suite
# packages charts with. Each lands in ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/<name>-<version>
# (scripts/build-go-binary.sh); present binaries are kept, so a warm run takes a second.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# name, module, version, package: one line per program, from the version table.
mapfile -t programs < <(python3 - "$repo_root/tokenplane/versions.py" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("versions", sys.argv[1])
versions = importlib.util.module_from_spec(spec)
sys.modules["versions"] = versions
spec.loader.exec_module(versions)
for program in versions.GITOPS_PROGRAMS:
    print(program.name, program.module, program.version, program.main_package())
PY
)
if [[ ${#programs[@]} -eq 0 ]]; then
    echo "build-flux: no GITOPS_PROGRAMS in tokenplane/versions.py" >&2
    exit 1
fi
for line in "${programs[@]}"; do
    # shellcheck disable=SC2086
    bash "$repo_root/scripts/build-go-binary.sh" $line
done
