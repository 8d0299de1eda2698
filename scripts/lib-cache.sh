# shellcheck shell=bash
# Sourced by the controller build scripts: where version-keyed binaries live, and the pinned versions.
#
# tokenplane_cache_bin NAME VERSION prints ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/NAME-VERSION.
# The cache is outside the clone so every clone (and a fresh CI clone on the same machine) shares it.
# tokenplane_component_version NAME prints the version tokenplane/versions.py pins for component NAME.

tokenplane_cache_bin() {
    printf '%s/bin/%s-%s\n' "${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}" "$1" "$2"
}

tokenplane_component_version() {
    local repo_root name
    repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    name="$1"
    python3 - "$repo_root/tokenplane/versions.py" "$name" <<'PY'
import runpy, sys
table = runpy.run_path(sys.argv[1])
for component in table["COMPONENTS"]:
    if component.name == sys.argv[2]:
        print(component.version)
        break
else:
    sys.exit(f"no component {sys.argv[2]!r} in {sys.argv[1]}")
PY
}

# tokenplane_go_programs ATTRIBUTE prints "name module version main-package", one line per program, for
# the GoProgram (or tuple of GoPrograms) tokenplane/versions.py defines under ATTRIBUTE.
tokenplane_go_programs() {
    local repo_root
    repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    python3 - "$repo_root/tokenplane/versions.py" "$1" <<'PY'
import runpy, sys
table = runpy.run_path(sys.argv[1])
if sys.argv[2] not in table:
    sys.exit(f"no {sys.argv[2]} in {sys.argv[1]}")
found = table[sys.argv[2]]
for program in found if isinstance(found, tuple) else (found,):
    print(program.name, program.module, program.version, program.main_package())
PY
}
