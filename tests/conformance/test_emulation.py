"""The emulated route selection (envoy_gateway.py) follows Envoy Gateway's precedence, on the
HTTPRoutes the suite sees: ours with Exact model-list paths beside one the AI Gateway controller
generated (`ai_gateway.http_route_for`). Pure functions: no process runs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from tests.conformance import ai_gateway, envoy_gateway
from tests.conformance.envoy_gateway import Route

HOST = "api.example.test"
PARENT = [{"name": "gw", "namespace": "gw", "sectionName": "https"}]


def _documents() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    generated = ai_gateway.http_route_for(
        {
            "apiVersion": "aigateway.envoyproxy.io/v1beta1",
            "metadata": {"name": "models-1", "namespace": "models", "uid": "u"},
            "spec": {
                "parentRefs": PARENT,
                "hostnames": [HOST],
                "rules": [
                    {
                        "matches": [{"headers": [{"name": "x-ai-eg-model", "value": "m"}]}],
                        "backendRefs": [{"kind": "InferencePool", "name": "m"}],
                    }
                ],
            },
        }
    )
    ours = {
        "metadata": {"name": "list", "namespace": "gw"},
        "spec": {
            "parentRefs": PARENT,
            "hostnames": [HOST],
            "rules": [
                {
                    "matches": [{"path": {"type": "Exact", "value": "/v1/models"}}],
                    "filters": [
                        {
                            "type": "ExtensionRef",
                            "extensionRef": {"kind": "HTTPRouteFilter", "name": "list"},
                        }
                    ],
                }
            ],
        },
    }
    answer = {
        "metadata": {"name": "list", "namespace": "gw"},
        "spec": {"directResponse": {"statusCode": 200, "body": {"inline": "[]"}}},
    }
    return [generated, ours], [answer]


Selector = Callable[[Sequence[Route], str, Mapping[str, str]], Route | None]


def _first_match(routes: Sequence[Route], path: str, headers: Mapping[str, str]) -> Route | None:
    """A broken selector: the first route whose prefix matches, in document order."""
    for route in routes:
        if path.startswith(route.path.rstrip("/") or "/"):
            if all(headers.get(n) == v for n, v in route.headers):
                return route
    return None


def check_precedence(select: Selector) -> None:
    routes, filters = _documents()
    found = envoy_gateway.routes_of(routes, HOST, "https", filters)
    # The exact path wins over the generated prefix "/" even when the model header matches.
    listing = select(found, "/v1/models", {"x-ai-eg-model": "m"})
    assert listing is not None and not listing.generated
    assert listing.direct_response == (200, "[]") and not listing.forwards
    chat = select(found, "/v1/chat/completions", {"x-ai-eg-model": "m"})
    assert chat is not None and chat.generated and chat.forwards
    # Without a model header, the generated route-not-found rule takes everything else.
    other = select(found, "/v1/models/m", {})
    assert other is not None and other.generated and not other.forwards


def test_exact_paths_outrank_the_generated_prefix_routes() -> None:
    check_precedence(envoy_gateway.select_route)


def test_fails_when_selection_follows_document_order() -> None:
    with pytest.raises(AssertionError):
        check_precedence(_first_match)


def test_ext_proc_stand_in_answers_only_the_list_paths() -> None:
    assert ai_gateway.ext_proc_answer("/v1/models?x=1", ["m"]) is not None
    assert ai_gateway.ext_proc_answer("/anthropic/v1/models", []) is not None
    assert ai_gateway.ext_proc_answer("/v1/models/m", ["m"]) is None
