"""Invariants of network isolation: every rendered workload's pods are isolated, and every port
the Gateway sends traffic to is admitted from outside its namespace.

Both checks apply only where the output holds NetworkPolicies at all: with
`network_policies.enabled: false` nothing is isolated and nothing can be blocked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.invariants.index import Manifest, ObjectIndex

WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob")
POOL_GROUP = "inference.networking.k8s.io"


def _meta(manifest: Manifest) -> Mapping[str, Any]:
    metadata: Mapping[str, Any] = manifest.get("metadata", {})
    return metadata


def _namespace(manifest: Manifest) -> str:
    return str(_meta(manifest).get("namespace", ""))


def _name(manifest: Manifest) -> str:
    return f"{manifest['kind']} {_namespace(manifest)}/{_meta(manifest).get('name', '')}"


def _template(workload: Manifest) -> Mapping[str, Any]:
    spec: Mapping[str, Any] = workload.get("spec", {})
    if workload["kind"] == "CronJob":
        spec = spec.get("jobTemplate", {}).get("spec", {})
    template: Mapping[str, Any] = spec.get("template", {})
    return template


def _pod_labels(workload: Manifest) -> Mapping[str, str]:
    labels: Mapping[str, str] = _template(workload).get("metadata", {}).get("labels", {})
    return labels


def _container_ports(workload: Manifest) -> dict[str, int]:
    """Named container ports of a workload's pods, by name."""
    containers = _template(workload).get("spec", {}).get("containers", [])
    return {
        port["name"]: port["containerPort"]
        for container in containers
        for port in container.get("ports", [])
        if "name" in port
    }


def _exposed(workload: Manifest) -> set[int]:
    containers = _template(workload).get("spec", {}).get("containers", [])
    return {port["containerPort"] for c in containers for port in c.get("ports", [])}


def matches(selector: Mapping[str, Any], labels: Mapping[str, str]) -> bool:
    """Whether a LabelSelector (matchLabels and matchExpressions) selects `labels`."""
    for key, value in selector.get("matchLabels", {}).items():
        if labels.get(key) != value:
            return False
    for requirement in selector.get("matchExpressions", []):
        key, operator = requirement["key"], requirement["operator"]
        values = requirement.get("values", [])
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
    return True


def _types(policy: Manifest) -> list[str]:
    spec = policy.get("spec", {})
    declared: list[str] | None = spec.get("policyTypes")
    if declared is not None:
        return declared
    return ["Ingress", "Egress"] if spec.get("egress") else ["Ingress"]


def _policies_in(index: ObjectIndex, namespace: str) -> list[Manifest]:
    return [p for p in index.of_kind("NetworkPolicy") if _namespace(p) == namespace]


def workloads_are_isolated(index: ObjectIndex) -> Iterable[str]:
    """Every rendered workload's pods are isolated in both directions: some NetworkPolicy
    selecting them covers ingress and some covers egress (a namespace's default-deny does
    both for every pod in it)."""
    if not index.of_kind("NetworkPolicy"):
        return
    for kind in WORKLOADS:
        for workload in index.of_kind(kind):
            labels = _pod_labels(workload)
            selecting = [
                p
                for p in _policies_in(index, _namespace(workload))
                if matches(p.get("spec", {}).get("podSelector", {}), labels)
            ]
            missing = [
                direction
                for direction in ("Ingress", "Egress")
                if not any(direction in _types(p) for p in selecting)
            ]
            if missing:
                yield (
                    f"{_name(workload)} runs pods that no NetworkPolicy isolates for "
                    f"{' and '.join(d.lower() for d in missing)}; give namespace "
                    f"{_namespace(workload)} a default-deny or a policy selecting these pods"
                )


def _admits_from_outside(rule: Mapping[str, Any], port: int, named: Mapping[str, int]) -> bool:
    ports = rule.get("ports")
    if ports:
        admitted = False
        for entry in ports:
            if entry.get("protocol", "TCP") != "TCP":
                continue
            value = entry.get("port")
            end = entry.get("endPort")
            if value is None:
                admitted = True
            elif isinstance(value, str):
                admitted = admitted or named.get(value) == port
            elif end is not None:
                admitted = admitted or value <= port <= end
            else:
                admitted = admitted or value == port
        if not admitted:
            return False
    peers = rule.get("from")
    if not peers:
        return True
    return any("namespaceSelector" in peer or "ipBlock" in peer for peer in peers)


def _check_backend(
    index: ObjectIndex, route: str, namespace: str, selector: Mapping[str, Any], port: int
) -> Iterable[str]:
    """Every workload behind `selector` in `namespace` admits `port` from another namespace."""
    policies = _policies_in(index, namespace)
    for kind in WORKLOADS:
        for workload in index.of_kind(kind):
            labels = _pod_labels(workload)
            if _namespace(workload) != namespace or not selector or not matches(selector, labels):
                continue
            selecting = [
                p
                for p in policies
                if "Ingress" in _types(p) and matches(p["spec"].get("podSelector", {}), labels)
            ]
            if not selecting:
                continue
            named = _container_ports(workload)
            if port not in _exposed(workload):
                continue  # nothing listens there: the inference checks report it
            if not any(
                _admits_from_outside(rule, port, named)
                for policy in selecting
                for rule in policy["spec"].get("ingress", [])
            ):
                yield (
                    f"{route} sends traffic to port {port} of {_name(workload)}, but no "
                    "NetworkPolicy selecting its pods admits that port from another "
                    "namespace (the Gateway's Envoy pods run in their own)"
                )


def _service_backend(
    index: ObjectIndex, route: str, namespace: str, name: str, port: int
) -> Iterable[str]:
    service = index.get("Service", namespace, name)
    if service is None:
        return
    spec = service.get("spec", {})
    for entry in spec.get("ports", []):
        if entry.get("port") == port:
            target = entry.get("targetPort", port)
            number = target if isinstance(target, int) else port
            yield from _check_backend(
                index, route, namespace, {"matchLabels": spec.get("selector", {})}, number
            )


def _pool_backend(index: ObjectIndex, route: str, namespace: str, name: str) -> Iterable[str]:
    pool = index.get("InferencePool", namespace, name)
    if pool is None:
        return
    spec = pool.get("spec", {})
    for target in spec.get("targetPorts", []):
        yield from _check_backend(
            index, route, namespace, spec.get("selector", {}), target["number"]
        )
    picker = spec.get("endpointPickerRef", {})
    if picker.get("kind", "Service") == "Service" and "port" in picker:
        via = f"{route} (through the endpoint picker of {_name(pool)})"
        yield from _service_backend(index, via, namespace, picker["name"], picker["port"]["number"])


def gateway_backends_admitted(index: ObjectIndex) -> Iterable[str]:
    """Every Service port and InferencePool (its pods' port and its endpoint picker's port)
    that a route sends traffic to is admitted, by some NetworkPolicy selecting the pods
    behind it, from another namespace; pods no policy isolates need nothing."""
    if not index.of_kind("NetworkPolicy"):
        return
    yield from sorted(set(_route_problems(index)))


def _route_problems(index: ObjectIndex) -> Iterable[str]:
    for kind in ("HTTPRoute", "AIGatewayRoute"):
        for route in index.of_kind(kind):
            namespace = _namespace(route)
            for rule in route.get("spec", {}).get("rules", []):
                for ref in rule.get("backendRefs", []):
                    target_ns = ref.get("namespace", namespace)
                    group, ref_kind = ref.get("group", ""), ref.get("kind", "Service")
                    if group == "" and ref_kind == "Service" and "port" in ref:
                        yield from _service_backend(
                            index, _name(route), target_ns, ref["name"], ref["port"]
                        )
                    elif group == POOL_GROUP and ref_kind == "InferencePool":
                        yield from _pool_backend(index, _name(route), target_ns, ref["name"])


CHECKS = (workloads_are_isolated, gateway_backends_admitted)
"""The network checks, in the order they run."""
