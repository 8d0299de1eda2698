"""L2 wrappers of `keda.sh` kinds (KEDA v2.20.2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from constructs import Construct

from imports.sh import keda as l1
from tokenplane.constructs.l2.apps import Deployment
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "keda.sh/v1alpha1"


@dataclass(frozen=True)
class PrometheusTrigger:
    """Defines one KEDA `prometheus` trigger: `query` (PromQL, one sample) divided by the
    replica count is held at `threshold` (metric type AverageValue).

    `name` names the trigger (and the HPA's external metric); an empty query result counts
    as 0 (the scaler's `ignoreNullValues` default).
    """

    name: str
    server_address: str
    query: str
    threshold: float

    def to_l1(self) -> l1.ScaledObjectSpecTriggers:
        """The trigger as the ScaledObject CRD spells it (metadata values are strings)."""
        return l1.ScaledObjectSpecTriggers(
            type="prometheus",
            name=self.name,
            metric_type="AverageValue",
            metadata={
                "serverAddress": self.server_address,
                "query": self.query,
                "threshold": f"{self.threshold:g}",
            },
        )


@dataclass(frozen=True)
class ScalingRate:
    """Defines how fast the HPA may change the pod count: at most `pods` per `period_seconds`,
    after the load has pointed the same way for `window_seconds` (0 to 3600)."""

    pods: int
    period_seconds: int
    window_seconds: int


class ScaledObject(Resource):
    """Defines a ScaledObject: KEDA runs an HPA (`keda-hpa-<name>`) that scales `target`
    between `min_replicas` and `max_replicas` on `triggers`.

    The target is referenced as an object (apps/v1 Deployment in the same namespace); KEDA
    requires it to exist, and the Deployment should not render `spec.replicas`.
    `scale_up` and `scale_down` become the HPA's behavior.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        target: Deployment,
        min_replicas: int,
        max_replicas: int,
        triggers: Sequence[PrometheusTrigger],
        scale_up: ScalingRate,
        scale_down: ScalingRate,
        polling_interval_seconds: int = 30,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=target.namespace,
            api_version=API_VERSION,
            kind="ScaledObject",
        )
        if not 1 <= min_replicas <= max_replicas:
            raise ValueError(f"ScaledObject {name}: need 1 <= min_replicas <= max_replicas")
        if not triggers:
            raise ValueError(f"ScaledObject {name}: needs at least one trigger")
        self.target = target
        behavior = l1.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(
            scale_up=l1.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(
                stabilization_window_seconds=scale_up.window_seconds,
                policies=[
                    l1.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(
                        type="Pods", value=scale_up.pods, period_seconds=scale_up.period_seconds
                    )
                ],
            ),
            scale_down=l1.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(
                stabilization_window_seconds=scale_down.window_seconds,
                policies=[
                    l1.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(
                        type="Pods",
                        value=scale_down.pods,
                        period_seconds=scale_down.period_seconds,
                    )
                ],
            ),
        )
        l1.ScaledObject(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.ScaledObjectSpec(
                scale_target_ref=l1.ScaledObjectSpecScaleTargetRef(
                    api_version=target.api_version, kind=target.kind, name=target.name
                ),
                min_replica_count=min_replicas,
                max_replica_count=max_replicas,
                polling_interval=polling_interval_seconds,
                triggers=[trigger.to_l1() for trigger in triggers],
                advanced=l1.ScaledObjectSpecAdvanced(
                    horizontal_pod_autoscaler_config=l1.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(
                        behavior=behavior
                    )
                ),
            ),
        )
