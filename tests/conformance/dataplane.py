"""An emulation of the Kuadrant wasm-shim (v0.14.1) data plane, driven by the operator's config.

Envoy and the wasm module do not run here. `DataPlane` reads the `EnvoyExtensionPolicy` that
kuadrant-operator wrote for the Gateway and handles one request the way the pinned wasm-shim's
legacy-config translation does (`src/configuration/legacy_translation.rs` and
`src/services/mod.rs` at Kuadrant/wasm-shim v0.14.1):

- the action set is the first whose `routeRuleConditions.hostnames` contain the host and whose
  `predicates` all hold;
- actions run in order. `auth` sends an ext_authz `CheckRequest` to Authorino with
  `context_extensions.host = <scope>`; a `denied_response` ends the request with its status
  (403 when it carries none); an `ok_response` stores `dynamic_metadata` as `auth.*`;
- `ratelimit` (ShouldRateLimit), `ratelimit-check` (CheckRateLimit) run when the action's
  predicates hold and at least one `conditionalData` block's predicates hold; the request carries
  domain = scope, one descriptor with the entries of every block whose predicates hold (values
  `string(<expression>)`), `hits_addend` from a `ratelimit.hits_addend` item (else 1); OVER_LIMIT
  → 429, OK → continue, anything else → failure;
- `ratelimit-report` actions run after the upstream response, with `responseBodyJSON(pointer)`
  read from the response body (a JSON pointer);
- `request.time` is sent to Authorino (the CheckRequest's time) but is not offered to the
  emulator's own predicates (none of the operator's reads it);
- a service that cannot be reached (or errors) applies the service's `failureMode`: `deny` ends
  the request with 500, `allow` skips the action;
- an `ok_response`'s headers are set on the request (replacing a client's own values), as
  wasm-shim's `HeadersOperation` on `ok_response.headers` does
  (`src/configuration/legacy_translation.rs`, `src/kuadrant/pipeline/tasks/headers.rs`).

After the wasm filter, Envoy Gateway's rate-limit filters (EMULATED, `envoy_gateway.py`, on the
route table, per-route actions and filters the real Envoy Gateway translator wrote) send the
descriptors of the route that serves the request to the real rate-limit service, one call per
filter: OVER_LIMIT → 429; once the upstream has answered, the response-cost descriptors with the
tokens the AI Gateway would publish (a stand-in, from the upstream body's `usage.total_tokens`).
A service that cannot be reached lets the request through unless the deployed filter has
`failure_mode_deny` (500). Requests on the plain-HTTP listener reach only its redirect route,
which Envoy Gateway does not rate-limit.

Envoy's route selection (EMULATED, `envoy_gateway.select_route`, on the route table the real
translator wrote, in its order) runs first on the HTTPS listener: on a route the AI Gateway
controller generated, AI Gateway's ext_proc runs before this filter and answers the model list
paths itself (a STAND-IN, `ai_gateway.ext_proc_answer`, listing the models of the generated
routes), so no policy is consulted; on a route with a direct response, that response is the
answer once this filter (and Envoy Gateway's rate-limit filter, which the translator leaves off
such a route) let the request through.

Not covered: the upstream itself (a canned reply), header-modifying and typed actions, tracing,
streaming (SSE) token usage, request-body attributes, per-service timeouts (the gRPC deadline is
fixed), and the order of Envoy's other filters (the AI Gateway sets `x-ai-eg-model` from the
body before this filter; the test sets the header directly).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import grpc
from cel_expr_python import cel
from cel_expr_python.ext import ext_strings
from google.protobuf import json_format

from tests.conformance import ai_gateway, envoy_gateway, protos
from tests.conformance.protos import MESSAGES as M

RATE_LIMIT_METHODS = {
    "ratelimit": protos.SHOULD_RATE_LIMIT,
    "ratelimit-check": protos.CHECK_RATE_LIMIT,
    "ratelimit-report": protos.REPORT,
}
HITS_ADDEND = "ratelimit.hits_addend"
DOMAIN = "ratelimit.domain"
GRPC_TIMEOUT = 10.0
BUDGETS_TIMEOUT = 2.0
"""Deadline of a call to the rate-limit service: Envoy Gateway's default is 20 ms
(`rateLimit.timeout`); longer here, where the machine is shared and loaded."""


@dataclass
class Response:
    """What the client gets back."""

    status: int
    action_set: str | None = None
    identity: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    """The request's headers as they leave the wasm filter (after the auth response's)."""
    auth_headers: list[tuple[str, str]] = field(default_factory=list)
    """The headers of Authorino's OK response, in order, as (lower-case name, value)."""


@dataclass
class Request:
    method: str
    path: str
    host: str
    headers: dict[str, str] = field(default_factory=dict)
    scheme: str = "https"
    upstream_status: int = 200
    upstream_body: dict[str, Any] = field(default_factory=dict)
    time: datetime.datetime | None = None


class ServiceUnavailable(Exception):
    pass


@dataclass
class Budgets:
    """Envoy Gateway's global rate limits on the Gateway: the real translator's output for the
    HTTPS listener (`envoy_gateway.Translation`) and the rate-limit service's address."""

    translation: envoy_gateway.Translation
    address: str

    def fail_closed(self, filter_name: str) -> bool:
        """`failure_mode_deny` of the filter as deployed (our EnvoyGateway configuration's
        `rateLimit.failClosed` applied by the translator)."""
        for deployed in self.translation.deployed_filters():
            if deployed.name == filter_name:
                return deployed.failure_mode_deny
        raise LookupError(f"no rate-limit filter {filter_name} once deployed")


class DataPlane:
    """One emulated wasm-shim for one `EnvoyExtensionPolicy`; services at fixed addresses."""

    def __init__(
        self,
        policy: Mapping[str, Any],
        *,
        authorino: str,
        limitador: str,
        budgets: Budgets | None = None,
    ) -> None:
        self.policy = policy
        self.config = policy["spec"]["wasm"][0]["config"]
        self.services: dict[str, dict[str, Any]] = self.config["services"]
        self._env = cel.NewEnv(
            variables={
                "request": cel.Type.DYN,
                "auth": cel.Type.DYN,
                "source": cel.Type.DYN,
                "destination": cel.Type.DYN,
            },
            extensions=[ext_strings.ExtStrings()],
        )
        self._programs: dict[str, Any] = {}
        self._channels = {
            "auth": grpc.insecure_channel(authorino),
            "ratelimit": grpc.insecure_channel(limitador),
        }
        self.budgets = budgets
        if budgets is not None:
            self._channels["budgets"] = grpc.insecure_channel(budgets.address)

    def close(self) -> None:
        for channel in self._channels.values():
            channel.close()

    # -- CEL ----------------------------------------------------------------------------------

    def _eval(self, expression: str, data: Mapping[str, Any]) -> Any:
        program = self._programs.get(expression)
        if program is None:
            program = self._programs[expression] = self._env.compile(expression)
        result = program.eval(data=dict(data))
        if result.type() == cel.Type.ERROR:
            raise LookupError(f"{expression}: {result}")
        return result.value()

    def _holds(self, predicates: list[str], data: Mapping[str, Any]) -> bool:
        for predicate in predicates:
            try:
                if self._eval(predicate, data) is not True:
                    return False
            except LookupError:
                return False
        return True

    # -- request handling ---------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        when = request.time or datetime.datetime.now(datetime.UTC)
        path_only = request.path.split("?", 1)[0]
        data: dict[str, Any] = {
            "request": {
                "method": request.method,
                "path": request.path,
                "url_path": path_only,
                "host": request.host,
                "scheme": request.scheme,
                "protocol": "HTTP/1.1",
                "headers": {k.lower(): v for k, v in request.headers.items()},
            },
            "source": {"address": "127.0.0.1", "port": 40000},
            "destination": {
                "address": "127.0.0.1",
                "port": 10443 if request.scheme == "https" else 10080,
            },
        }
        route = self._route(request, data["request"]["headers"])
        if route is not None and route.generated:
            answered = ai_gateway.ext_proc_answer(path_only, self._declared_models())
            if answered is not None:
                return Response(status=answered[0], body=answered[1])
        action_set = self._select(request.host, data)
        if action_set is None:
            return Response(status=request.upstream_status, body="no action set")
        response_phase: list[dict[str, Any]] = []
        for action in action_set["actions"]:
            kind = self.services[action["service"]]["type"]
            if kind == "ratelimit-report":
                response_phase.append(action)
                continue
            try:
                outcome = self._run(action, kind, data, request, when)
            except ServiceUnavailable:
                if self.services[action["service"]].get("failureMode") == "deny":
                    return Response(
                        status=500, action_set=action_set["name"], body="service failure"
                    )
                continue
            if outcome is not None:
                outcome.action_set = action_set["name"]
                outcome.identity = dict(data.get("auth", {}).get("identity", {}))
                return outcome
        done: list[envoy_gateway.Descriptor] = []
        if self.budgets is not None and request.scheme == "https":
            refused, done = self._budgets(request, data["request"]["headers"])
            if refused is not None:
                refused.action_set = action_set["name"]
                refused.identity = dict(data.get("auth", {}).get("identity", {}))
                return refused
        if route is not None and route.direct_response is not None:
            status, body = route.direct_response
            return Response(
                status=status,
                action_set=action_set["name"],
                identity=dict(data.get("auth", {}).get("identity", {})),
                body=body,
            )
        data["response"] = {"body": request.upstream_body}
        self._report_usage(done, request.upstream_body)
        for action in response_phase:
            try:
                self._run(action, "ratelimit-report", data, request, when)
            except ServiceUnavailable:
                pass  # the response is already on its way; a failed report only loses counts
        return Response(
            status=request.upstream_status,
            action_set=action_set["name"],
            identity=dict(data.get("auth", {}).get("identity", {})),
            headers=dict(data["request"]["headers"]),
            auth_headers=list(data.get("ok_headers", [])),
        )

    def _route(self, request: Request, headers: Mapping[str, str]) -> envoy_gateway.Route | None:
        """The HTTPS route Envoy would pick (None on plain HTTP, or without routes)."""
        if self.budgets is None or request.scheme != "https":
            return None
        seen = {**headers, ":method": request.method}
        return envoy_gateway.select_route(
            self.budgets.translation.routes, request.path.split("?", 1)[0], seen
        )

    def _declared_models(self) -> list[str]:
        """The models AI Gateway declares: those its generated routes match on."""
        assert self.budgets is not None
        found = {
            str(matcher["stringMatch"]["exact"])
            for route in self.budgets.translation.routes
            if route.generated
            for matcher in route.match.get("headers", [])
            if matcher["name"].lower() == ai_gateway.MODEL_HEADER
            and "exact" in matcher.get("stringMatch", {})
        }
        return sorted(found)

    def _select(self, host: str, data: Mapping[str, Any]) -> dict[str, Any] | None:
        for action_set in self.config["actionSets"]:
            conditions = action_set.get("routeRuleConditions", {})
            if not any(_host_matches(pattern, host) for pattern in conditions.get("hostnames", [])):
                continue
            if self._holds(conditions.get("predicates", []), data):
                return dict(action_set)
        return None

    def _run(
        self,
        action: Mapping[str, Any],
        kind: str,
        data: dict[str, Any],
        request: Request,
        when: datetime.datetime,
    ) -> Response | None:
        if not self._holds(action.get("predicates", []), data):
            return None
        if kind == "auth":
            return self._auth(action["scope"], data, when)
        return self._rate_limit(action, kind, data)

    def _auth(self, scope: str, data: dict[str, Any], when: datetime.datetime) -> Response | None:
        check = M["CheckRequest"]()
        attributes = check.attributes
        attributes.request.time.FromDatetime(when.astimezone(datetime.UTC).replace(tzinfo=None))
        http = attributes.request.http
        req = data["request"]
        http.method, http.path, http.host = req["method"], req["path"], req["host"]
        http.scheme, http.protocol = req["scheme"], req["protocol"]
        for key, value in req["headers"].items():
            http.headers.add(key=key, value=value)
        attributes.context_extensions.add(key="host", value=scope)
        reply = self._call("auth", protos.AUTHORIZATION_CHECK, check, M["CheckResponse"])
        if reply.HasField("denied_response"):
            code = reply.denied_response.status.code or 403
            return Response(status=code, body=reply.denied_response.body)
        if not reply.HasField("ok_response"):
            raise ServiceUnavailable("auth response with neither ok nor denied")
        if reply.HasField("dynamic_metadata"):
            data["auth"] = json_format.MessageToDict(reply.dynamic_metadata)
        for option in reply.ok_response.headers:
            data.setdefault("ok_headers", []).append(
                (option.header.key.lower(), option.header.value)
            )
            data["request"]["headers"][option.header.key.lower()] = option.header.value
        return None

    # -- Envoy Gateway's rate-limit filter (emulated) ------------------------------------------

    def _budgets(
        self, request: Request, headers: Mapping[str, str]
    ) -> tuple[Response | None, list[envoy_gateway.Descriptor]]:
        """The request-phase calls, one per rate-limit filter with descriptors for the route;
        returns a refusal or None, and the descriptors to send once the response is done."""
        assert self.budgets is not None
        translation = self.budgets.translation
        seen = {**headers, ":method": request.method}
        route = envoy_gateway.select_route(translation.routes, request.path.split("?", 1)[0], seen)
        if route is None:
            return Response(status=404, body="no route"), []
        later: list[envoy_gateway.Descriptor] = []
        for rate_limit_filter in translation.filters:  # in the listener's filter order
            found = envoy_gateway.descriptors(route, rate_limit_filter.name, seen)
            later.extend(d for d in found if d.metadata is not None)
            now = [d for d in found if d.metadata is None]
            if not now:
                continue
            message = _rate_limit_request(rate_limit_filter.domain, now, {})
            try:
                reply = self._call(
                    "budgets", protos.SHOULD_RATE_LIMIT, message, M["RateLimitResponse"]
                )
            except ServiceUnavailable:
                if self.budgets.fail_closed(rate_limit_filter.name):
                    return Response(status=500, body="rate limit service failure"), later
                continue
            if reply.overall_code == protos.RATE_LIMIT_OVER_LIMIT:
                return Response(status=429, body="Too Many Requests\n"), later
        return None, later

    def _report_usage(self, done: list[envoy_gateway.Descriptor], body: Mapping[str, Any]) -> None:
        metadata = envoy_gateway.response_metadata(body)
        for domain in sorted({d.domain for d in done}):
            message = _rate_limit_request(domain, [d for d in done if d.domain == domain], metadata)
            if not message.descriptors:
                continue
            try:
                self._call("budgets", protos.SHOULD_RATE_LIMIT, message, M["RateLimitResponse"])
            except ServiceUnavailable:
                pass  # the response is already on its way; a failed call only loses counts

    def _rate_limit(
        self, action: Mapping[str, Any], kind: str, data: dict[str, Any]
    ) -> Response | None:
        blocks = action.get("conditionalData", [])
        active = [b for b in blocks if self._holds(b.get("predicates", []), data)]
        if blocks and not active:
            return None
        message = M["RateLimitRequest"](domain=action["scope"], hits_addend=1)
        descriptor = message.descriptors.add()
        for block in active:
            for item in block.get("data", []):
                if "static" in item:
                    key, value = item["static"]["key"], item["static"]["value"]
                else:
                    key = item["expression"]["key"]
                    try:
                        value = self._value(item["expression"]["value"], data)
                    except LookupError as error:
                        # wasm-shim fails the action; its service's failure mode decides.
                        raise ServiceUnavailable(f"data expression failed: {error}") from error
                if key == HITS_ADDEND:
                    message.hits_addend = int(value)
                elif key == DOMAIN:
                    message.domain = str(value)
                else:
                    descriptor.entries.add(key=key, value=_cel_string(value))
        if not descriptor.entries:
            del message.descriptors[:]
        reply = self._call("ratelimit", RATE_LIMIT_METHODS[kind], message, M["RateLimitResponse"])
        if kind == "ratelimit-report":
            return None
        if reply.overall_code == protos.RATE_LIMIT_OVER_LIMIT:
            return Response(status=429, body="Too Many Requests\n")
        if reply.overall_code == protos.RATE_LIMIT_OK:
            return None
        raise ServiceUnavailable(f"rate-limit code {reply.overall_code}")

    def _value(self, expression: str, data: Mapping[str, Any]) -> Any:
        prefix = "responseBodyJSON("
        if expression.startswith(prefix) and expression.endswith(")"):
            pointer = json.loads(expression[len(prefix) : -1])
            value: Any = data.get("response", {}).get("body", {})
            try:
                for part in [p for p in pointer.split("/") if p]:
                    value = value[int(part)] if isinstance(value, list) else value[part]
            except (KeyError, IndexError, ValueError, TypeError) as error:
                raise LookupError(f"response body has no {pointer}") from error
            return value
        return self._eval(expression, data)

    def _call(self, channel: str, method: str, message: Any, reply_type: Any) -> Any:
        stub: Any = self._channels[channel].unary_unary(
            method,
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=reply_type.FromString,
        )
        try:
            return stub(message, timeout=BUDGETS_TIMEOUT if channel == "budgets" else GRPC_TIMEOUT)
        except grpc.RpcError as error:
            raise ServiceUnavailable(str(error)) from error


def _rate_limit_request(
    domain: str,
    descriptors: list[envoy_gateway.Descriptor],
    metadata: Mapping[tuple[str, str], int],
) -> Any:
    """One ShouldRateLimit request as Envoy's filter builds it; a descriptor whose hits come
    from metadata that is absent is left out."""
    message = M["RateLimitRequest"](domain=domain)
    for descriptor in descriptors:
        hits = descriptor.hits_addend
        if descriptor.metadata is not None:
            if descriptor.metadata not in metadata:
                continue
            hits = metadata[descriptor.metadata]
        sent = message.descriptors.add()
        for key, value in descriptor.entries:
            sent.entries.add(key=key, value=value)
        if hits is not None:
            sent.hits_addend.value = hits
    return message


def _host_matches(pattern: str, host: str) -> bool:
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return pattern == host


def _cel_string(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
