"""L2 wrappers of Envoy AI Gateway kinds (`aigateway.envoyproxy.io/v1beta1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from constructs import Construct

from imports.io.envoyproxy import aigateway as l1
from tokenplane.constructs.l2.gateway_api import Gateway
from tokenplane.constructs.l2.inference import InferencePool
from tokenplane.constructs.l2.resource import Resource
from tokenplane.contracts.headers import MODEL_HEADER

API_VERSION = "aigateway.envoyproxy.io/v1beta1"
MAX_RULES = 15
"""An AIGatewayRoute holds at most 15 rules (one HTTPRoute slot is the controller's)."""

CostType = Literal["InputToken", "OutputToken", "TotalToken"]

_COST_TYPES = {
    "InputToken": l1.AiGatewayRouteV1Beta1SpecLlmRequestCostsType.INPUT_TOKEN,
    "OutputToken": l1.AiGatewayRouteV1Beta1SpecLlmRequestCostsType.OUTPUT_TOKEN,
    "TotalToken": l1.AiGatewayRouteV1Beta1SpecLlmRequestCostsType.TOTAL_TOKEN,
}


@dataclass(frozen=True)
class LLMRequestCost:
    """Defines one token count AI Gateway publishes as dynamic metadata under `metadata_key`."""

    metadata_key: str
    type: CostType


@dataclass(frozen=True)
class AIGatewayRouteRule:
    """Defines one rule: requests whose `model` is `model` go to `pool`.

    `timeout` bounds the whole request, streamed responses included. `owned_by` is what
    `/v1/models` reports as the model's owner.
    """

    name: str
    model: str
    pool: InferencePool
    timeout: timedelta
    owned_by: str


class AIGatewayRoute(Resource):
    """Defines an AIGatewayRoute on one listener of a Gateway, routing by model name.

    Each rule sends to exactly one InferencePool in the route's namespace. Setting
    `llm_request_costs` also makes AI Gateway ask streaming backends for usage.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        parent: Gateway,
        listener: str,
        rules: Sequence[AIGatewayRouteRule],
        llm_request_costs: Sequence[LLMRequestCost] = (),
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=API_VERSION,
            kind="AIGatewayRoute",
        )
        if not 1 <= len(rules) <= MAX_RULES:
            raise ValueError(
                f"AIGatewayRoute {name}: 1 to {MAX_RULES} rules are allowed, got {len(rules)}"
            )
        rule_names = [rule.name for rule in rules]
        if len(set(rule_names)) != len(rule_names) or "route-not-found" in rule_names:
            raise ValueError(
                f"AIGatewayRoute {name}: rule names must be unique and not route-not-found"
            )
        for rule in rules:
            if rule.pool.namespace != namespace:
                raise ValueError(
                    f"AIGatewayRoute {name}: rule {rule.name} names InferencePool "
                    f"{rule.pool.namespace}/{rule.pool.name} outside namespace {namespace}"
                )
        hostname = parent.listener(listener).hostname
        self.hostnames = (hostname,)
        self.rules = tuple(rules)
        l1.AiGatewayRouteV1Beta1(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.AiGatewayRouteV1Beta1Spec(
                parent_refs=[
                    l1.AiGatewayRouteV1Beta1SpecParentRefs(
                        group=parent.group,
                        kind=parent.kind,
                        name=parent.name,
                        namespace=parent.namespace,
                        section_name=listener,
                    )
                ],
                hostnames=[hostname],
                rules=[_rule(rule) for rule in rules],
                llm_request_costs=[
                    l1.AiGatewayRouteV1Beta1SpecLlmRequestCosts(
                        metadata_key=cost.metadata_key, type=_COST_TYPES[cost.type]
                    )
                    for cost in llm_request_costs
                ]
                or None,
            ),
        )


def _rule(rule: AIGatewayRouteRule) -> l1.AiGatewayRouteV1Beta1SpecRules:
    return l1.AiGatewayRouteV1Beta1SpecRules(
        name=rule.name,
        matches=[
            l1.AiGatewayRouteV1Beta1SpecRulesMatches(
                headers=[
                    l1.AiGatewayRouteV1Beta1SpecRulesMatchesHeaders(
                        name=MODEL_HEADER,
                        type=l1.AiGatewayRouteV1Beta1SpecRulesMatchesHeadersType.EXACT,
                        value=rule.model,
                    )
                ]
            )
        ],
        backend_refs=[
            l1.AiGatewayRouteV1Beta1SpecRulesBackendRefs(
                group=rule.pool.group,
                kind=rule.pool.kind,
                name=rule.pool.name,
                priority=0,
                weight=1,
            )
        ],
        timeouts=l1.AiGatewayRouteV1Beta1SpecRulesTimeouts(
            request=f"{int(rule.timeout.total_seconds())}s"
        ),
        models_owned_by=rule.owned_by,
    )
