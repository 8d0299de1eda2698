"""Where each object goes in dist/, and the kustomization.yaml of every folder.

`dist/<cluster>/` holds one folder per deployable unit: `platform/` for the shared objects,
`models/<model-id>/` for everything one model runs on, `tenants/<tenant-id>/` for one
tenant's credentials, `infrastructure/<component>/` for the pinned controller installs (with
`infrastructure/<component>/<part>/` for plain manifests tokenplane adds to an install),
and `flux/`, `argocd/` for the GitOps entry points. The cluster's own kustomization.yaml
lists only the workload layers, so `kubectl kustomize dist/<cluster>` is the platform
itself; the entry points are what a user bootstraps (`kubectl apply -k .../flux`).
Objects are placed by their labels (see `tokenplane.contracts.names`), so the charts do not know the
layout. Each object is one file named `<kind>-<name>.yaml`; a unit
that holds two objects of one kind and name in different namespaces is an error.

`Layout` knows where the output folder is inside the Git repository (`--out deploy/gitops`
gives `deploy/gitops/<cluster>/...`); every path the GitOps entry points name follows from it.

Every folder has a kustomization.yaml, except the one-tenant folders: `tenants/` lists their
files itself (`<tenant>/<file>`). With thousands of tenants that halves the files written,
and onboarding a tenant adds its credential files and changes only `tenants/kustomization.yaml`.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from tokenplane.contracts import names
from tokenplane.output.yaml_text import to_yaml
from tokenplane.problems import Location, Problem, ProblemsError

KUSTOMIZATION = "kustomization.yaml"
GITOPS_FOLDERS = {"flux": "flux", "argocd": "argocd", "argocd-apps": "argocd/apps"}
"""Folder of each value of the GitOps label: Argo CD's child Applications sit below the root."""
LISTED_BY_PARENT = frozenset({"tenants"})
"""Folders (relative to the cluster) whose sub-folders have no kustomization.yaml of their own:
their kustomization.yaml lists the sub-folders' files directly."""
SYNCED_APART = frozenset({"infrastructure", "flux", "argocd", "argocd/apps"})
"""Folders (relative to the cluster) their parent's kustomization.yaml leaves out: they need
Flux or Argo CD, or are synced by their own Application."""


class LayoutError(ProblemsError, ValueError):
    """Defines the error raised when objects have no place in the output (no placing label,
    a folder the cluster does not have, two objects for one file): every `layout` Problem."""


@dataclass(frozen=True)
class ClusterPaths:
    """Defines where one cluster's folders are in the repository Flux and Argo CD clone."""

    root: PurePosixPath
    """The cluster's folder, from the repository's root (`dist/production`)."""

    def folder(self, unit: str = "") -> str:
        """A folder of the cluster (`flux`, `platform`, `infrastructure/keda`; "" for the
        cluster's own), from the repository's root, without a leading `./`."""
        return str(self.root / unit) if unit else str(self.root)


@dataclass(frozen=True)
class Layout:
    """Defines where the output folder is inside the Git repository Flux and Argo CD sync,
    which every path in the GitOps entry points follows from.

    `output` is the output folder's path from the repository's root. Default: `dist`, the
    output folder at the repository's root.
    """

    output: PurePosixPath = PurePosixPath("dist")

    def __post_init__(self) -> None:
        if self.output.is_absolute() or ".." in self.output.parts:
            raise LayoutError(
                [
                    Problem(
                        "layout",
                        Location(file=str(self.output)),
                        "the output folder must be a path inside the repository, relative "
                        "to its root",
                    )
                ]
            )

    def cluster(self, cluster: str) -> ClusterPaths:
        """The folders of one cluster."""
        return ClusterPaths(self.output / cluster)

    @classmethod
    def of_output(cls, out: Path, *, cwd: Path | None = None) -> Layout:
        """The layout of an output folder `out` (which need not exist yet): its path from the
        root of the Git work tree that holds it (the nearest folder above it with a `.git`);
        outside any work tree, its path from `cwd` (default: the current folder) when inside
        it, else its name alone."""
        here = Path(os.path.abspath(cwd or Path.cwd()))
        target = Path(os.path.abspath(here / out))
        for parent in (target, *target.parents):
            if (parent / ".git").exists():
                return cls(PurePosixPath(target.relative_to(parent).as_posix()))
        if target.is_relative_to(here) and target != here:
            return cls(PurePosixPath(target.relative_to(here).as_posix()))
        return cls(PurePosixPath(target.name or "."))


def unit_of(manifest: Mapping[str, Any]) -> PurePosixPath:
    """The folder, relative to `dist/<cluster>/`, an object belongs in.

    An object lands in `platform/` only when it says which part of the platform it is (the
    component label): one that carries none of the placing labels is refused with a
    LayoutError rather than put in `platform/` by default.
    """
    labels = names.labels_of(manifest)
    if engine := labels.get(names.GITOPS_LABEL):
        return PurePosixPath(GITOPS_FOLDERS[engine])
    if component := labels.get(names.INFRASTRUCTURE_LABEL):
        if part := labels.get(names.INFRASTRUCTURE_PART_LABEL):
            return PurePosixPath("infrastructure", component, part)
        return PurePosixPath("infrastructure", component)
    if tenant := names.tenant_of(labels):
        return PurePosixPath("tenants", tenant)
    if model := names.model_of(labels):
        return PurePosixPath("models", model)
    if names.COMPONENT in labels:
        return PurePosixPath("platform")
    raise LayoutError(
        [
            Problem(
                "layout",
                Location(object=_describe(manifest)),
                "carries none of the labels that place an object "
                f"({names.COMPONENT}, {names.MODEL_LABEL}, {names.TENANT_LABEL}, "
                f"{names.INFRASTRUCTURE_LABEL}, {names.GITOPS_LABEL})",
            )
        ]
    )


def file_name(manifest: Mapping[str, Any]) -> str:
    """`<kind-lowercase>-<metadata.name>.yaml`."""
    return f"{manifest['kind'].lower()}-{manifest['metadata']['name']}.yaml"


def path_of(manifest: Mapping[str, Any]) -> PurePosixPath:
    """The file, relative to `dist/<cluster>/`, an object is written to."""
    return unit_of(manifest) / file_name(manifest)


def render_tree(clusters: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, str]:
    """Every file of dist/ (relative path → text), kustomizations included."""
    files: dict[str, str] = {}
    owners: dict[str, Mapping[str, Any]] = {}
    problems: list[Problem] = []
    folders: dict[PurePosixPath, set[str]] = defaultdict(set)
    for cluster, manifests in clusters.items():
        root = PurePosixPath(cluster)
        for manifest in manifests:
            relative = path_of(manifest)
            folder = root / relative.parent
            path = str(root / relative)
            if path in owners:
                problems.append(
                    Problem(
                        "layout",
                        Location(file=path),
                        f"{_describe(owners[path])} and {_describe(manifest)} would share "
                        "this file",
                        "give them different names",
                    )
                )
                continue
            owners[path] = manifest
            files[path] = to_yaml(manifest)
            folders[folder].add(relative.name)
    if problems:
        raise LayoutError(problems)
    for folder in list(folders):
        parent = folder.parent
        if len(folder.parts) > 1 and str(parent.relative_to(root_of(folder))) in LISTED_BY_PARENT:
            folders[parent].update(f"{folder.name}/{entry}" for entry in folders.pop(folder))
            folder = parent
        for parent in folder.parents:
            if parent == PurePosixPath("."):
                break
            entry = folder.relative_to(parent).parts[0]
            folders.setdefault(parent, set())
            if not _synced_apart((parent / entry).relative_to(root_of(parent))):
                folders[parent].add(entry)
            folder = parent
    for folder, entries in folders.items():
        files[str(folder / KUSTOMIZATION)] = _kustomization(sorted(entries, key=_entry_order))
    return dict(sorted(files.items()))


def _synced_apart(folder: PurePosixPath) -> bool:
    if str(folder) in SYNCED_APART:
        return True
    return (
        len(folder.parts) == 3
        and folder.parts[0] == "infrastructure"
        and folder.name == names.CRDS_PART
    )


def _entry_order(entry: str) -> tuple[int, str, str]:
    # Files by kind, then name; then sub-folders; then files listed from sub-folders.
    if "/" in entry:
        return (2, entry, "")
    if not entry.endswith(".yaml"):
        return (1, entry, "")
    kind, _, name = entry.partition("-")
    return (0, kind, name)


def _kustomization(resources: Sequence[str]) -> str:
    return to_yaml(
        {
            "apiVersion": "kustomize.config.k8s.io/v1beta1",
            "kind": "Kustomization",
            "resources": list(resources),
        }
    )


def _describe(manifest: Mapping[str, Any]) -> str:
    metadata = manifest.get("metadata", {})
    where = f"{metadata['namespace']}/" if metadata.get("namespace") else ""
    return f"{manifest['kind']} {where}{metadata.get('name')}"


def root_of(folder: PurePosixPath) -> PurePosixPath:
    """The cluster folder a folder of dist/ belongs to."""
    return PurePosixPath(folder.parts[0])
