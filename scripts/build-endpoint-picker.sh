#!/usr/bin/env bash
# Builds the endpoint picker that tests/scheduling runs, at the module and version
# tokenplane/versions.py pins (ENDPOINT_PICKER), into ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/
# <name>-<version> (scripts/build-go-binary.sh; nothing when present). llm-d Router v0.10.0 itself is
# refused by the Go module proxy; versions.py says which picker stands in for it and why.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r name module version package < <(python3 - "$repo_root/tokenplane/versions.py" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("versions", sys.argv[1])
versions = importlib.util.module_from_spec(spec)
sys.modules["versions"] = versions
spec.loader.exec_module(versions)
program = versions.ENDPOINT_PICKER
print(program.name, program.module, program.version, program.main_package())
PY
)
exec bash "$repo_root/scripts/build-go-binary.sh" "$name" "$module" "$version" "$package"
