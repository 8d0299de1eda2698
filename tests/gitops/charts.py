"""The real Helm charts the suite serves, packaged by the test with the pinned Helm CLI from the
upstream chart sources in `../shared/charts/<chart>/<version>/` (its README says what each needs).

Every step that is not a plain `helm package` of the upstream directory is a SUBSTITUTION and is
listed in `SUBSTITUTIONS` (docs/gitops.md repeats them):

- versions set at packaging (`version: v0.0.0-latest` / `v0.0.0` upstream; the release sets them
  with `helm package --version --app-version`): gateway-helm, ai-gateway-helm,
  ai-gateway-crds-helm, cert-manager, bitwarden-sdk-server;
- gateway-helm's `values.yaml` is the release's envsubst output of `values.tmpl.yaml`
  (`gateway-helm/v1.9.0-release-files/values.yaml`);
- external-secrets' CRD templates, generated at release by `hack/helm.generate.sh` from
  `deploy/crds/bundle.yaml`, are made here the same way in Python: one template per CRD, named
  after its singular name, installed when `installCRDs` (and, for the kinds that have one,
  `crds.create<Kind>`) is true. The CRD text is read with `.Files.Get` rather than inlined, and
  the release's templating of v1beta1's `served` flag and of the conversion webhook is not
  reproduced (both are off by default);
- kuadrant-operator's dependencies are packaged from their sources into its `charts/` folder
  (what `helm dependency build` would fetch), **limitador-operator 0.17.1 instead of 0.18.3**,
  which is not available here (the dependency entry is rewritten; Chart.lock dropped);
- **Envoy Gateway v1.9.0 instead of the pinned v1.9.3** (`VERSION_OVERRIDES`): only the v1.9.0
  chart sources exist here; the suite's config sets this version for its cluster (issue 12 allows
  this override for the suite; v1.9.1-v1.9.3 list no API change).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.apiserver.cluster import shared_dir
from tokenplane.config.infrastructure import ChartSpec, InfrastructureSpec

VERSION_OVERRIDES: dict[str, str] = {
    # component field of InfrastructureSpec → version the suite installs instead of the pin
    "envoy_gateway": "v1.9.0",
}
"""Per-cluster version overrides of the suite (named as such in docs/gitops.md)."""

LIMITADOR_SUBSTITUTE = "0.17.1"

SUBSTITUTIONS: tuple[str, ...] = (
    "gateway-helm, ai-gateway-helm, ai-gateway-crds-helm, cert-manager, bitwarden-sdk-server: "
    "chart version and appVersion set at packaging, as their releases do",
    "gateway-helm: values.yaml from the release's envsubst of values.tmpl.yaml",
    "external-secrets: CRD templates generated from bundle.yaml as the release does (served "
    "flag and conversion templating not reproduced)",
    "kuadrant-operator: dependencies packaged from source; limitador-operator "
    f"{LIMITADOR_SUBSTITUTE} instead of 0.18.3 (not available)",
    "Envoy Gateway v1.9.0 instead of v1.9.3 (only the v1.9.0 chart sources exist here)",
)


@dataclass(frozen=True)
class PackagedChart:
    field: str
    """The InfrastructureSpec field this chart serves."""
    spec: ChartSpec
    package: Path
    metadata: dict[str, Any]


class Helm:
    """The pinned Helm CLI with every Helm directory inside `home` (nothing of the user's)."""

    def __init__(self, binary: Path, home: Path) -> None:
        self.binary = binary
        self.env = {
            **os.environ,
            "HELM_CACHE_HOME": str(home / "cache"),
            "HELM_CONFIG_HOME": str(home / "config"),
            "HELM_DATA_HOME": str(home / "data"),
        }

    def __call__(self, *args: str) -> str:
        result = subprocess.run(
            [str(self.binary), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        if result.returncode != 0:
            raise RuntimeError(f"helm {' '.join(args)} failed:\n{result.stderr}{result.stdout}")
        return result.stdout

    def package(
        self, source: Path, out: Path, *, version: str | None = None, app_version: str | None = None
    ) -> Path:
        args = ["package", str(source), "--destination", str(out)]
        if version:
            args += ["--version", version]
        if app_version:
            args += ["--app-version", app_version]
        line = self(*args).strip().splitlines()[-1]
        return Path(line.rsplit(":", 1)[1].strip())

    def chart_metadata(self, package: Path) -> dict[str, Any]:
        data: dict[str, Any] = yaml.safe_load(self("show", "chart", str(package)))
        return data


def chart_source(chart: str, version: str) -> Path:
    return shared_dir() / "charts" / chart / version


def suite_infrastructure() -> InfrastructureSpec:
    """The default infrastructure (versions.py) with the suite's version overrides applied."""
    defaults = InfrastructureSpec()
    updates: dict[str, Any] = {}
    for field, version in VERSION_OVERRIDES.items():
        updates[field] = getattr(defaults, field).model_copy(update={"version": version})
    updates["envoy_gateway_crds"] = defaults.envoy_gateway_crds.model_copy(
        update={"tag": VERSION_OVERRIDES["envoy_gateway"]}
    )
    return defaults.model_copy(update=updates)


def _staged(source: Path, stage: Path) -> Path:
    target = stage / source.parent.name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def _external_secrets_crds(chart: Path, bundle: Path) -> None:
    """The CRD templates external-secrets' release generates (hack/helm.generate.sh)."""
    values = yaml.safe_load((chart / "values.yaml").read_text())
    switches = set(values.get("crds", {}))
    files = chart / "files" / "generated-crds"
    files.mkdir(parents=True, exist_ok=True)
    templates = chart / "templates" / "crds"
    for document in yaml.safe_load_all(bundle.read_text()):
        if not document:
            continue
        singular = document["spec"]["names"]["singular"]
        kind = document["spec"]["names"]["kind"]
        (files / f"{singular}.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
        condition = ".Values.installCRDs"
        if f"create{kind}" in switches:
            condition = f"and (.Values.installCRDs) (.Values.crds.create{kind})"
        (templates / f"{singular}.yaml").write_text(
            f"{{{{- if {condition} }}}}\n"
            f'{{{{ .Files.Get "files/generated-crds/{singular}.yaml" }}}}\n'
            "{{- end }}\n"
        )


def package_all(helm: Helm, out: Path, infrastructure: InfrastructureSpec) -> list[PackagedChart]:
    """Packages every chart the infrastructure layer installs; substitutions as listed above."""
    stage = out / "stage"
    stage.mkdir(parents=True, exist_ok=True)
    packages = out / "packages"
    packages.mkdir(parents=True, exist_ok=True)
    charts: list[PackagedChart] = []

    def add(field: str, package: Path) -> None:
        spec: ChartSpec = getattr(infrastructure, field)
        charts.append(PackagedChart(field, spec, package, helm.chart_metadata(package)))

    for field in ("envoy_gateway", "envoy_ai_gateway_crds", "envoy_ai_gateway", "cert_manager"):
        spec = getattr(infrastructure, field)
        staged = _staged(chart_source(spec.chart, spec.version), stage / field)
        if field == "envoy_gateway":
            release = chart_source(spec.chart, f"{spec.version}-release-files") / "values.yaml"
            shutil.copy2(release, staged / "values.yaml")
        add(field, helm.package(staged, packages, version=spec.version, app_version=spec.version))

    spec = infrastructure.external_secrets
    staged = _staged(chart_source(spec.chart, spec.version), stage / "external_secrets")
    _external_secrets_crds(
        staged, chart_source(spec.chart, f"{spec.version}-release-files") / "bundle.yaml"
    )
    chart_yaml = yaml.safe_load((staged / "Chart.yaml").read_text())
    (staged / "charts").mkdir(exist_ok=True)
    for dependency in chart_yaml.get("dependencies", []):
        version = dependency["version"]
        helm.package(
            chart_source(dependency["name"], version),
            staged / "charts",
            version=version,
        )
    add("external_secrets", helm.package(staged, packages))

    spec = infrastructure.kuadrant
    staged = _staged(chart_source(spec.chart, spec.version), stage / "kuadrant")
    chart_yaml = yaml.safe_load((staged / "Chart.yaml").read_text())
    (staged / "charts").mkdir(exist_ok=True)
    for dependency in chart_yaml["dependencies"]:
        if dependency["name"] == "limitador-operator":
            dependency["version"] = LIMITADOR_SUBSTITUTE
        helm.package(chart_source(dependency["name"], dependency["version"]), staged / "charts")
    (staged / "Chart.yaml").write_text(yaml.safe_dump(chart_yaml, sort_keys=False))
    (staged / "Chart.lock").unlink(missing_ok=True)
    add("kuadrant", helm.package(staged, packages))

    spec = infrastructure.keda
    add("keda", helm.package(chart_source(spec.chart, spec.version), packages))
    return charts


def oci_metadata(chart: PackagedChart) -> dict[str, Any]:
    """The config blob `helm push` writes: Chart.yaml's metadata as JSON."""
    data: dict[str, Any] = json.loads(json.dumps(chart.metadata, default=str))
    return data
