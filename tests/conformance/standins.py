"""STAND-INS: the statuses controllers that do not run in the conformance suite would write.

kuadrant-operator reports a policy Enforced only once the objects it depends on say they are
programmed. Those statuses come from controllers the suite does not run, so they are patched
through each object's `/status` subresource, and only the fields the operator reads:

- limitador-operator: `Limitador.status.service` (host and gRPC/HTTP ports) and `Ready`;
- authorino-operator: `Authorino` `Ready`;
- Envoy Gateway: GatewayClass `Accepted`; Gateway `Accepted`/`Programmed` and each listener
  `Programmed`; each HTTPRoute's parent `Accepted`/`ResolvedRefs` under EG's controllerName;
  `EnvoyPatchPolicy` `Programmed` and `EnvoyExtensionPolicy` `Accepted` (both written by the
  operator, reconciled by EG).

Nothing here decides what a policy allows; the operator computes that from our objects alone.
"""

from __future__ import annotations

import datetime
import json
from typing import TYPE_CHECKING, Any

from tests.apiserver.cluster import ControlPlane

if TYPE_CHECKING:
    from tests.conformance.stack import KuadrantStack

EG_CONTROLLER = "gateway.envoyproxy.io/gatewayclass-controller"
REASON = "TokenplaneConformanceStandIn"


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _condition(kind: str, generation: int = 1, status: str = "True") -> dict[str, Any]:
    return {
        "type": kind,
        "status": status,
        "reason": kind,
        "message": f"{REASON}: the controller that writes this does not run in the suite",
        "lastTransitionTime": _now(),
        "observedGeneration": generation,
    }


def _patch(plane: ControlPlane, resource: str, namespace: str, name: str, status: Any) -> None:
    plane.kubectl(
        "patch",
        resource,
        name,
        "-n",
        namespace,
        "--subresource=status",
        "--type=merge",
        "-p",
        json.dumps({"status": status}),
    )


def patch_limitador(plane: ControlPlane, host: str, grpc_port: int) -> None:
    _patch(
        plane,
        "limitadors",
        "kuadrant-system",
        "limitador",
        {
            "service": {"host": host, "ports": {"grpc": grpc_port, "http": 8080}},
            "conditions": [_condition("Ready")],
        },
    )


def patch_authorino(plane: ControlPlane) -> None:
    _patch(
        plane,
        "authorinos",
        "kuadrant-system",
        "authorino",
        {"conditions": [{"type": "Ready", "status": "True", "reason": REASON}]},
    )


def _needs(item: dict[str, Any], kind: str) -> bool:
    status = item.get("status", {})
    conditions = [
        *status.get("conditions", []),
        *(c for a in status.get("ancestors", []) for c in a.get("conditions", [])),
    ]
    generation = item["metadata"].get("generation", 1)
    return not any(
        c.get("type") == kind
        and c.get("status") == "True"
        and c.get("observedGeneration") == generation
        for c in conditions
    )


def patch_envoy_gateway(plane: ControlPlane, stack: KuadrantStack) -> None:
    """Writes what Envoy Gateway would, wherever it is missing or stale."""
    for item in stack.list("gatewayclasses"):
        if _needs(item, "Accepted"):
            g = item["metadata"].get("generation", 1)
            plane.kubectl(
                "patch",
                "gatewayclass",
                item["metadata"]["name"],
                "--subresource=status",
                "--type=merge",
                "-p",
                json.dumps({"status": {"conditions": [_condition("Accepted", g)]}}),
            )
    for item in stack.list("gateways"):
        if _needs(item, "Programmed"):
            g = item["metadata"].get("generation", 1)
            status = {
                "conditions": [_condition("Accepted", g), _condition("Programmed", g)],
                "listeners": [
                    {
                        "name": listener["name"],
                        "attachedRoutes": 0,
                        "supportedKinds": [
                            {"group": "gateway.networking.k8s.io", "kind": "HTTPRoute"}
                        ],
                        "conditions": [
                            _condition("Accepted", g),
                            _condition("Programmed", g),
                            _condition("ResolvedRefs", g),
                        ],
                    }
                    for listener in item["spec"]["listeners"]
                ],
            }
            _patch(
                plane, "gateways", item["metadata"]["namespace"], item["metadata"]["name"], status
            )
    for item in stack.list("httproutes"):
        g = item["metadata"].get("generation", 1)
        parents = item.get("status", {}).get("parents", [])
        ours = [p for p in parents if p.get("controllerName") == EG_CONTROLLER]
        fresh = ours and all(
            c.get("observedGeneration") == g for p in ours for c in p.get("conditions", [])
        )
        if fresh:
            continue
        others = [p for p in parents if p.get("controllerName") != EG_CONTROLLER]
        status = {
            "parents": others
            + [
                {
                    "parentRef": ref,
                    "controllerName": EG_CONTROLLER,
                    "conditions": [_condition("Accepted", g), _condition("ResolvedRefs", g)],
                }
                for ref in item["spec"].get("parentRefs", [])
            ]
        }
        _patch(plane, "httproutes", item["metadata"]["namespace"], item["metadata"]["name"], status)
    for resource, kind in (
        ("envoypatchpolicies", "Programmed"),
        ("envoyextensionpolicies", "Accepted"),
    ):
        for item in stack.list(resource):
            g = item["metadata"].get("generation", 1)
            if not _needs(item, kind):
                continue
            ancestors = [
                {
                    "ancestorRef": {
                        "group": "gateway.networking.k8s.io",
                        "kind": "Gateway",
                        "name": ref["name"],
                        "namespace": item["metadata"]["namespace"],
                    },
                    "controllerName": EG_CONTROLLER,
                    "conditions": [_condition("Accepted", g), _condition(kind, g)]
                    if kind != "Accepted"
                    else [_condition("Accepted", g)],
                }
                for ref in _target_refs(item)
            ]
            status = {"ancestors": ancestors, "conditions": [_condition(kind, g)]}
            _patch(plane, resource, item["metadata"]["namespace"], item["metadata"]["name"], status)


def _target_refs(item: dict[str, Any]) -> list[dict[str, Any]]:
    spec = item.get("spec", {})
    refs = list(spec.get("targetRefs", []))
    if spec.get("targetRef"):
        refs.append(spec["targetRef"])
    return refs
