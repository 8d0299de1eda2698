"""Invariants of route attachment: every route can attach to the listener it names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.invariants.index import ObjectIndex

ROUTE_KINDS = ("HTTPRoute", "AIGatewayRoute", "GRPCRoute")


def _hostnames_intersect(route_host: str, listener_host: str) -> bool:
    """Whether two Gateway API hostnames (each possibly `*.`-prefixed) can match one host."""
    if route_host == listener_host:
        return True
    for wild, other in ((route_host, listener_host), (listener_host, route_host)):
        if wild.startswith("*.") and other.endswith(wild[1:]):
            return True
    return False


def _namespace_labels(index: ObjectIndex, namespace: str) -> Mapping[str, str]:
    found = index.get("Namespace", "", namespace)
    labels: Mapping[str, str] = found.get("metadata", {}).get("labels", {}) if found else {}
    return labels


def _admits(index: ObjectIndex, listener: Mapping[str, Any], gateway_ns: str, ns: str) -> bool:
    namespaces = listener.get("allowedRoutes", {}).get("namespaces", {})
    kind = namespaces.get("from", "Same")
    if kind == "All":
        return True
    if kind == "Same":
        return ns == gateway_ns
    wanted = namespaces.get("selector", {}).get("matchLabels", {})
    labels = _namespace_labels(index, ns)
    return all(labels.get(key) == value for key, value in wanted.items())


def routes_attach(index: ObjectIndex) -> Iterable[str]:
    """Every route's parent listener exists, admits the route's namespace, and shares a
    hostname with it (a route that fails either never attaches, silently)."""
    for kind in ROUTE_KINDS:
        for route in index.of_kind(kind):
            metadata = route.get("metadata", {})
            name = f"{kind} {metadata.get('namespace', '')}/{metadata.get('name', '')}"
            namespace = metadata.get("namespace", "")
            hostnames = route.get("spec", {}).get("hostnames", [])
            for parent in route.get("spec", {}).get("parentRefs", []):
                if parent.get("kind", "Gateway") != "Gateway":
                    continue
                gateway_ns = parent.get("namespace", namespace)
                gateway_ref = f"Gateway {gateway_ns}/{parent.get('name')}"
                gateway = index.get("Gateway", gateway_ns, parent.get("name", ""))
                if gateway is None:
                    yield f"{name} attaches to {gateway_ref}, which does not exist"
                    continue
                section = parent.get("sectionName")
                listeners = [
                    listener
                    for listener in gateway.get("spec", {}).get("listeners", [])
                    if section is None or listener.get("name") == section
                ]
                if not listeners:
                    yield f"{name} attaches to listener {section!r}, which {gateway_ref} lacks"
                    continue
                for listener in listeners:
                    where = f"listener {listener.get('name')} of {gateway_ref}"
                    if not _admits(index, listener, gateway_ns, namespace):
                        yield f"{name} is in namespace {namespace}, which {where} does not admit"
                    host = listener.get("hostname")
                    if (
                        host
                        and hostnames
                        and not any(_hostnames_intersect(h, host) for h in hostnames)
                    ):
                        yield (
                            f"{name} has hostnames {sorted(hostnames)} but {where} serves "
                            f"{host}; they do not intersect, so the route never attaches"
                        )


CHECKS = (routes_attach,)
"""The route checks, in the order `tokenplane synth` runs them."""
