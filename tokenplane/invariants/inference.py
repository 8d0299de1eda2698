"""Invariants of the inference path: routes → pools → model-server pods, pools → pickers.

Each check reads plain manifests. A violation names the model (from the model label) and
the two objects that disagree, with what each side says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.contracts import names
from tokenplane.contracts.headers import (
    FAIRNESS_HEADER,
    LEGACY_FAIRNESS_HEADER,
    LEGACY_OBJECTIVE_HEADER,
    MODEL_HEADER,
    OBJECTIVE_HEADER,
    TENANT_HEADER,
    models_matched,
)
from tokenplane.contracts.names import MODEL_LABEL
from tokenplane.contracts.predicates import (
    class_annotation_of_objective_expression,
    pools_of_objective_expression,
)
from tokenplane.invariants.index import Manifest, ObjectIndex
from tokenplane.resolve import ResolvedCluster

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


def _served_pools(index: ObjectIndex) -> dict[str, str]:
    """Served model name → InferencePool name, from the pools' vLLM Deployments."""
    found: dict[str, str] = {}
    for pool in index.of_kind("InferencePool"):
        for deployment in _selected(index, pool):
            served = _flag(deployment, "--served-model-name")
            if served is not None:
                found[served] = _meta(pool).get("name", "")
    return found


def _namespace_of_pools(index: ObjectIndex) -> str:
    """The namespace of the InferencePools (the models namespace; empty without pools)."""
    pools = index.of_kind("InferencePool")
    return str(_meta(pools[0]).get("namespace", "")) if pools else ""


def _key_secret_classes(index: ObjectIndex) -> list[tuple[Manifest, str | None]]:
    """Each tenant key's ExternalSecret with the scheduling class its Secret carries."""
    found: list[tuple[Manifest, str | None]] = []
    for external_secret in index.of_kind("ExternalSecret"):
        if names.TENANT_LABEL not in _meta(external_secret).get("labels", {}):
            continue
        template = external_secret.get("spec", {}).get("target", {}).get("template", {})
        annotations = template.get("metadata", {}).get("annotations", {})
        found.append((external_secret, annotations.get(names.SCHEDULING_ANNOTATION)))
    return found


def scheduling_headers_are_trusted(index: ObjectIndex) -> Iterable[str]:
    """Every API-key AuthPolicy sets the picker's objective and fairness headers, under their
    current and legacy names, on every admitted request (so no client value survives): the
    fairness id is the tenant, the objective maps every served model name to its pool."""
    served = _served_pools(index)
    for policy in index.of_kind("AuthPolicy"):
        rules = policy.get("spec", {}).get("rules", {})
        if not any("apiKey" in rule for rule in rules.get("authentication", {}).values()):
            continue
        headers = rules.get("response", {}).get("success", {}).get("headers", {}) or {}
        plain = {name: value.get("plain", {}) for name, value in headers.items()}
        tenant = plain.get(TENANT_HEADER, {}).get("selector")
        for header in (FAIRNESS_HEADER, LEGACY_FAIRNESS_HEADER):
            if header not in plain:
                yield f"{_ref(policy)} does not set {header}: a client could pick its own flow"
            elif plain[header].get("selector") != tenant:
                yield (
                    f"{_ref(policy)} sets {header} from {plain[header]!r}, not from the tenant "
                    f"id ({TENANT_HEADER}'s {tenant!r})"
                )
        for header in (OBJECTIVE_HEADER, LEGACY_OBJECTIVE_HEADER):
            if header not in plain:
                yield (
                    f"{_ref(policy)} does not set {header}: a client could pick its own priority"
                )
                continue
            expression = str(plain[header].get("expression", ""))
            pools = pools_of_objective_expression(expression)
            annotation = class_annotation_of_objective_expression(expression)
            if pools is None or annotation != names.SCHEDULING_ANNOTATION:
                yield (  # an expression of another shape: the client's value may survive
                    f"{_ref(policy)} sets {header} from {plain[header]!r}, not from the model "
                    f"header and the key's {names.SCHEDULING_ANNOTATION}"
                )
                continue
            for model, pool_name in sorted(pools.items()):
                if index.get("InferencePool", _namespace_of_pools(index), pool_name) is None:
                    yield (
                        f"{_ref(policy)} maps model name {model} to pool {pool_name} in "
                        f"{header}, but no such InferencePool exists"
                    )
                elif served.get(model, pool_name) != pool_name:
                    yield (
                        f"{_ref(policy)} maps model name {model} to pool {pool_name} in "
                        f"{header}, but pool {served[model]} serves it"
                    )
            for pool in index.of_kind("InferencePool"):
                pool_name = _meta(pool).get("name", "")
                if pool_name not in pools.values():
                    yield (
                        f"{_who(pool)}{_ref(policy)} maps no model name to {_ref(pool)} in "
                        f"{header}: its requests would name no objective"
                    )


def scheduling_classes_have_objectives(index: ObjectIndex) -> Iterable[str]:
    """Every scheduling class a key Secret carries has an InferenceObjective on every pool,
    named as the objective header names it and referencing that pool; every objective
    references a pool that exists."""
    objectives = {
        (_meta(o).get("namespace", ""), _meta(o).get("name", "")): o
        for o in index.of_kind("InferenceObjective")
    }
    pools = index.of_kind("InferencePool")
    classes = sorted({c for _, c in _key_secret_classes(index) if c is not None})
    for external_secret, scheduling_class in _key_secret_classes(index):
        if scheduling_class is None:
            yield (
                f"{_ref(external_secret)}: its Secret has no {names.SCHEDULING_ANNOTATION} "
                "annotation, so the AuthPolicy refuses the key"
            )
    for pool in pools:
        namespace, pool_name = _meta(pool).get("namespace", ""), _meta(pool).get("name", "")
        for scheduling_class in classes:
            name = names.inference_objective(pool_name, scheduling_class)
            objective = objectives.get((namespace, name))
            if objective is None:
                yield (
                    f"{_who(pool)}scheduling class {scheduling_class!r} has no InferenceObjective "
                    f"{namespace}/{name} on {_ref(pool)}: its requests get the picker's default "
                    "priority"
                )
                continue
            ref = objective.get("spec", {}).get("poolRef", {})
            if ref.get("name") != pool_name or ref.get("group", POOL_GROUP) != POOL_GROUP:
                yield (
                    f"{_who(pool)}{_ref(objective)} references pool {ref.get('name')!r}, not "
                    f"{pool_name!r}: that pool's picker never reads it"
                )
    pool_keys = {(_meta(p).get("namespace", ""), _meta(p).get("name", "")) for p in pools}
    for (namespace, _name), objective in sorted(objectives.items()):
        ref = objective.get("spec", {}).get("poolRef", {})
        if (namespace, ref.get("name", "")) not in pool_keys:
            yield (
                f"{_who(objective)}{_ref(objective)} references InferencePool "
                f"{namespace}/{ref.get('name')} but no such pool exists"
            )


CHECKS = (
    pools_select_model_pods,
    pools_reach_their_picker,
    model_routes_resolve,
    scheduling_headers_are_trusted,
    scheduling_classes_have_objectives,
)
"""The inference checks, in the order `tokenplane synth` runs them."""


def objectives_carry_the_resolved_priorities(
    index: ObjectIndex, cluster: ResolvedCluster
) -> Iterable[str]:
    """Every scheduling class of the resolved cluster (each tier among them) has an
    InferenceObjective on every pool with the class's priority, and each key Secret carries
    its tenant's resolved class: the priority in the config is the priority scheduled."""
    for pool in index.of_kind("InferencePool"):
        namespace, pool_name = _meta(pool).get("namespace", ""), _meta(pool).get("name", "")
        for scheduling_class, priority in cluster.scheduling_classes.items():
            name = names.inference_objective(pool_name, scheduling_class)
            objective = index.get("InferenceObjective", namespace, name)
            if objective is None:
                yield (
                    f"{_who(pool)}scheduling class {scheduling_class!r} has no "
                    f"InferenceObjective {namespace}/{name} on {_ref(pool)}"
                )
                continue
            found = objective.get("spec", {}).get("priority")
            if found != priority:
                yield (
                    f"{_who(pool)}{_ref(objective)} has priority {found}, but the config "
                    f"says {priority} for {scheduling_class!r}"
                )
    for external_secret, carried in _key_secret_classes(index):
        tenant = _meta(external_secret).get("labels", {}).get(names.TENANT_LABEL, "")
        if not cluster.active_keys.get(tenant):
            continue  # a key of a tenant with no live key: reported by rendered_keys_are_live
        expected = cluster.tenant_scheduling_classes.get(tenant)
        if expected is not None and carried is not None and carried != expected:
            yield (
                f"{_ref(external_secret)}: its Secret is scheduled as {carried!r}, but "
                f"tenant {tenant}'s priority resolves to class {expected!r}"
            )


EXPECTATIONS = (objectives_carry_the_resolved_priorities,)
