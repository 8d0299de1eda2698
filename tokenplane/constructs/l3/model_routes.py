"""L3: the AIGatewayRoutes that send each request to its model's InferencePool."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from constructs import Construct

from tokenplane.constructs.l2.ai_gateway import (
    MAX_RULES,
    AIGatewayRoute,
    AIGatewayRouteRule,
    LLMRequestCost,
)
from tokenplane.constructs.l2.core import Namespace
from tokenplane.constructs.l2.gateway_api import Gateway
from tokenplane.constructs.l3.model_serving import ModelServing
from tokenplane.contracts import names

LLM_REQUEST_COSTS = (
    LLMRequestCost(metadata_key=names.LLM_INPUT_TOKEN, type="InputToken"),
    LLMRequestCost(metadata_key=names.LLM_OUTPUT_TOKEN, type="OutputToken"),
    LLMRequestCost(metadata_key=names.LLM_TOTAL_TOKEN, type="TotalToken"),
)
"""Token counts every model route publishes; they also make AI Gateway request usage in
streamed responses (`stream_options.include_usage`)."""


class ModelRoutes(Construct):
    """Defines one rule per model, matching `x-ai-eg-model` on its served name.

    A route holds at most 15 rules, so models sorted by id fill routes of 15 in turn:
    `<platform>-models-1`, `-2`, … Adding a model can move later models to the next route;
    the same config always gives the same routes. Routes live in the models namespace,
    beside the pools, and attach to `listener` of `gateway`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: str,
        models: Sequence[ModelServing],
        namespace: Namespace,
        gateway: Gateway,
        listener: str,
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        ordered = sorted(models, key=lambda serving: serving.model_id)
        self.routes: list[AIGatewayRoute] = []
        for index in range(0, len(ordered), MAX_RULES):
            shard = ordered[index : index + MAX_RULES]
            number = index // MAX_RULES
            self.routes.append(
                AIGatewayRoute(
                    self,
                    f"route-{number}",
                    name=names.model_route(platform, number),
                    namespace=namespace.name,
                    parent=gateway,
                    listener=listener,
                    rules=[
                        AIGatewayRouteRule(
                            name=serving.model_id,
                            model=serving.served_name,
                            pool=serving.pool,
                            timeout=timedelta(seconds=serving.route_timeout_seconds),
                            owned_by=platform,
                        )
                        for serving in shard
                    ],
                    llm_request_costs=LLM_REQUEST_COSTS,
                    labels=labels,
                )
            )
