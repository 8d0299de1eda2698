"""L2 wrappers of Gateway API kinds (`gateway.networking.k8s.io/v1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from constructs import Construct

from imports.io.k8s.networking import gateway as l1
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "gateway.networking.k8s.io/v1"


class GatewayClass(Resource):
    """Defines a GatewayClass: which controller implements the Gateways of that class."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        controller_name: str,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=None, api_version=API_VERSION, kind="GatewayClass"
        )
        self.controller_name = controller_name
        l1.GatewayClass(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.GatewayClassSpec(controller_name=controller_name),
        )


@dataclass(frozen=True)
class Listener:
    """Defines one Gateway listener.

    `tls_secret` names the Secret holding the certificate; with it the listener terminates
    TLS, without it the listener is plain HTTP. `route_namespace_labels` admits routes from
    namespaces carrying those labels; empty admits only routes in the Gateway's namespace.
    """

    name: str
    port: int
    hostname: str
    tls_secret: str | None = None
    route_namespace_labels: Mapping[str, str] = field(default_factory=dict)

    @property
    def protocol(self) -> str:
        """HTTPS when the listener has a certificate, else HTTP."""
        return "HTTPS" if self.tls_secret else "HTTP"


class Gateway(Resource):
    """Defines a Gateway: the listeners through which clients reach the platform."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        gateway_class: GatewayClass,
        listeners: Sequence[Listener],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="Gateway"
        )
        if not listeners:
            raise ValueError(f"Gateway {name}: at least one listener is required")
        self.listeners = tuple(listeners)
        l1.Gateway(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.GatewaySpec(
                gateway_class_name=gateway_class.name,
                listeners=[_listener(listener) for listener in listeners],
            ),
        )

    def listener(self, name: str) -> Listener:
        """The listener called `name`; raises KeyError if there is none."""
        for candidate in self.listeners:
            if candidate.name == name:
                return candidate
        raise KeyError(name)


def _listener(listener: Listener) -> l1.GatewaySpecListeners:
    namespaces = (
        l1.GatewaySpecListenersAllowedRoutesNamespaces(
            from_=l1.GatewaySpecListenersAllowedRoutesNamespacesFrom.SELECTOR,
            selector=l1.GatewaySpecListenersAllowedRoutesNamespacesSelector(
                match_labels=dict(listener.route_namespace_labels)
            ),
        )
        if listener.route_namespace_labels
        else l1.GatewaySpecListenersAllowedRoutesNamespaces(
            from_=l1.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME
        )
    )
    tls = (
        l1.GatewaySpecListenersTls(
            mode=l1.GatewaySpecListenersTlsMode.TERMINATE,
            certificate_refs=[
                l1.GatewaySpecListenersTlsCertificateRefs(
                    group="", kind="Secret", name=listener.tls_secret
                )
            ],
        )
        if listener.tls_secret
        else None
    )
    return l1.GatewaySpecListeners(
        name=listener.name,
        port=listener.port,
        protocol=listener.protocol,
        hostname=listener.hostname,
        tls=tls,
        allowed_routes=l1.GatewaySpecListenersAllowedRoutes(namespaces=namespaces),
    )


@dataclass(frozen=True)
class BackendRef:
    """Defines where a route rule sends traffic: a Service (or another kind) and its port.

    Group, kind and weight are always rendered, although the API server would default
    them, so that Argo CD does not report the route as out of sync forever.
    """

    name: str
    port: int | None = None
    kind: str = "Service"
    group: str = ""
    weight: int = 1

    @classmethod
    def to(cls, target: Resource, port: int | None = None) -> BackendRef:
        """A reference to `target`, a Service or another backend kind such as an EG Backend."""
        return cls(name=target.name, port=port, kind=target.kind, group=target.group)


@dataclass(frozen=True)
class HTTPRouteRule:
    """Defines one HTTPRoute rule: what it matches and what it does with a match.

    A rule either sends traffic to `backends` or, with `redirect_to_https`, answers with a
    301 redirect to the same URL over HTTPS, or lets one of its `filters` answer (an Envoy
    Gateway HTTPRouteFilter with a direct response; then no backends). `filters` are extension
    filters applied before the backend. `exact_paths`, when given, replace `path_prefix`: one
    match per path, each an `Exact` path match (which outranks every prefix match of the
    listener, Gateway API precedence). `timeout` bounds the whole
    request; default: the data plane's default. `hostname_rewrite` replaces the Host header
    (for upstreams that route by it); default: the client's Host is kept.
    """

    name: str
    path_prefix: str = "/"
    exact_paths: Sequence[str] = ()
    method: str | None = None
    backends: Sequence[BackendRef] = ()
    filters: Sequence[Resource] = ()
    redirect_to_https: bool = False
    timeout: timedelta | None = None
    hostname_rewrite: str | None = None


class HTTPRoute(Resource):
    """Defines an HTTPRoute attached to one listener of a Gateway."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        parent: Gateway,
        listener: str,
        rules: Sequence[HTTPRouteRule],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="HTTPRoute"
        )
        hostname = parent.listener(listener).hostname
        self.hostnames = (hostname,)
        self.rules = tuple(rules)
        if not 1 <= len(rules) <= 16:
            raise ValueError(f"HTTPRoute {name}: 1 to 16 rules are allowed, got {len(rules)}")
        l1.HttpRoute(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.HttpRouteSpec(
                parent_refs=[
                    l1.HttpRouteSpecParentRefs(
                        group=parent.group,
                        kind=parent.kind,
                        name=parent.name,
                        namespace=parent.namespace,
                        section_name=listener,
                    )
                ],
                hostnames=[hostname],
                rules=[_rule(rule) for rule in rules],
            ),
        )


def _rule(rule: HTTPRouteRule) -> l1.HttpRouteSpecRules:
    method = l1.HttpRouteSpecRulesMatchesMethod(rule.method) if rule.method else None
    paths = [
        l1.HttpRouteSpecRulesMatchesPath(
            type=l1.HttpRouteSpecRulesMatchesPathType.EXACT, value=path
        )
        for path in rule.exact_paths
    ] or [
        l1.HttpRouteSpecRulesMatchesPath(
            type=l1.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value=rule.path_prefix
        )
    ]
    matches = [l1.HttpRouteSpecRulesMatches(path=path, method=method) for path in paths]
    filters = [
        l1.HttpRouteSpecRulesFilters(
            type=l1.HttpRouteSpecRulesFiltersType.EXTENSION_REF,
            extension_ref=l1.HttpRouteSpecRulesFiltersExtensionRef(
                group=extension.group, kind=extension.kind, name=extension.name
            ),
        )
        for extension in rule.filters
    ]
    if rule.hostname_rewrite:
        filters.append(
            l1.HttpRouteSpecRulesFilters(
                type=l1.HttpRouteSpecRulesFiltersType.URL_REWRITE,
                url_rewrite=l1.HttpRouteSpecRulesFiltersUrlRewrite(hostname=rule.hostname_rewrite),
            )
        )
    if rule.redirect_to_https:
        filters.append(
            l1.HttpRouteSpecRulesFilters(
                type=l1.HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                request_redirect=l1.HttpRouteSpecRulesFiltersRequestRedirect(
                    scheme=l1.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                    status_code=l1.HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
                ),
            )
        )
    return l1.HttpRouteSpecRules(
        name=rule.name,
        matches=matches,
        filters=filters or None,
        backend_refs=[
            l1.HttpRouteSpecRulesBackendRefs(
                name=ref.name, port=ref.port, kind=ref.kind, group=ref.group, weight=ref.weight
            )
            for ref in rule.backends
        ]
        or None,
        timeouts=(
            l1.HttpRouteSpecRulesTimeouts(request=f"{int(rule.timeout.total_seconds())}s")
            if rule.timeout
            else None
        ),
    )


class BackendTLSPolicy(Resource):
    """Defines a BackendTLSPolicy: the gateway speaks TLS to `targets`, verifying `hostname`.

    The certificate is checked against the system's well-known CA bundle.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        targets: Sequence[Resource],
        hostname: str,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=API_VERSION,
            kind="BackendTLSPolicy",
        )
        if not 1 <= len(targets) <= 16:
            raise ValueError(f"BackendTLSPolicy {name}: 1 to 16 targets are allowed")
        for target in targets:
            if target.namespace != namespace:
                raise ValueError(
                    f"BackendTLSPolicy {name}: target {target.kind} {target.name} is not in "
                    f"namespace {namespace}"
                )
        self.hostname = hostname
        l1.BackendTlsPolicy(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.BackendTlsPolicySpec(
                target_refs=[
                    l1.BackendTlsPolicySpecTargetRefs(
                        group=target.group, kind=target.kind, name=target.name
                    )
                    for target in targets
                ],
                validation=l1.BackendTlsPolicySpecValidation(
                    hostname=hostname, well_known_ca_certificates="System"
                ),
            ),
        )
