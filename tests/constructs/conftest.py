"""Helpers for construct tests: one cluster's objects by kind and name, and a Gateway to
attach policies and routes to."""

from __future__ import annotations

from typing import Any

import cdk8s

from tokenplane.constructs import (
    Gateway,
    GatewayClass,
    InferencePool,
    Listener,
    Service,
    ServicePort,
)

Objects = list[dict[str, Any]]


def find(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    """The one object of that kind and name."""
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def gateway_chart(listener: str = "http", port: int = 80) -> tuple[cdk8s.Chart, Gateway]:
    """A test chart holding Gateway `ns/gw` (class `eg`) with one listener for
    `a.example.test`."""
    chart = cdk8s.Testing.chart()
    gateway_class = GatewayClass(chart, "class", name="eg", controller_name="example.com/c")
    gateway = Gateway(
        chart,
        "gw",
        name="gw",
        namespace="ns",
        gateway_class=gateway_class,
        listeners=[Listener(name=listener, port=port, hostname="a.example.test")],
    )
    return chart, gateway


def inference_pool(chart: cdk8s.Chart) -> InferencePool:
    """InferencePool `models/m` on port 8000, its picker the Service `models/m-epp`."""
    picker = Service(
        chart,
        "epp",
        name="m-epp",
        namespace="models",
        selector={"a": "b"},
        ports=[ServicePort(name="grpc", port=9002)],
    )
    return InferencePool(
        chart,
        "pool",
        name="m",
        namespace="models",
        selector={"m": "m"},
        target_port=8000,
        endpoint_picker=picker,
        picker_port="grpc",
    )
