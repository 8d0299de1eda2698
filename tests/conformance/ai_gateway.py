"""The HTTPRoute the Envoy AI Gateway controller (v1.1.0) makes from an AIGatewayRoute.

The AI Gateway controller does not run in the conformance suite (it needs Envoy Gateway and its
extension server), but kuadrant-operator computes its policies per HTTPRoute rule, so the HTTPRoutes
must exist as that controller would write them. `http_route_for` follows
`internal/controller/ai_gateway_route.go` at envoyproxy/ai-gateway v1.1.0 (`syncAIGatewayRoute` and
`newHTTPRoute`):

- same name and namespace as the AIGatewayRoute; its labels and annotations copied; an owner
  reference to it; the annotations `gateway.envoyproxy.io/backend-ref-priority`
  (`<rule index>:<backend name>:<priority>` joined by commas) and
  `gateway.envoyproxy.io/ai-gateway-generated: "true"`;
- `parentRefs` and `hostnames` copied;
- one rule per AIGatewayRoute rule: its name, each match's headers with the path prefix `/` (the
  controller's default `rootPrefix`), InferencePool backendRefs copied with the namespace made
  explicit, the host-rewrite HTTPRouteFilter `ai-eg-host-rewrite-<route>` and the rule's timeouts
  (request timeout defaulting to 60s, `GetTimeoutsOrDefault`);
- a last rule `route-not-found` matching `/` with the
  `ai-eg-route-not-found-response-<route>` filter.

`http_route_filters_for` builds the two HTTPRouteFilters those rules reference, for the Envoy
Gateway translator (`envoy_gateway.py`).

AIServiceBackend references are not handled: our AIGatewayRoutes reference InferencePools only.

`ext_proc_answer` stands in for the one thing the AI Gateway's ext_proc does before Kuadrant's
wasm-shim that matters to the policies here: answering the model list paths itself (on the routes
it generates, where its filter is enabled).
"""

from __future__ import annotations

import copy
import json
from typing import Any

HOST_REWRITE_FILTER = "ai-eg-host-rewrite"
ROUTE_NOT_FOUND_FILTER = "ai-eg-route-not-found-response"
ROOT_PREFIX = "/"
DEFAULT_REQUEST_TIMEOUT = "60s"
ROUTE_NOT_FOUND_BODY = (
    "No matching route found. It is likely because the model specified in your request is not "
    "configured in the Gateway."
)


def _extension_ref(name: str) -> dict[str, Any]:
    return {
        "type": "ExtensionRef",
        "extensionRef": {"group": "gateway.envoyproxy.io", "kind": "HTTPRouteFilter", "name": name},
    }


def http_route_for(ai_route: dict[str, Any]) -> dict[str, Any]:
    """The HTTPRoute document for one AIGatewayRoute document (as read from the API server)."""
    metadata = ai_route["metadata"]
    spec = ai_route["spec"]
    name, namespace = metadata["name"], metadata["namespace"]
    rules: list[dict[str, Any]] = []
    priorities: list[str] = []
    for index, rule in enumerate(spec.get("rules", [])):
        backend_refs = []
        for ref in rule.get("backendRefs", []):
            if ref.get("kind") != "InferencePool":
                raise ValueError(f"{name}: backendRef {ref.get('name')} is not an InferencePool")
            backend = {
                "group": ref.get("group", "inference.networking.k8s.io"),
                "kind": "InferencePool",
                "name": ref["name"],
                "namespace": ref.get("namespace", namespace),
            }
            if "weight" in ref:
                backend["weight"] = ref["weight"]
            backend_refs.append(backend)
            priorities.append(f"{index}:{ref['name']}:{ref.get('priority', 0)}")
        timeouts = copy.deepcopy(rule.get("timeouts") or {})
        timeouts.setdefault("request", DEFAULT_REQUEST_TIMEOUT)
        converted: dict[str, Any] = {
            "backendRefs": backend_refs,
            "matches": [
                {
                    "headers": copy.deepcopy(match.get("headers", [])),
                    "path": {"type": "PathPrefix", "value": ROOT_PREFIX},
                }
                for match in rule.get("matches", [])
            ],
            "filters": [_extension_ref(f"{HOST_REWRITE_FILTER}-{name}")],
            "timeouts": timeouts,
        }
        if rule.get("name"):
            converted["name"] = rule["name"]
        rules.append(converted)
    rules.append(
        {
            "name": "route-not-found",
            "matches": [{"path": {"type": "PathPrefix", "value": ROOT_PREFIX}}],
            "filters": [_extension_ref(f"{ROUTE_NOT_FOUND_FILTER}-{name}")],
        }
    )
    annotations = dict(metadata.get("annotations") or {})
    annotations["gateway.envoyproxy.io/backend-ref-priority"] = ",".join(priorities)
    annotations["gateway.envoyproxy.io/ai-gateway-generated"] = "true"
    http_route: dict[str, Any] = {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "HTTPRoute",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "labels": dict(metadata.get("labels") or {}),
            "annotations": annotations,
            "ownerReferences": [
                {
                    "apiVersion": ai_route["apiVersion"],
                    "kind": "AIGatewayRoute",
                    "name": name,
                    "uid": metadata["uid"],
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        },
        "spec": {
            "parentRefs": copy.deepcopy(spec.get("parentRefs", [])),
            "hostnames": list(spec.get("hostnames", [])),
            "rules": rules,
        },
    }
    return http_route


def http_route_filters_for(ai_route: dict[str, Any]) -> list[dict[str, Any]]:
    """The two HTTPRouteFilters the controller makes per AIGatewayRoute (`generateHTTPRouteFilters`
    in the same file at v1.1.0): `ai-eg-host-rewrite-<route>`, which rewrites the host to the
    backend's, and `ai-eg-route-not-found-response-<route>`, a direct 404 response."""
    name, namespace = ai_route["metadata"]["name"], ai_route["metadata"]["namespace"]

    def _filter(filter_name: str, spec: dict[str, Any]) -> dict[str, Any]:
        return {
            "apiVersion": "gateway.envoyproxy.io/v1alpha1",
            "kind": "HTTPRouteFilter",
            "metadata": {"name": f"{filter_name}-{name}", "namespace": namespace},
            "spec": spec,
        }

    return [
        _filter(HOST_REWRITE_FILTER, {"urlRewrite": {"hostname": {"type": "Backend"}}}),
        _filter(
            ROUTE_NOT_FOUND_FILTER,
            {
                "directResponse": {
                    "statusCode": 404,
                    "body": {"type": "Inline", "inline": ROUTE_NOT_FOUND_BODY},
                }
            },
        ),
    ]


# -- the ext_proc's model list (STAND-IN) --------------------------------------------------------

EXT_PROC_LIST_PATHS = ("/v1/models", "/anthropic/v1/models")
"""The paths AI Gateway v1.1.0's ext_proc answers itself with the declared models, for any
method, matching the path without its query exactly (`cmd/extproc/mainlib/main.go` registers
them with the default prefixes; `internal/extproc/server.go`, `processorForPath`), spelled here
from upstream rather than taken from tokenplane's contracts."""
MODEL_HEADER = "x-ai-eg-model"


def ext_proc_answer(path: str, declared: list[str]) -> tuple[int, str] | None:
    """STAND-IN for the ext_proc on a route it runs on: the immediate 200 with the declared
    models (`internal/extproc/models_processor.go`, `ProcessRequestHeaders`) for a list path,
    else None (the request goes on: header and body processing are not emulated)."""
    if path.split("?", 1)[0] not in EXT_PROC_LIST_PATHS:
        return None
    data = [{"id": name, "object": "model"} for name in declared]
    return 200, json.dumps({"object": "list", "data": data})
