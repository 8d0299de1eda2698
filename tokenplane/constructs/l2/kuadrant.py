"""L2 wrappers of Kuadrant kinds (`kuadrant.io`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from constructs import Construct

from imports.io import kuadrant as l1
from tokenplane.constructs.l2.resource import Resource


class Kuadrant(Resource):
    """Defines the Kuadrant CR, which makes the operator install Authorino and Limitador.

    With `observability`, the operator also creates ServiceMonitors and PodMonitors (label
    `kuadrant-observability: "true"`) for its components and the gateways. Default: off.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        name: str = "kuadrant",
        observability: bool = False,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="kuadrant.io/v1beta1",
            kind="Kuadrant",
        )
        spec = (
            l1.KuadrantSpec(observability=l1.KuadrantSpecObservability(enable=True))
            if observability
            else l1.KuadrantSpec()
        )
        l1.Kuadrant(self, "Resource", metadata=self.metadata(labels), spec=spec)


_JsonProperty = l1.AuthPolicySpecRulesResponseSuccessFiltersJsonProperties

WINDOW_PATTERN = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
"""The windows Kuadrant accepts: up to four `<number><unit>` parts, e.g. `1m`, `24h`."""


@dataclass(frozen=True)
class Rate:
    """Defines one rate of a limit: at most `limit` hits (requests or tokens) per `window`."""

    limit: int
    window: str

    def __post_init__(self) -> None:
        if self.limit < 0:
            raise ValueError(f"rate limit must not be negative, got {self.limit}")
        if not WINDOW_PATTERN.match(self.window):
            raise ValueError(f"rate window {self.window!r} must look like 1m, 24h or 1h30m")


@dataclass(frozen=True)
class Limit:
    """Defines one limit of a (Token)RateLimitPolicy.

    `when` holds CEL predicates that must all be true for the limit to apply; `counters`
    holds CEL expressions whose values each get their own counter (e.g. one per tenant).
    """

    rates: Sequence[Rate]
    when: Sequence[str] = ()
    counters: Sequence[str] = ()

    def __post_init__(self) -> None:
        if not self.rates:
            raise ValueError("a limit needs at least one rate")


class _LimitsPolicy(Resource):
    """Defines what RateLimitPolicy and TokenRateLimitPolicy share: named limits on one target.

    `when` holds CEL predicates that must all hold for the policy to apply at all (default: none,
    so it applies to every request on the target).

    The two kinds have the same shape and differ only in what a hit is (a request, or the
    tokens of a response); subclasses name their kind and L1 classes.
    """

    API_VERSION: ClassVar[str]
    KIND: ClassVar[str]
    L1: ClassVar[tuple[Any, Any, Any, Any, Any, Any, Any, Any]]
    """(object, spec, targetRef, limit, rate, when, counter, spec when) classes of the generated
    module."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        target: Resource,
        limits: Mapping[str, Limit],
        when: Sequence[str] = (),
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=target.namespace,
            api_version=self.API_VERSION,
            kind=self.KIND,
        )
        if not limits:
            raise ValueError(f"{self.KIND} {name}: at least one limit is required")
        self.limits = dict(limits)
        resource, spec, target_ref, limit_cls, rate_cls, when_cls, counter_cls, spec_when = self.L1
        ref = target.target_ref()
        resource(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=spec(
                target_ref=target_ref(
                    group=ref.group, kind=ref.kind, name=ref.name, section_name=ref.section_name
                ),
                limits={
                    limit_name: limit_cls(
                        rates=[rate_cls(limit=r.limit, window=r.window) for r in limit.rates],
                        when=[when_cls(predicate=p) for p in limit.when] or None,
                        counters=[counter_cls(expression=c) for c in limit.counters] or None,
                    )
                    for limit_name, limit in sorted(limits.items())
                },
                when=[spec_when(predicate=p) for p in when] or None,
            ),
        )


class RateLimitPolicy(_LimitsPolicy):
    """Defines a RateLimitPolicy: request-count limits on a Gateway or route."""

    API_VERSION = "kuadrant.io/v1"
    KIND = "RateLimitPolicy"
    L1 = (
        l1.RateLimitPolicy,
        l1.RateLimitPolicySpec,
        l1.RateLimitPolicySpecTargetRef,
        l1.RateLimitPolicySpecLimits,
        l1.RateLimitPolicySpecLimitsRates,
        l1.RateLimitPolicySpecLimitsWhen,
        l1.RateLimitPolicySpecLimitsCounters,
        l1.RateLimitPolicySpecWhen,
    )


class TokenRateLimitPolicy(_LimitsPolicy):
    """Defines a TokenRateLimitPolicy: budgets of `usage.total_tokens` from OpenAI-format
    responses, counted after each response, on a Gateway or HTTPRoute."""

    API_VERSION = "kuadrant.io/v1alpha1"
    KIND = "TokenRateLimitPolicy"
    L1 = (
        l1.TokenRateLimitPolicy,
        l1.TokenRateLimitPolicySpec,
        l1.TokenRateLimitPolicySpecTargetRef,
        l1.TokenRateLimitPolicySpecLimits,
        l1.TokenRateLimitPolicySpecLimitsRates,
        l1.TokenRateLimitPolicySpecLimitsWhen,
        l1.TokenRateLimitPolicySpecLimitsCounters,
        l1.TokenRateLimitPolicySpecWhen,
    )


@dataclass(frozen=True)
class ApiKey:
    """Defines API-key authentication: the key is looked up among the Secrets whose labels
    match `selector` (in the policy engine's namespace unless `all_namespaces`), read from
    the `Authorization` header after `prefix`."""

    selector: Mapping[str, str]
    prefix: str = "Bearer"
    all_namespaces: bool = False


@dataclass(frozen=True)
class PatternMatching:
    """Defines an authorization rule: the request is refused unless the CEL `predicate` is
    true. The rule is skipped (and so passes) when one of the `when` predicates is false."""

    predicate: str
    when: Sequence[str] = ()


class AuthPolicy(Resource):
    """Defines an AuthPolicy: who may call (authentication), what they may do
    (authorization), and which identity facts are published to the limit policies.

    `identity` maps a property name to an Authorino selector; each becomes
    `auth.identity.<name>` for RateLimitPolicy and TokenRateLimitPolicy predicates and counters.
    `headers` maps a request header name to an Authorino selector: once a request is admitted,
    the wasm-shim sets the header to the selected value, replacing any value the client sent,
    for the filters after it (default: none).
    `when` holds CEL predicates that must all hold for the policy to run (default: none, so
    every request on the target is authenticated).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        target: Resource,
        authentication: Mapping[str, ApiKey],
        authorization: Mapping[str, PatternMatching] | None = None,
        identity: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        when: Sequence[str] = (),
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=target.namespace,
            api_version="kuadrant.io/v1",
            kind="AuthPolicy",
        )
        self.headers = dict(headers or {})
        if not authentication:
            raise ValueError(f"AuthPolicy {name}: at least one authentication is required")
        self.authentication = dict(authentication)
        self.authorization = dict(authorization or {})
        self.identity = dict(identity or {})
        ref = target.target_ref()
        l1.AuthPolicy(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.AuthPolicySpec(
                target_ref=l1.AuthPolicySpecTargetRef(
                    group=ref.group, kind=ref.kind, name=ref.name, section_name=ref.section_name
                ),
                rules=l1.AuthPolicySpecRules(
                    authentication={
                        rule: l1.AuthPolicySpecRulesAuthentication(
                            api_key=l1.AuthPolicySpecRulesAuthenticationApiKey(
                                selector=l1.AuthPolicySpecRulesAuthenticationApiKeySelector(
                                    match_labels=dict(key.selector)
                                ),
                                all_namespaces=key.all_namespaces,
                            ),
                            credentials=l1.AuthPolicySpecRulesAuthenticationCredentials(
                                authorization_header=(
                                    l1.AuthPolicySpecRulesAuthenticationCredentialsAuthorizationHeader(
                                        prefix=key.prefix
                                    )
                                )
                            ),
                        )
                        for rule, key in sorted(self.authentication.items())
                    },
                    authorization={
                        rule: l1.AuthPolicySpecRulesAuthorization(
                            pattern_matching=l1.AuthPolicySpecRulesAuthorizationPatternMatching(
                                patterns=[
                                    l1.AuthPolicySpecRulesAuthorizationPatternMatchingPatterns(
                                        predicate=check.predicate
                                    )
                                ]
                            ),
                            when=[
                                l1.AuthPolicySpecRulesAuthorizationWhen(predicate=p)
                                for p in check.when
                            ]
                            or None,
                        )
                        for rule, check in sorted(self.authorization.items())
                    }
                    or None,
                    response=(
                        l1.AuthPolicySpecRulesResponse(
                            success=l1.AuthPolicySpecRulesResponseSuccess(
                                headers={
                                    header: l1.AuthPolicySpecRulesResponseSuccessHeaders(
                                        plain=l1.AuthPolicySpecRulesResponseSuccessHeadersPlain(
                                            selector=selector
                                        )
                                    )
                                    for header, selector in sorted(self.headers.items())
                                }
                                or None,
                                filters={
                                    "identity": l1.AuthPolicySpecRulesResponseSuccessFilters(
                                        json=l1.AuthPolicySpecRulesResponseSuccessFiltersJson(
                                            properties={
                                                prop: _JsonProperty(selector=selector)
                                                for prop, selector in sorted(self.identity.items())
                                            }
                                        )
                                    )
                                }
                                if self.identity
                                else None,
                            )
                        )
                        if self.identity or self.headers
                        else None
                    ),
                ),
                when=[l1.AuthPolicySpecWhen(predicate=p) for p in when] or None,
            ),
        )
