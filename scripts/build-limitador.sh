#!/usr/bin/env bash
# Builds tools/limitador-server (our minimal gRPC server over the `limitador` crate, pinned in its Cargo.toml
# and Cargo.lock) into ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/limitador-<crate version>-<source hash>.
#
# The key carries the crate version and a hash of the server's sources, so a change to either builds anew and
# an unchanged tree costs nothing. Cargo's target directory lives in the same cache (target/limitador-server),
# so a rebuild after a source change recompiles only the server. Needs `cargo` (rustup's or Debian's) and
# crates.io; `--locked` refuses to build anything Cargo.lock does not pin.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib-cache.sh
source "$repo_root/scripts/lib-cache.sh"
src="$repo_root/tools/limitador-server"
version="$(sed -n 's/^limitador = { version = "=\([0-9.]*\)".*/\1/p' "$src/Cargo.toml")"
if [[ -z "$version" ]]; then
    echo "build-limitador: no exact limitador version in $src/Cargo.toml" >&2
    exit 1
fi
hash="$(cd "$src" && find Cargo.toml Cargo.lock build.rs src proto -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12)"
out="$(tokenplane_cache_bin limitador "$version-$hash")"
if [[ -x "$out" ]]; then
    echo "build-limitador: $out is already built"
    exit 0
fi

cargo_bin="$(command -v cargo || true)"
[[ -z "$cargo_bin" && -x "$HOME/.cargo/bin/cargo" ]] && cargo_bin="$HOME/.cargo/bin/cargo"
if [[ -z "$cargo_bin" ]]; then
    echo "build-limitador: cargo not found (install rustup's or Debian's cargo)" >&2
    exit 1
fi
target="${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/target/limitador-server"
echo "build-limitador: building limitador $version server ($hash) with $("$cargo_bin" --version); a cold build takes minutes"
start=$SECONDS
CARGO_TARGET_DIR="$target" "$cargo_bin" build --release --locked --quiet --manifest-path "$src/Cargo.toml"
mkdir -p "$(dirname "$out")"
cp "$target/release/tokenplane-limitador-server" "$out.tmp.$$"
mv -f "$out.tmp.$$" "$out"
echo "build-limitador: built $out in $((SECONDS - start)) s"
