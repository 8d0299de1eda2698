"""L2 wrappers of Envoy Gateway kinds (`gateway.envoyproxy.io/v1alpha1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from constructs import Construct

from imports.io.envoyproxy import gateway as l1
from tokenplane.constructs.l2.resource import Resource
from tokenplane.contracts.budgets import MAX_RULES

API_VERSION = "gateway.envoyproxy.io/v1alpha1"


class Backend(Resource):
    """Defines a Backend: an endpoint outside the cluster, reached by its DNS name and port.

    Envoy Gateway serves this kind only with `extensionApis.enableBackend: true`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        hostname: str,
        port: int,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="Backend"
        )
        self.hostname = hostname
        self.port = port
        l1.Backend(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.BackendSpec(
                type=l1.BackendSpecType.ENDPOINTS,
                endpoints=[
                    l1.BackendSpecEndpoints(
                        fqdn=l1.BackendSpecEndpointsFqdn(hostname=hostname, port=port)
                    )
                ],
            ),
        )


MAX_DIRECT_RESPONSE_BYTES = 1024 * 1024
"""The largest direct response body Envoy Gateway sizes a route config for without going past
the API server's object sizes: it raises Envoy's 4 KiB default to 1 MiB for any larger body
(v1.9.0 `internal/xds/translator/translator.go`, `DefaultCRDMaxSize`)."""


@dataclass(frozen=True)
class DirectResponse:
    """Defines a fixed answer: `status_code`, `content_type` and an inline `body`.

    Envoy Gateway reads the body as an Envoy format string (`%…%` are command operators), so
    the caller must keep `%` out of it.
    """

    body: str
    content_type: str
    status_code: int = 200


class HTTPRouteFilter(Resource):
    """Defines an HTTPRouteFilter: a credential injected from a Secret, or a direct response.

    With `credential_secret`, the Secret's key `credential` holds the whole header value (e.g.
    `Bearer …`). With `overwrite` (the default here, unlike the API's), a header the client
    sent is replaced, so a tenant's own key never reaches the upstream.

    With `direct_response`, the route rule that references the filter answers itself and
    sends nothing upstream; the HTTP filters of the listener (Kuadrant's wasm-shim) still run
    before the answer. Exactly one of the two is required.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        credential_secret: str | None = None,
        header: str = "Authorization",
        overwrite: bool = True,
        direct_response: DirectResponse | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=API_VERSION,
            kind="HTTPRouteFilter",
        )
        if (credential_secret is None) == (direct_response is None):
            raise ValueError(
                f"HTTPRouteFilter {name}: set exactly one of credential_secret and direct_response"
            )
        self.credential_secret = credential_secret
        self.direct_response = direct_response
        spec: l1.HttpRouteFilterSpec
        if direct_response is not None:
            size = len(direct_response.body.encode())
            if size > MAX_DIRECT_RESPONSE_BYTES:
                raise ValueError(
                    f"HTTPRouteFilter {name}: the direct response body has {size} bytes, "
                    f"at most {MAX_DIRECT_RESPONSE_BYTES} are allowed"
                )
            if not 100 <= direct_response.status_code <= 599:
                raise ValueError(
                    f"HTTPRouteFilter {name}: status code {direct_response.status_code} "
                    "is not an HTTP status"
                )
            spec = l1.HttpRouteFilterSpec(
                direct_response=l1.HttpRouteFilterSpecDirectResponse(
                    status_code=direct_response.status_code,
                    content_type=direct_response.content_type,
                    body=l1.HttpRouteFilterSpecDirectResponseBody(
                        type="Inline", inline=direct_response.body
                    ),
                )
            )
        else:
            assert credential_secret is not None
            spec = l1.HttpRouteFilterSpec(
                credential_injection=l1.HttpRouteFilterSpecCredentialInjection(
                    header=header,
                    overwrite=overwrite,
                    credential=l1.HttpRouteFilterSpecCredentialInjectionCredential(
                        value_ref=l1.HttpRouteFilterSpecCredentialInjectionCredentialValueRef(
                            group="", kind="Secret", name=credential_secret
                        )
                    ),
                )
            )
        l1.HttpRouteFilter(self, "Resource", metadata=self.metadata(labels), spec=spec)


RateLimitUnit = Literal["Second", "Minute", "Hour", "Day"]

MAX_GLOBAL_RULES = MAX_RULES
"""The most `rateLimit.global.rules` one BackendTrafficPolicy may hold."""


@dataclass(frozen=True)
class HeaderSelector:
    """Defines one header a global rate-limit rule selects on: equal to `value`, or, when
    `value` is None, any value, each distinct value counted on its own (`Distinct`)."""

    name: str
    value: str | None = None


@dataclass(frozen=True)
class GlobalRateLimitRule:
    """Defines one global rate-limit rule: at most `limit` hits per `unit` for the requests
    whose headers match every selector.

    A request costs 1 unless `request_cost` says otherwise (0: only check whether the limit
    is already spent). `response_cost`, a (metadata namespace, key) pair, also counts the
    number found in the request's dynamic metadata once the response is done. `shared`
    (the default here, unlike the API's): one counter across every route the policy covers,
    rather than one per route. Header selectors carry the API server's default `invert: false`
    explicitly, so Argo CD sees no drift in the list items.
    """

    limit: int
    unit: RateLimitUnit
    headers: Sequence[HeaderSelector]
    request_cost: int | None = None
    response_cost: tuple[str, str] | None = None
    shared: bool = True

    def __post_init__(self) -> None:
        if self.limit < 0:
            raise ValueError(f"rate limit must not be negative, got {self.limit}")
        if not self.headers:
            raise ValueError("a global rate-limit rule needs at least one header selector")


class BackendTrafficPolicy(Resource):
    """Defines a BackendTrafficPolicy with global rate limits on one target (a Gateway covers
    every route on it).

    Envoy Gateway counts them in its rate-limit service, which must be enabled in its
    configuration (`rateLimit.backend`), else it refuses the policy. A shared rule is counted
    in the domain `<policy namespace>/<policy name>` under a key made of the rule's name and
    its selectors, the route left out (envoyproxy/gateway v1.9.1
    `internal/xds/translator/ratelimit.go`, `buildRouteRateLimits`).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        target: Resource,
        rules: Sequence[GlobalRateLimitRule],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=target.namespace,
            api_version=API_VERSION,
            kind="BackendTrafficPolicy",
        )
        if not rules:
            raise ValueError(f"BackendTrafficPolicy {name}: at least one rule is required")
        if len(rules) > MAX_GLOBAL_RULES:
            raise ValueError(
                f"BackendTrafficPolicy {name}: {len(rules)} rules, at most "
                f"{MAX_GLOBAL_RULES} allowed"
            )
        self.rules = tuple(rules)
        ref = target.target_ref()
        l1.BackendTrafficPolicy(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.BackendTrafficPolicySpec(
                target_refs=[
                    l1.BackendTrafficPolicySpecTargetRefs(
                        group=ref.group, kind=ref.kind, name=ref.name, section_name=ref.section_name
                    )
                ],
                rate_limit=l1.BackendTrafficPolicySpecRateLimit(
                    global_=l1.BackendTrafficPolicySpecRateLimitGlobal(
                        rules=[_global_rule(rule) for rule in self.rules]
                    )
                ),
            ),
        )


_HeaderType = l1.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeadersType
_Unit = l1.BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit
_UNITS = {"Second": _Unit.SECOND, "Minute": _Unit.MINUTE, "Hour": _Unit.HOUR, "Day": _Unit.DAY}


def _global_rule(rule: GlobalRateLimitRule) -> l1.BackendTrafficPolicySpecRateLimitGlobalRules:
    headers = [
        l1.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeaders(
            name=header.name, type=_HeaderType.DISTINCT, invert=False
        )
        if header.value is None
        else l1.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeaders(
            name=header.name, type=_HeaderType.EXACT, value=header.value, invert=False
        )
        for header in rule.headers
    ]
    cost = None
    if rule.request_cost is not None or rule.response_cost is not None:
        cost = l1.BackendTrafficPolicySpecRateLimitGlobalRulesCost(
            request=(
                l1.BackendTrafficPolicySpecRateLimitGlobalRulesCostRequest(
                    from_=l1.BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom.NUMBER,
                    number=rule.request_cost,
                )
                if rule.request_cost is not None
                else None
            ),
            response=(
                l1.BackendTrafficPolicySpecRateLimitGlobalRulesCostResponse(
                    from_=l1.BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom.METADATA,
                    metadata=l1.BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseMetadata(
                        namespace=rule.response_cost[0], key=rule.response_cost[1]
                    ),
                )
                if rule.response_cost is not None
                else None
            ),
        )
    return l1.BackendTrafficPolicySpecRateLimitGlobalRules(
        client_selectors=[
            l1.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectors(headers=headers)
        ],
        limit=l1.BackendTrafficPolicySpecRateLimitGlobalRulesLimit(
            requests=rule.limit,
            unit=_UNITS[rule.unit],
        ),
        cost=cost,
        shared=rule.shared,
    )
