"""L3: the GitOps entry points of one cluster, for Flux and for Argo CD.

Both apply the same layers in the same order: the infrastructure components (each after the
components it needs; CRDs before the controllers that use them), then `platform`, `models`,
`tenants`. Flux orders them with `dependsOn` and `wait`, Argo CD with sync waves inside one
app of apps.
"""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from tokenplane.config import ChartSpec, GitopsSpec, ManifestsSpec
from tokenplane.constructs.l2.argocd import Application, AppProject
from tokenplane.constructs.l2.flux import (
    GitRepository,
    HelmRelease,
    HelmRepository,
    Kustomization,
    OCIRepository,
)
from tokenplane.contracts import names
from tokenplane.resolve import Install, OwnManifests, ResolvedCluster
from tokenplane.resolve.infrastructure import crds_apart


def _gitops(cluster: ResolvedCluster) -> GitopsSpec:
    gitops = cluster.spec.platform.gitops
    if gitops is None:
        raise ValueError(f"cluster {cluster.id}: entry points need the gitops section")
    return gitops


def _manifests_ignore(path: str) -> str:
    """gitignore rules that keep only the folder `path` of a repository in the artifact.

    Git cannot re-include a file below an excluded folder, so each level is excluded and
    its one wanted child re-included: `/*`, `!/a/`, `/a/*`, `!/a/b/`.
    """
    rules = ["/*"]
    prefix = ""
    for part in path.strip("/").split("/"):
        if prefix:
            rules.append(f"{prefix}/*")
        prefix = f"{prefix}/{part}"
        rules.append(f"!{prefix}/")
    return "\n".join(rules) + "\n"


class FluxDelivery(Construct):
    """Defines the Flux entry points (`flux/`) and the Flux form of the infrastructure layer
    (`infrastructure/<component>/`) of one cluster.

    Each of the cluster's workload layers (platform, models, tenants) gets a Kustomization
    depending on the one before it, the first on every infrastructure component. The
    cluster's `paths` (from the output layout) say where its folders are in the repository;
    every Kustomization path and the source's ignore rules follow from them.
    """

    def __init__(self, scope: Construct, id: str, *, cluster: ResolvedCluster) -> None:
        super().__init__(scope, id)
        paths = cluster.paths
        gitops = _gitops(cluster)
        platform = cluster.spec.platform.name
        namespace = gitops.flux_namespace
        root = f"./{paths.folder()}"
        entry = {names.GITOPS_LABEL: "flux"}
        self.repository = GitRepository(
            self,
            "repository",
            name=platform,
            namespace=namespace,
            url=gitops.repository,
            branch=cluster.branch,
            ignore=_manifests_ignore(paths.folder()),
            interval="1m",
            labels=entry,
        )
        self.kustomizations: dict[str, Kustomization] = {}
        self.kustomizations["flux"] = Kustomization(
            self,
            "flux",
            name=names.gitops_layer(platform, "flux"),
            namespace=namespace,
            source=self.repository,
            path=f"{root}/flux",
            labels=entry,
        )
        planned = cluster.installs

        def unit(key: str, folder: str, depends_on: Sequence[Kustomization]) -> Kustomization:
            """The Kustomization of one unit folder, named and keyed `key`."""
            kustomization = Kustomization(
                self,
                key if folder == key else f"infrastructure-{key}",
                name=names.gitops_layer(platform, key),
                namespace=namespace,
                source=self.repository,
                path=f"{root}/{folder}",
                depends_on=list(depends_on),
                labels=entry,
            )
            self.kustomizations[key] = kustomization
            return kustomization

        infrastructure: list[Kustomization] = []
        for component, needs in cluster.components.items():
            mine = [i for i in planned if i.component == component]
            depends_on = [self.kustomizations[need] for need in needs]
            if crds_apart(mine):
                # HelmRelease dependsOn names only HelmReleases: a controller chart that needs
                # upstream CRD manifests waits for a Kustomization of its own for them.
                part = f"{component}-{names.CRDS_PART}"
                crds = unit(part, f"infrastructure/{component}/{names.CRDS_PART}", depends_on)
                infrastructure.append(crds)
                depends_on = [*depends_on, crds]
            infrastructure.append(unit(component, f"infrastructure/{component}", depends_on))
            self._component(component, mine, namespace=namespace, crds_apart=crds_apart(mine))
        previous: list[Kustomization] = infrastructure
        for layer in cluster.layers:
            previous = [unit(layer, layer, previous)]

    def _component(
        self, component: str, planned: Sequence[Install], *, namespace: str, crds_apart: bool
    ) -> None:
        labels = {names.INFRASTRUCTURE_LABEL: component}
        releases: list[HelmRelease] = []
        for install in planned:
            source = install.source
            if isinstance(source, OwnManifests):
                continue  # in the component's own folder, applied with it
            if isinstance(source, ManifestsSpec):
                manifests_labels = (
                    {**labels, names.INFRASTRUCTURE_PART_LABEL: names.CRDS_PART}
                    if crds_apart
                    else labels
                )
                repository = GitRepository(
                    self,
                    f"{install.name}-source",
                    name=install.name,
                    namespace=namespace,
                    url=source.repository,
                    tag=source.tag,
                    ignore=_manifests_ignore(source.path),
                    interval="1h",
                    labels=manifests_labels,
                )
                Kustomization(
                    self,
                    f"{install.name}-manifests",
                    name=install.name,
                    namespace=namespace,
                    source=repository,
                    path=f"./{source.path}",
                    prune=False,
                    labels=manifests_labels,
                )
                continue
            chart: OCIRepository | HelmRepository
            if source.is_oci:
                chart = OCIRepository(
                    self,
                    f"{install.name}-chart",
                    name=install.name,
                    namespace=namespace,
                    url=f"{source.repository.rstrip('/')}/{source.chart}",
                    tag=source.version,
                    labels=labels,
                )
            else:
                chart = HelmRepository(
                    self,
                    f"{install.name}-chart",
                    name=install.name,
                    namespace=namespace,
                    url=source.repository,
                    labels=labels,
                )
            releases.append(
                HelmRelease(
                    self,
                    f"{install.name}-release",
                    name=install.name,
                    namespace=namespace,
                    chart=chart,
                    chart_name=source.chart,
                    version=source.version,
                    target_namespace=source.namespace,
                    values=install.values,
                    depends_on=list(releases),
                    labels=labels,
                )
            )


class ArgoCdDelivery(Construct):
    """Defines the Argo CD entry points of one cluster: an AppProject and a root Application
    (`argocd/`, what the user applies) that syncs the child Applications (`argocd/apps/`).

    Children: one per infrastructure install (Helm charts and upstream manifests, straight
    from their sources) and one per workload layer of `layers`; sync waves give the same order
    as Flux. Every Application syncs automatically with prune, self-heal and server-side apply.
    The cluster's `paths` (from the output layout) say where its folders are in the repository.
    """

    def __init__(self, scope: Construct, id: str, *, cluster: ResolvedCluster) -> None:
        super().__init__(scope, id)
        paths = cluster.paths
        gitops = _gitops(cluster)
        platform = cluster.spec.platform.name
        namespace = gitops.argocd_namespace
        root = paths.folder()
        entry = {names.GITOPS_LABEL: "argocd"}
        apps = {names.GITOPS_LABEL: "argocd-apps"}
        planned = cluster.installs
        self.project = AppProject(
            self,
            "project",
            name=platform,
            namespace=namespace,
            description=f"{platform} platform, cluster {cluster.id}",
            source_repos=list(
                dict.fromkeys([gitops.repository, *(_repo_url(i, gitops) for i in planned)])
            ),
            labels=entry,
        )
        self.root = Application(
            self,
            "root",
            name=names.gitops_layer(platform, "argocd"),
            namespace=namespace,
            project=self.project,
            repo_url=gitops.repository,
            target_revision=cluster.branch,
            path=f"{root}/argocd/apps",
            labels=entry,
        )
        self.applications: dict[str, Application] = {}
        depth: dict[str, int] = {}
        for component, needs in cluster.components.items():
            depth[component] = 1 + max((depth[need] for need in needs), default=-1)
        for install in planned:
            wave = 2 * depth[install.component] + (0 if install.stage == "crds" else 1)
            self.applications[install.name] = self._install(
                install, wave, namespace, apps, cluster=cluster
            )
        wave = max((a.sync_wave for a in self.applications.values()), default=-1)
        for layer in cluster.layers:
            wave += 1
            self.applications[layer] = Application(
                self,
                layer,
                name=names.gitops_layer(platform, layer),
                namespace=namespace,
                project=self.project,
                repo_url=gitops.repository,
                target_revision=cluster.branch,
                path=f"{root}/{layer}",
                sync_wave=wave,
                labels=apps,
            )

    def _install(
        self,
        install: Install,
        wave: int,
        namespace: str,
        labels: dict[str, str],
        *,
        cluster: ResolvedCluster,
    ) -> Application:
        source = install.source
        name = names.gitops_layer(self.project.name, install.name)
        if isinstance(source, OwnManifests):
            return Application(
                self,
                install.name,
                name=name,
                namespace=namespace,
                project=self.project,
                repo_url=_gitops(cluster).repository,
                target_revision=cluster.branch,
                path=f"{cluster.paths.folder()}/infrastructure/{install.component}/{source.part}",
                sync_wave=wave,
                labels=labels,
            )
        if isinstance(source, ManifestsSpec):
            return Application(
                self,
                install.name,
                name=name,
                namespace=namespace,
                project=self.project,
                repo_url=source.repository,
                target_revision=source.tag,
                path=source.path,
                sync_wave=wave,
                labels=labels,
            )
        return Application(
            self,
            install.name,
            name=name,
            namespace=namespace,
            project=self.project,
            repo_url=_repo_url(install, _gitops(cluster)),
            target_revision=source.version,
            path="." if source.is_oci else None,
            chart=None if source.is_oci else source.chart,
            helm_values=install.values,
            release_name=install.name,
            destination_namespace=source.namespace,
            sync_wave=wave,
            labels=labels,
        )


def _repo_url(install: Install, gitops: GitopsSpec) -> str:
    source = install.source
    if isinstance(source, OwnManifests):
        return gitops.repository
    if isinstance(source, ChartSpec) and source.is_oci:
        return f"{source.repository.rstrip('/')}/{source.chart}"
    return source.repository
