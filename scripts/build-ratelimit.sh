#!/usr/bin/env bash
# Builds envoyproxy/ratelimit, the rate-limit service Envoy Gateway runs for global rate limits, at the
# commit tokenplane/versions.py pins (RATELIMIT) into ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/
# ratelimit-<version> (scripts/build-go-binary.sh; about 2 minutes cold, nothing when present).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r name module version package < <(python3 - "$repo_root/tokenplane/versions.py" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("versions", sys.argv[1])
versions = importlib.util.module_from_spec(spec)
sys.modules["versions"] = versions
spec.loader.exec_module(versions)
program = versions.RATELIMIT
print(program.name, program.module, program.version, program.main_package())
PY
)
exec bash "$repo_root/scripts/build-go-binary.sh" "$name" "$module" "$version" "$package"
