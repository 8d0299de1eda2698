"""One GitOps end-to-end run: the loopback sources filled, the example synthesized and committed,
and a Flux cluster waiting to be bootstrapped.

`GitopsRun` is a context manager. Entering it:

1. starts the loopback HTTPS server (servers.py);
2. packages the real charts with the pinned Helm (charts.py, substitutions named there) and serves
   them: HTTPS Helm repositories for the `https://` sources, the OCI registry for the `oci://` ones;
3. publishes the CRD manifests the Flux GitRepositories of the infrastructure layer clone, as a
   tag of a loopback repository with the upstream path (`config/crd/standard`, ...): a
   SUBSTITUTION for github.com, holding the pinned CRD files of `../shared/crds` (copies of those
   upstream tags, see its README) and, for Envoy Gateway, the chart's own generated CRD folder;
4. writes the suite's config (suite_config.py), runs `tokenplane synth` into a Git work tree and
   pushes the commit to the loopback repository `platform/tokenplane`;
5. starts the Flux cluster (flux.py).
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.apiserver.cluster import crd_dir
from tests.gitops import charts, servers, suite_config
from tests.gitops.flux import FluxCluster
from tests.isolation import Started
from tokenplane.config.infrastructure import InfrastructureSpec, ManifestsSpec
from tokenplane.versions import component

TODAY = datetime.date(2026, 11, 29)


def manifest_files(field: str, spec: ManifestsSpec) -> list[Path]:
    """The files the loopback copy of an upstream CRD repository holds at `spec.path`."""
    if field == "envoy_gateway_crds":
        source = charts.chart_source("gateway-helm", spec.tag) / "charts" / "crds" / "crds"
        return sorted((source / "generated").glob("*.yaml"))
    name = {
        "gateway_api": "gateway-api",
        "inference_extension": "gateway-api-inference-extension",
        "llm_d_router_crds": "llm-d-router",
    }
    return [crd_dir() / path for path in component(name[field]).crd_files]


class GitopsRun(Started):
    def __init__(self, root: Path, *, helm: Path) -> None:
        self.root = root
        self.sources = servers.LoopbackSources(root / "sources")
        self.helm = charts.Helm(helm, root / "helm-home")
        self.infrastructure: InfrastructureSpec = charts.suite_infrastructure()
        self.config = root / "config"
        self.repo = root / "repo"
        self.flux: FluxCluster | None = None
        self.packaged: list[charts.PackagedChart] = []
        self.commits: list[str] = []

    def start(self) -> None:
        self.sources.start()
        self._serve_charts()
        self._serve_manifests()
        suite_config.gitops_config(self.config, self.infrastructure)
        self.repo.mkdir()
        servers.git("init", "--quiet", "--initial-branch=main", cwd=self.repo)
        self.commit("tokenplane synth of the example config")
        self.flux = FluxCluster(self.root / "flux", ca_file=self.sources.cert)
        self.flux.start()

    def stop(self) -> None:
        if self.flux is not None:
            self.flux.stop()
            self.flux = None
        self.sources.stop()

    # -- sources ---------------------------------------------------------------------------------

    def _serve_charts(self) -> None:
        self.packaged = charts.package_all(self.helm, self.root / "charts", self.infrastructure)
        for chart in self.packaged:
            if chart.spec.is_oci:
                namespace = chart.spec.repository.rsplit("/", 1)[1]
                self.sources.registry.add_chart(
                    f"{namespace}/{chart.spec.chart}",
                    chart.spec.version,
                    charts.oci_metadata(chart),
                    chart.package.read_bytes(),
                )
            else:
                name = chart.field.replace("_", "-")
                self.sources.helm_repository(name, [chart.package])
                self.helm(
                    "repo",
                    "index",
                    str(self.sources.charts_root / name),
                    "--url",
                    servers.helm_url(name),
                )

    def _serve_manifests(self) -> None:
        for field in InfrastructureSpec.model_fields:
            spec = getattr(self.infrastructure, field)
            if not isinstance(spec, ManifestsSpec):
                continue
            tree = self.root / "manifests" / field
            target = tree / spec.path
            target.mkdir(parents=True)
            for path in manifest_files(field, spec):
                shutil.copy2(path, target / path.name)
            self.sources.publish_tree(
                suite_config.upstream_repository(spec),
                tree,
                tag=spec.tag,
                message=f"{suite_config.upstream_repository(spec)} {spec.tag}: CRD files",
            )

    # -- the platform repository -------------------------------------------------------------------

    def synth(self) -> None:
        """`tokenplane synth` of the suite's config into the work tree's dist/."""
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tokenplane",
                "synth",
                "--config",
                str(self.config),
                "--out",
                str(self.repo / "dist"),
                "--today",
                TODAY.isoformat(),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        if result.returncode != 0:
            raise RuntimeError(f"tokenplane synth failed:\n{result.stdout}{result.stderr}")

    def commit(self, message: str, *, synth: bool = True) -> str:
        """Commits the work tree (after a fresh synth unless `synth=False`) and pushes it to
        the loopback repository; returns the commit."""
        if synth:
            self.synth()
        servers.git("add", "--all", cwd=self.repo)
        servers.git("commit", "--quiet", "--allow-empty", "-m", message, cwd=self.repo)
        bare = self.sources.bare_repository(suite_config.PLATFORM_REPOSITORY)
        servers.git("push", "--quiet", "--force", str(bare), "main", cwd=self.repo)
        commit = servers.git("rev-parse", "HEAD", cwd=self.repo).strip()
        self.commits.append(commit)
        return commit

    @property
    def dist(self) -> Path:
        return self.repo / "dist" / suite_config.CLUSTER

    def documents(self, folder: str) -> list[dict[str, Any]]:
        """Every object under dist/<cluster>/<folder> (kustomization.yaml files excepted)."""
        found: list[dict[str, Any]] = []
        for path in sorted((self.dist / folder).rglob("*.yaml")):
            if path.name == "kustomization.yaml":
                continue
            found.extend(d for d in yaml.safe_load_all(path.read_text()) if d)
        return found

    def reconcile_now(self) -> None:
        """Asks Flux to fetch the platform repository now (the annotation `flux reconcile` sets)."""
        assert self.flux is not None
        now = datetime.datetime.now(datetime.UTC).isoformat()
        self.flux.plane.kubectl(
            "annotate",
            "--overwrite",
            "-n",
            "flux-system",
            "gitrepository/tokenplane",
            f"reconcile.fluxcd.io/requestedAt={now}",
        )
