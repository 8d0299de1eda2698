#!/usr/bin/env bash
# Builds one Go controller at a pinned release from the Go module proxy into the version-keyed cache.
#
#   build-go-controller.sh NAME MODULE VERSION PACKAGE [LDFLAGS]
#
# Downloads MODULE@VERSION with `go mod download -json` (`go install m@v` is refused by the proxy here),
# builds PACKAGE (relative to the module root) with the module's own go.mod and go.sum (-mod=readonly: the
# dependency graph is upstream's, byte for byte) and moves the binary to
# ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/NAME-VERSION. Idempotent: does nothing when that file
# exists. Go's GOCACHE and GOMODCACHE persist, so a rebuild after a cache wipe takes seconds.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="$1" module="$2" version="$3" package="$4" ldflags="${5:-}"
# shellcheck source=scripts/lib-cache.sh
source "$repo_root/scripts/lib-cache.sh"
out="$(tokenplane_cache_bin "$name" "$version")"
if [[ -x "$out" ]]; then
    echo "build-$name: $out is already built"
    exit 0
fi

# shellcheck source=scripts/lib-go.sh
source "$repo_root/scripts/lib-go.sh"
go_bin="$(tokenplane_find_go "$repo_root")"
module_dir="$(GOFLAGS=-mod=mod "$go_bin" mod download -json "$module@$version" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')"
echo "build-$name: building $module@$version ($package) with $go_bin ($("$go_bin" env GOVERSION)); a cold build takes minutes"
mkdir -p "$(dirname "$out")"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
start=$SECONDS
(cd "$module_dir" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-mod=readonly "$go_bin" build -buildvcs=false \
    -ldflags "-s -w $ldflags" -o "$tmp" "./$package")
mv -f "$tmp" "$out"
echo "build-$name: built $out in $((SECONDS - start)) s"
