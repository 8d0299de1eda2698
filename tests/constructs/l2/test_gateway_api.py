"""L2 Gateway API wrappers: what they render and what they refuse."""

from __future__ import annotations

from datetime import timedelta

import cdk8s
import pytest

from tests.constructs.conftest import gateway_chart
from tokenplane.constructs import (
    BackendRef,
    HTTPRoute,
    HTTPRouteRule,
)


def test_route_renders_server_defaulted_backend_fields() -> None:
    chart, gateway = gateway_chart()
    HTTPRoute(
        chart,
        "route",
        name="r",
        namespace="ns",
        parent=gateway,
        listener="http",
        rules=[
            HTTPRouteRule(
                name="speech",
                path_prefix="/v1/audio/speech",
                method="POST",
                backends=[BackendRef(name="tts", port=8000)],
                timeout=timedelta(minutes=2),
            )
        ],
    )
    (route,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "HTTPRoute"]
    (rule,) = route["spec"]["rules"]
    assert rule["backendRefs"] == [
        {"group": "", "kind": "Service", "name": "tts", "port": 8000, "weight": 1}
    ]
    assert rule["matches"] == [
        {"method": "POST", "path": {"type": "PathPrefix", "value": "/v1/audio/speech"}}
    ]
    assert rule["timeouts"] == {"request": "120s"}
    assert route["spec"]["hostnames"] == ["a.example.test"]


def test_exact_paths_replace_the_prefix_one_match_each() -> None:
    chart, gateway = gateway_chart()
    HTTPRoute(
        chart,
        "route",
        name="r",
        namespace="ns",
        parent=gateway,
        listener="http",
        rules=[HTTPRouteRule(name="list", exact_paths=("/a", "/b/a"), method="GET")],
    )
    (route,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "HTTPRoute"]
    (rule,) = route["spec"]["rules"]
    assert rule["matches"] == [
        {"method": "GET", "path": {"type": "Exact", "value": "/a"}},
        {"method": "GET", "path": {"type": "Exact", "value": "/b/a"}},
    ]
    assert "backendRefs" not in rule


def test_fails_when_the_route_names_a_missing_listener() -> None:
    chart, gateway = gateway_chart()
    with pytest.raises(KeyError):
        HTTPRoute(
            chart,
            "route",
            name="r",
            namespace="ns",
            parent=gateway,
            listener="https",
            rules=[HTTPRouteRule(name="x", redirect_to_https=True)],
        )


def test_fails_when_a_route_has_more_than_16_rules() -> None:
    chart, gateway = gateway_chart()
    with pytest.raises(ValueError, match="1 to 16 rules"):
        HTTPRoute(
            chart,
            "route",
            name="r",
            namespace="ns",
            parent=gateway,
            listener="http",
            rules=[HTTPRouteRule(name=f"r{i}", redirect_to_https=True) for i in range(17)],
        )
