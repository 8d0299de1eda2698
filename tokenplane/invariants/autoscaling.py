"""Invariants of autoscaling: every KEDA ScaledObject scales a Deployment that exists and
leaves the replica count to the autoscaler.

A Deployment that renders `spec.replicas` under a ScaledObject fights the HPA KEDA manages:
every GitOps sync resets the count the HPA set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.contracts.names import MODEL_LABEL
from tokenplane.invariants.index import Manifest, ObjectIndex


def _who(manifest: Manifest) -> str:
    model = manifest.get("metadata", {}).get("labels", {}).get(MODEL_LABEL)
    return f"model {model}: " if model else ""


def scaled_objects_target_deployments(index: ObjectIndex) -> Iterable[str]:
    """Each ScaledObject's target is a Deployment in its namespace without `spec.replicas`."""
    for scaled in index.of_kind("ScaledObject"):
        metadata: Mapping[str, Any] = scaled.get("metadata", {})
        namespace, name = metadata.get("namespace", ""), metadata.get("name", "")
        target: Mapping[str, Any] = scaled.get("spec", {}).get("scaleTargetRef", {})
        kind = target.get("kind", "Deployment")
        api_version = target.get("apiVersion", "apps/v1")
        where = f"{_who(scaled)}ScaledObject {namespace}/{name}"
        if (api_version, kind) != ("apps/v1", "Deployment"):
            yield f"{where} scales {api_version} {kind}; only apps/v1 Deployments are scaled"
            continue
        deployment = index.get("Deployment", namespace, target.get("name", ""))
        if deployment is None:
            yield (
                f"{where} scales Deployment {target.get('name', '')!r}, which does not exist "
                f"in namespace {namespace}"
            )
            continue
        if "replicas" in deployment.get("spec", {}):
            yield (
                f"{where} scales Deployment {namespace}/{target.get('name', '')}, which renders "
                "spec.replicas; the autoscaler owns it, so leave it out"
            )


CHECKS = (scaled_objects_target_deployments,)
"""The autoscaling checks, in the order `tokenplane synth` runs them."""
