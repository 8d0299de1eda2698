"""The committed dist/ is accepted by the real API server, and a changed config prunes cleanly.

Each cluster's folder is rendered per kustomize root (`kubectl kustomize`), its namespaces are
created, and every object is server-side applied: first as a server dry run, then for real. A
second test synthesizes an edited config, applies it and prunes what left it (our objects by their
`app.kubernetes.io/managed-by` label), then reads back what the cluster holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.apiserver.cluster import REPO_ROOT, ControlPlane
from tests.conftest import TODAY, EditConfig
from tokenplane.cli import main
from tokenplane.validate import load_documents

DIST = REPO_ROOT / "dist"
CLUSTERS = sorted(path.name for path in DIST.iterdir() if path.is_dir())
MANAGED_BY = "app.kubernetes.io/managed-by=tokenplane"

YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def kustomize_roots(cluster: Path) -> list[Path]:
    """Folders with a kustomization.yaml that no other kustomization.yaml lists as a resource."""
    folders = sorted(path.parent for path in cluster.rglob("kustomization.yaml"))
    included: set[Path] = set()
    for folder in folders:
        kustomization = yaml.load((folder / "kustomization.yaml").read_text(), Loader=YAML_LOADER)
        for resource in kustomization.get("resources", []):
            included.add((folder / resource).resolve())
    return [folder for folder in folders if folder.resolve() not in included]


def objects(manifest: str) -> Iterator[dict[str, Any]]:
    for document in yaml.load_all(manifest, Loader=YAML_LOADER):
        if document:
            yield document


def label(document: dict[str, Any]) -> str:
    metadata = document.get("metadata", {})
    where = f"{metadata['namespace']}/" if metadata.get("namespace") else ""
    return f"{document.get('kind')} {where}{metadata.get('name')}"


def render(control_plane: ControlPlane, cluster: Path) -> dict[Path, str]:
    """The rendered stream of each kustomize root of one cluster's folder."""
    return {
        root: control_plane.kubectl("kustomize", str(root)).stdout
        for root in kustomize_roots(cluster)
    }


def create_namespaces(control_plane: ControlPlane, manifests: list[str]) -> None:
    """Creates every namespace the manifests use or declare, before any object lands in one."""
    names = {
        namespace
        for manifest in manifests
        for document in objects(manifest)
        for namespace in (
            document.get("metadata", {}).get("namespace"),
            document["metadata"]["name"] if document.get("kind") == "Namespace" else None,
        )
        if namespace
    }
    control_plane.create_namespaces(sorted(names))


def apply_or_explain(
    control_plane: ControlPlane, source: str, manifest: str, *, dry_run: bool
) -> None:
    """Server-side applies; on failure, fails the test naming each rejected object and why."""
    result = control_plane.apply(manifest, dry_run=dry_run, check=False)
    if result.returncode == 0:
        return
    rejected = [
        f"  {label(document)}: {single.stderr.strip()}"
        for document in objects(manifest)
        if (
            single := control_plane.apply(json.dumps(document), dry_run=True, check=False)
        ).returncode
    ]
    mode = "dry run" if dry_run else "apply"
    pytest.fail(
        f"the API server rejected {source} ({mode}):\n"
        + ("\n".join(rejected) or result.stderr.strip()),
        pytrace=False,
    )


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_committed_dist_applies(control_plane: ControlPlane, cluster: str) -> None:
    rendered = render(control_plane, DIST / cluster)
    relative = {root.relative_to(REPO_ROOT).as_posix(): text for root, text in rendered.items()}
    assert f"dist/{cluster}" in relative
    assert any(root.endswith("/flux") for root in relative)
    create_namespaces(control_plane, list(relative.values()))

    for dry_run in (True, False):
        for source, manifest in relative.items():
            apply_or_explain(control_plane, source, manifest, dry_run=dry_run)

    # The kustomize roots cover every object file of the folder, each once.
    applied = sorted(label(dict(d)) for text in relative.values() for d in objects(text))
    committed = sorted(label(dict(d.body)) for d in load_documents(DIST / cluster))
    assert applied == committed
    sample = next(document for document in objects(relative[f"dist/{cluster}"]))
    metadata = sample["metadata"]
    scope = ["-n", metadata["namespace"]] if metadata.get("namespace") else []
    stored = control_plane.kubectl(
        "get", sample["kind"], metadata["name"], *scope, "-o", "json"
    ).stdout
    assert json.loads(stored)["metadata"]["name"] == metadata["name"]


def synth(config: Path, out: Path) -> None:
    assert main(["synth", "--config", str(config), "--out", str(out), "--today", str(TODAY)]) == 0


def kind_name(document: dict[str, Any]) -> str:
    """`kind.group` as kubectl's `get` understands it (`ExternalSecret.external-secrets.io`)."""
    group = str(document["apiVersion"]).rpartition("/")[0]
    return f"{document['kind']}.{group}" if group else str(document["kind"])


def key(document: dict[str, Any]) -> tuple[str, str, str]:
    metadata = document["metadata"]
    return (kind_name(document), metadata.get("namespace", ""), metadata["name"])


def apply_with_prune(control_plane: ControlPlane, previous: str, manifest: str) -> list[str]:
    """Applies the new set, then deletes our objects (by managed-by label) that left it.

    kubectl's ApplySet pruning needs a namespaced parent to hold only objects of its own namespace
    (or a custom parent kind), and our set spans namespaces and cluster-scoped kinds, so the prune
    is done here: every kind of the old or new set is listed by label, the rest deleted.
    Returns what was deleted, as `kind namespace/name`.
    """
    control_plane.apply(manifest)
    wanted = {key(document) for document in objects(manifest)}
    kinds = sorted({kind_name(d) for text in (previous, manifest) for d in objects(text)})
    listed = control_plane.kubectl(
        "get", ",".join(kinds), "--all-namespaces", "-l", MANAGED_BY, "-o", "json"
    ).stdout
    deleted = []
    for item in json.loads(listed)["items"]:
        if key(item) in wanted:
            continue
        kind, namespace, name = key(item)
        scope = ["-n", namespace] if namespace else []
        control_plane.kubectl("delete", kind, name, *scope, "--wait=false")
        deleted.append(f"{kind} {namespace}/{name}")
    return sorted(deleted)


def tenant_secrets(control_plane: ControlPlane) -> dict[str, dict[str, Any]]:
    listed = control_plane.kubectl(
        "get", "externalsecrets", "-n", "kuadrant-system", "-l", MANAGED_BY, "-o", "json"
    ).stdout
    return {item["metadata"]["name"]: item for item in json.loads(listed)["items"]}


def tier_of(secret: dict[str, Any]) -> str:
    annotations = secret["spec"]["target"]["template"]["metadata"]["annotations"]
    tier: str = annotations["kuadrant.io/groups"]
    return tier


def test_changed_config_prunes_and_updates(
    control_plane: ControlPlane,
    config_dir: Path,
    edit_config: EditConfig,
    tmp_path: Path,
) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    synth(config_dir, before)
    edit_config("tenants.yaml", "  acme:\n    tier: pro", "  acme:\n    tier: enterprise")
    edit_config(
        "tenants.yaml",
        "  initech:\n    tier: enterprise\n    display_name: Initech\n"
        "    contact: llm-ops@initech.example\n    keys: [{id: primary}]\n",
        "  wayne:\n    tier: free\n    display_name: Wayne Enterprises\n    keys: [{id: main}]\n",
    )
    synth(config_dir, after)

    first = render(control_plane, before / "production")[before / "production"]
    create_namespaces(control_plane, [first])
    apply_with_prune(control_plane, "", first)
    held = tenant_secrets(control_plane)
    assert "api-key.initech.primary" in held
    assert tier_of(held["api-key.acme.primary"]) == "pro"
    assert tier_of(held["api-key.acme.rotated"]) == "pro"

    second = render(control_plane, after / "production")[after / "production"]
    # Objects other tests left (the staging set) may be pruned too; of this set, only initech goes.
    before_keys = {
        f"{kind} {namespace}/{name}" for kind, namespace, name in map(key, objects(first))
    }
    deleted = [
        item for item in apply_with_prune(control_plane, first, second) if item in before_keys
    ]
    assert deleted == ["ExternalSecret.external-secrets.io kuadrant-system/api-key.initech.primary"]
    held = tenant_secrets(control_plane)
    assert not any(".initech." in name for name in held)
    assert tier_of(held["api-key.acme.primary"]) == "enterprise"
    assert tier_of(held["api-key.acme.rotated"]) == "enterprise"
    assert tier_of(held["api-key.wayne.main"]) == "free"
    # Everything else of the new set is still there: pruning removed only what left the config.
    listed = control_plane.kubectl("get", "-f", "-", "-o", "name", input=second).stdout
    assert len(listed.split()) == sum(1 for _ in objects(second))
