#!/usr/bin/env bash
# Builds one Go program from the Go module proxy into the version-keyed binary cache:
#   build-go-binary.sh NAME MODULE VERSION [PACKAGE]
# writes ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/NAME-VERSION (PACKAGE defaults to MODULE).
#
# Idempotent: does nothing when that binary exists. `go install MODULE@VERSION` is not used (the proxy
# here refuses the `@v/list` lookup it makes); instead a throwaway wrapper module outside the clone
# requires MODULE@VERSION as a tool and copies MODULE's own non-local `replace` lines (a dependency's
# replaces are ignored by Go, and the Flux controllers rely on theirs), so the build selects exactly
# the dependency versions the upstream release builds with. Go's GOMODCACHE and GOCACHE persist, so a
# rebuild on the same machine takes seconds. Local replaces (`=> ./api`) are dropped: the published
# submodule at the version MODULE requires is used instead.
set -euo pipefail

if [[ $# -lt 3 || $# -gt 4 ]]; then
    echo "usage: build-go-binary.sh NAME MODULE VERSION [PACKAGE]" >&2
    exit 2
fi
name="$1" module="$2" version="$3" package="${4:-$2}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}"
out="$cache/bin/$name-$version"

if [[ -x "$out" ]]; then
    echo "build-go-binary: $out is present"
    exit 0
fi

# One build per binary at a time (helpers and CI share the cache): wait for a concurrent build of
# the same NAME-VERSION, then use its result.
mkdir -p "$cache/build"
exec 9>"$cache/build/$name-$version.lock"
flock 9
if [[ -x "$out" ]]; then
    echo "build-go-binary: $out is present (built concurrently)"
    exit 0
fi

# shellcheck source=scripts/lib-go.sh
source "$repo_root/scripts/lib-go.sh"
go_bin="$(TOKENPLANE_MIN_GO="${TOKENPLANE_MIN_GO:-1.26.0}" tokenplane_find_go "$repo_root")"
export GOTOOLCHAIN=local GOFLAGS=-mod=mod CGO_ENABLED=0
start=$SECONDS
echo "build-go-binary: building $name $module@$version with $go_bin ($("$go_bin" env GOVERSION))"

gomod="$("$go_bin" mod download -json "$module@$version" | python3 -c '
import json, sys
info = json.load(sys.stdin)
if "Error" in info:
    sys.exit("build-go-binary: " + info["Error"])
print(info["GoMod"])
')"

work="$cache/build/$name-$version"
rm -rf "$work"
mkdir -p "$work" "$cache/bin"
trap 'rm -rf "$work" "$out.tmp.$$"' EXIT
cd "$work"
"$go_bin" mod init "tokenplane.build/$name" >/dev/null 2>&1
go_directive="$("$go_bin" mod edit -json "$gomod" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("Go") or "")')"
[[ -n "$go_directive" ]] && "$go_bin" mod edit -go="$go_directive"
# Non-local replace lines of the upstream go.mod, as go mod edit flags.
while IFS= read -r flag; do
    [[ -n "$flag" ]] && "$go_bin" mod edit "$flag"
done < <("$go_bin" mod edit -json "$gomod" | python3 -c '
import json, sys
for r in json.load(sys.stdin).get("Replace") or []:
    new = r["New"]
    if not new.get("Version"):
        continue  # a local directory (=> ./api): the published module is used instead
    old = r["Old"]["Path"] + ("@" + r["Old"]["Version"] if r["Old"].get("Version") else "")
    print("-replace=" + old + "=" + new["Path"] + "@" + new["Version"])
')
"$go_bin" mod edit -require="$module@$version" -tool="$package"
"$go_bin" mod tidy
"$go_bin" build -trimpath -buildvcs=false -ldflags "-s -w" -o "$out.tmp.$$" "$package"
mv -f "$out.tmp.$$" "$out"
echo "build-go-binary: built $out in $((SECONDS - start)) s"
