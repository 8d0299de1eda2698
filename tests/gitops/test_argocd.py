"""The Argo CD entry points against what the real Flux controllers deployed (docs/gitops.md,
"End-to-end suite").

Argo CD itself does not run here (its repo-server and application controller are not built);
what it would do is computed from the same inputs it reads, and compared with what Flux did on
the same cluster and commit:

- its entry points (`dist/<cluster>/argocd` and `argocd/apps`) pass a server-side dry run
  against the test API server with Argo CD's CRDs installed;
- the objects each Application would deploy are what Argo CD's repo-server renders: `kubectl
  kustomize` of a Git path that has a kustomization.yaml, the manifests of a plain Git folder
  (Argo CD's directory source, not recursive), and `helm template` of a chart with the
  Application's release name, namespace and `valuesObject`, with CRDs and hooks and the API
  versions the cluster serves, as Argo CD passes them; the same packaged charts Flux installed;
- each group of Applications equals the matching Flux unit: a Kustomization's inventory (with
  the inventories of the Kustomizations it applies) or a HelmRelease's Helm release (manifest,
  hooks and the chart's CRDs), Flux's own objects left out;
- sync waves follow Flux's dependsOn: an Application whose Flux unit depends on another's comes
  in a later wave.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.apiserver.cluster import crd_dir
from tests.gitops import charts, servers, suite_config
from tests.gitops.observe import ObjectId, ReadyOrder, inventory, owner
from tests.gitops.run import GitopsRun
from tokenplane.versions import KUBERNETES_VERSION, component

ARGOCD_NAMESPACE = "argocd"
WAVE = "argocd.argoproj.io/sync-wave"
EARLIER_THAN_FLUX = {
    # Application → why it may come before where Flux places its objects.
    "tokenplane-envoy-gateway-rbac": "the InferencePool read grant needs no CRD; both engines "
    "apply it before Envoy Gateway's release (docs/gitops.md, 'Why this order')",
}

Unit = tuple[str, str]
"""(kind, name): a Flux Kustomization or HelmRelease, the granularity of dependsOn."""


def is_flux(group: str) -> bool:
    return group.endswith("toolkit.fluxcd.io")


class Cluster:
    """What the suite needs of the test API server to normalize object ids."""

    def __init__(self, run: GitopsRun) -> None:
        assert run.flux is not None
        self.plane = run.flux.plane
        out = self.plane.kubectl("api-resources", "--namespaced=false", "--no-headers").stdout
        self.cluster_kinds = {line.split()[-1] for line in out.splitlines() if line.strip()}
        self.api_versions = self.plane.kubectl("api-versions").stdout.split()

    def ids(self, documents: Iterable[dict[str, Any]], namespace: str) -> set[ObjectId]:
        found = set()
        for d in documents:
            if not d or d.get("kind") in (None, "List"):
                continue
            group = d["apiVersion"].rpartition("/")[0]
            meta = d.get("metadata", {})
            ns = "" if d["kind"] in self.cluster_kinds else (meta.get("namespace") or namespace)
            found.add((group, d["kind"], ns, meta["name"]))
        return {i for i in found if not is_flux(i[0])}


def _local_path(run: GitopsRun, repo_url: str, revision: str, path: str) -> Path:
    """The checkout of an Application's Git source: the platform work tree, or the tree the
    loopback copy of an upstream repository was published from."""
    if repo_url == servers.git_url("platform/tokenplane"):
        return run.repo / path
    for field in ("gateway_api", "inference_extension", "llm_d_router_crds", "envoy_gateway_crds"):
        spec = getattr(run.infrastructure, field)
        loopback = servers.git_url(suite_config.upstream_repository(spec))
        if loopback == repo_url and spec.tag == revision:
            return run.root / "manifests" / field / path
    raise AssertionError(f"no loopback source for {repo_url} at {revision}")


def _yaml_documents(text: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(text) if d]


def _package(run: GitopsRun, source: dict[str, Any]) -> charts.PackagedChart:
    """The packaged chart an Application names (by chart name and version)."""
    name = source.get("chart") or source["repoURL"].rsplit("/", 1)[1]
    for chart in run.packaged:
        if chart.spec.chart == name and chart.spec.version == source["targetRevision"]:
            return chart
    raise AssertionError(f"no packaged chart for {source}")


def application_objects(run: GitopsRun, cluster: Cluster, app: dict[str, Any]) -> set[ObjectId]:
    """What Argo CD's repo-server would render for one Application."""
    source = app["spec"]["source"]
    namespace = app["spec"]["destination"].get("namespace", "")
    if "helm" in source and (source.get("chart") or source["repoURL"].startswith("oci://")):
        chart = _package(run, source)
        values = run.root / "argocd-values" / f"{app['metadata']['name']}.json"
        values.parent.mkdir(exist_ok=True)
        values.write_text(json.dumps(source["helm"].get("valuesObject", {})))
        args = [
            "template",
            source["helm"].get("releaseName", app["metadata"]["name"]),
            str(chart.package),
            "--namespace",
            namespace,
            "--values",
            str(values),
            "--include-crds",
            "--kube-version",
            KUBERNETES_VERSION,
        ]
        for version in cluster.api_versions:
            args += ["--api-versions", version]
        return cluster.ids(_yaml_documents(run.helm(*args)), namespace)
    folder = _local_path(run, source["repoURL"], source["targetRevision"], source["path"])
    if (folder / "kustomization.yaml").is_file():
        text = cluster.plane.kubectl("kustomize", str(folder)).stdout
        return cluster.ids(_yaml_documents(text), namespace)
    documents = []
    for path in sorted(folder.iterdir()):
        if path.suffix in {".yaml", ".yml", ".json"}:
            documents.extend(_yaml_documents(path.read_text()))
    return cluster.ids(documents, namespace)


def helm_release_objects(
    run: GitopsRun, cluster: Cluster, release: dict[str, Any]
) -> set[ObjectId]:
    """What helm-controller installed for one HelmRelease: its stored release's manifest and
    hooks, and the CRDs of its chart's crds/ folder (which Helm installs, and does not store)."""
    status = release["status"]
    name = release["spec"].get("releaseName", release["metadata"]["name"])
    namespace = release["spec"].get("targetNamespace", release["metadata"]["namespace"])
    storage = status.get("storageNamespace", release["metadata"]["namespace"])
    env_args = ["--kubeconfig", str(cluster.plane.kubeconfig), "-n", storage]
    documents = _yaml_documents(run.helm("get", "manifest", name, *env_args))
    documents += _yaml_documents(run.helm("get", "hooks", name, *env_args))
    if "chartRef" in release["spec"]:
        assert run.flux is not None
        oci = next(
            o
            for o in run.flux.objects("ocirepositories")
            if o["metadata"]["name"] == release["spec"]["chartRef"]["name"]
        )
        chart_name = oci["spec"]["url"].rsplit("/", 1)[1]
    else:
        chart_name = release["spec"]["chart"]["spec"]["chart"]
    packaged = next(c for c in run.packaged if c.spec.chart == chart_name)
    crds = []
    with tarfile.open(packaged.package) as archive:
        # The chart's own crds/ folder: a disabled subchart's CRDs are not installed.
        for member in archive.getmembers():
            parts = member.name.split("/")
            if len(parts) == 3 and parts[1] == "crds" and member.isfile():
                extracted = archive.extractfile(member)
                assert extracted is not None
                crds += _yaml_documents(extracted.read().decode())
    return cluster.ids(documents + crds, namespace)


def flux_units(run: GitopsRun, cluster: Cluster) -> dict[Unit, set[ObjectId]]:
    """Each top-level Kustomization (with the inner ones it applies) and each HelmRelease, with
    the objects it deployed."""
    assert run.flux is not None
    kustomizations = {k["metadata"]["name"]: k for k in run.flux.objects("kustomizations")}
    inventories = inventory(run)
    units: dict[Unit, set[ObjectId]] = {}
    for name in kustomizations:
        top = name
        while (parent := owner(kustomizations[top])) is not None and parent[1] != top:
            if parent[1] == "tokenplane-flux":
                break
            top = parent[1]
        units.setdefault(("Kustomization", top), set()).update(
            i for i in inventories.get(name, set()) if not is_flux(i[0])
        )
    for release in run.flux.objects("helmreleases"):
        units[("HelmRelease", release["metadata"]["name"])] = helm_release_objects(
            run, cluster, release
        )
    return units


def unit_dependencies(run: GitopsRun) -> dict[Unit, set[Unit]]:
    """dependsOn between units; a HelmRelease also waits for what its Kustomization waits for."""
    assert run.flux is not None
    kustomizations = {k["metadata"]["name"]: k for k in run.flux.objects("kustomizations")}
    found: dict[Unit, set[Unit]] = {}
    for name, item in kustomizations.items():
        found[("Kustomization", name)] = {
            ("Kustomization", d["name"]) for d in item["spec"].get("dependsOn", [])
        }
    for release in run.flux.objects("helmreleases"):
        key: Unit = ("HelmRelease", release["metadata"]["name"])
        found[key] = {("HelmRelease", d["name"]) for d in release["spec"].get("dependsOn", [])}
        parent = owner(release)
        if parent is not None:
            found[key] |= found.get(parent, set())
    # A dependency on a Kustomization covers the HelmReleases it applies.
    releases_of: dict[Unit, set[Unit]] = {}
    for release in run.flux.objects("helmreleases"):
        parent = owner(release)
        if parent is not None:
            releases_of.setdefault(parent, set()).add(("HelmRelease", release["metadata"]["name"]))
    for deps in found.values():
        for dep in list(deps):
            deps |= releases_of.get(dep, set())
    return found


@pytest.fixture(scope="session")
def argocd(
    bootstrapped: tuple[GitopsRun, ReadyOrder, float],
) -> tuple[GitopsRun, Cluster, list[dict[str, Any]]]:
    run, _, _ = bootstrapped
    assert run.flux is not None
    plane = run.flux.plane
    # What installing Argo CD puts in place: its CRDs and namespace.
    plane.install_crds(crd_dir() / f for f in component("argo-cd").crd_files)
    plane.create_namespaces([ARGOCD_NAMESPACE])
    apps = run.documents("argocd/apps")
    return run, Cluster(run), [a for a in apps if a["kind"] == "Application"]


def test_argocd_entry_points_pass_a_server_side_dry_run(
    argocd: tuple[GitopsRun, Cluster, list[dict[str, Any]]],
) -> None:
    run, cluster, _ = argocd
    for folder in ("argocd", "argocd/apps"):
        result = cluster.plane.kubectl(
            "apply",
            "--server-side",
            "--field-manager=argocd-dry-run",
            "--dry-run=server",
            "-k",
            str(run.dist / folder),
        )
        assert "serverside-applied (server dry run)" in result.stdout, result.stdout


@pytest.fixture(scope="session")
def matched(
    argocd: tuple[GitopsRun, Cluster, list[dict[str, Any]]],
) -> tuple[dict[str, Unit], dict[str, set[ObjectId]], dict[Unit, set[ObjectId]], GitopsRun]:
    """Each Application's objects and the Flux unit holding them."""
    run, cluster, apps = argocd
    units = flux_units(run, cluster)
    objects = {a["metadata"]["name"]: application_objects(run, cluster, a) for a in apps}
    unit_of: dict[str, Unit] = {}
    for name, ids in objects.items():
        assert ids, f"Application {name} would deploy nothing"
        holders = [u for u, held in units.items() if ids & held]
        assert len(holders) == 1, f"Application {name}'s objects are in Flux units {holders}"
        unit_of[name] = holders[0]
    return unit_of, objects, units, run


def test_each_application_deploys_what_flux_deployed(
    matched: tuple[dict[str, Unit], dict[str, set[ObjectId]], dict[Unit, set[ObjectId]], GitopsRun],
) -> None:
    unit_of, objects, units, _ = matched
    problems = []
    for unit, held in sorted(units.items()):
        apps = sorted(a for a, u in unit_of.items() if u == unit)
        if not held:
            continue  # only Flux's own objects (the entry points)
        argo = set().union(*(objects[a] for a in apps)) if apps else set()
        if argo != held:
            problems.append(
                f"{unit[0]}/{unit[1]} (Applications {apps or 'none'}):\n"
                f"  only Flux: {sorted(held - argo)}\n  only Argo CD: {sorted(argo - held)}"
            )
    assert not problems, "\n".join(problems)


def test_sync_waves_follow_flux_depends_on(
    matched: tuple[dict[str, Unit], dict[str, set[ObjectId]], dict[Unit, set[ObjectId]], GitopsRun],
) -> None:
    unit_of, _, _, run = matched
    apps = {a["metadata"]["name"]: a for a in run.documents("argocd/apps")}
    wave = {name: int(a["metadata"]["annotations"].get(WAVE, "0")) for name, a in apps.items()}
    depends = unit_dependencies(run)
    wrong = []
    checked = 0
    for app, unit in unit_of.items():
        for other, other_unit in unit_of.items():
            if other_unit not in depends.get(unit, set()):
                continue
            checked += 1
            if wave[app] <= wave[other] and app not in EARLIER_THAN_FLUX:
                wrong.append(
                    f"{app} (wave {wave[app]}, Flux {unit[1]}) must come after {other} "
                    f"(wave {wave[other]}, Flux {other_unit[1]})"
                )
    assert checked, "no dependsOn between Applications' units: nothing checked"
    assert not wrong, "\n".join(wrong)
    for app in EARLIER_THAN_FLUX:
        later = [a for a, u in unit_of.items() if u[0] == "HelmRelease" and a != app]
        eg = [a for a in later if unit_of[a][1] == "envoy-gateway"]
        assert eg and all(wave[app] < wave[a] for a in eg), f"{app} is not before Envoy Gateway"


def test_argocd_reads_no_source_outside_the_loopback(
    argocd: tuple[GitopsRun, Cluster, list[dict[str, Any]]],
) -> None:
    _, _, apps = argocd
    for app in apps:
        url = app["spec"]["source"]["repoURL"]
        assert url.startswith((servers.BASE, f"oci://{servers.LOOPBACK}:{servers.PORT}")), url
