"""L2 wrappers of Kuadrant kinds (`kuadrant.io`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from constructs import Construct

from imports.io import kuadrant as l1
from tokenplane.constructs.l2.resource import Resource


class Kuadrant(Resource):
    """Defines the Kuadrant CR, which makes the operator install Authorino and Limitador (tokenplane
    renders no limits for Limitador: the budgets are Envoy Gateway's, docs/tenancy.md).

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
    (authorization), and which identity facts are published.

    `identity` maps a property name to an Authorino selector; each becomes
    `auth.identity.<name>` for the policy's own CEL predicates and its `headers` selectors.
    `headers` maps a request header name to an Authorino selector: once a request is admitted,
    the wasm-shim sets the header to the selected value, replacing any value the client sent,
    for the filters after it (default: none). `header_expressions` does the same with a CEL
    expression per header (Authorino's `plain.expression`; default: none); a header is set
    by one of the two, not both.
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
        header_expressions: Mapping[str, str] | None = None,
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
        self.header_expressions = dict(header_expressions or {})
        both = sorted(set(self.headers) & set(self.header_expressions))
        if both:
            raise ValueError(
                f"AuthPolicy {name}: headers {', '.join(both)} are set by a selector and by "
                "an expression; give each header one"
            )
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
                                            **source
                                        )
                                    )
                                    for header, source in sorted(
                                        [
                                            *(
                                                (h, {"selector": v})
                                                for h, v in self.headers.items()
                                            ),
                                            *(
                                                (h, {"expression": v})
                                                for h, v in self.header_expressions.items()
                                            ),
                                        ]
                                    )
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
                        if self.identity or self.headers or self.header_expressions
                        else None
                    ),
                ),
                when=[l1.AuthPolicySpecWhen(predicate=p) for p in when] or None,
            ),
        )
