"""The model list tokenplane answers at `GET /v1/models`: its paths, the AuthPolicy predicate
that admits it, and the response body (encoder and decoder).

Envoy AI Gateway v1.1.0's ext_proc answers these paths itself, for any method and ignoring the
query (`cmd/extproc/mainlib/main.go` registers `/v1/models` and, under the Anthropic prefix
`/anthropic`, `/anthropic/v1/models`; `internal/extproc/server.go` `processorForPath` matches
the path exactly); tokenplane routes both to a route of its own on which that filter is
disabled (docs/tenancy.md, "`GET /v1/models`").
"""

from __future__ import annotations

import json
from collections.abc import Sequence

MODELS_PATH = "/v1/models"
"""The OpenAI-format model list: admitted for an authenticated `GET`."""
ANTHROPIC_MODELS_PATH = "/anthropic/v1/models"
"""The Anthropic-format model list AI Gateway would answer: taken away from it, never admitted."""
LIST_PATHS: tuple[str, ...] = (MODELS_PATH, ANTHROPIC_MODELS_PATH)
"""Every path AI Gateway's ext_proc answers with a model list, in route order."""
LIST_METHOD = "GET"
CONTENT_TYPE = "application/json"
LIST_OBJECT = "list"
MODEL_OBJECT = "model"
_FORBIDDEN = "%"
"""Envoy Gateway reads a direct response body as an Envoy format string
(`api/v1alpha1/httproutefilter_types.go`, `HTTPDirectResponseFilter.Body`): `%` starts a
command operator, so no listed name may carry one."""


def models_list_predicate() -> str:
    """CEL (Authorino): the request is a `GET` of `MODELS_PATH` (the query is not part of
    `request.url_path`)."""
    path, method = json.dumps(MODELS_PATH), json.dumps(LIST_METHOD)
    return f"request.url_path == {path} && request.method == {method}"


def model_list_body(served_names: Sequence[str], owned_by: str) -> str:
    """The OpenAI-format list of `served_names`, in that order, as AI Gateway's own
    (`internal/extproc/models_processor.go`) lists them, less `created`: no timestamp is
    rendered. Raises ValueError for a value Envoy would read as a command operator."""
    for value in (*served_names, owned_by):
        if _FORBIDDEN in value:
            raise ValueError(f"model list: {value!r} contains {_FORBIDDEN!r}, which Envoy reads")
    body = {
        "object": LIST_OBJECT,
        "data": [{"id": n, "object": MODEL_OBJECT, "owned_by": owned_by} for n in served_names],
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


def served_names_of_body(body: str) -> list[str] | None:
    """The model ids `model_list_body` listed, or None for another body."""
    try:
        value = json.loads(body)
    except ValueError:
        return None
    if not isinstance(value, dict) or value.get("object") != LIST_OBJECT:
        return None
    data = value.get("data")
    if not isinstance(data, list) or not all(isinstance(m, dict) for m in data):
        return None
    return [str(m.get("id")) for m in data]
