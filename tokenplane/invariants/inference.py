"""Invariants of the inference path: routes → pools → model-server pods, pools → pickers.

Each check reads plain manifests. A violation names the model (from the model label) and
the two objects that disagree, with what each side says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.contracts.headers import MODEL_HEADER, models_matched
from tokenplane.contracts.names import MODEL_LABEL
from tokenplane.invariants.index import Manifest, ObjectIndex

POOL_GROUP = "inference.networking.k8s.io"


def _meta(manifest: Manifest) -> Mapping[str, Any]:
    metadata: Mapping[str, Any] = manifest.get("metadata", {})
    return metadata


def _ref(manifest: Manifest) -> str:
    metadata = _meta(manifest)
    return f"{manifest['kind']} {metadata.get('namespace', '')}/{metadata.get('name', '')}"


def _who(manifest: Manifest) -> str:
    model = _meta(manifest).get("labels", {}).get(MODEL_LABEL)
    return f"model {model}: " if model else ""


def _show(labels: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"{key}={value}" for key, value in sorted(labels.items())) + "}"


def _pod_labels(deployment: Manifest) -> Mapping[str, str]:
    labels: Mapping[str, str] = (
        deployment.get("spec", {}).get("template", {}).get("metadata", {}).get("labels", {})
    )
    return labels


def _containers(deployment: Manifest) -> list[Mapping[str, Any]]:
    containers: list[Mapping[str, Any]] = (
        deployment.get("spec", {}).get("template", {}).get("spec", {}).get("containers", [])
    )
    return containers


def _container_ports(deployment: Manifest) -> set[int]:
    return {
        port["containerPort"]
        for container in _containers(deployment)
        for port in container.get("ports", [])
    }


def _args(deployment: Manifest) -> list[str]:
    return [str(arg) for container in _containers(deployment) for arg in container.get("args", [])]


def _flag(deployment: Manifest, flag: str) -> str | None:
    """The value of `--flag=value` or `--flag value` in any container's args."""
    args = _args(deployment)
    for index, arg in enumerate(args):
        if arg.startswith(f"{flag}="):
            return arg.split("=", 1)[1]
        if arg == flag and index + 1 < len(args):
            return args[index + 1]
    return None


def _selects(selector: Mapping[str, str], labels: Mapping[str, str]) -> bool:
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def _deployments_in(index: ObjectIndex, namespace: str) -> list[Manifest]:
    return [d for d in index.of_kind("Deployment") if _meta(d).get("namespace", "") == namespace]


def _selected(index: ObjectIndex, pool: Manifest) -> list[Manifest]:
    selector = pool.get("spec", {}).get("selector", {}).get("matchLabels", {})
    namespace = _meta(pool).get("namespace", "")
    return [d for d in _deployments_in(index, namespace) if _selects(selector, _pod_labels(d))]


def pools_select_model_pods(index: ObjectIndex) -> Iterable[str]:
    """Every InferencePool selects the pods of a Deployment, on a port those pods expose."""
    for pool in index.of_kind("InferencePool"):
        spec = pool.get("spec", {})
        selector = spec.get("selector", {}).get("matchLabels", {})
        namespace = _meta(pool).get("namespace", "")
        selected = _selected(index, pool)
        if not selected:
            model = _meta(pool).get("labels", {}).get(MODEL_LABEL)
            same_model = [
                d
                for d in _deployments_in(index, namespace)
                if model
                and _meta(d).get("labels", {}).get(MODEL_LABEL) == model
                and _flag(d, "--served-model-name") is not None
            ]
            if same_model:
                for deployment in same_model:
                    yield (
                        f"{_who(pool)}{_ref(pool)} selects {_show(selector)} but "
                        f"{_ref(deployment)} labels its pods {_show(_pod_labels(deployment))}"
                    )
            else:
                yield (
                    f"{_who(pool)}{_ref(pool)} selects {_show(selector)} but no Deployment in "
                    f"namespace {namespace} labels its pods so"
                )
            continue
        ports = {entry.get("number") for entry in spec.get("targetPorts", [])}
        for deployment in selected:
            exposed = _container_ports(deployment)
            missing = sorted(port for port in ports if port not in exposed)
            if missing:
                yield (
                    f"{_who(pool)}{_ref(pool)} targets port {', '.join(map(str, missing))} but "
                    f"{_ref(deployment)} exposes ports {sorted(exposed)}"
                )


def pools_reach_their_picker(index: ObjectIndex) -> Iterable[str]:
    """Every pool's endpointPickerRef names a Service and port that exist, in front of an
    endpoint picker configured for that very pool."""
    for pool in index.of_kind("InferencePool"):
        ref = pool.get("spec", {}).get("endpointPickerRef", {})
        namespace = _meta(pool).get("namespace", "")
        pool_name = _meta(pool).get("name", "")
        if ref.get("kind", "Service") != "Service" or ref.get("group", "") != "":
            yield f"{_who(pool)}{_ref(pool)} names a picker of kind {ref.get('kind')}, not Service"
            continue
        service = index.get("Service", namespace, ref.get("name", ""))
        if service is None:
            yield (
                f"{_who(pool)}{_ref(pool)} names endpoint picker Service "
                f"{namespace}/{ref.get('name')} but no such Service exists"
            )
            continue
        port = ref.get("port", {}).get("number")
        service_ports = sorted(p.get("port") for p in service.get("spec", {}).get("ports", []))
        if port not in service_ports:
            yield (
                f"{_who(pool)}{_ref(pool)} calls its picker on port {port} but "
                f"{_ref(service)} exposes ports {service_ports}"
            )
        selector = service.get("spec", {}).get("selector", {})
        pickers = [
            d for d in _deployments_in(index, namespace) if _selects(selector, _pod_labels(d))
        ]
        if not pickers:
            yield (
                f"{_who(pool)}{_ref(service)} selects {_show(selector)} but no Deployment in "
                f"namespace {namespace} labels its pods so"
            )
        for picker in pickers:
            watched = _flag(picker, "--pool-name")
            if watched != pool_name:
                yield (
                    f"{_who(pool)}{_ref(pool)} uses picker {_ref(picker)} but that picker "
                    f"watches pool {watched!r}"
                )


def model_routes_resolve(index: ObjectIndex) -> Iterable[str]:
    """Every AIGatewayRoute rule matches one model name on an existing InferencePool whose
    servers serve that name; no model name is routed twice."""
    routed: dict[str, str] = {}
    for route in index.of_kind("AIGatewayRoute"):
        namespace = _meta(route).get("namespace", "")
        for rule in route.get("spec", {}).get("rules", []):
            where = f"{_ref(route)} rule {rule.get('name')}"
            models = models_matched(rule.get("matches", []))
            if len(models) != 1:
                yield f"{where} must match {MODEL_HEADER} on exactly one model name"
                continue
            (model,) = models
            earlier = routed.setdefault(model, where)
            if earlier != where:
                yield f"model name {model}: routed by {earlier} and again by {where}"
            pools = [
                ref
                for ref in rule.get("backendRefs", [])
                if ref.get("group") == POOL_GROUP and ref.get("kind") == "InferencePool"
            ]
            if len(pools) != 1 or len(rule.get("backendRefs", [])) != 1:
                yield f"{where} must send to exactly one InferencePool"
                continue
            pool_namespace = pools[0].get("namespace", namespace)
            pool = index.get("InferencePool", pool_namespace, pools[0].get("name", ""))
            if pool is None:
                yield (
                    f"model name {model}: {where} sends to InferencePool "
                    f"{pool_namespace}/{pools[0].get('name')} but no such pool exists"
                )
                continue
            for deployment in _selected(index, pool):
                served = _flag(deployment, "--served-model-name")
                if served != model:
                    yield (
                        f"{_who(pool)}{where} routes model name {model} to {_ref(pool)} but "
                        f"{_ref(deployment)} serves {served!r}"
                    )


CHECKS = (pools_select_model_pods, pools_reach_their_picker, model_routes_resolve)
"""The inference checks, in the order `tokenplane synth` runs them."""
