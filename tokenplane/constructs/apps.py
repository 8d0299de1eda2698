"""L2 wrappers of `apps/v1` kinds."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.resource import Resource


class Deployment(Resource):
    """Defines a Deployment whose pods carry `pod_labels` and which selects them by `selector`.

    `selector` (immutable once applied) must be a subset of `pod_labels`, so labels added
    later to the pods never change which pods the Deployment owns.
    `pod` is the pod spec (the container types of `cdk8s_plus_28.k8s`); `max_surge` 0 lets a
    rollout replace a pod in place when no spare accelerator exists for a surge pod, and
    `recreate` stops the old pod before starting the new one.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        replicas: int,
        selector: Mapping[str, str],
        pod_labels: Mapping[str, str],
        pod: k8s.PodSpec,
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
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=self.pod_labels), spec=pod
                ),
            ),
        )
