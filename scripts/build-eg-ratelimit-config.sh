#!/usr/bin/env bash
# Builds tools/eg-ratelimit-config (our program that prints what Envoy Gateway gives its rate-limit
# service and filters, which `egctl x translate` does not print) against the Envoy Gateway release
# tokenplane/versions.py pins for egctl (EGCTL) into
# ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/eg-ratelimit-config-<version>-<hash of main.go>.
#
# The program calls Envoy Gateway's internal packages, which Go allows only to packages under the
# module's import path; so it is compiled as the module github.com/envoyproxy/gateway/tokenplane-
# eg-ratelimit-config in a throwaway directory, requiring the released module and every module
# version it requires (its go.mod require lines and go.sum, copied), -mod=readonly: the dependency
# graph is upstream's, byte for byte, and the released module is not modified. Nothing is built when
# the binary is present; after scripts/build-egctl.sh, Go's build cache holds every package but ours.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$repo_root/scripts/lib-cache.sh"
read -r _ module version _ < <(tokenplane_go_programs EGCTL)
source_file="$repo_root/tools/eg-ratelimit-config/main.go"
digest="$(sha256sum "$source_file" | cut -c1-12)"
name="eg-ratelimit-config"
out="$(tokenplane_cache_bin "$name" "$version-$digest")"
if [[ -x "$out" ]]; then
    echo "build-$name: $out is already built"
    exit 0
fi

cache="${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}"
mkdir -p "$cache/build" "$(dirname "$out")"
exec 9>"$cache/build/$name-$version-$digest.lock"
flock 9
if [[ -x "$out" ]]; then
    echo "build-$name: $out is present (built concurrently)"
    exit 0
fi

# shellcheck source=scripts/lib-go.sh
source "$repo_root/scripts/lib-go.sh"
go_bin="$(tokenplane_find_go "$repo_root")"
export GOTOOLCHAIN=local CGO_ENABLED=0
info="$(GOFLAGS=-mod=mod "$go_bin" mod download -json "$module@$version")"
work="$cache/build/$name-$version-$digest"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work" "$out.tmp.$$"' EXIT
printf '%s\n' "$info" >"$work/download.json"
python3 - "$module" "$version" "$work" "$go_bin" <<'PY'
import json, pathlib, subprocess, sys
module, version, work, go = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), sys.argv[4]
info = json.loads((work / "download.json").read_text())
upstream = json.loads(subprocess.run([go, "mod", "edit", "-json", info["GoMod"]], check=True,
                                     capture_output=True, text=True).stdout)
if upstream.get("Replace"):
    sys.exit(f"build-eg-ratelimit-config: {module}@{version} has replace directives; not handled")
lines = [f"module {module}/tokenplane-eg-ratelimit-config", "", f"go {upstream['Go']}", "",
         "require (", f"\t{module} {version}"]
lines += [f"\t{r['Path']} {r['Version']}" for r in upstream["Require"]]
lines += [")", ""]
(work / "go.mod").write_text("\n".join(lines))
sums = pathlib.Path(info["Dir"], "go.sum").read_text()
sums += f"{module} {version} {info['Sum']}\n{module} {version}/go.mod {info['GoModSum']}\n"
(work / "go.sum").write_text(sums)
PY
cp "$source_file" "$work/main.go"
start=$SECONDS
echo "build-$name: building against $module@$version with $go_bin ($("$go_bin" env GOVERSION))"
(cd "$work" && GOFLAGS=-mod=readonly "$go_bin" build -buildvcs=false -ldflags "-s -w" -o "$out.tmp.$$" .)
mv -f "$out.tmp.$$" "$out"
echo "build-$name: built $out in $((SECONDS - start)) s"
