"""Where each object goes in dist/, and the kustomization.yaml of every folder.

`dist/<cluster>/` holds one folder per deployable unit: `platform/` for the shared objects,
`models/<model-id>/` for everything one model runs on, `tenants/<tenant-id>/` for one
tenant's credentials, `infrastructure/<component>/` for the pinned controller installs (with
`infrastructure/<component>/<part>/` for plain manifests tokenplane adds to an install),
and `flux/`, `argocd/` for the GitOps entry points. The cluster's own kustomization.yaml
lists only the workload layers, so `kubectl kustomize dist/<cluster>` is the platform
itself; the entry points are what a user bootstraps (`kubectl apply -k .../flux`).
Objects are placed by their labels (see `tokenplane.names`), so the charts do not know the
layout. Each object is one file named `<kind>-<name>.yaml`; a unit
that holds two objects of one kind and name in different namespaces is an error.

Every folder has a kustomization.yaml, except the one-tenant folders: `tenants/` lists their
files itself (`<tenant>/<file>`). With thousands of tenants that halves the files written,
and onboarding a tenant adds its credential files and changes only `tenants/kustomization.yaml`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

from tokenplane import names
from tokenplane.output.yaml_text import to_yaml

KUSTOMIZATION = "kustomization.yaml"
LAYERS = ("infrastructure", "platform", "models", "tenants")
"""The deployable layers of a cluster, in the order GitOps applies them."""
GITOPS_FOLDERS = {"flux": "flux", "argocd": "argocd", "argocd-apps": "argocd/apps"}
"""Folder of each value of the GitOps label: Argo CD's child Applications sit below the root."""
LISTED_BY_PARENT = frozenset({"tenants"})
"""Folders (relative to the cluster) whose sub-folders have no kustomization.yaml of their own:
their kustomization.yaml lists the sub-folders' files directly."""
SYNCED_APART = frozenset({"infrastructure", "flux", "argocd", "argocd/apps"})
"""Folders (relative to the cluster) their parent's kustomization.yaml leaves out: they need
Flux or Argo CD, or are synced by their own Application."""


class LayoutError(ValueError):
    """Defines the error raised when two objects would be written to the same file."""


def unit_of(manifest: Mapping[str, Any]) -> PurePosixPath:
    """The folder, relative to `dist/<cluster>/`, an object belongs in."""
    labels = manifest.get("metadata", {}).get("labels", {})
    if engine := labels.get(names.GITOPS_LABEL):
        return PurePosixPath(GITOPS_FOLDERS[engine])
    if component := labels.get(names.INFRASTRUCTURE_LABEL):
        if part := labels.get(names.INFRASTRUCTURE_PART_LABEL):
            return PurePosixPath("infrastructure", component, part)
        return PurePosixPath("infrastructure", component)
    if tenant := labels.get(names.TENANT_LABEL):
        return PurePosixPath("tenants", tenant)
    if model := labels.get(names.MODEL_LABEL):
        return PurePosixPath("models", model)
    return PurePosixPath("platform")


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
    problems: list[str] = []
    folders: dict[PurePosixPath, set[str]] = defaultdict(set)
    for cluster, manifests in clusters.items():
        root = PurePosixPath(cluster)
        for manifest in manifests:
            relative = path_of(manifest)
            folder = root / relative.parent
            path = str(root / relative)
            if path in owners:
                problems.append(
                    f"{path}: {_describe(owners[path])} and {_describe(manifest)} "
                    "would share this file; give them different names"
                )
                continue
            owners[path] = manifest
            files[path] = to_yaml(manifest)
            folders[folder].add(relative.name)
    if problems:
        raise LayoutError("\n".join(problems))
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


def layers_of(manifests: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The layers (of LAYERS, in order) the objects of one cluster fill."""
    present = {unit_of(manifest).parts[0] for manifest in manifests}
    return tuple(layer for layer in LAYERS if layer in present)
