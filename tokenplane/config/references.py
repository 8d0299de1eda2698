"""Cross-file checks: every id a file names must exist in the file that defines it, and no
two entries may map to one object name.

The checks judge `Parsed`: the entries of each file that passed their own schema, and every
id each file names. So they run even when some file has schema errors — a tenant naming an
unknown tier is reported beside a broken model — and a reference is checked against every
id the target file names, parsed or not (a tenant of a tier whose entry is broken is not
reported twice). Only a check whose target file could not be read at all (no such file,
broken YAML, not a mapping of ids) is skipped, with a note saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tokenplane.config.errors import config_problem
from tokenplane.config.models import AutoscalingSpec, ModelSpec
from tokenplane.config.platform import ClusterOverridesSpec, CredentialsSpec, NamespacesSpec
from tokenplane.config.scheduling import scheduling_classes
from tokenplane.config.source import KeyPath, dotted
from tokenplane.config.spec import PlatformSpec
from tokenplane.config.tenants import TenantSpec
from tokenplane.config.tiers import RequestLimitsSpec, TierSpec, TokenLimitsSpec
from tokenplane.contracts import names
from tokenplane.contracts.budgets import MAX_LIMIT_CLASSES
from tokenplane.contracts.limits import CUSTOM_LIMITS_PREFIX, custom_class, is_custom_class
from tokenplane.problems import Location, Problem

MODEL_ID_MAX = 59
"""Longest model id: `<id>-epp` must still be a DNS-1035 label (63 characters) for Services."""

MAX_SCHEDULING_CLASSES = 32
"""Most scheduling classes (tiers plus distinct tenant priorities) in use: each class is one
InferenceObjective per InferencePool and one entry of the AuthPolicy's list of known classes,
so the objects grow with classes, never with tenants; 32 keeps both small."""

RESERVED_MODEL_IDS = frozenset({"route-not-found"})
"""Model ids the pinned controllers reserve: a model id names its AIGatewayRoute rule, and
Envoy AI Gateway's CRD refuses a rule named `route-not-found` (the name of its own fallback)."""

Report = Callable[[str, KeyPath, str], None]
"""Records one problem: (config file name, key path in it, message)."""


@dataclass(frozen=True)
class Parsed:
    """Defines what the cross-reference checks judge: the entries of each file that passed
    their own schema, and the ids each file names (`None`: the file could not be read, so
    references to it cannot be judged)."""

    tiers: Mapping[str, TierSpec]
    tenants: Mapping[str, TenantSpec]
    models: Mapping[str, ModelSpec]
    clusters: Mapping[str, ClusterOverridesSpec]
    namespaces: NamespacesSpec | None
    credentials: CredentialsSpec | None
    tier_ids: frozenset[str] | None
    tenant_ids: frozenset[str] | None
    model_ids: frozenset[str] | None

    @classmethod
    def of(cls, spec: PlatformSpec) -> Parsed:
        """A whole, valid config: every entry parsed, every id known."""
        return cls(
            tiers=spec.tiers,
            tenants=spec.tenants,
            models=spec.models,
            clusters=spec.platform.clusters,
            namespaces=spec.platform.namespaces,
            credentials=spec.platform.credentials,
            tier_ids=frozenset(spec.tiers),
            tenant_ids=frozenset(spec.tenants),
            model_ids=frozenset(spec.models),
        )


Lines = Callable[[str, KeyPath], tuple[str, int]]
"""(shown file name, line) of a key path in a config file."""


def check_references(spec: PlatformSpec | Parsed, lines: Lines | None = None) -> list[Problem]:
    """Every broken reference and clash, each located in the file that makes it (`lines`
    gives the shown file name and line; default: the bare name, no line), and one
    `unchecked` note per check skipped because its target file could not be read."""
    parsed = spec if isinstance(spec, Parsed) else Parsed.of(spec)
    where = lines or (lambda file, _path: (file, 0))
    problems: list[Problem] = []

    def report(file: str, path: KeyPath, message: str) -> None:
        shown, line = where(file, path)
        problems.append(config_problem(shown, line, dotted(path), message))

    def unchecked(file: str, what: str, target: str) -> None:
        shown, _ = where(file, ())
        problems.append(
            Problem(
                "unchecked",
                Location(file=shown),
                f"{what} not checked: {target} could not be read",
                f"fix {target} first (its problems are listed above), then run again",
            )
        )

    if parsed.tier_ids is None:
        if parsed.tenants:
            unchecked("tenants.yaml", "the tenants' tiers", "tiers.yaml")
    else:
        expected = ", ".join(sorted(parsed.tier_ids))
        for tenant_id, tenant in parsed.tenants.items():
            if tenant.tier not in parsed.tier_ids:
                report(
                    "tenants.yaml",
                    ("tenants", tenant_id, "tier"),
                    f"unknown tier {tenant.tier!r}; expected one of: {expected}",
                )
    if parsed.model_ids is None:
        if parsed.tiers:
            unchecked("tiers.yaml", "the tiers' models", "models.yaml")
    for tier_id, tier in parsed.tiers.items():
        seen: set[str] = set()
        for index, model_id in enumerate(tier.models):
            path: KeyPath = ("tiers", tier_id, "models", index)
            if parsed.model_ids is not None and model_id not in parsed.model_ids:
                report(
                    "tiers.yaml",
                    path,
                    f"unknown model {model_id!r}; expected one of: "
                    f"{', '.join(sorted(parsed.model_ids))}",
                )
            elif model_id in seen:
                report("tiers.yaml", path, f"model {model_id!r} is listed twice")
            seen.add(model_id)
    served: dict[str, str] = {}
    for model_id, model in parsed.models.items():
        if model_id in RESERVED_MODEL_IDS:
            report(
                "models.yaml",
                ("models", model_id),
                f"model id {model_id!r} is reserved by Envoy AI Gateway (it names the rule "
                "of requests no route matches); choose another id",
            )
        if len(model_id) > MODEL_ID_MAX or not model_id[0].isalpha():
            report(
                "models.yaml",
                ("models", model_id),
                f"model id {model_id!r} must start with a letter and have at most "
                f"{MODEL_ID_MAX} characters: it names Services, such as {model_id}-epp",
            )
        wait = model.flow_control.queue_wait_seconds
        if model.flow_control.enabled and wait >= model.route_timeout_seconds:
            report(
                "models.yaml",
                ("models", model_id, "flow_control", "queue_wait_seconds"),
                f"queue_wait_seconds ({wait}) must be below route_timeout_seconds "
                f"({model.route_timeout_seconds}): a request still queued in the endpoint "
                "picker when the route times out is lost without the picker's retryable error",
            )
        other = served.setdefault(model.served_name, model_id)
        if other != model_id:
            report(
                "models.yaml",
                ("models", model_id, "served_name"),
                f"served name {model.served_name!r} is already used by model {other!r}; "
                "served names must be unique",
            )
    _check_collisions(parsed, report)
    _check_autoscaling(parsed, report)
    _check_model_secrets(parsed, report)
    _check_tenancy(parsed, report)
    _cluster_references(parsed, report, unchecked)
    return problems


def _check_collisions(parsed: Parsed, report: Report) -> None:
    """Config entries whose object names coincide once mapped (tokenplane/names.py), each
    reported at both entries, naming the other."""
    owners: dict[str, tuple[str, str]] = {}
    for model_id in sorted(parsed.models):
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
                    report(
                        "models.yaml",
                        ("models", mine),
                        f"model {mine!r} names its {mine_what} {name!r}, the name of model "
                        f"{theirs!r}'s {theirs_what} (models.{theirs}); rename one of them",
                    )
    namespaces = parsed.namespaces
    if namespaces is None:
        return
    seen: dict[str, str] = {}
    for role in ("gateway", "models", "auth"):
        value = getattr(namespaces, role)
        other_role = seen.setdefault(value, role)
        if other_role != role:
            for mine, theirs in ((role, other_role), (other_role, role)):
                report(
                    "platform.yaml",
                    ("namespaces", mine),
                    f"namespace {value!r} is also namespaces.{theirs}; each role needs a "
                    "namespace of its own (their policies and isolation differ)",
                )


def _check_autoscaling(parsed: Parsed, report: Report) -> None:
    """Autoscaled models have a replica range and no fixed count, here and per cluster."""
    sites: list[tuple[str, KeyPath, AutoscalingSpec | None, bool]] = [
        (
            "models.yaml",
            ("models", model_id),
            model.autoscaling,
            "replicas" in model.model_fields_set,
        )
        for model_id, model in parsed.models.items()
    ]
    for cluster_id, cluster in parsed.clusters.items():
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
            report(
                file,
                (*path, "autoscaling", "max_replicas"),
                f"max_replicas ({autoscaling.max_replicas}) is below min_replicas "
                f"({autoscaling.min_replicas})",
            )
        if fixed:
            report(
                file,
                (*path, "replicas"),
                "replicas and autoscaling exclude each other: with autoscaling KEDA owns "
                "the replica count; remove replicas",
            )


def _check_model_secrets(parsed: Parsed, report: Report) -> None:
    """Models sharing a token Secret agree on how it is filled: all from the store or none,
    and one store path per Secret key."""
    filled: dict[str, tuple[str, bool]] = {}
    paths: dict[tuple[str, str], tuple[str, str]] = {}
    for model_id, model in parsed.models.items():
        token = model.hf_token
        if token is None:
            continue
        path: KeyPath = ("models", model_id, "hf_token", "remote_key")
        from_store = token.remote_key is not None
        other_model, other_from_store = filled.setdefault(token.name, (model_id, from_store))
        if other_from_store != from_store:
            report(
                "models.yaml",
                path,
                f"Secret {token.name!r} is filled from the store for one of models "
                f"{other_model!r} and {model_id!r} but not the other; set remote_key on "
                "both or on neither",
            )
        if token.remote_key is None:
            continue
        first = paths.setdefault((token.name, token.key), (model_id, token.remote_key))
        if first[1] != token.remote_key:
            report(
                "models.yaml",
                path,
                f"Secret {token.name!r} key {token.key!r} is filled from {first[1]!r} by "
                f"model {first[0]!r}; one key has one store path",
            )


def _check_tenancy(parsed: Parsed, report: Report) -> None:
    """Keys, overrides and limit numbers: what the tenancy policies and credentials rely on."""
    remote_key = parsed.credentials.remote_key if parsed.credentials else None
    if remote_key is not None and ("{tenant}" not in remote_key or "{key}" not in remote_key):
        report(
            "platform.yaml",
            ("credentials", "remote_key"),
            f"{remote_key!r} must contain both {{tenant}} and {{key}}, so that every key "
            "has its own path in the store",
        )
    for tier_id, tier in parsed.tiers.items():
        if is_custom_class(tier_id):
            report(
                "tiers.yaml",
                ("tiers", tier_id),
                f"tier ids must not start with {CUSTOM_LIMITS_PREFIX!r}, which names "
                "tenants' own limits; rename the tier",
            )
        if tier_id.startswith(names.PRIORITY_CLASS_PREFIX):
            report(
                "tiers.yaml",
                ("tiers", tier_id),
                f"tier ids must not start with {names.PRIORITY_CLASS_PREFIX!r}, which names "
                "tenants' own scheduling priorities; rename the tier",
            )
        _check_windows(report, "tiers.yaml", ("tiers", tier_id), tier.requests, tier.tokens)
    for tenant_id, tenant in parsed.tenants.items():
        seen: set[str] = set()
        for index, key in enumerate(tenant.keys):
            if key.id in seen:
                report(
                    "tenants.yaml",
                    ("tenants", tenant_id, "keys", index, "id"),
                    f"key id {key.id!r} is listed twice for this tenant; key ids must be "
                    "unique per tenant",
                )
            seen.add(key.id)
        limits = tenant.limits
        if limits is None:
            continue
        path: KeyPath = ("tenants", tenant_id, "limits")
        if limits.requests is None and limits.tokens is None:
            report("tenants.yaml", path, "limits sets neither requests nor tokens; remove it")
        _check_windows(report, "tenants.yaml", path, limits.requests, limits.tokens)
    _check_class_count(parsed, report)
    _check_scheduling_class_count(parsed, report)


def _check_scheduling_class_count(parsed: Parsed, report: Report) -> None:
    """The scheduling classes in use stay few: objects per class and pool, never per tenant."""
    classes = scheduling_classes(parsed.tiers, parsed.tenants)
    if len(classes) > MAX_SCHEDULING_CLASSES:
        report(
            "tenants.yaml",
            ("tenants",),
            f"{len(classes)} scheduling classes are in use (tiers plus distinct tenant "
            f"priorities), at most {MAX_SCHEDULING_CLASSES} allowed: each is one "
            "InferenceObjective per model; give tenants with similar needs the same priority",
        )


def _check_class_count(parsed: Parsed, report: Report) -> None:
    """The limit classes in use fit the Gateway's one budgets policy (four rules each)."""
    classes = set(parsed.tiers)
    for tenant in parsed.tenants.values():
        tier = parsed.tiers.get(tenant.tier)
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
    if len(classes) > MAX_LIMIT_CLASSES:
        report(
            "tenants.yaml",
            ("tenants",),
            f"{len(classes)} limit classes are in use (tiers plus distinct tenant limits), at "
            f"most {MAX_LIMIT_CLASSES} allowed: Envoy Gateway's one budgets policy holds 256 "
            "rules, four per class; give tenants with similar limits the same numbers",
        )


def _check_windows(
    report: Report,
    file: str,
    path: KeyPath,
    requests: RequestLimitsSpec | None,
    tokens: TokenLimitsSpec | None,
) -> None:
    for part, limits in (("requests", requests), ("tokens", tokens)):
        if limits is not None and limits.per_minute > limits.per_day:
            report(
                file,
                (*path, part, "per_minute"),
                f"{part} per minute ({limits.per_minute}) exceed {part} per day "
                f"({limits.per_day}); the daily limit would never be reached",
            )


def _cluster_references(
    parsed: Parsed, report: Report, unchecked: Callable[[str, str, str], None]
) -> None:
    """A cluster's model and tenant selections name models and tenants that exist."""
    selects_models = any(c.models for c in parsed.clusters.values())
    selects_tenants = any(c.tenants for c in parsed.clusters.values())
    if parsed.model_ids is None and selects_models:
        unchecked("platform.yaml", "the clusters' models", "models.yaml")
    if parsed.tenant_ids is None and selects_tenants:
        unchecked("platform.yaml", "the clusters' tenants", "tenants.yaml")
    for cluster_id, cluster in parsed.clusters.items():
        if parsed.model_ids is not None:
            model_ids = ", ".join(sorted(parsed.model_ids))
            for model_id in cluster.models or {}:
                if model_id not in parsed.model_ids:
                    report(
                        "platform.yaml",
                        ("clusters", cluster_id, "models", model_id),
                        f"unknown model {model_id!r}; expected one of: {model_ids}",
                    )
        seen: set[str] = set()
        for index, tenant_id in enumerate(cluster.tenants or []):
            path: KeyPath = ("clusters", cluster_id, "tenants", index)
            if parsed.tenant_ids is not None and tenant_id not in parsed.tenant_ids:
                report("platform.yaml", path, f"unknown tenant {tenant_id!r}; see tenants.yaml")
            elif tenant_id in seen:
                report("platform.yaml", path, f"tenant {tenant_id!r} is listed twice")
            seen.add(tenant_id)
