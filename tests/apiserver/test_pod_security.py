"""Pod Security admission, enforcing: every pod the committed dist/ would run in a namespace that
declares a Pod Security level is admitted at that level, and one below it is refused.

The test API server runs no controllers, so no Deployment ever makes a pod here: the test makes
each workload's pod itself, from its template, as a server dry run (admission runs, nothing is
stored). The Pod Security admission plugin is on by default in kube-apiserver.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from tests.apiserver.cluster import REPO_ROOT, ControlPlane
from tests.apiserver.test_dist import (
    CLUSTERS,
    DIST,
    apply_or_explain,
    create_namespaces,
    objects,
    render,
)
from tokenplane.contracts import names

WORKLOADS = ("Deployment", "StatefulSet")


def _applied(control_plane: ControlPlane, cluster: str) -> list[dict[str, Any]]:
    rendered = render(control_plane, DIST / cluster)
    relative = {root.relative_to(REPO_ROOT).as_posix(): text for root, text in rendered.items()}
    create_namespaces(control_plane, list(relative.values()))
    for source, manifest in relative.items():
        apply_or_explain(control_plane, source, manifest, dry_run=False)
    return [dict(document) for text in relative.values() for document in objects(text)]


def _pods(documents: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """(level, pod) for each workload's pod in a namespace that enforces a level."""
    levels = {
        d["metadata"]["name"]: level
        for d in documents
        if d["kind"] == "Namespace"
        and (level := names.pod_security_of(d["metadata"].get("labels", {})))
    }
    pods: list[tuple[str, dict[str, Any]]] = []
    for d in documents:
        namespace = d["metadata"].get("namespace")
        if d["kind"] in WORKLOADS and namespace in levels:
            template = d["spec"]["template"]
            spec = copy.deepcopy(template["spec"])
            # As the StatefulSet controller does: each claim template becomes a volume of the
            # pod, backed by the claim `<template>-<statefulset>-<ordinal>`.
            for claim in d["spec"].get("volumeClaimTemplates", []):
                claim_name = claim["metadata"]["name"]
                spec.setdefault("volumes", []).append(
                    {
                        "name": claim_name,
                        "persistentVolumeClaim": {
                            "claimName": f"{claim_name}-{d['metadata']['name']}-0"
                        },
                    }
                )
            pod = {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {
                    "name": f"{d['kind'].lower()}-{d['metadata']['name']}",
                    "namespace": namespace,
                    "labels": template.get("metadata", {}).get("labels", {}),
                },
                "spec": spec,
            }
            pods.append((levels[namespace], pod))
    return pods


def _runtime_classes(control_plane: ControlPlane, pods: list[tuple[str, dict[str, Any]]]) -> None:
    """Stand-ins for the RuntimeClasses the pods name (a GPU node's `nvidia`, ...), which the
    cluster's node setup provides, not dist/: the RuntimeClass admission refuses a pod whose
    class does not exist, before Pod Security is asked."""
    for handler in sorted(
        {p["spec"]["runtimeClassName"] for _, p in pods if "runtimeClassName" in p["spec"]}
    ):
        runtime_class = {
            "apiVersion": "node.k8s.io/v1",
            "kind": "RuntimeClass",
            "metadata": {"name": handler},
            "handler": handler,
        }
        control_plane.apply(json.dumps(runtime_class))


def _admit(control_plane: ControlPlane, pod: dict[str, Any]) -> tuple[int, str]:
    result = control_plane.kubectl(
        "create", "--dry-run=server", "-o", "name", "-f", "-", input=json.dumps(pod), check=False
    )
    return result.returncode, result.stderr


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_every_pod_is_admitted_at_its_namespace_level(
    control_plane: ControlPlane, cluster: str
) -> None:
    pods = _pods(_applied(control_plane, cluster))
    _runtime_classes(control_plane, pods)
    assert pods, "no namespace of dist/ declares a Pod Security level"
    refused = [
        f"{pod['metadata']['namespace']}/{pod['metadata']['name']} ({level}): {stderr.strip()}"
        for level, pod in pods
        if (rc_stderr := _admit(control_plane, pod))[0] != 0
        for stderr in [rc_stderr[1]]
    ]
    assert refused == []


def test_fails_when_a_pod_is_below_its_namespace_level(control_plane: ControlPlane) -> None:
    pods = _pods(_applied(control_plane, CLUSTERS[0]))
    _runtime_classes(control_plane, pods)
    level, pod = pods[0]
    assert level in ("baseline", "restricted")
    privileged = copy.deepcopy(pod)
    context = privileged["spec"]["containers"][0].setdefault("securityContext", {})
    context.pop("allowPrivilegeEscalation", None)  # the API refuses it false beside privileged
    context["privileged"] = True
    status, stderr = _admit(control_plane, privileged)
    assert status != 0
    assert "violates PodSecurity" in stderr


def test_fails_when_a_pod_in_a_restricted_namespace_is_not_hardened(
    control_plane: ControlPlane,
) -> None:
    pods = _pods(_applied(control_plane, CLUSTERS[0]))
    _runtime_classes(control_plane, pods)
    restricted = [pod for level, pod in pods if level == "restricted"]
    assert restricted, "no workload runs in a namespace that enforces restricted"
    for pod in restricted:
        bare = copy.deepcopy(pod)
        del bare["spec"]["securityContext"]
        for container in bare["spec"]["containers"]:
            container.pop("securityContext", None)
        status, stderr = _admit(control_plane, bare)
        assert status != 0, pod["metadata"]["name"]
        assert 'violates PodSecurity "restricted' in stderr
