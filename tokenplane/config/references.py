"""Cross-file checks: every id a file names must exist in the file that defines it."""

from __future__ import annotations

from tokenplane.config.models import AutoscalingSpec
from tokenplane.config.source import KeyPath
from tokenplane.config.spec import PlatformSpec
from tokenplane.config.tiers import RequestLimitsSpec, TokenLimitsSpec
from tokenplane.contracts import names
from tokenplane.contracts.budgets import MAX_LIMIT_CLASSES
from tokenplane.contracts.limits import CUSTOM_LIMITS_PREFIX, custom_class, is_custom_class

MODEL_ID_MAX = 59
"""Longest model id: `<id>-epp` must still be a DNS-1035 label (63 characters) for Services."""

RESERVED_MODEL_IDS = frozenset({"route-not-found"})
"""Model ids the pinned controllers reserve: a model id names its AIGatewayRoute rule, and
Envoy AI Gateway's CRD refuses a rule named `route-not-found` (the name of its own fallback)."""

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
        if model_id in RESERVED_MODEL_IDS:
            problems.append(
                (
                    "models.yaml",
                    ("models", model_id),
                    f"model id {model_id!r} is reserved by Envoy AI Gateway (it names the rule "
                    "of requests no route matches); choose another id",
                )
            )
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
    problems.extend(_check_collisions(spec))
    problems.extend(_check_autoscaling(spec))
    problems.extend(_check_model_secrets(spec))
    problems.extend(_check_tenancy(spec))
    problems.extend(_cluster_references(spec))
    return problems


def _check_collisions(spec: PlatformSpec) -> list[Problem]:
    """Config entries whose object names coincide once mapped (tokenplane/names.py), each
    reported at both entries, naming the other."""
    problems: list[Problem] = []
    owners: dict[str, tuple[str, str]] = {}
    for model_id in sorted(spec.models):
        for name, what in (
            (names.model_server(model_id), "vLLM Deployment and Service"),
            (
                names.endpoint_picker(model_id),
                "endpoint picker",
            ),
        ):
            other = owners.setdefault(name, (model_id, what))
            if other[0] != model_id:
                for mine, theirs, mine_what, theirs_what in (
                    (model_id, other[0], what, other[1]),
                    (other[0], model_id, other[1], what),
                ):
                    problems.append(
                        (
                            "models.yaml",
                            ("models", mine),
                            f"model {mine!r} names its {mine_what} {name!r}, the name of model "
                            f"{theirs!r}'s {theirs_what} (models.{theirs}); rename one of them",
                        )
                    )
    namespaces = spec.platform.namespaces
    seen: dict[str, str] = {}
    for role in ("gateway", "models", "auth"):
        value = getattr(namespaces, role)
        other_role = seen.setdefault(value, role)
        if other_role != role:
            for mine, theirs in ((role, other_role), (other_role, role)):
                problems.append(
                    (
                        "platform.yaml",
                        ("namespaces", mine),
                        f"namespace {value!r} is also namespaces.{theirs}; each role needs a "
                        "namespace of its own (their policies and isolation differ)",
                    )
                )
    return problems


def _check_autoscaling(spec: PlatformSpec) -> list[Problem]:
    """Autoscaled models have a replica range and no fixed count, here and per cluster."""
    problems: list[Problem] = []
    sites: list[tuple[str, KeyPath, AutoscalingSpec | None, bool]] = [
        (
            "models.yaml",
            ("models", model_id),
            model.autoscaling,
            "replicas" in model.model_fields_set,
        )
        for model_id, model in spec.models.items()
    ]
    for cluster_id, cluster in spec.platform.clusters.items():
        for model_id, override in (cluster.models or {}).items():
            sites.append(
                (
                    "platform.yaml",
                    ("clusters", cluster_id, "models", model_id),
                    override.autoscaling,
                    override.replicas is not None,
                )
            )
    for file, path, autoscaling, fixed in sites:
        if autoscaling is None:
            continue
        if autoscaling.min_replicas > autoscaling.max_replicas:
            problems.append(
                (
                    file,
                    (*path, "autoscaling", "max_replicas"),
                    f"max_replicas ({autoscaling.max_replicas}) is below min_replicas "
                    f"({autoscaling.min_replicas})",
                )
            )
        if fixed:
            problems.append(
                (
                    file,
                    (*path, "replicas"),
                    "replicas and autoscaling exclude each other: with autoscaling KEDA owns "
                    "the replica count; remove replicas",
                )
            )
    return problems


def _check_model_secrets(spec: PlatformSpec) -> list[Problem]:
    """Models sharing a token Secret agree on how it is filled: all from the store or none,
    and one store path per Secret key."""
    problems: list[Problem] = []
    filled: dict[str, tuple[str, bool]] = {}
    paths: dict[tuple[str, str], tuple[str, str]] = {}
    for model_id, model in spec.models.items():
        token = model.hf_token
        if token is None:
            continue
        path: KeyPath = ("models", model_id, "hf_token", "remote_key")
        from_store = token.remote_key is not None
        other_model, other_from_store = filled.setdefault(token.name, (model_id, from_store))
        if other_from_store != from_store:
            problems.append(
                (
                    "models.yaml",
                    path,
                    f"Secret {token.name!r} is filled from the store for one of models "
                    f"{other_model!r} and {model_id!r} but not the other; set remote_key on "
                    "both or on neither",
                )
            )
        if token.remote_key is None:
            continue
        first = paths.setdefault((token.name, token.key), (model_id, token.remote_key))
        if first[1] != token.remote_key:
            problems.append(
                (
                    "models.yaml",
                    path,
                    f"Secret {token.name!r} key {token.key!r} is filled from {first[1]!r} by "
                    f"model {first[0]!r}; one key has one store path",
                )
            )
    return problems


def _check_tenancy(spec: PlatformSpec) -> list[Problem]:
    """Keys, overrides and limit numbers: what the tenancy policies and credentials rely on."""
    problems: list[Problem] = []
    remote_key = spec.platform.credentials.remote_key
    if "{tenant}" not in remote_key or "{key}" not in remote_key:
        problems.append(
            (
                "platform.yaml",
                ("credentials", "remote_key"),
                f"{remote_key!r} must contain both {{tenant}} and {{key}}, so that every key "
                "has its own path in the store",
            )
        )
    for tier_id, tier in spec.tiers.items():
        if is_custom_class(tier_id):
            problems.append(
                (
                    "tiers.yaml",
                    ("tiers", tier_id),
                    f"tier ids must not start with {CUSTOM_LIMITS_PREFIX!r}, which names "
                    "tenants' own limits; rename the tier",
                )
            )
        problems.extend(
            _check_windows("tiers.yaml", ("tiers", tier_id), tier.requests, tier.tokens)
        )
    for tenant_id, tenant in spec.tenants.items():
        seen: set[str] = set()
        for index, key in enumerate(tenant.keys):
            if key.id in seen:
                problems.append(
                    (
                        "tenants.yaml",
                        ("tenants", tenant_id, "keys", index, "id"),
                        f"key id {key.id!r} is listed twice for this tenant; key ids must be "
                        "unique per tenant",
                    )
                )
            seen.add(key.id)
        limits = tenant.limits
        if limits is None:
            continue
        path: KeyPath = ("tenants", tenant_id, "limits")
        if limits.requests is None and limits.tokens is None:
            problems.append(
                ("tenants.yaml", path, "limits sets neither requests nor tokens; remove it")
            )
        problems.extend(_check_windows("tenants.yaml", path, limits.requests, limits.tokens))
    problems.extend(_check_class_count(spec))
    return problems


def _check_class_count(spec: PlatformSpec) -> list[Problem]:
    """The limit classes in use fit the Gateway's one budgets policy (four rules each)."""
    classes = set(spec.tiers)
    for tenant in spec.tenants.values():
        tier = spec.tiers.get(tenant.tier)
        if tenant.suspended or tier is None or tenant.limits is None:
            continue
        requests = tenant.limits.requests or tier.requests
        tokens = tenant.limits.tokens or tier.tokens
        if (requests, tokens) != (tier.requests, tier.tokens):
            classes.add(
                custom_class(
                    requests.per_minute, requests.per_day, tokens.per_minute, tokens.per_day
                )
            )
    if len(classes) <= MAX_LIMIT_CLASSES:
        return []
    return [
        (
            "tenants.yaml",
            ("tenants",),
            f"{len(classes)} limit classes are in use (tiers plus distinct tenant limits), at "
            f"most {MAX_LIMIT_CLASSES} allowed: Envoy Gateway's one budgets policy holds 256 "
            "rules, four per class; give tenants with similar limits the same numbers",
        )
    ]


def _check_windows(
    file: str,
    path: KeyPath,
    requests: RequestLimitsSpec | None,
    tokens: TokenLimitsSpec | None,
) -> list[Problem]:
    problems: list[Problem] = []
    for part, limits in (("requests", requests), ("tokens", tokens)):
        if limits is not None and limits.per_minute > limits.per_day:
            problems.append(
                (
                    file,
                    (*path, part, "per_minute"),
                    f"{part} per minute ({limits.per_minute}) exceed {part} per day "
                    f"({limits.per_day}); the daily limit would never be reached",
                )
            )
    return problems


def _cluster_references(spec: PlatformSpec) -> list[Problem]:
    problems: list[Problem] = []
    model_ids = ", ".join(sorted(spec.models))
    for cluster_id, cluster in spec.platform.clusters.items():
        for model_id in cluster.models or {}:
            if model_id not in spec.models:
                problems.append(
                    (
                        "platform.yaml",
                        ("clusters", cluster_id, "models", model_id),
                        f"unknown model {model_id!r}; expected one of: {model_ids}",
                    )
                )
        seen: set[str] = set()
        for index, tenant_id in enumerate(cluster.tenants or []):
            path: KeyPath = ("clusters", cluster_id, "tenants", index)
            if tenant_id not in spec.tenants:
                problems.append(
                    ("platform.yaml", path, f"unknown tenant {tenant_id!r}; see tenants.yaml")
                )
            elif tenant_id in seen:
                problems.append(("platform.yaml", path, f"tenant {tenant_id!r} is listed twice"))
            seen.add(tenant_id)
    return problems
