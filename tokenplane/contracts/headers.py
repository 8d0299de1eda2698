"""The request headers the model routes and the tier policies match on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MODEL_HEADER = "x-ai-eg-model"
"""Set by Envoy AI Gateway from the request body's `model` before Kuadrant runs (a client's own
value is overwritten, see docs/tenancy.md); AIGatewayRoute rules match on it."""


def models_matched(matches: Iterable[Mapping[str, Any]]) -> list[str]:
    """The model names a route rule's `matches` select on the model header, in order."""
    return [
        str(header.get("value"))
        for match in matches
        for header in match.get("headers") or []
        if header.get("name") == MODEL_HEADER
    ]


TENANT_HEADER = "x-tokenplane-tenant"
"""The tenant id, set on the request by the AuthPolicy after a key is accepted (the wasm-shim
sets an `ok_response` header, replacing a client's own value): what every Envoy Gateway budget
counts per (`Distinct`)."""
LIMITS_HEADER = "x-tokenplane-limits"
"""The tenant's limit class, set on the request by the AuthPolicy like `TENANT_HEADER`: which
Envoy Gateway budget rules apply (`Exact`)."""


OBJECTIVE_HEADER = "x-llm-d-inference-objective"
"""The InferenceObjective a request is scheduled under, read by llm-d Router's endpoint picker
(v0.10.0 `pkg/epp/metadata/consts.go`, `ObjectiveKey`); set by the AuthPolicy from the model
header and the caller's scheduling class (`predicates.objective_expression`)."""
LEGACY_OBJECTIVE_HEADER = "x-gateway-inference-objective"
"""The deprecated alias the picker still reads when `OBJECTIVE_HEADER` is absent
(`OldObjectiveKey`); the AuthPolicy sets it to the same value, so no client value survives."""
FAIRNESS_HEADER = "x-llm-d-inference-fairness-id"
"""The flow a request is queued in within its priority band, read by the picker
(`FlowFairnessIDKey`): the tenant id, set by the AuthPolicy."""
LEGACY_FAIRNESS_HEADER = "x-gateway-inference-fairness-id"
"""The deprecated alias of `FAIRNESS_HEADER` (`OldFlowFairnessIDKey`), set to the same value."""
SCHEDULING_HEADERS = (
    OBJECTIVE_HEADER,
    LEGACY_OBJECTIVE_HEADER,
    FAIRNESS_HEADER,
    LEGACY_FAIRNESS_HEADER,
)
"""Every header name the picker reads an objective or a fairness id from: the AuthPolicy sets
all four on every admitted request, replacing what a client sent."""
