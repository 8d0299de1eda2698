"""L3: KEDA autoscaling of one model's vLLM Deployment on its vLLM metrics."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from tokenplane.config import AutoscalingSpec
from tokenplane.constructs.l2.apps import Deployment
from tokenplane.constructs.l2.keda import PrometheusTrigger, ScaledObject, ScalingRate
from tokenplane.contracts import names

QUEUE_METRIC = "vllm:num_requests_waiting"
"""vLLM gauge: requests queued in the engine (docs/observability.md)."""
KV_CACHE_METRIC = "vllm:kv_cache_usage_perc"
"""vLLM gauge: share of the KV cache in use, 1 = full (docs/observability.md)."""
SCALE_UP = ScalingRate(pods=1, period_seconds=120, window_seconds=0)
"""Add at most one pod every two minutes, at once: a new vLLM pod loads its weights for
minutes, during which the queue stays long and would otherwise add pod after pod."""
SCALE_DOWN_PERIOD_SECONDS = 300
"""Remove at most one pod every five minutes."""


class ModelAutoscaler(Construct):
    """Defines a ScaledObject that scales a model's vLLM Deployment between the configured
    replica bounds on queue depth per pod, and on KV-cache usage per pod when configured.

    Each query sums the model's vLLM series (`model_name` is the served name vLLM labels
    them with; served names are unique) in the Deployment's namespace; KEDA divides by the
    pod count (AverageValue), so the targets are per pod.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model_id: str,
        served_name: str,
        autoscaling: AutoscalingSpec,
        deployment: Deployment,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        selector = f'namespace="{deployment.namespace}",model_name="{served_name}"'
        triggers = [
            PrometheusTrigger(
                name="queue-depth",
                server_address=autoscaling.prometheus_url,
                query=f"sum({QUEUE_METRIC}{{{selector}}})",
                threshold=autoscaling.queue_depth_target,
            )
        ]
        if autoscaling.kv_cache_target is not None:
            triggers.append(
                PrometheusTrigger(
                    name="kv-cache",
                    server_address=autoscaling.prometheus_url,
                    query=f"sum({KV_CACHE_METRIC}{{{selector}}})",
                    threshold=autoscaling.kv_cache_target,
                )
            )
        self.scaled_object = ScaledObject(
            self,
            "scaled-object",
            name=names.model_autoscaler(model_id),
            target=deployment,
            min_replicas=autoscaling.min_replicas,
            max_replicas=autoscaling.max_replicas,
            triggers=triggers,
            scale_up=SCALE_UP,
            scale_down=ScalingRate(
                pods=1,
                period_seconds=SCALE_DOWN_PERIOD_SECONDS,
                window_seconds=autoscaling.scale_down_window_seconds,
            ),
            labels=labels,
        )
