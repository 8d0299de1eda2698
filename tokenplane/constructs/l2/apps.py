"""L2 wrappers of `apps/v1` kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.l2.core import Pod
from tokenplane.constructs.l2.resource import Resource


class Deployment(Resource):
    """Defines a Deployment whose pods carry `pod_labels` and which selects them by `selector`.

    `selector` (immutable once applied) must be a subset of `pod_labels`, so labels added
    later to the pods never change which pods the Deployment owns.
    `pod` is the pod (`core.Pod`: hardened by default, its opt-outs annotated on the
    template); `max_surge` 0 lets a rollout replace a pod in place when no spare accelerator
    exists for a surge pod, and `recreate` stops the old pod before starting the new one.
    `replicas` None leaves the count out, for a Deployment whose count an autoscaler owns.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        replicas: int | None,
        selector: Mapping[str, str],
        pod_labels: Mapping[str, str],
        pod: Pod,
        max_surge: int = 1,
        recreate: bool = False,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="apps/v1", kind="Deployment"
        )
        if not selector or any(pod_labels.get(k) != v for k, v in selector.items()):
            raise ValueError(
                f"Deployment {name}: the selector must be a non-empty subset of the pod labels"
            )
        self.selector = dict(selector)
        self.pod_labels = dict(pod_labels)
        strategy = (
            k8s.DeploymentStrategy(type="Recreate")
            if recreate
            else k8s.DeploymentStrategy(
                type="RollingUpdate",
                rolling_update=k8s.RollingUpdateDeployment(
                    max_surge=k8s.IntOrString.from_number(max_surge),
                    max_unavailable=k8s.IntOrString.from_number(0 if max_surge else 1),
                ),
            )
        )
        k8s.KubeDeployment(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=k8s.DeploymentSpec(
                replicas=replicas,
                selector=k8s.LabelSelector(match_labels=self.selector),
                strategy=strategy,
                template=_template(self.pod_labels, pod, pod.spec(f"Deployment {name}")),
            ),
        )


def _template(labels: Mapping[str, str], pod: Pod, spec: k8s.PodSpec) -> k8s.PodTemplateSpec:
    return k8s.PodTemplateSpec(
        metadata=k8s.ObjectMeta(labels=dict(labels), annotations=pod.annotations() or None),
        spec=spec,
    )


@dataclass(frozen=True)
class VolumeClaim:
    """Defines one PersistentVolumeClaim template of a StatefulSet: each pod gets its own
    claim `<name>-<pod>`, ReadWriteOnce, of `size`, from `storage_class` (default: the
    cluster's default class)."""

    name: str
    size: str
    storage_class: str | None = None


class StatefulSet(Resource):
    """Defines a StatefulSet whose pods carry `pod_labels`, select by `selector`, and keep
    their volumes (`claims`) across restarts and rescheduling.

    `service` names the Service that governs the pods' network identity. Updates roll one
    pod at a time (`RollingUpdate`); claims stay when the StatefulSet is scaled down or
    deleted (the API's default retention), so data outlives a mistaken delete.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        service: str,
        selector: Mapping[str, str],
        pod_labels: Mapping[str, str],
        pod: Pod,
        claims: Sequence[VolumeClaim] = (),
        replicas: int = 1,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="apps/v1", kind="StatefulSet"
        )
        if not selector or any(pod_labels.get(k) != v for k, v in selector.items()):
            raise ValueError(
                f"StatefulSet {name}: the selector must be a non-empty subset of the pod labels"
            )
        self.selector = dict(selector)
        self.pod_labels = dict(pod_labels)
        self.claims = tuple(claims)
        k8s.KubeStatefulSet(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=k8s.StatefulSetSpec(
                replicas=replicas,
                service_name=service,
                selector=k8s.LabelSelector(match_labels=self.selector),
                template=_template(
                    self.pod_labels,
                    pod,
                    pod.spec(f"StatefulSet {name}", [claim.name for claim in self.claims]),
                ),
                volume_claim_templates=[
                    k8s.KubePersistentVolumeClaimProps(
                        metadata=k8s.ObjectMeta(name=claim.name),
                        spec=k8s.PersistentVolumeClaimSpec(
                            access_modes=["ReadWriteOnce"],
                            storage_class_name=claim.storage_class,
                            resources=k8s.ResourceRequirements(
                                requests={"storage": k8s.Quantity.from_string(claim.size)}
                            ),
                        ),
                    )
                    for claim in self.claims
                ]
                or None,
            ),
        )
