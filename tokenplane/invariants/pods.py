"""Invariants of pods: every pod the output would run is hardened, or says why not.

Hardened means what the pod L2 renders by default and the Pod Security `restricted` level
requires, plus a read-only root filesystem: the pod (or every container) runs as non-root
and under the `RuntimeDefault` (or a `Localhost`) seccomp profile; every container and init
container disallows privilege escalation, drops all capabilities, has a read-only root
filesystem and is not privileged. A field may instead be named by an opt-out annotation
(`names.opt_out_annotation`) on the pod template, whose value is the reason. The check reads
the manifests, so it holds for a pod template whoever wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from tokenplane.contracts import names
from tokenplane.invariants.index import Manifest, ObjectIndex

TEMPLATED = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")
"""Kinds whose pods come from `spec.template`; CronJob adds a level, a Pod is its own."""


def _templates(index: ObjectIndex) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(who, pod template) for every pod template among the objects."""
    for manifest in index.manifests:
        kind = manifest["kind"]
        spec: Mapping[str, Any] = manifest.get("spec", {})
        if kind in TEMPLATED:
            template = spec.get("template", {})
        elif kind == "CronJob":
            template = spec.get("jobTemplate", {}).get("spec", {}).get("template", {})
        elif kind == "Pod":
            template = manifest
        else:
            continue
        yield _who(manifest), template


def _who(manifest: Manifest) -> str:
    metadata = manifest.get("metadata", {})
    model = names.model_of(metadata.get("labels", {}))
    where = f"{manifest['kind']} {metadata.get('namespace', '')}/{metadata.get('name', '')}"
    return f"model {model}: {where}" if model else where


def _pod_gaps(spec: Mapping[str, Any]) -> list[names.HardeningField]:
    containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
    pod = spec.get("securityContext", {})
    gaps: list[names.HardeningField] = []
    if pod.get("runAsNonRoot") is not True and not all(
        c.get("securityContext", {}).get("runAsNonRoot") is True for c in containers
    ):
        gaps.append("runAsNonRoot")
    confined = ("RuntimeDefault", "Localhost")
    if pod.get("seccompProfile", {}).get("type") not in confined and not all(
        c.get("securityContext", {}).get("seccompProfile", {}).get("type") in confined
        for c in containers
    ):
        gaps.append("seccompProfile")
    return gaps


def _container_gaps(container: Mapping[str, Any]) -> list[names.HardeningField]:
    context = container.get("securityContext", {})
    gaps: list[names.HardeningField] = []
    if context.get("readOnlyRootFilesystem") is not True:
        gaps.append("readOnlyRootFilesystem")
    if context.get("allowPrivilegeEscalation") is not False:
        gaps.append("allowPrivilegeEscalation")
    if "ALL" not in context.get("capabilities", {}).get("drop", []):
        gaps.append("capabilities")
    return gaps


HINT = {
    "runAsNonRoot": "runAsNonRoot: true",
    "seccompProfile": "seccompProfile RuntimeDefault",
    "readOnlyRootFilesystem": "readOnlyRootFilesystem: true",
    "allowPrivilegeEscalation": "allowPrivilegeEscalation: false",
    "capabilities": "capabilities.drop [ALL]",
}
"""How each hardened field is spelled in a message."""


def pods_are_hardened(index: ObjectIndex) -> Iterable[str]:
    """Each pod template is hardened, or names each exception in an opt-out annotation with a
    reason; an opt-out that names a field which is hardened, or no container, is stale."""
    for who, template in _templates(index):
        spec: Mapping[str, Any] = template.get("spec", {})
        annotations = template.get("metadata", {}).get("annotations", {}) or {}
        opt_outs = names.opt_outs_of(annotations)
        gaps: set[tuple[str, names.HardeningField]] = {
            (names.POD_OPT_OUT_SCOPE, field) for field in _pod_gaps(spec)
        }
        containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
        for container in containers:
            name = container.get("name", "")
            if container.get("securityContext", {}).get("privileged") is True:
                yield f"{who}: container {name} is privileged; no opt-out covers that"
            gaps |= {(name, field) for field in _container_gaps(container)}
        for scope, field in sorted(gaps):
            what = "the pod" if scope == names.POD_OPT_OUT_SCOPE else f"container {scope}"
            key = names.opt_out_annotation(scope, field)
            reason = opt_outs.get((scope, field))
            if reason is None:
                yield (
                    f"{who}: {what} does not set {HINT[field]}; set it, or annotate the pod "
                    f"template with {key} and the reason"
                )
            elif not reason.strip():
                yield f"{who}: the opt-out {key} gives no reason"
        for scope, field in sorted(set(opt_outs) - gaps):
            key = names.opt_out_annotation(scope, field)
            yield f"{who}: the opt-out {key} excuses nothing (the field is hardened); remove it"


CHECKS = (pods_are_hardened,)
"""The pod checks, in the order `tokenplane synth` runs them."""
