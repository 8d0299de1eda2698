"""Cross-file checks: every id a file names must exist in the file that defines it."""

from __future__ import annotations

from tokenplane.config.source import KeyPath
from tokenplane.config.spec import PlatformSpec

MODEL_ID_MAX = 59
"""Longest model id: `<id>-epp` must still be a DNS-1035 label (63 characters) for Services."""

Problem = tuple[str, KeyPath, str]
"""(config file name, key path in it, message)."""


def check_references(spec: PlatformSpec) -> list[Problem]:
    """Every broken reference and clash in `spec`, each located in the file that makes it."""
    problems: list[Problem] = []
    tier_ids = sorted(spec.tiers)
    for tenant_id, tenant in spec.tenants.items():
        if tenant.tier not in spec.tiers:
            problems.append(
                (
                    "tenants.yaml",
                    ("tenants", tenant_id, "tier"),
                    f"unknown tier {tenant.tier!r}; expected one of: {', '.join(tier_ids)}",
                )
            )
    model_ids = sorted(spec.models)
    for tier_id, tier in spec.tiers.items():
        seen: set[str] = set()
        for index, model_id in enumerate(tier.models):
            path: KeyPath = ("tiers", tier_id, "models", index)
            if model_id not in spec.models:
                problems.append(
                    (
                        "tiers.yaml",
                        path,
                        f"unknown model {model_id!r}; expected one of: {', '.join(model_ids)}",
                    )
                )
            elif model_id in seen:
                problems.append(("tiers.yaml", path, f"model {model_id!r} is listed twice"))
            seen.add(model_id)
    served: dict[str, str] = {}
    for model_id, model in spec.models.items():
        if len(model_id) > MODEL_ID_MAX or not model_id[0].isalpha():
            problems.append(
                (
                    "models.yaml",
                    ("models", model_id),
                    f"model id {model_id!r} must start with a letter and have at most "
                    f"{MODEL_ID_MAX} characters: it names Services, such as {model_id}-epp",
                )
            )
        other = served.setdefault(model.served_name, model_id)
        if other != model_id:
            problems.append(
                (
                    "models.yaml",
                    ("models", model_id, "served_name"),
                    f"served name {model.served_name!r} is already used by model {other!r}; "
                    "served names must be unique",
                )
            )
    return problems
