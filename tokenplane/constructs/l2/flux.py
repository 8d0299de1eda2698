"""L2 wrappers of Flux kinds (`source.toolkit.fluxcd.io/v1`, `kustomize.toolkit.fluxcd.io/v1`,
`helm.toolkit.fluxcd.io/v2`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Construct

from imports.io.fluxcd.toolkit import helm as helm_l1
from imports.io.fluxcd.toolkit import kustomize as kustomize_l1
from imports.io.fluxcd.toolkit import source as source_l1
from tokenplane.constructs.l2.resource import Resource

SOURCE_API_VERSION = "source.toolkit.fluxcd.io/v1"
HELM_CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
"""The OCI layer holding a Helm chart, which an OCIRepository must select for helm-controller."""


class GitRepository(Resource):
    """Defines a GitRepository: source-controller fetches `ref` of `url` every `interval`.

    Exactly one of `branch` and `tag` is set. `ignore` (gitignore syntax) leaves files out of
    the artifact, so that changes elsewhere in the repository do not trigger reconciliation.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        url: str,
        branch: str | None = None,
        tag: str | None = None,
        ignore: str | None = None,
        interval: str = "5m",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=SOURCE_API_VERSION,
            kind="GitRepository",
        )
        if (branch is None) == (tag is None):
            raise ValueError(f"GitRepository {name}: set exactly one of branch and tag")
        source_l1.GitRepository(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=source_l1.GitRepositorySpec(
                interval=interval,
                url=url,
                ref=source_l1.GitRepositorySpecRef(branch=branch, tag=tag),
                ignore=ignore,
            ),
        )


class OCIRepository(Resource):
    """Defines an OCIRepository holding one Helm chart, pulled from `url` at `tag`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        url: str,
        tag: str,
        interval: str = "1h",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=SOURCE_API_VERSION,
            kind="OCIRepository",
        )
        if not url.startswith("oci://"):
            raise ValueError(f"OCIRepository {name}: url must start with oci://; got {url!r}")
        source_l1.OciRepository(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=source_l1.OciRepositorySpec(
                interval=interval,
                url=url,
                ref=source_l1.OciRepositorySpecRef(tag=tag),
                layer_selector=source_l1.OciRepositorySpecLayerSelector(
                    media_type=HELM_CHART_LAYER,
                    operation=source_l1.OciRepositorySpecLayerSelectorOperation.COPY,
                ),
            ),
        )


class HelmRepository(Resource):
    """Defines a HelmRepository: an https:// chart repository index."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        url: str,
        interval: str = "1h",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=SOURCE_API_VERSION,
            kind="HelmRepository",
        )
        source_l1.HelmRepository(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=source_l1.HelmRepositorySpec(url=url, interval=interval),
        )


class Kustomization(Resource):
    """Defines a Flux Kustomization: kustomize-controller applies `path` of `source`.

    It starts only after every Kustomization of `depends_on` is ready, and with `wait` it is
    ready only when everything it applied is healthy. `prune` deletes objects removed from Git.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        source: GitRepository,
        path: str,
        prune: bool = True,
        wait: bool = True,
        depends_on: Sequence[Kustomization] = (),
        interval: str = "10m",
        timeout: str = "10m",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="kustomize.toolkit.fluxcd.io/v1",
            kind="Kustomization",
        )
        self.path = path
        self.depends_on = tuple(depends_on)
        kustomize_l1.Kustomization(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=kustomize_l1.KustomizationSpec(
                interval=interval,
                timeout=timeout,
                prune=prune,
                wait=wait,
                path=path,
                source_ref=kustomize_l1.KustomizationSpecSourceRef(
                    kind=kustomize_l1.KustomizationSpecSourceRefKind.GIT_REPOSITORY,
                    name=source.name,
                    namespace=source.namespace,
                ),
                depends_on=[
                    kustomize_l1.KustomizationSpecDependsOn(name=d.name, namespace=d.namespace)
                    for d in depends_on
                ]
                or None,
            ),
        )


class HelmRelease(Resource):
    """Defines a HelmRelease: helm-controller installs `chart` into `target_namespace`.

    `chart` is an OCIRepository holding the chart, or a HelmRepository from which the chart
    `chart_name` at `version` is fetched. The release waits for its resources (helm-controller's
    default), starts after every release of `depends_on` is ready and creates its namespace.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        chart: OCIRepository | HelmRepository,
        target_namespace: str,
        chart_name: str | None = None,
        version: str | None = None,
        values: Mapping[str, Any] | None = None,
        depends_on: Sequence[HelmRelease] = (),
        interval: str = "30m",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="helm.toolkit.fluxcd.io/v2",
            kind="HelmRelease",
        )
        self.chart = chart
        self.values = dict(values or {})
        self.depends_on = tuple(depends_on)
        chart_ref = chart_spec = None
        if isinstance(chart, OCIRepository):
            chart_ref = helm_l1.HelmReleaseSpecChartRef(
                kind=helm_l1.HelmReleaseSpecChartRefKind.OCI_REPOSITORY,
                name=chart.name,
                namespace=chart.namespace,
            )
        else:
            if chart_name is None or version is None:
                raise ValueError(f"HelmRelease {name}: a HelmRepository needs chart_name, version")
            chart_spec = helm_l1.HelmReleaseSpecChart(
                spec=helm_l1.HelmReleaseSpecChartSpec(
                    chart=chart_name,
                    version=version,
                    source_ref=helm_l1.HelmReleaseSpecChartSpecSourceRef(
                        kind=helm_l1.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY,
                        name=chart.name,
                        namespace=chart.namespace,
                    ),
                )
            )
        helm_l1.HelmRelease(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=helm_l1.HelmReleaseSpec(
                interval=interval,
                release_name=name,
                target_namespace=target_namespace,
                chart_ref=chart_ref,
                chart=chart_spec,
                install=helm_l1.HelmReleaseSpecInstall(
                    create_namespace=True,
                    remediation=helm_l1.HelmReleaseSpecInstallRemediation(retries=3),
                ),
                upgrade=helm_l1.HelmReleaseSpecUpgrade(
                    remediation=helm_l1.HelmReleaseSpecUpgradeRemediation(retries=3),
                ),
                depends_on=[
                    helm_l1.HelmReleaseSpecDependsOn(name=d.name, namespace=d.namespace)
                    for d in depends_on
                ]
                or None,
                values=self.values or None,
            ),
        )
