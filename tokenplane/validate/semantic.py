"""Checks the API server makes in Go code, which no OpenAPI schema carries, for fields we render.

Schemas from swagger v2 hold no enums, no ranges and no name syntax; kube-apiserver's
`validation.go` does. These functions reproduce that part for metadata, workloads, pod specs,
Services and PodDisruptionBudgets.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from typing import Any

from tokenplane.validate import names
from tokenplane.validate.messages import FieldError, shown
from tokenplane.validate.problems import PathPart

Path = tuple[PathPart, ...]

_LABEL_NAMED_KINDS = frozenset({"Namespace", "Service"})
_PATH_SEGMENT_NAMED_KINDS = frozenset({"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"})
_TEMPLATE_KINDS = {
    "Deployment": ("spec", "template"),
    "ReplicaSet": ("spec", "template"),
    "StatefulSet": ("spec", "template"),
    "DaemonSet": ("spec", "template"),
    "Job": ("spec", "template"),
    "CronJob": ("spec", "jobTemplate", "spec", "template"),
}
_SELECTOR_KINDS = frozenset({"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"})
_PULL_POLICIES = ("Always", "IfNotPresent", "Never")
_PROTOCOLS = ("SCTP", "TCP", "UDP")
_RESTART_POLICIES = ("Always", "OnFailure", "Never")
_SERVICE_TYPES = ("ClusterIP", "ExternalName", "LoadBalancer", "NodePort")
_SESSION_AFFINITIES = ("ClientIP", "None")
_IP_FAMILY_POLICIES = ("PreferDualStack", "RequireDualStack", "SingleStack")
_TRAFFIC_POLICIES = ("Cluster", "Local")
_SELECTOR_OPERATORS = ("DoesNotExist", "Exists", "In", "NotIn")


def _unsupported(value: Any, allowed: Iterable[str]) -> str:
    return f"Unsupported value: {shown(value)}: supported values: " + ", ".join(
        f'"{item}"' for item in allowed
    )


def _invalid(value: Any, reasons: list[str]) -> str:
    return f"Invalid value: {shown(value)}: " + "; ".join(reasons)


def _get(body: Any, path: Iterable[PathPart]) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(body, list) or part >= len(body):
                return None
        elif not isinstance(body, Mapping):
            return None
        body = body[part] if isinstance(part, int) else body.get(part)
    return body


def _port_range(value: Any, where: Path) -> Iterator[FieldError]:
    if isinstance(value, int) and not isinstance(value, bool) and not 1 <= value <= 65535:
        yield where, _invalid(value, ["must be between 1 and 65535, inclusive"])


def metadata_errors(kind: str, metadata: Any) -> Iterator[FieldError]:
    """Name, namespace, label and annotation syntax, for every kind."""
    if not isinstance(metadata, Mapping):
        return
    name = metadata.get("name")
    if isinstance(name, str):
        if kind in _LABEL_NAMED_KINDS:
            reasons = names.dns1123_label(name)
        elif kind in _PATH_SEGMENT_NAMED_KINDS:
            reasons = ["may not contain '/' or '%'" for bad in "/%" if bad in name] + (
                ["may not be '.' or '..'"] if name in (".", "..") else []
            )
        else:
            reasons = names.dns1123_subdomain(name)
        if reasons:
            yield ("metadata", "name"), _invalid(name, reasons)
    elif name is None and "generateName" not in metadata:
        yield ("metadata", "name"), "Required value: name or generateName is required"
    namespace = metadata.get("namespace")
    if isinstance(namespace, str) and (reasons := names.dns1123_label(namespace)):
        yield ("metadata", "namespace"), _invalid(namespace, reasons)
    yield from label_errors(metadata.get("labels"), ("metadata", "labels"))
    annotations = metadata.get("annotations")
    if isinstance(annotations, Mapping):
        for key in annotations:
            if isinstance(key, str) and (reasons := names.qualified_name(key)):
                yield ("metadata", "annotations", key), _invalid(key, reasons)


def label_errors(labels: Any, where: Path) -> Iterator[FieldError]:
    """Label keys are qualified names; values are empty or ≤ 63 label characters."""
    if not isinstance(labels, Mapping):
        return
    for key, value in labels.items():
        if isinstance(key, str) and (reasons := names.qualified_name(key)):
            yield (*where, key), _invalid(key, reasons)
        if isinstance(value, str) and (reasons := names.label_value(value)):
            yield (*where, key), _invalid(value, reasons)


def selector_matches(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool:
    """True when a LabelSelector selects an object with `labels`."""
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator = expression.get("key"), expression.get("operator")
        values = expression.get("values") or []
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and key in labels and labels[key] in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True


def _selector_errors(selector: Any, where: Path) -> Iterator[FieldError]:
    if not isinstance(selector, Mapping):
        return
    yield from label_errors(selector.get("matchLabels"), (*where, "matchLabels"))
    for index, expression in enumerate(selector.get("matchExpressions") or []):
        if not isinstance(expression, Mapping):
            continue
        at = (*where, "matchExpressions", index)
        operator = expression.get("operator")
        if operator not in _SELECTOR_OPERATORS:
            yield (*at, "operator"), _unsupported(operator, _SELECTOR_OPERATORS)
        values = expression.get("values") or []
        if operator in ("In", "NotIn") and not values:
            yield (
                (*at, "values"),
                "Required value: must be specified when `operator` is 'In' or 'NotIn'",
            )
        if operator in ("Exists", "DoesNotExist") and values:
            yield (
                (*at, "values"),
                "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            )


def _workload_errors(kind: str, body: Mapping[str, Any]) -> Iterator[FieldError]:
    template_path = _TEMPLATE_KINDS[kind]
    template = _get(body, template_path)
    if not isinstance(template, Mapping):
        return
    labels = _get(template, ("metadata", "labels")) or {}
    yield from label_errors(labels, (*template_path, "metadata", "labels"))
    if kind in _SELECTOR_KINDS:
        selector = _get(body, ("spec", "selector"))
        if not isinstance(selector, Mapping) or not (
            selector.get("matchLabels") or selector.get("matchExpressions")
        ):
            yield ("spec", "selector"), "Required value: empty selector is invalid for deployment"
        else:
            yield from _selector_errors(selector, ("spec", "selector"))
            if isinstance(labels, Mapping) and not selector_matches(selector, labels):
                yield (
                    (*template_path, "metadata", "labels"),
                    (
                        f"Invalid value: {json.dumps(dict(labels), sort_keys=True)}: "
                        "`selector` does not match template `labels`"
                    ),
                )
    pod_spec = template.get("spec")
    if isinstance(pod_spec, Mapping):
        yield from pod_spec_errors(pod_spec, (*template_path, "spec"), workload=kind)


def pod_spec_errors(spec: Mapping[str, Any], where: Path, *, workload: str) -> Iterator[FieldError]:
    """Containers, ports, pull and restart policies of one pod spec."""
    restart = spec.get("restartPolicy")
    if restart is not None:
        if restart not in _RESTART_POLICIES:
            yield (*where, "restartPolicy"), _unsupported(restart, _RESTART_POLICIES)
        elif workload in _SELECTOR_KINDS and restart != "Always":
            yield (*where, "restartPolicy"), _unsupported(restart, ("Always",))
    port_names: set[str] = set()
    container_names: set[str] = set()
    for group in ("initContainers", "containers", "ephemeralContainers"):
        containers = spec.get(group)
        if not isinstance(containers, list):
            continue
        for index, container in enumerate(containers):
            if isinstance(container, Mapping):
                yield from _container_errors(
                    container, (*where, group, index), port_names, container_names
                )


def _container_errors(
    container: Mapping[str, Any], where: Path, port_names: set[str], container_names: set[str]
) -> Iterator[FieldError]:
    name = container.get("name")
    if isinstance(name, str):
        if reasons := names.dns1123_label(name):
            yield (*where, "name"), _invalid(name, reasons)
        if name in container_names:
            yield (*where, "name"), f"Duplicate value: {shown(name)}"
        container_names.add(name)
    policy = container.get("imagePullPolicy")
    if policy is not None and policy not in _PULL_POLICIES:
        yield (*where, "imagePullPolicy"), _unsupported(policy, _PULL_POLICIES)
    restart = container.get("restartPolicy")
    if restart is not None and restart != "Always":
        yield (*where, "restartPolicy"), _unsupported(restart, ("Always",))
    for index, port in enumerate(container.get("ports") or []):
        if not isinstance(port, Mapping):
            continue
        at = (*where, "ports", index)
        yield from _port_range(port.get("containerPort"), (*at, "containerPort"))
        if port.get("hostPort") not in (None, 0):
            yield from _port_range(port.get("hostPort"), (*at, "hostPort"))
        protocol = port.get("protocol")
        if protocol is not None and protocol not in _PROTOCOLS:
            yield (*at, "protocol"), _unsupported(protocol, _PROTOCOLS)
        port_name = port.get("name")
        if isinstance(port_name, str):
            if reasons := names.iana_svc_name(port_name):
                yield (*at, "name"), _invalid(port_name, reasons)
            if port_name in port_names:
                yield (*at, "name"), f"Duplicate value: {shown(port_name)}"
            port_names.add(port_name)


def _service_errors(body: Mapping[str, Any]) -> Iterator[FieldError]:
    spec = body.get("spec")
    if not isinstance(spec, Mapping):
        return
    for field, allowed in (
        ("type", _SERVICE_TYPES),
        ("sessionAffinity", _SESSION_AFFINITIES),
        ("ipFamilyPolicy", _IP_FAMILY_POLICIES),
        ("externalTrafficPolicy", _TRAFFIC_POLICIES),
        ("internalTrafficPolicy", _TRAFFIC_POLICIES),
    ):
        value = spec.get(field)
        if value is not None and value not in allowed:
            yield ("spec", field), _unsupported(value, allowed)
    yield from label_errors(spec.get("selector"), ("spec", "selector"))
    ports = spec.get("ports") or []
    seen: set[str] = set()
    for index, port in enumerate(ports):
        if not isinstance(port, Mapping):
            continue
        at: Path = ("spec", "ports", index)
        name = port.get("name")
        if isinstance(name, str) and name:
            if reasons := names.dns1123_label(name):
                yield (*at, "name"), _invalid(name, reasons)
            if name in seen:
                yield (*at, "name"), f"Duplicate value: {shown(name)}"
            seen.add(name)
        elif len(ports) > 1:
            yield (*at, "name"), "Required value"
        yield from _port_range(port.get("port"), (*at, "port"))
        if port.get("nodePort") not in (None, 0):
            yield from _port_range(port.get("nodePort"), (*at, "nodePort"))
        target = port.get("targetPort")
        if isinstance(target, str):
            if reasons := names.iana_svc_name(target):
                yield (*at, "targetPort"), _invalid(target, reasons)
        elif target is not None:
            yield from _port_range(target, (*at, "targetPort"))
        protocol = port.get("protocol")
        if protocol is not None and protocol not in _PROTOCOLS:
            yield (*at, "protocol"), _unsupported(protocol, _PROTOCOLS)


def _pdb_errors(body: Mapping[str, Any]) -> Iterator[FieldError]:
    spec = body.get("spec")
    if not isinstance(spec, Mapping):
        return
    if spec.get("minAvailable") is not None and spec.get("maxUnavailable") is not None:
        yield (
            ("spec",),
            'Invalid value: "object": minAvailable and maxUnavailable cannot be both set',
        )
    yield from _selector_errors(spec.get("selector"), ("spec", "selector"))


def _pod_errors(body: Mapping[str, Any]) -> Iterator[FieldError]:
    spec = body.get("spec")
    if isinstance(spec, Mapping):
        yield from pod_spec_errors(spec, ("spec",), workload="Pod")


_KIND_CHECKS: Mapping[str, Callable[[Mapping[str, Any]], Iterator[FieldError]]] = {
    "Service": _service_errors,
    "PodDisruptionBudget": _pdb_errors,
    "Pod": _pod_errors,
    **{kind: partial(_workload_errors, kind) for kind in _TEMPLATE_KINDS},
}


def builtin_errors(kind: str, body: Mapping[str, Any]) -> Iterator[FieldError]:
    """The semantic errors of one built-in object (metadata is checked for every kind apart)."""
    check = _KIND_CHECKS.get(kind)
    if check is not None:
        yield from check(body)


def pdb_selects_nothing(
    pdb: Mapping[str, Any], workloads: Iterable[Mapping[str, Any]]
) -> Iterator[FieldError]:
    """A PodDisruptionBudget must select the pod template of some workload in its namespace."""
    selector = _get(pdb, ("spec", "selector"))
    if not isinstance(selector, Mapping):
        return
    namespace = _get(pdb, ("metadata", "namespace"))
    for workload in workloads:
        if _get(workload, ("metadata", "namespace")) != namespace:
            continue
        template = _get(
            workload, _TEMPLATE_KINDS.get(str(workload.get("kind")), ("spec", "template"))
        )
        labels = _get(template, ("metadata", "labels"))
        if isinstance(labels, Mapping) and selector_matches(selector, labels):
            return
    yield (
        ("spec", "selector"),
        (
            'Invalid value: "object": selects no Deployment or StatefulSet pod template in '
            f"namespace {namespace!r} among the validated documents"
        ),
    )
