#!/usr/bin/env bash
# Regenerates tools/kube-apiserver/go.mod and go.sum for KUBERNETES_VERSION in tokenplane/versions.py.
#
# k8s.io/kubernetes requires its staging modules at v0.0.0 and replaces them with ./staging/ paths, which
# do not apply to a consumer. The wrapper module requires k8s.io/kubernetes vX.Y.Z and replaces each
# staging module (read from the replace block of k8s.io/kubernetes's own go.mod) with the published v0.Y.Z.
# Run this only when the Kubernetes version changes; commit the result.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(sed -n 's/^KUBERNETES_VERSION = "\([0-9.]*\)".*/\1/p' "$repo_root/tokenplane/versions.py")"
if [[ -z "$version" ]]; then
    echo "update-kube-apiserver-gomod: KUBERNETES_VERSION not found in tokenplane/versions.py" >&2
    exit 1
fi
minor_patch="${version#*.}"          # 36.2
staging_version="v0.${minor_patch}"  # v0.36.2
module_dir="$repo_root/tools/kube-apiserver"

# shellcheck source=scripts/lib-go.sh
source "$repo_root/scripts/lib-go.sh"
go_bin="$(tokenplane_find_go "$repo_root")"

export GOFLAGS=-mod=mod
gomod_file="$("$go_bin" mod download -json "k8s.io/kubernetes@v${version}" \
    | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')"
mapfile -t staging < <(awk '/^replace \(/ {in_block=1; next} in_block && /^\)/ {in_block=0}
    in_block && $1 ~ /^k8s\.io\// && $3 ~ /^\.\/staging\// {print $1}' "$gomod_file")
if [[ "${#staging[@]}" -eq 0 ]]; then
    echo "update-kube-apiserver-gomod: no ./staging/ replacements found in $gomod_file" >&2
    exit 1
fi
go_directive="$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$gomod_file")"

mkdir -p "$module_dir"
cd "$module_dir"
rm -f go.mod go.sum
"$go_bin" mod init tokenplane.local/tools/kube-apiserver >/dev/null 2>&1
"$go_bin" mod edit -go="$go_directive"
for module in "${staging[@]}"; do
    "$go_bin" mod edit -replace="${module}=${module}@${staging_version}"
done
"$go_bin" get -tool "k8s.io/kubernetes/cmd/kube-apiserver@v${version}"
"$go_bin" mod tidy
echo "update-kube-apiserver-gomod: k8s.io/kubernetes v${version}, ${#staging[@]} staging modules at ${staging_version}"
