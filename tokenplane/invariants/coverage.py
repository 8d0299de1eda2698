"""The coverage proof: nothing that reaches a backend bypasses authentication or limits.

Policies attach to a Gateway (covering every route on it) or to one route. A route that
sends traffic to a backend must be covered by an AuthPolicy (authentication, model access) and
by a BackendTrafficPolicy with global rate-limit rules (the request limits and token budgets).
A route that only redirects (no backends) needs neither. Every policy must target an object
that exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.invariants.index import ObjectIndex

POLICY_KINDS = ("AuthPolicy", "BackendTrafficPolicy")
TARGET_KINDS = ("Gateway", "HTTPRoute", "GRPCRoute")


def _name(manifest: Mapping[str, Any]) -> str:
    metadata = manifest.get("metadata", {})
    return f"{manifest['kind']} {metadata.get('namespace', '')}/{metadata.get('name', '')}"


def _targets(policy: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    spec = policy.get("spec", {})
    refs = spec.get("targetRefs") or ([spec["targetRef"]] if "targetRef" in spec else [])
    return list(refs)


def policies_target_existing_objects(index: ObjectIndex) -> Iterable[str]:
    """Every auth and limit policy targets a Gateway or route that we render."""
    for kind in POLICY_KINDS:
        for policy in index.of_kind(kind):
            namespace = policy.get("metadata", {}).get("namespace", "")
            for ref in _targets(policy):
                target_kind = ref.get("kind", "")
                if target_kind not in TARGET_KINDS:
                    yield f"{_name(policy)} targets a {target_kind}, which it cannot attach to"
                elif index.get(target_kind, namespace, ref.get("name", "")) is None:
                    yield (
                        f"{_name(policy)} targets {target_kind} {namespace}/{ref.get('name')}, "
                        "which does not exist: the policy protects nothing"
                    )


def _limits(policy: Mapping[str, Any]) -> bool:
    """Whether a policy holds what coverage needs: any AuthPolicy; a BackendTrafficPolicy only
    with global rate-limit rules."""
    if policy.get("kind") != "BackendTrafficPolicy":
        return True
    rate_limit = policy.get("spec", {}).get("rateLimit") or {}
    return bool((rate_limit.get("global") or {}).get("rules"))


def _covered_by(index: ObjectIndex, kind: str) -> set[tuple[str, str, str]]:
    covered: set[tuple[str, str, str]] = set()
    for policy in index.of_kind(kind):
        if not _limits(policy):
            continue
        namespace = policy.get("metadata", {}).get("namespace", "")
        for ref in _targets(policy):
            covered.add((ref.get("kind", ""), namespace, ref.get("name", "")))
    return covered


def _sends_traffic(route: Mapping[str, Any]) -> bool:
    return any(rule.get("backendRefs") for rule in route.get("spec", {}).get("rules", []))


def backends_are_covered(index: ObjectIndex) -> Iterable[str]:
    """Every route with backends is covered, itself or through its Gateway, by an AuthPolicy
    and by the budgets."""
    covered = {kind: _covered_by(index, kind) for kind in POLICY_KINDS}
    for route_kind in ("HTTPRoute", "AIGatewayRoute"):
        needed = POLICY_KINDS
        for route in index.of_kind(route_kind):
            if not _sends_traffic(route):
                continue
            namespace = route.get("metadata", {}).get("namespace", "")
            own = (route_kind, namespace, route.get("metadata", {}).get("name", ""))
            parents = [
                ("Gateway", parent.get("namespace", namespace), parent.get("name", ""))
                for parent in route.get("spec", {}).get("parentRefs", [])
            ]
            for kind in needed:
                if own in covered[kind]:
                    continue
                missing = [p for p in parents if p not in covered[kind]]
                for _, gateway_ns, gateway in missing:
                    yield (
                        f"{_name(route)} sends traffic through Gateway {gateway_ns}/{gateway}, "
                        f"but no {kind} covers that Gateway or the route: its requests would "
                        f"bypass {_PURPOSE[kind]}"
                    )


_PURPOSE = {
    "AuthPolicy": "authentication and per-tier model access",
    "BackendTrafficPolicy": "the request limits and token budgets",
}

CHECKS = (policies_target_existing_objects, backends_are_covered)
