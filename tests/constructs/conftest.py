"""Helpers for construct tests: one cluster's objects by kind and name, and a Gateway to
attach policies and routes to."""

from __future__ import annotations

from typing import Any

import cdk8s

from tokenplane.constructs import Gateway, GatewayClass, Listener

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
