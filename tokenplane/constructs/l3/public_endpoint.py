"""L3: the platform's public HTTPS endpoint."""

from __future__ import annotations

from constructs import Construct

from tokenplane.config import PlatformSettingsSpec
from tokenplane.constructs.l2.cert_manager import Certificate
from tokenplane.constructs.l2.core import Namespace
from tokenplane.constructs.l2.gateway_api import (
    Gateway,
    GatewayClass,
    HTTPRoute,
    HTTPRouteRule,
    Listener,
)
from tokenplane.contracts import names

HTTPS_LISTENER = "https"
"""The listener every API route attaches to."""
HTTP_LISTENER = "http"
"""The plain-HTTP listener, which only redirects to HTTPS."""


class PublicEndpoint(Construct):
    """Defines the public endpoint: GatewayClass, Gateway, its certificate, HTTP → HTTPS.

    The Gateway listens on 443 for `hostname` with a certificate cert-manager issues from the
    configured issuer, and on 80 only to answer every request with a 301 to HTTPS. Routes
    attach to the HTTPS listener from namespaces labelled for it.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        platform: PlatformSettingsSpec,
        hostname: str,
        namespace: Namespace,
    ) -> None:
        super().__init__(scope, id)
        gateway_spec = platform.gateway
        labels = names.component("gateway")
        self.gateway_class = GatewayClass(
            self,
            "class",
            name=gateway_spec.class_name,
            controller_name=gateway_spec.controller_name,
            labels=labels,
        )
        self.certificate = Certificate(
            self,
            "certificate",
            name=gateway_spec.name,
            namespace=namespace.name,
            secret_name=names.tls_secret(gateway_spec.name),
            dns_names=[hostname],
            issuer_kind=platform.tls.issuer.kind,
            issuer_name=platform.tls.issuer.name,
            labels=labels,
        )
        self.gateway = Gateway(
            self,
            "gateway",
            name=gateway_spec.name,
            namespace=namespace.name,
            gateway_class=self.gateway_class,
            listeners=[
                Listener(
                    name=HTTPS_LISTENER,
                    port=443,
                    hostname=hostname,
                    tls_secret=self.certificate.secret_name,
                    route_namespace_labels={names.GATEWAY_ROUTES_LABEL: "true"},
                ),
                Listener(name=HTTP_LISTENER, port=80, hostname=hostname),
            ],
            labels=labels,
        )
        self.https_redirect = HTTPRoute(
            self,
            "https-redirect",
            name=names.https_redirect_route(gateway_spec.name),
            namespace=namespace.name,
            parent=self.gateway,
            listener=HTTP_LISTENER,
            rules=[HTTPRouteRule(name="to-https", redirect_to_https=True)],
            labels=labels,
        )
