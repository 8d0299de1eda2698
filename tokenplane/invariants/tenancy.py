"""Tenancy invariants: every key Secret can be found by the AuthPolicy, every tier with
tenants is limited by budgets shared across routes and counted per tenant from the headers the
AuthPolicy sets, and no key material is part of the output; against the resolved cluster, the
output renders exactly the live keys, each counted under its tenant's limit class with that
class's numbers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.contracts import names
from tokenplane.contracts.budgets import Budget, budget_of_rule
from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.contracts.limits import MEASURES, WINDOWS
from tokenplane.invariants.index import Manifest, ObjectIndex
from tokenplane.problems import Location, Problem
from tokenplane.resolve import ResolvedCluster


def _api_key_selectors(index: ObjectIndex) -> list[tuple[str, Mapping[str, str]]]:
    found: list[tuple[str, Mapping[str, str]]] = []
    for policy in index.of_kind("AuthPolicy"):
        rules = policy.get("spec", {}).get("rules", {})
        for rule in rules.get("authentication", {}).values():
            selector = rule.get("apiKey", {}).get("selector", {})
            if selector:
                found.append((policy["metadata"]["name"], selector.get("matchLabels", {})))
    return found


def _template_metadata(external_secret: Manifest) -> Mapping[str, Any]:
    target = external_secret.get("spec", {}).get("target", {})
    metadata: Mapping[str, Any] = target.get("template", {}).get("metadata", {})
    return metadata


def _key_secrets(index: ObjectIndex) -> Iterable[Manifest]:
    for external_secret in index.of_kind("ExternalSecret"):
        if names.TENANT_LABEL in external_secret.get("metadata", {}).get("labels", {}):
            yield external_secret


def key_secrets_match_auth_policy(index: ObjectIndex) -> Iterable[Problem]:
    """Each tenant key's Secret carries the labels of an AuthPolicy's API-key selector,
    Authorino's own label among them; otherwise the key would be silently ignored."""
    selectors = _api_key_selectors(index)
    for external_secret in _key_secrets(index):
        labels = _template_metadata(external_secret).get("labels", {})
        if labels.get(names.AUTHORINO_LABEL) != names.AUTHORINO_LABEL_VALUE:
            yield _at(
                external_secret,
                f"its Secret lacks the label {names.AUTHORINO_LABEL}: "
                f"{names.AUTHORINO_LABEL_VALUE}, so Authorino never reads it",
                "spec.target.template.metadata.labels",
            )
        if not any(all(labels.get(k) == v for k, v in match.items()) for _, match in selectors):
            yield _at(
                external_secret,
                f"its Secret's labels {dict(sorted(labels.items()))} match no AuthPolicy "
                "API-key selector, so the key would be refused",
                "spec.target.template.metadata.labels",
            )


def _budgets(index: ObjectIndex) -> list[tuple[Manifest, Budget]]:
    """Every budget rule of every BackendTrafficPolicy, with the policy that holds it."""
    found: list[tuple[Manifest, Budget]] = []
    for policy in index.of_kind("BackendTrafficPolicy"):
        rules = (policy.get("spec", {}).get("rateLimit") or {}).get("global") or {}
        for rule in rules.get("rules") or []:
            budget = budget_of_rule(rule)
            if budget is not None:
                found.append((policy, budget))
    return found


def limited_tiers(index: ObjectIndex) -> Iterable[Problem]:
    """Every limit class a key Secret is counted under has a request limit and a token budget
    for it (a tenant outside every limit would be unlimited)."""
    covered = {(b.limit_class, b.measure) for _, b in _budgets(index)}
    for external_secret in _key_secrets(index):
        annotations = _template_metadata(external_secret).get("annotations", {})
        limit_class = annotations.get(names.LIMITS_ANNOTATION)
        field = "spec.target.template.metadata.annotations"
        if limit_class is None:
            yield _at(
                external_secret, f"its Secret has no {names.LIMITS_ANNOTATION} annotation", field
            )
            continue
        for measure in MEASURES:
            if (limit_class, measure) not in covered:
                yield _at(
                    external_secret,
                    f"no BackendTrafficPolicy rule limits the {measure} of limit class "
                    f"{limit_class!r} "
                    f"(tier {annotations.get(names.DEFAULT_TIER_ANNOTATION, '?')}), "
                    "so its tenant is unlimited",
                    field,
                )


def budgets_are_per_tenant_across_routes(index: ObjectIndex) -> Iterable[Problem]:
    """Every budget rule is shared (one counter across every route, not one per route) and
    counts each tenant on its own; the AuthPolicy sets the tenant and limit-class headers the
    rules read, so a client cannot choose them."""
    budgets = _budgets(index)
    field = "spec.rateLimit.global.rules"
    for policy, budget in budgets:
        rule = f"the {budget.measure} rule of {budget.limit_class!r} per {budget.window.unit}"
        if not budget.shared:
            yield _at(
                policy, f"{rule} is not shared: every route would count its own budget", field
            )
        if not budget.per_tenant:
            yield _at(
                policy,
                f"{rule} does not count each {TENANT_HEADER} on its own: "
                "every tenant of the class would share one counter",
                field,
            )
    if not budgets:
        return
    for policy in index.of_kind("AuthPolicy"):
        success = policy.get("spec", {}).get("rules", {}).get("response", {}).get("success", {})
        headers = success.get("headers") or {}
        for header in (TENANT_HEADER, LIMITS_HEADER):
            if header not in headers:
                yield _at(
                    policy,
                    f"does not set {header}: the budgets would read what the client sent",
                    "spec.rules.response.success.headers",
                )


def no_key_material(index: ObjectIndex) -> Iterable[Problem]:
    """No Secret in the output holds data: values come from the credentials store only."""
    for secret in index.of_kind("Secret"):
        if secret.get("data") or secret.get("stringData"):
            namespace = secret.get("metadata", {}).get("namespace", "")
            yield _at(
                secret,
                f"holds data in namespace {namespace}; secret values must come from the "
                "credentials store (an ExternalSecret), never from dist/",
                "data" if secret.get("data") else "stringData",
            )


def _at(manifest: Manifest, message: str, field: str = "") -> Problem:
    """An invariant Problem about one object (`Kind name`, and a field path in it)."""
    where = f"{manifest['kind']} {manifest.get('metadata', {}).get('name')}"
    return Problem("invariant", Location(object=where, field=field), message)


CHECKS = (
    key_secrets_match_auth_policy,
    limited_tiers,
    budgets_are_per_tenant_across_routes,
    no_key_material,
)


def _rendered_keys(index: ObjectIndex) -> dict[tuple[str, str], Manifest]:
    """(tenant, key id) → the ExternalSecret that renders that key."""
    rendered: dict[tuple[str, str], Manifest] = {}
    for external_secret in _key_secrets(index):
        tenant = names.tenant_of(external_secret.get("metadata", {}).get("labels", {}))
        key = (
            _template_metadata(external_secret)
            .get("annotations", {})
            .get(names.KEY_ID_ANNOTATION, external_secret["metadata"]["name"])
        )
        if tenant is not None:
            rendered[(tenant, str(key))] = external_secret
    return rendered


def rendered_keys_are_live(index: ObjectIndex, cluster: ResolvedCluster) -> Iterable[str | Problem]:
    """The output renders a key Secret for exactly the keys live in the resolved cluster: a
    missing one refuses a tenant's calls, an extra one (expired, suspended, removed, or of a
    tenant this cluster does not serve) lets a withdrawn key in."""
    rendered = _rendered_keys(index)
    live = {(tenant, key.id) for tenant, keys in cluster.active_keys.items() for key in keys}
    for tenant, key in sorted(live - rendered.keys()):
        yield (
            f"key {key} of tenant {tenant} is live in tenants.yaml but no ExternalSecret "
            "renders it, so its calls would be refused"
        )
    for tenant, key in sorted(rendered.keys() - live):
        yield dataclasses.replace(
            _at(
                rendered[(tenant, key)],
                f"renders key {key} of tenant {tenant}, which is not live in this cluster "
                "(expired, suspended, removed, or a tenant the cluster does not serve)",
            ),
            hint="withdraw it: run `tokenplane synth` from the config",
        )


def limits_are_the_resolved_classes(
    index: ObjectIndex, cluster: ResolvedCluster
) -> Iterable[str | Problem]:
    """Each key Secret is counted under its tenant's limit class as resolved, and every class
    in use has a limit per measure and window carrying the class's number (tiers.yaml's, or
    the tenant's own): the budget in the config is the budget enforced."""
    in_use: set[str] = set()
    live = {(tenant, key.id) for tenant, keys in cluster.active_keys.items() for key in keys}
    for (tenant, key), external_secret in sorted(_rendered_keys(index).items()):
        if (tenant, key) not in live:
            continue  # reported by rendered_keys_are_live
        expected = cluster.tenant_limit_classes.get(tenant)
        annotations = _template_metadata(external_secret).get("annotations", {})
        found = annotations.get(names.LIMITS_ANNOTATION)
        if expected is not None and found != expected:
            yield _at(
                external_secret,
                f"its Secret is counted under limit class {found!r}, but tenant {tenant}'s "
                f"limits resolve to {expected!r}",
                "spec.target.template.metadata.annotations",
            )
        if expected is not None:
            in_use.add(expected)
    enforced = {
        (budget.limit_class, budget.measure, budget.window.suffix): budget.limit
        for _, budget in _budgets(index)
    }
    for class_id in sorted(in_use):
        limit_class = cluster.limit_classes.get(class_id)
        if limit_class is None:
            continue
        for measure in MEASURES:
            numbers = limit_class.numbers(measure)
            for window in WINDOWS:
                want = getattr(numbers, window.field)
                got = enforced.get((class_id, measure, window.suffix))
                if got is not None and got != want:
                    yield (
                        f"limit class {class_id!r} allows {got} {measure} {window.suffix}, "
                        f"but the config says {want}"
                    )


EXPECTATIONS = (rendered_keys_are_live, limits_are_the_resolved_classes)
