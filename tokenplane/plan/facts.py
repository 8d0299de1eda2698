"""What a cluster's documents say, in the platform's terms: tenants, tier limits, model
access and models. Read from the rendered objects by the names and labels in `names`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from tokenplane.contracts import names
from tokenplane.contracts.budgets import budget_of_rule
from tokenplane.contracts.headers import models_matched
from tokenplane.contracts.predicates import (
    TIER,
    annotation_of_selector,
    models_allowed_of_predicate,
    tier_of_models_rule,
)
from tokenplane.validate import Document

ObjectKey = tuple[str, str, str]
"""(kind, namespace, name) of an object; namespace is "" for cluster-scoped objects."""

EPP_CONFIG = "epp-config.yaml"


@dataclass(frozen=True)
class TenantFacts:
    """Defines what dist/ says of one tenant in one cluster: tier, limit class, active keys."""

    tier: str
    limits: str
    keys: tuple[str, ...]
    scheduling: str = ""
    """The scheduling class: the tier's id, or a tenant's own priority (`priority-<n>`)."""


@dataclass(frozen=True)
class ModelFacts:
    """Defines what dist/ says of one model: its served name, replicas and weights (scheduler
    plugin weights and the route's backend weight)."""

    served_name: str | None
    replicas: str | None
    """The fixed count (`"2"`), or the autoscaled range (`"1..4 (autoscaled)"`)."""
    weights: Mapping[str, int]


@dataclass(frozen=True)
class ClusterFacts:
    """Defines the facts of one cluster: tenants, limits per class (`requests per minute` ...),
    the model names (as clients send them) each tier may call, models, and every object by key."""

    tenants: Mapping[str, TenantFacts]
    limits: Mapping[str, Mapping[str, int]]
    access: Mapping[str, frozenset[str]]
    models: Mapping[str, ModelFacts]
    objects: Mapping[ObjectKey, Mapping[str, Any]]
    priorities: Mapping[str, int] = field(default_factory=dict)
    """Scheduling class → the priority of its InferenceObjectives (the highest, should two
    pools disagree)."""


def cluster_facts(documents: Iterable[Document]) -> ClusterFacts:
    """The facts of one cluster's documents."""
    objects: dict[ObjectKey, Mapping[str, Any]] = {}
    for document in documents:
        body = document.body
        metadata = body.get("metadata") or {}
        key = (
            str(body.get("kind", "")),
            str(metadata.get("namespace", "")),
            str(metadata.get("name", "")),
        )
        objects[key] = body
    by_kind: dict[str, list[Mapping[str, Any]]] = {}
    for (kind, _, _), body in objects.items():
        by_kind.setdefault(kind, []).append(body)
    served = _served_names(by_kind.get("AIGatewayRoute", []))
    return ClusterFacts(
        tenants=_tenants(by_kind.get("ExternalSecret", []), _tier_annotation(by_kind)),
        limits=_limits(by_kind.get("BackendTrafficPolicy", [])),
        access=_access(by_kind.get("AuthPolicy", [])),
        models=_models(objects, served),
        objects=objects,
        priorities=_priorities(by_kind.get("InferenceObjective", [])),
    )


def _priorities(objectives: list[Mapping[str, Any]]) -> dict[str, int]:
    priorities: dict[str, int] = {}
    for objective in objectives:
        decoded = names.objective_of_name(str((objective.get("metadata") or {}).get("name", "")))
        priority = _get(objective, "spec", "priority")
        if decoded is None or not isinstance(priority, int):
            continue
        _, scheduling_class = decoded
        priorities[scheduling_class] = max(priority, priorities.get(scheduling_class, priority))
    return dict(sorted(priorities.items()))


def _labels(body: Mapping[str, Any]) -> Mapping[str, str]:
    return (body.get("metadata") or {}).get("labels") or {}


def _tier_annotation(by_kind: Mapping[str, list[Mapping[str, Any]]]) -> str:
    """The annotation the AuthPolicy reads the tier from (`credentials.tier_annotation`)."""
    for policy in by_kind.get("AuthPolicy", []):
        identity = _get(policy, "spec", "rules", "response", "success", "filters", "identity")
        selector = _get(identity, "json", "properties", TIER, "selector")
        if isinstance(selector, str) and (annotation := annotation_of_selector(selector)):
            return annotation
    return names.DEFAULT_TIER_ANNOTATION


def _tenants(secrets: list[Mapping[str, Any]], tier_annotation: str) -> dict[str, TenantFacts]:
    keys: dict[str, list[tuple[str, str, str, str]]] = {}
    for secret in secrets:
        tenant = _labels(secret).get(names.TENANT_LABEL)
        if tenant is None:
            continue
        annotations = _get(secret, "spec", "target", "template", "metadata", "annotations") or {}
        keys.setdefault(tenant, []).append(
            (
                str(
                    annotations.get(
                        names.KEY_ID_ANNOTATION, (secret.get("metadata") or {}).get("name")
                    )
                ),
                str(annotations.get(tier_annotation, "?")),
                str(annotations.get(names.LIMITS_ANNOTATION, "?")),
                str(annotations.get(names.SCHEDULING_ANNOTATION, "?")),
            )
        )
    tenants: dict[str, TenantFacts] = {}
    for tenant, rows in sorted(keys.items()):
        rows.sort()
        tenants[tenant] = TenantFacts(
            tier=", ".join(sorted({row[1] for row in rows})),
            limits=", ".join(sorted({row[2] for row in rows})),
            keys=tuple(row[0] for row in rows),
            scheduling=", ".join(sorted({row[3] for row in rows})),
        )
    return tenants


def _limits(policies: list[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    limits: dict[str, dict[str, int]] = {}
    for policy in policies:
        for rule in _get(policy, "spec", "rateLimit", "global", "rules") or []:
            budget = budget_of_rule(rule) if isinstance(rule, dict) else None
            if budget is None:
                continue
            what = f"{budget.measure} {budget.window.suffix.replace('-', ' ')}"
            limits.setdefault(budget.limit_class, {})[what] = budget.limit
    return {cls: dict(sorted(values.items())) for cls, values in sorted(limits.items())}


def _access(policies: list[Mapping[str, Any]]) -> dict[str, frozenset[str]]:
    access: dict[str, frozenset[str]] = {}
    for policy in policies:
        rules = _get(policy, "spec", "rules", "authorization") or {}
        for rule_name, rule in rules.items():
            tier = tier_of_models_rule(str(rule_name))
            if tier is None:
                continue
            allowed: set[str] = set()
            for pattern in _get(rule, "patternMatching", "patterns") or []:
                names_allowed = models_allowed_of_predicate(str(pattern.get("predicate", "")))
                allowed.update(names_allowed or ())
            access[tier] = frozenset(allowed)
    return dict(sorted(access.items()))


def _served_names(routes: list[Mapping[str, Any]]) -> dict[str, str]:
    """Model id (a route rule's backend pool) -> the model name clients send."""
    served: dict[str, str] = {}
    for route in routes:
        for rule in _get(route, "spec", "rules") or []:
            pools = [
                b.get("name")
                for b in rule.get("backendRefs") or []
                if b.get("kind") == "InferencePool"
            ]
            values = models_matched(rule.get("matches") or [])
            if pools and values:
                served[str(pools[0])] = str(values[0])
    return served


def _models(
    objects: Mapping[ObjectKey, Mapping[str, Any]], served: Mapping[str, str]
) -> dict[str, ModelFacts]:
    ids = sorted({m for body in objects.values() if (m := _labels(body).get(names.MODEL_LABEL))})
    weights: dict[str, dict[str, int]] = {m: {} for m in ids}
    for (kind, _, _), body in objects.items():
        if kind != "AIGatewayRoute":
            continue
        for rule in _get(body, "spec", "rules") or []:
            for backend in rule.get("backendRefs") or []:
                model = str(backend.get("name"))
                if model in weights and "weight" in backend:
                    weights[model]["route backend"] = int(backend["weight"])
    owned: dict[str, dict[tuple[str, str], Mapping[str, Any]]] = {m: {} for m in ids}
    for (kind, _, name), body in objects.items():
        if (model_id := _labels(body).get(names.MODEL_LABEL)) is not None:
            owned[model_id][(kind, name)] = body
    models: dict[str, ModelFacts] = {}
    for model in ids:
        namespaced = owned[model]
        deployment = namespaced.get(("Deployment", names.model_server(model)), {})
        config_map = namespaced.get(("ConfigMap", names.endpoint_picker(model)), {})
        replicas = _get(deployment, "spec", "replicas")
        scaled = namespaced.get(("ScaledObject", names.model_autoscaler(model)))
        if scaled is not None:
            low = _get(scaled, "spec", "minReplicaCount")
            high = _get(scaled, "spec", "maxReplicaCount")
            replicas = f"{low}..{high} (autoscaled)"
        models[model] = ModelFacts(
            served_name=served.get(model),
            replicas=str(replicas) if isinstance(replicas, int | str) else None,
            weights={**_scheduler_weights(config_map), **weights[model]},
        )
    return models


def _scheduler_weights(config_map: Mapping[str, Any]) -> dict[str, int]:
    text = (config_map.get("data") or {}).get(EPP_CONFIG)
    if not isinstance(text, str):
        return {}
    config: Any = yaml.safe_load(text)
    weights: dict[str, int] = {}
    for profile in (config or {}).get("schedulingProfiles") or []:
        for plugin in profile.get("plugins") or []:
            if "weight" in plugin:
                weights[f"{plugin.get('pluginRef')}"] = int(plugin["weight"])
    return weights


def _get(value: Any, *path: str) -> Any:
    for step in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(step)
    return value
