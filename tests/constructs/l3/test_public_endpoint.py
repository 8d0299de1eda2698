"""PublicEndpoint: HTTPS with a cert-manager certificate, HTTP only redirects."""

from __future__ import annotations

from typing import Any

import cdk8s

from tokenplane.config import PlatformSpec
from tokenplane.constructs import Namespace, PublicEndpoint


def _objects(spec: PlatformSpec, hostname: str = "api.example.test") -> list[dict[str, Any]]:
    chart = cdk8s.Testing.chart()
    namespace = Namespace(chart, "ns", name="gw")
    PublicEndpoint(
        chart, "endpoint", platform=spec.platform, hostname=hostname, namespace=namespace
    )
    return [o for o in cdk8s.Testing.synth(chart) if o["kind"] != "Namespace"]


def _one(objects: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind]
    return found


def test_https_listener_uses_the_certificate_secret(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec)
    certificate = _one(objects, "Certificate")
    https = _one(objects, "Gateway")["spec"]["listeners"][0]
    assert https["protocol"] == "HTTPS" and https["port"] == 443
    assert https["hostname"] == "api.example.test"
    assert https["tls"]["certificateRefs"] == [
        {"group": "", "kind": "Secret", "name": certificate["spec"]["secretName"]}
    ]
    assert certificate["spec"]["dnsNames"] == ["api.example.test"]
    assert certificate["spec"]["issuerRef"] == {
        "group": "cert-manager.io",
        "kind": "ClusterIssuer",
        "name": "letsencrypt-production",
    }


def test_http_listener_only_redirects_to_https(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec)
    http = _one(objects, "Gateway")["spec"]["listeners"][1]
    assert http["protocol"] == "HTTP" and http["allowedRoutes"]["namespaces"] == {"from": "Same"}
    route = _one(objects, "HTTPRoute")
    assert route["spec"]["parentRefs"][0]["sectionName"] == "http"
    (rule,) = route["spec"]["rules"]
    assert "backendRefs" not in rule
    assert rule["filters"] == [
        {"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}
    ]


def test_gateway_uses_the_configured_class(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec)
    gateway_class = _one(objects, "GatewayClass")
    assert gateway_class["spec"]["controllerName"] == example_spec.platform.gateway.controller_name
    assert _one(objects, "Gateway")["spec"]["gatewayClassName"] == gateway_class["metadata"]["name"]
