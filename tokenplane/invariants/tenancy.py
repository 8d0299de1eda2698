"""Tenancy invariants: every key Secret can be found by the AuthPolicy, every tier with
tenants is limited by budgets shared across routes and counted per tenant from the headers the
AuthPolicy sets, and no key material is part of the output."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tokenplane.contracts import names
from tokenplane.contracts.budgets import Budget, budget_of_rule
from tokenplane.contracts.headers import LIMITS_HEADER, TENANT_HEADER
from tokenplane.contracts.limits import MEASURES
from tokenplane.invariants.index import Manifest, ObjectIndex


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


def key_secrets_match_auth_policy(index: ObjectIndex) -> Iterable[str]:
    """Each tenant key's Secret carries the labels of an AuthPolicy's API-key selector,
    Authorino's own label among them; otherwise the key would be silently ignored."""
    selectors = _api_key_selectors(index)
    for external_secret in _key_secrets(index):
        name = external_secret["metadata"]["name"]
        labels = _template_metadata(external_secret).get("labels", {})
        if labels.get(names.AUTHORINO_LABEL) != names.AUTHORINO_LABEL_VALUE:
            yield (
                f"ExternalSecret {name}: its Secret lacks the label "
                f"{names.AUTHORINO_LABEL}: {names.AUTHORINO_LABEL_VALUE}, so Authorino never "
                "reads it"
            )
        if not any(all(labels.get(k) == v for k, v in match.items()) for _, match in selectors):
            yield (
                f"ExternalSecret {name}: its Secret's labels {dict(sorted(labels.items()))} "
                "match no AuthPolicy API-key selector, so the key would be refused"
            )


def _budgets(index: ObjectIndex) -> list[tuple[str, Budget]]:
    found: list[tuple[str, Budget]] = []
    for policy in index.of_kind("BackendTrafficPolicy"):
        name = f"BackendTrafficPolicy {policy['metadata'].get('namespace', '')}/"
        name += policy["metadata"]["name"]
        rules = (policy.get("spec", {}).get("rateLimit") or {}).get("global") or {}
        for rule in rules.get("rules") or []:
            budget = budget_of_rule(rule)
            if budget is not None:
                found.append((name, budget))
    return found


def limited_tiers(index: ObjectIndex) -> Iterable[str]:
    """Every limit class a key Secret is counted under has a request limit and a token budget
    for it (a tenant outside every limit would be unlimited)."""
    covered = {(b.limit_class, b.measure) for _, b in _budgets(index)}
    for external_secret in _key_secrets(index):
        annotations = _template_metadata(external_secret).get("annotations", {})
        limit_class = annotations.get(names.LIMITS_ANNOTATION)
        name = external_secret["metadata"]["name"]
        if limit_class is None:
            yield f"ExternalSecret {name}: its Secret has no {names.LIMITS_ANNOTATION} annotation"
            continue
        for measure in MEASURES:
            if (limit_class, measure) not in covered:
                yield (
                    f"ExternalSecret {name}: no BackendTrafficPolicy rule limits the {measure} "
                    f"of limit class {limit_class!r} "
                    f"(tier {annotations.get(names.DEFAULT_TIER_ANNOTATION, '?')}), "
                    "so its tenant is unlimited"
                )


def budgets_are_per_tenant_across_routes(index: ObjectIndex) -> Iterable[str]:
    """Every budget rule is shared (one counter across every route, not one per route) and
    counts each tenant on its own; the AuthPolicy sets the tenant and limit-class headers the
    rules read, so a client cannot choose them."""
    budgets = _budgets(index)
    for name, budget in budgets:
        rule = (
            f"{name}: the {budget.measure} rule of {budget.limit_class!r} per {budget.window.unit}"
        )
        if not budget.shared:
            yield f"{rule} is not shared: every route would count its own budget"
        if not budget.per_tenant:
            yield (
                f"{rule} does not count each {TENANT_HEADER} on its own: "
                "every tenant of the class would share one counter"
            )
    if not budgets:
        return
    for policy in index.of_kind("AuthPolicy"):
        success = policy.get("spec", {}).get("rules", {}).get("response", {}).get("success", {})
        headers = success.get("headers") or {}
        for header in (TENANT_HEADER, LIMITS_HEADER):
            if header not in headers:
                yield (
                    f"AuthPolicy {policy['metadata']['name']} does not set {header}: the budgets "
                    "would read what the client sent"
                )


def no_key_material(index: ObjectIndex) -> Iterable[str]:
    """No Secret in the output holds data: values come from the credentials store only."""
    for secret in index.of_kind("Secret"):
        if secret.get("data") or secret.get("stringData"):
            metadata = secret.get("metadata", {})
            yield (
                f"Secret {metadata.get('namespace', '')}/{metadata.get('name')} holds data; "
                "secret values must come from the credentials store (an ExternalSecret), "
                "never from dist/"
            )


CHECKS = (
    key_secrets_match_auth_policy,
    limited_tiers,
    budgets_are_per_tenant_across_routes,
    no_key_material,
)
