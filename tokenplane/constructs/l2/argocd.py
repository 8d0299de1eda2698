"""L2 wrappers of Argo CD kinds (`argoproj.io/v1alpha1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Construct

from imports.io import argoproj as l1
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "argoproj.io/v1alpha1"
IN_CLUSTER = "https://kubernetes.default.svc"
"""The cluster Argo CD runs in, as Application destinations name it."""
SYNC_WAVE = "argocd.argoproj.io/sync-wave"


class AppProject(Resource):
    """Defines an AppProject: the repositories its Applications may use, deploying anywhere
    in the cluster Argo CD runs in."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        source_repos: Sequence[str],
        description: str = "",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="AppProject"
        )
        self.source_repos = tuple(sorted(set(source_repos)))
        l1.AppProject(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.AppProjectSpec(
                description=description or None,
                source_repos=list(self.source_repos),
                destinations=[l1.AppProjectSpecDestinations(server=IN_CLUSTER, namespace="*")],
                cluster_resource_whitelist=[
                    l1.AppProjectSpecClusterResourceWhitelist(group="*", kind="*")
                ],
            ),
        )


class Application(Resource):
    """Defines an Application synced automatically, with prune and self-heal.

    The source is a folder (`path`) of a Git repository or OCI artifact, or a Helm `chart` of
    an https:// repository; `helm_values` are rendered as `helm.valuesObject`. `sync_wave`
    orders it among the Applications of one app-of-apps sync. Server-side apply is on, so
    CRDs larger than the client-side annotation limit apply.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        project: AppProject,
        repo_url: str,
        target_revision: str,
        path: str | None = None,
        chart: str | None = None,
        helm_values: Mapping[str, Any] | None = None,
        release_name: str | None = None,
        destination_namespace: str | None = None,
        sync_wave: int = 0,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="Application"
        )
        if (path is None) == (chart is None):
            raise ValueError(f"Application {name}: set exactly one of path and chart")
        if repo_url not in project.source_repos:
            raise ValueError(
                f"Application {name}: project {project.name} does not allow {repo_url}"
            )
        self.path = path
        self.sync_wave = sync_wave
        helm = None
        if helm_values is not None or release_name is not None:
            helm = l1.ApplicationSpecSourceHelm(
                release_name=release_name, values_object=dict(helm_values or {}) or None
            )
        sync_options = ["ServerSideApply=true"]
        if destination_namespace:
            sync_options.append("CreateNamespace=true")
        l1.Application(
            self,
            "Resource",
            metadata=self.metadata(labels, {SYNC_WAVE: str(sync_wave)}),
            spec=l1.ApplicationSpec(
                project=project.name,
                source=l1.ApplicationSpecSource(
                    repo_url=repo_url,
                    target_revision=target_revision,
                    path=path,
                    chart=chart,
                    helm=helm,
                ),
                destination=l1.ApplicationSpecDestination(
                    server=IN_CLUSTER, namespace=destination_namespace
                ),
                sync_policy=l1.ApplicationSpecSyncPolicy(
                    automated=l1.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True),
                    sync_options=sync_options,
                ),
            ),
        )
