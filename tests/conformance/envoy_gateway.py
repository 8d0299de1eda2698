"""EMULATED: what Envoy Gateway (v1.9.1 source) makes of our BackendTrafficPolicy's global rate
limits, and what Envoy's rate-limit filter then sends to the rate-limit service.

Envoy Gateway and Envoy do not run in the conformance suite (no images, no Envoy build here). The
rate-limit service and its Redis are real (envoyproxy/ratelimit, Debian's redis-server); this
module stands in for the two programs between the data plane and that service, following
`internal/gatewayapi/backendtrafficpolicy.go` (`buildGlobalRateLimit`, `buildRateLimitRule`: one IR
rule per policy rule, named `<policy ns>/<policy name>/rule/<index>`, header selectors in order,
`Distinct` for a header without a value) and `internal/xds/translator/ratelimit.go`
(`buildRouteRateLimits`, `buildHeaderMatchRateLimitActions`, `BuildRateLimitServiceConfig`,
`buildRateLimitServiceDescriptors`, `stripRuleIndexSuffix`):

- a shared rule is counted in the domain `<policy ns>/<policy name>`; its descriptor starts with
  the generic key `<rule name>` = `<rule name>`; an unshared rule is counted in the listener's
  domain and its descriptor starts with the route's name, so every route counts on its own;
- each header selector adds an entry `rule-<i>-match-<j>`: an exact match adds it with that value
  when the header equals the selector's value (else the rule does not apply to the request), a
  `Distinct` selector adds the header's value (else the rule does not apply);
- a request cost sets the descriptor's `hits_addend`; a response cost adds a second descriptor,
  sent once the response is done, with the `hits_addend` read from the request's dynamic
  metadata;
- the service config has, per domain, one descriptor tree per rule whose leaf carries the limit.

Envoy's part: the route serving a request is chosen by Gateway API precedence over the HTTPRoutes
as Envoy Gateway sorts them (`internal/gatewayapi/sort.go`, v1.9.0: an Exact path before any
prefix, then the longer path, then more header matches; `PathPrefix /` counts as no path; method
matches take no part in the sort, and are not matched here either); a rule without backends (a
redirect, the AI Gateway's `route-not-found` reply, a direct response) has no route action, and
Envoy Gateway puts no rate limit on it (`patchRouteWithRateLimit`). A rule whose ExtensionRef
names an HTTPRouteFilter with `directResponse` answers with that filter's status and inline body
(`internal/gatewayapi/filters.go`) once the listener's HTTP filters have run. Each route also
says whether it comes from an HTTPRoute the AI Gateway controller generated (its
`gateway.envoyproxy.io/ai-gateway-generated` annotation): only on those does AI Gateway's ext_proc
run (`ai_gateway.py`). A service that cannot be reached applies
`failClosed` (500) or lets the request through (Envoy's `failure_mode_deny`).

Not covered: local rate limits, method/path/CIDR/query selectors, `limit.fromMetadata`, shadow
mode, rate-limit response headers, and the AI Gateway metadata itself: the upstream's
`usage.total_tokens` stands in for the `llm_total_token` AI Gateway would publish.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tokenplane.contracts import names

LISTENER_DOMAIN = "tokenplane-gateway/tokenplane/https"
"""The domain of unshared rules: Envoy Gateway uses the IR listener's name."""


@dataclass(frozen=True)
class Descriptor:
    """One descriptor Envoy sends: its entries, its own hits_addend (None: the request's, 1),
    or `metadata`, the (namespace, key) the hits are read from once the response is done."""

    domain: str
    entries: tuple[tuple[str, str], ...]
    hits_addend: int | None = None
    metadata: tuple[str, str] | None = None


@dataclass
class Route:
    """One HTTPRoute rule match as Envoy would see it."""

    name: str
    path_type: str
    path: str
    headers: tuple[tuple[str, str], ...]
    forwards: bool
    generated: bool = False
    """From an HTTPRoute the AI Gateway controller generated: its ext_proc runs on it."""
    direct_response: tuple[int, str] | None = None
    """(status, body) of the direct response the rule answers with, if any."""


@dataclass
class _Rule:
    name: str
    shared: bool
    headers: list[tuple[str, str | None]]
    limit: int
    unit: str
    request_cost: int | None
    response_cost: tuple[str, str] | None
    domain_index: int = 0


@dataclass
class GlobalRateLimits:
    """Our BackendTrafficPolicy, translated."""

    policy: Mapping[str, Any]
    rules: list[_Rule] = field(init=False)
    _route_names: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        metadata = self.policy["metadata"]
        base = f"{metadata['namespace']}/{metadata['name']}"
        self.domain = base
        self.rules = []
        counts = {True: 0, False: 0}
        for index, rule in enumerate(self.policy["spec"]["rateLimit"]["global"]["rules"]):
            headers: list[tuple[str, str | None]] = []
            for selector in rule.get("clientSelectors", []):
                for header in selector.get("headers", []):
                    distinct = header.get("type") == "Distinct"
                    headers.append((header["name"].lower(), None if distinct else header["value"]))
            cost = rule.get("cost") or {}
            request = cost.get("request")
            response = cost.get("response")
            shared = rule.get("shared") is True
            self.rules.append(
                _Rule(
                    name=f"{base}/rule/{index}",
                    shared=shared,
                    headers=headers,
                    limit=int(rule["limit"]["requests"]),
                    unit=rule["limit"]["unit"],
                    request_cost=int(request["number"]) if request else None,
                    response_cost=(
                        (response["metadata"]["namespace"], response["metadata"]["key"])
                        if response
                        else None
                    ),
                    domain_index=counts[shared],
                )
            )
            counts[shared] += 1

    def service_config(self) -> list[dict[str, Any]]:
        """The rate-limit service's config, one document per domain (`BuildRateLimitServiceConfig`
        over `routes`; shared rules once, unshared once per route)."""
        domains: dict[str, dict[str, dict[str, Any]]] = {}
        for rule in self.rules:
            chain: dict[str, Any] = {}
            current = chain
            for match, (_, value) in enumerate(rule.headers):
                key = f"rule-{rule.domain_index}-match-{match}"
                entry: dict[str, Any] = {"key": key}
                if value is not None:
                    entry["value"] = key
                current.setdefault("descriptors", []).append(entry)
                current = entry
            current["rate_limit"] = {"unit": rule.unit.lower(), "requests_per_unit": rule.limit}
            roots = [rule.name] if rule.shared else self._route_names
            domain = self.domain if rule.shared else LISTENER_DOMAIN
            for root in roots:
                top = domains.setdefault(domain, {}).setdefault(
                    root, {"key": root, "value": root, "descriptors": []}
                )
                top["descriptors"].extend(chain["descriptors"])
        return [
            {"domain": domain, "descriptors": list(tops.values())}
            for domain, tops in sorted(domains.items())
        ]

    def with_routes(self, routes: Sequence[Route]) -> GlobalRateLimits:
        self._route_names = [r.name for r in routes if r.forwards]
        return self

    def descriptors(self, route: Route, headers: Mapping[str, str]) -> list[Descriptor]:
        """What Envoy's rate-limit filter sends for a request served by `route`, request and
        response phase together (the latter carry `metadata`)."""
        if not route.forwards:
            return []
        found: list[Descriptor] = []
        for rule in self.rules:
            root = rule.name if rule.shared else route.name
            entries = [(root, root)]
            applies = True
            for match, (name, value) in enumerate(rule.headers):
                key = f"rule-{rule.domain_index}-match-{match}"
                sent = headers.get(name)
                if sent is None or (value is not None and sent != value):
                    applies = False
                    break
                entries.append((key, key if value is not None else sent))
            if not applies:
                continue
            domain = self.domain if rule.shared else LISTENER_DOMAIN
            found.append(Descriptor(domain, tuple(entries), hits_addend=rule.request_cost))
            if rule.response_cost is not None:
                found.append(Descriptor(domain, tuple(entries), metadata=rule.response_cost))
        return found


GENERATED_ANNOTATION = "gateway.envoyproxy.io/ai-gateway-generated"
"""Set by the AI Gateway controller on the HTTPRoutes it writes (envoyproxy/ai-gateway v1.1.0
`internal/controller/ai_gateway_route.go`); its extension server enables the ext_proc filter on
exactly those routes (`internal/extensionserver/post_translate_modify.go`,
`isRouteGeneratedByAIGateway`)."""


def _direct_responses(
    filters: Sequence[Mapping[str, Any]],
) -> dict[tuple[str, str], tuple[int, str]]:
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for document in filters:
        answer = document.get("spec", {}).get("directResponse")
        if answer is None:
            continue
        body = answer.get("body") or {}
        if body.get("type", "Inline") != "Inline":
            raise ValueError("only inline direct response bodies are emulated")
        metadata = document["metadata"]
        found[(metadata["namespace"], metadata["name"])] = (
            int(answer.get("statusCode", 200)),
            str(body.get("inline", "")),
        )
    return found


def routes_of(
    http_routes: Sequence[Mapping[str, Any]],
    host: str,
    listener: str,
    filters: Sequence[Mapping[str, Any]] = (),
) -> list[Route]:
    """Every match of every rule of the HTTPRoutes on `listener` for `host`, as Envoy Gateway
    names its routes (`httproute/<ns>/<name>/rule/<i>/match/<j>/<host>`); `filters` are the
    HTTPRouteFilters their ExtensionRefs may name."""
    answers = _direct_responses(filters)
    found: list[Route] = []
    for route in http_routes:
        metadata = route["metadata"]
        if route["spec"].get("hostnames") and host not in route["spec"]["hostnames"]:
            continue
        sections = {ref.get("sectionName") for ref in route["spec"].get("parentRefs", [])}
        if None not in sections and listener not in sections:
            continue
        generated = GENERATED_ANNOTATION in (metadata.get("annotations") or {})
        for rule_index, rule in enumerate(route["spec"].get("rules", [])):
            forwards = bool(rule.get("backendRefs")) and not any(
                f.get("type") == "RequestRedirect" for f in rule.get("filters", [])
            )
            direct = None
            for ref in rule.get("filters", []):
                extension = ref.get("extensionRef") or {}
                if extension.get("kind") == "HTTPRouteFilter":
                    direct = answers.get((metadata["namespace"], extension["name"]), direct)
            for match_index, match in enumerate(rule.get("matches") or [{}]):
                path = match.get("path") or {"type": "PathPrefix", "value": "/"}
                found.append(
                    Route(
                        name=(
                            f"httproute/{metadata['namespace']}/{metadata['name']}/rule/"
                            f"{rule_index}/match/{match_index}/{host.replace('.', '_')}"
                        ),
                        path_type=path.get("type", "PathPrefix"),
                        path=path.get("value", "/"),
                        headers=tuple(
                            (h["name"].lower(), h["value"]) for h in match.get("headers", [])
                        ),
                        forwards=forwards,
                        generated=generated,
                        direct_response=direct,
                    )
                )
    return found


def select_route(routes: Sequence[Route], path: str, headers: Mapping[str, str]) -> Route | None:
    """The route Envoy picks: Gateway API precedence among the matching ones."""

    def matches(route: Route) -> bool:
        if route.path_type == "Exact" and path != route.path:
            return False
        if route.path_type == "PathPrefix":
            prefix = route.path.rstrip("/")
            if prefix and path != prefix and not path.startswith(prefix + "/"):
                return False
        return all(headers.get(name) == value for name, value in route.headers)

    def length(route: Route) -> int:
        return 0 if route.path_type == "PathPrefix" and route.path == "/" else len(route.path)

    candidates = [r for r in routes if matches(r)]
    if not candidates:
        return None
    return max(candidates, key=lambda r: (r.path_type == "Exact", length(r), len(r.headers)))


def fail_closed(documents: Sequence[Mapping[str, Any]]) -> bool:
    """`rateLimit.failClosed` of the Envoy Gateway HelmRelease we render."""
    for document in documents:
        if (
            document.get("kind") == "HelmRelease"
            and document["metadata"]["name"] == "envoy-gateway"
        ):
            config = document["spec"]["values"]["config"]["envoyGateway"]
            return bool(config["rateLimit"]["failClosed"])
    raise LookupError("no envoy-gateway HelmRelease among the documents")


def response_metadata(body: Mapping[str, Any]) -> dict[tuple[str, str], int]:
    """STAND-IN for Envoy AI Gateway: the dynamic metadata its `llmRequestCosts` (TotalToken)
    would publish for an OpenAI-format response body."""
    total = (body.get("usage") or {}).get("total_tokens")
    if total is None:
        return {}
    return {(names.AI_GATEWAY_METADATA, names.LLM_TOTAL_TOKEN): int(total)}
