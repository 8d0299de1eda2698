"""PlatformNamespaces: which namespaces admit routes, and that none is pruned."""

from __future__ import annotations

import cdk8s

from tokenplane.config import NamespacesSpec
from tokenplane.constructs import PlatformNamespaces
from tokenplane.contracts import names


def test_route_namespaces_are_labelled_and_none_is_pruned() -> None:
    chart = cdk8s.Testing.chart()
    PlatformNamespaces(chart, "ns", namespaces=NamespacesSpec())
    rendered = {o["metadata"]["name"]: o["metadata"] for o in cdk8s.Testing.synth(chart)}
    assert sorted(rendered) == ["kuadrant-system", "tokenplane-gateway", "tokenplane-models"]
    admitted = {
        name
        for name, meta in rendered.items()
        if names.GATEWAY_ROUTES_LABEL in meta.get("labels", {})
    }
    assert admitted == {"tokenplane-gateway", "tokenplane-models"}
    for meta in rendered.values():
        assert meta["annotations"] == names.PRUNE_PROTECTION


def test_each_namespace_enforces_the_level_its_pods_meet() -> None:
    chart = cdk8s.Testing.chart()
    PlatformNamespaces(chart, "ns", namespaces=NamespacesSpec())
    levels = {
        o["metadata"]["name"]: names.pod_security_of(o["metadata"]["labels"])
        for o in cdk8s.Testing.synth(chart)
    }
    assert levels == {
        "tokenplane-gateway": "restricted",
        "tokenplane-models": "restricted",
        "kuadrant-system": "baseline",
    }
    for o in cdk8s.Testing.synth(chart):
        assert o["metadata"]["labels"][names.POD_SECURITY_WARN] == "restricted"
