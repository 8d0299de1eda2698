"""L2 wrappers of Envoy Gateway kinds (`gateway.envoyproxy.io/v1alpha1`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.io.envoyproxy import gateway as l1
from tokenplane.constructs.l2.resource import Resource

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


class HTTPRouteFilter(Resource):
    """Defines an HTTPRouteFilter that injects a credential from a Secret into a header.

    The Secret's key `credential` holds the whole header value (e.g. `Bearer …`). With
    `overwrite` (the default here, unlike the API's), a header the client sent is replaced,
    so a tenant's own key never reaches the upstream.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        credential_secret: str,
        header: str = "Authorization",
        overwrite: bool = True,
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
        self.credential_secret = credential_secret
        l1.HttpRouteFilter(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.HttpRouteFilterSpec(
                credential_injection=l1.HttpRouteFilterSpecCredentialInjection(
                    header=header,
                    overwrite=overwrite,
                    credential=l1.HttpRouteFilterSpecCredentialInjectionCredential(
                        value_ref=l1.HttpRouteFilterSpecCredentialInjectionCredentialValueRef(
                            group="", kind="Secret", name=credential_secret
                        )
                    ),
                )
            ),
        )
