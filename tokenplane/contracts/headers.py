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
