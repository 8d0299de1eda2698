"""The tenancy chart: policies per tier and per override, credentials per active key."""

from __future__ import annotations

import datetime
from typing import Any

from cel_expr_python import cel
from cel_expr_python.ext import ext_strings
from pydantic import TypeAdapter

from tokenplane.app import synthesize
from tokenplane.config import PlatformSpec, RateLimitingSpec, StorageSpec, TenantSpec
from tokenplane.contracts import model_list, names
from tokenplane.contracts.budgets import Budget, budget_of_rule
from tokenplane.contracts.headers import (
    FAIRNESS_HEADER,
    LEGACY_FAIRNESS_HEADER,
    LEGACY_OBJECTIVE_HEADER,
    LIMITS_HEADER,
    MODEL_HEADER,
    OBJECTIVE_HEADER,
    SCHEDULING_HEADERS,
    TENANT_HEADER,
)
from tokenplane.contracts.predicates import UNSCHEDULED_OBJECTIVE
from tokenplane.resolve import resolve

TODAY = datetime.date(2026, 1, 1)
SEED = {
    "free": ((10, 100), (5_000, 50_000)),
    "pro": ((100, 5_000), (50_000, 500_000)),
    "enterprise": ((1_000, 50_000), (500_000, 5_000_000)),
}


def _objects(spec: PlatformSpec, today: datetime.date = TODAY) -> list[dict[str, Any]]:
    return synthesize(spec, today=today)["production"]


def _one(objects: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind]
    return found


def _key_secrets(objects: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        o["metadata"]["name"]: o
        for o in objects
        if o["kind"] == "ExternalSecret" and names.TENANT_LABEL in o["metadata"]["labels"]
    }


def _with_tenants(spec: PlatformSpec, tenants: dict[str, TenantSpec]) -> PlatformSpec:
    return spec.model_copy(update={"tenants": tenants})


def _is_eg(document: dict[str, Any]) -> bool:
    return bool(document["metadata"]["name"] == "envoy-gateway")


def _budgets(objects: list[dict[str, Any]]) -> dict[tuple[str, str, str], Budget]:
    """(limit class, measure, window suffix) -> the budget rule of the one policy."""
    rules = _one(objects, "BackendTrafficPolicy")["spec"]["rateLimit"]["global"]["rules"]
    found: dict[tuple[str, str, str], Budget] = {}
    for rule in rules:
        budget = budget_of_rule(rule)
        assert budget is not None, rule
        found[(budget.limit_class, budget.measure, budget.window.suffix)] = budget
    assert len(found) == len(rules), "two rules hold the same budget"
    return found


def test_request_and_token_limits_carry_the_seed_numbers(example_spec: PlatformSpec) -> None:
    budgets = _budgets(_objects(example_spec))
    for tier, ((rpm, rpd), (tpm, tpd)) in SEED.items():
        for measure, per_minute, per_day in (("requests", rpm, rpd), ("tokens", tpm, tpd)):
            assert budgets[(tier, measure, "per-minute")].limit == per_minute
            assert budgets[(tier, measure, "per-day")].limit == per_day
            for window in ("per-minute", "per-day"):
                budget = budgets[(tier, measure, window)]
                assert budget.shared and budget.per_tenant, budget


def test_an_admitted_request_carries_the_tenant_and_its_limit_class(
    example_spec: PlatformSpec,
) -> None:
    success = _one(_objects(example_spec), "AuthPolicy")["spec"]["rules"]["response"]["success"]
    assert {h: success["headers"][h] for h in (LIMITS_HEADER, TENANT_HEADER)} == {
        LIMITS_HEADER: {
            "plain": {"selector": r"auth.identity.metadata.annotations.tokenplane\.io/limits"}
        },
        TENANT_HEADER: {
            "plain": {
                "selector": r"auth.identity.metadata.annotations.secret\.kuadrant\.io/user-id"
            }
        },
    }


def test_policies_target_the_gateway(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec)
    ref = {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "tokenplane"}
    auth, budgets = _one(objects, "AuthPolicy"), _one(objects, "BackendTrafficPolicy")
    assert auth["spec"]["targetRef"] == ref
    assert budgets["spec"]["targetRefs"] == [ref]
    for policy in (auth, budgets):
        assert policy["metadata"]["namespace"] == "tokenplane-gateway"


def test_override_gets_its_own_limits_without_its_own_policy(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec)
    custom = "custom-r100-5000-t100000-1000000"
    secret = _key_secrets(objects)["api-key.globex.primary"]
    annotations = secret["spec"]["target"]["template"]["metadata"]["annotations"]
    assert annotations[names.LIMITS_ANNOTATION] == custom
    assert annotations["kuadrant.io/groups"] == "pro"
    budgets = _budgets(objects)
    assert budgets[(custom, "tokens", "per-minute")].limit == 100_000
    assert budgets[(custom, "tokens", "per-day")].limit == 1_000_000
    assert budgets[(custom, "requests", "per-minute")].limit == 100


def test_tenants_with_the_same_override_share_one_class(example_spec: PlatformSpec) -> None:
    tenants = dict(example_spec.tenants)
    tenants["globex-2"] = tenants["globex"]
    budgets = _budgets(_objects(_with_tenants(example_spec, tenants)))
    assert len({key for key in budgets if key[0].startswith("custom-")}) == 4


def test_model_allowlist_is_rendered_for_every_tier(example_spec: PlatformSpec) -> None:
    rules = _one(_objects(example_spec), "AuthPolicy")["spec"]["rules"]["authorization"]
    for tier_id, tier in example_spec.tiers.items():
        rule = rules[f"models-{tier_id}"]
        (pattern,) = rule["patternMatching"]["patterns"]
        for model_id, model in example_spec.models.items():
            assert (f'"{model.served_name}"' in pattern["predicate"]) == (
                model_id in tier.models
            ), f"tier {tier_id}, model {model_id}"
        assert pattern["predicate"].startswith('"x-ai-eg-model" in request.headers && ')
        assert {
            "predicate": f'auth.identity.metadata.annotations["kuadrant.io/groups"] == "{tier_id}"'
        } in rule["when"]


def test_unknown_tier_and_unknown_paths_are_refused(example_spec: PlatformSpec) -> None:
    rules = _one(_objects(example_spec), "AuthPolicy")["spec"]["rules"]["authorization"]
    (known,) = rules["tenant-known"]["patternMatching"]["patterns"]
    assert 'in ["enterprise", "free", "pro"]' in known["predicate"]
    (served,) = rules["endpoint-served"]["patternMatching"]["patterns"]
    assert "/v1/chat/completions" in served["predicate"]
    assert served["predicate"].endswith(f" || ({model_list.models_list_predicate()})")
    assert model_list.ANTHROPIC_MODELS_PATH not in served["predicate"]
    assert "when" not in rules["tenant-known"] and "when" not in rules["endpoint-served"]


def test_auth_policy_publishes_tier_tenant_and_limit_class(example_spec: PlatformSpec) -> None:
    policy = _one(_objects(example_spec), "AuthPolicy")["spec"]["rules"]
    assert policy["authentication"]["api-key"]["credentials"] == {
        "authorizationHeader": {"prefix": "Bearer"}
    }
    properties = policy["response"]["success"]["filters"]["identity"]["json"]["properties"]
    assert properties == {
        "limits": {"selector": r"auth.identity.metadata.annotations.tokenplane\.io/limits"},
        "tier": {"selector": r"auth.identity.metadata.annotations.kuadrant\.io/groups"},
        "userid": {"selector": r"auth.identity.metadata.annotations.secret\.kuadrant\.io/user-id"},
    }


def test_one_credential_per_active_key(example_spec: PlatformSpec) -> None:
    secrets = _key_secrets(_objects(example_spec))
    assert sorted(secrets) == [
        "api-key.acme.primary",
        "api-key.acme.rotated",
        "api-key.globex.primary",
        "api-key.hobbyist.primary",
        "api-key.initech.primary",
        "api-key.umbrella.primary",
    ]
    acme = secrets["api-key.acme.primary"]
    assert acme["metadata"]["namespace"] == "kuadrant-system"
    assert acme["spec"]["data"] == [
        {"secretKey": "api_key", "remoteRef": {"key": "tokenplane/tenants/acme/primary"}}
    ]
    assert acme["spec"]["secretStoreRef"] == {
        "kind": "ClusterSecretStore",
        "name": "tokenplane-api-keys",
    }


def test_suspended_tenant_has_no_credentials(example_spec: PlatformSpec) -> None:
    assert example_spec.tenants["student-lab"].suspended
    secrets = _key_secrets(_objects(example_spec))
    assert not [name for name in secrets if ".student-lab." in name]


def test_expired_keys_are_not_rendered(example_spec: PlatformSpec) -> None:
    on_last_day = _key_secrets(_objects(example_spec, datetime.date(2099, 6, 30)))
    day_after = _key_secrets(_objects(example_spec, datetime.date(2099, 7, 1)))
    assert "api-key.acme.primary" in on_last_day
    assert "api-key.acme.primary" not in day_after
    assert "api-key.acme.rotated" in day_after


def test_removed_tenant_leaves_nothing_behind(example_spec: PlatformSpec) -> None:
    # globex is served by production only; staging names its tenants in platform.yaml.
    assert "globex" in str(_objects(example_spec))
    tenants = {k: v for k, v in example_spec.tenants.items() if k != "globex"}
    objects = _objects(_with_tenants(example_spec, tenants))
    assert "globex" not in str(objects)


def test_tier_change_changes_only_that_tenants_objects(example_spec: PlatformSpec) -> None:
    before = _objects(example_spec)
    tenants = dict(example_spec.tenants)
    tenants["hobbyist"] = tenants["hobbyist"].model_copy(update={"tier": "enterprise"})
    after = _objects(_with_tenants(example_spec, tenants))
    changed = [a["metadata"]["name"] for a, b in zip(after, before, strict=True) if a != b]
    assert changed == ["api-key.hobbyist.primary"]


def _with_storage(spec: PlatformSpec, storage: dict[str, Any]) -> PlatformSpec:
    platform = spec.platform.model_copy(
        update={"rate_limit_storage": TypeAdapter(StorageSpec).validate_python(storage)}
    )
    return spec.model_copy(update={"platform": platform})


def test_the_rate_limit_service_counts_in_redis(example_spec: PlatformSpec) -> None:
    objects = _objects(_with_storage(example_spec, {"kind": "redis"}))
    assert not [o for o in objects if o["kind"] == "Limitador"]
    (url,) = [o for o in objects if o["metadata"]["name"] == "ratelimit-redis"]
    assert url["kind"] == "ExternalSecret"
    assert url["metadata"]["namespace"] == "envoy-gateway-system"
    assert url["spec"]["data"] == [
        {"secretKey": "URL", "remoteRef": {"key": "tokenplane/limitador/redis-url"}}
    ]
    (release,) = [
        o
        for o in objects
        if o["kind"] == "HelmRelease" and o["metadata"]["name"] == "envoy-gateway"
    ]
    rate_limit = release["spec"]["values"]["config"]["envoyGateway"]["rateLimit"]
    assert rate_limit == {
        "backend": {
            "type": "Redis",
            "redis": {"urlRef": {"secretKeyRef": {"name": "ratelimit-redis", "key": "URL"}}},
        },
        "failClosed": False,
    }


def _common_served_names(spec: PlatformSpec) -> list[str]:
    """What every tier may call, computed here from the config."""
    per_tier = [{spec.models[m].served_name for m in t.models} for t in spec.tiers.values()]
    common = per_tier[0]
    for names_of_tier in per_tier[1:]:
        common &= names_of_tier
    return sorted(common)


def test_v1_models_is_answered_by_our_route_after_the_auth_policy(
    example_spec: PlatformSpec,
) -> None:
    # AI Gateway answers /v1/models in its ext_proc, which runs only on the routes it
    # generates; an Exact match of our own outranks their prefix "/" and keeps it away.
    objects = _objects(example_spec)
    name = names.model_list(example_spec.platform.name)
    route = _named(objects, "HTTPRoute", name)
    assert "gateway.envoyproxy.io/ai-gateway-generated" not in route["metadata"].get(
        "annotations", {}
    )
    (parent,) = route["spec"]["parentRefs"]
    gateway = _one(objects, "Gateway")
    assert (parent["name"], parent["sectionName"]) == (gateway["metadata"]["name"], "https")
    (rule,) = route["spec"]["rules"]
    assert [m["path"] for m in rule["matches"]] == [
        {"type": "Exact", "value": path} for path in model_list.LIST_PATHS
    ]
    assert "backendRefs" not in rule and all("method" not in m for m in rule["matches"])
    (ref,) = rule["filters"]
    assert ref["extensionRef"] == {
        "group": "gateway.envoyproxy.io",
        "kind": "HTTPRouteFilter",
        "name": name,
    }
    answer = _named(objects, "HTTPRouteFilter", name)
    assert answer["metadata"]["namespace"] == route["metadata"]["namespace"]
    direct = answer["spec"]["directResponse"]
    assert (direct["statusCode"], direct["contentType"]) == (200, "application/json")
    listed = model_list.served_names_of_body(direct["body"]["inline"])
    assert listed == _common_served_names(example_spec) != []
    # The AuthPolicy that admits it targets the Gateway, so it covers this route too.
    assert _one(objects, "AuthPolicy")["spec"]["targetRef"]["kind"] == "Gateway"


def test_v1_models_lists_only_what_every_tier_may_call(example_spec: PlatformSpec) -> None:
    everything = sorted(m.served_name for m in example_spec.models.values())
    for tier_models, expected in (
        (list(example_spec.models), everything),
        ([], []),
    ):
        tiers = dict(example_spec.tiers)
        tiers["free"] = tiers["free"].model_copy(update={"models": tier_models})
        spec = example_spec.model_copy(update={"tiers": tiers})
        answer = _named(_objects(spec), "HTTPRouteFilter", names.model_list(spec.platform.name))
        body = answer["spec"]["directResponse"]["body"]["inline"]
        assert model_list.served_names_of_body(body) == expected == _common_served_names(spec)


def _named(objects: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def test_in_cluster_redis_persists_and_takes_its_password_from_a_generator(
    example_spec: PlatformSpec,
) -> None:
    objects = _objects(
        _with_storage(
            example_spec,
            {"kind": "redis-in-cluster", "storage_size": "5Gi", "storage_class": "fast"},
        )
    )
    redis = _named(objects, "StatefulSet", "ratelimit-redis")["spec"]
    (container,) = redis["template"]["spec"]["containers"]
    assert container["image"].startswith("redis:7.4.")
    assert container["args"][:2] == ["--appendonly", "yes"]
    assert container["args"][-2:] == ["--requirepass", "$(REDIS_PASSWORD)"]
    assert container["env"] == [
        {
            "name": "REDIS_PASSWORD",
            "valueFrom": {"secretKeyRef": {"name": "ratelimit-redis", "key": "password"}},
        }
    ]
    (claim,) = redis["volumeClaimTemplates"]
    assert claim["spec"]["storageClassName"] == "fast"
    assert claim["spec"]["resources"]["requests"] == {"storage": "5Gi"}
    service = _named(objects, "Service", "ratelimit-redis")["spec"]
    assert service["selector"] == redis["selector"]["matchLabels"]
    secret = _named(objects, "ExternalSecret", "ratelimit-redis")["spec"]
    assert secret["refreshPolicy"] == "CreatedOnce"
    assert secret["dataFrom"][0]["sourceRef"]["generatorRef"]["name"] == "ratelimit-redis-password"
    assert secret["target"]["template"]["data"] == {
        "password": "{{ .password }}",
        "URL": "redis://:{{ .password }}@ratelimit-redis:6379",
    }
    assert _named(objects, "Password", "ratelimit-redis-password")["spec"]["symbols"] == 0


def test_in_cluster_redis_password_can_come_from_the_store(example_spec: PlatformSpec) -> None:
    objects = _objects(
        _with_storage(
            example_spec, {"kind": "redis-in-cluster", "password_key": "tokenplane/redis"}
        )
    )
    secret = _named(objects, "ExternalSecret", "ratelimit-redis")["spec"]
    assert secret["data"] == [{"secretKey": "password", "remoteRef": {"key": "tokenplane/redis"}}]
    assert "refreshPolicy" not in secret
    assert not [o for o in objects if o["kind"] == "Password" and "redis" in o["metadata"]["name"]]


def test_minted_key_is_pushed_once_to_its_store_path(example_spec: PlatformSpec) -> None:
    objects = _objects(example_spec)
    push = _named(objects, "PushSecret", "mint.umbrella.primary")
    assert push["metadata"]["labels"][names.TENANT_LABEL] == "umbrella"
    assert push["spec"]["updatePolicy"] == "IfNotExists"
    assert push["spec"]["selector"]["generatorRef"]["name"] == "api-key"
    (data,) = push["spec"]["data"]
    assert data["match"]["remoteRef"] == {"remoteKey": "tokenplane/tenants/umbrella/primary"}
    key = _key_secrets(objects)["api-key.umbrella.primary"]["spec"]
    assert key["data"][0]["remoteRef"] == {"key": "tokenplane/tenants/umbrella/primary"}
    generator = _named(objects, "Password", "api-key")
    assert generator["metadata"]["namespace"] == "kuadrant-system"
    assert data["match"]["secretKey"] == generator["spec"]["secretKeys"][0]


def test_no_key_generator_without_minted_keys(example_spec: PlatformSpec) -> None:
    tenants = {
        tenant_id: tenant.model_copy(
            update={"keys": [k.model_copy(update={"mint": False}) for k in tenant.keys]}
        )
        for tenant_id, tenant in example_spec.tenants.items()
    }
    objects = _objects(_with_tenants(example_spec, tenants))
    assert not [
        o
        for o in objects
        if o["kind"] in ("PushSecret", "Password") and o["metadata"]["name"] == "api-key"
    ]
    assert not [o for o in objects if o["kind"] == "PushSecret"]


def test_the_budgets_fail_closed_when_the_platform_says_so(example_spec: PlatformSpec) -> None:
    platform = example_spec.platform.model_copy(
        update={"rate_limiting": RateLimitingSpec(fail_closed=True)}
    )
    objects = _objects(example_spec.model_copy(update={"platform": platform}))
    (release,) = [
        o
        for o in objects
        if o["kind"] == "HelmRelease" and o["metadata"]["name"] == "envoy-gateway"
    ]
    assert release["spec"]["values"]["config"]["envoyGateway"]["rateLimit"]["failClosed"] is True


def _evaluate(expression: str, headers: dict[str, str], annotations: dict[str, str]) -> Any:
    """The value of a success-header CEL expression for one request and key Secret, evaluated
    by cel-expr-python (Authorino evaluates it with cel-go; the conformance suite runs that)."""
    env = cel.NewEnv(
        variables={"request": cel.Type.DYN, "auth": cel.Type.DYN},
        extensions=[ext_strings.ExtStrings()],
    )
    data = {
        "request": {"headers": headers},
        "auth": {"identity": {"metadata": {"annotations": annotations}}},
    }
    result = env.compile(expression).eval(data=data)
    assert result.type() != cel.Type.ERROR, result
    return result.value()


def test_the_objective_header_names_the_callers_objective_on_the_called_models_pool(
    example_spec: PlatformSpec,
) -> None:
    objects = _objects(example_spec)
    cluster = resolve(example_spec, today=TODAY)["production"]
    success = _one(objects, "AuthPolicy")["spec"]["rules"]["response"]["success"]["headers"]
    objective = success[OBJECTIVE_HEADER]["plain"]["expression"]
    assert success[LEGACY_OBJECTIVE_HEADER]["plain"]["expression"] == objective
    objectives = {o["metadata"]["name"]: o for o in objects if o["kind"] == "InferenceObjective"}
    assert len(objectives) == len(cluster.scheduling_classes) * len(cluster.models)
    seen = set()
    for name, secret in _key_secrets(objects).items():
        annotations = secret["spec"]["target"]["template"]["metadata"]["annotations"]
        tenant = secret["metadata"]["labels"][names.TENANT_LABEL]
        scheduling_class = cluster.tenant_scheduling_classes[tenant]
        assert annotations[names.SCHEDULING_ANNOTATION] == scheduling_class, name
        for model_id, model in cluster.models.items():
            value = _evaluate(objective, {MODEL_HEADER: model.served_name}, annotations)
            assert value == names.inference_objective(model_id, scheduling_class)
            found = objectives[value]["spec"]
            assert found["poolRef"]["name"] == model_id
            assert found["priority"] == cluster.scheduling_classes[scheduling_class]
            seen.add(scheduling_class)
        assert _evaluate(objective, {}, annotations) == UNSCHEDULED_OBJECTIVE
        assert _evaluate(objective, {MODEL_HEADER: "gpt-5"}, annotations) == UNSCHEDULED_OBJECTIVE
    assert seen == {"free", "pro", "enterprise", names.priority_class(15)}


def test_the_fairness_id_is_the_tenant_under_both_names(example_spec: PlatformSpec) -> None:
    success = _one(_objects(example_spec), "AuthPolicy")["spec"]["rules"]["response"]["success"]
    tenant = success["headers"][TENANT_HEADER]
    assert success["headers"][FAIRNESS_HEADER] == tenant
    assert success["headers"][LEGACY_FAIRNESS_HEADER] == tenant
    assert set(SCHEDULING_HEADERS) <= set(success["headers"])


def test_priorities_follow_tier_order_and_overrides_share_a_class(
    example_spec: PlatformSpec,
) -> None:
    tenants = dict(example_spec.tenants)
    tenants["acme"] = tenants["acme"].model_copy(update={"priority": 15})
    tenants["initech"] = tenants["initech"].model_copy(update={"priority": 20})  # its tier's
    tenants["hobbyist"] = tenants["hobbyist"].model_copy(update={"priority": -1})
    objects = _objects(_with_tenants(example_spec, tenants))
    priorities = {
        o["metadata"]["name"]: o["spec"]["priority"]
        for o in objects
        if o["kind"] == "InferenceObjective" and o["spec"]["poolRef"]["name"] == "llama-3-1-8b"
    }
    assert priorities == {
        "llama-3-1-8b.free": 0,
        "llama-3-1-8b.pro": 10,
        "llama-3-1-8b.enterprise": 20,
        "llama-3-1-8b.priority-15": 15,
        "llama-3-1-8b.priority-minus-1": -1,
    }
    classes = {
        name: secret["spec"]["target"]["template"]["metadata"]["annotations"][
            names.SCHEDULING_ANNOTATION
        ]
        for name, secret in _key_secrets(objects).items()
    }
    assert classes["api-key.acme.primary"] == classes["api-key.globex.primary"] == "priority-15"
    assert classes["api-key.initech.primary"] == "enterprise"
    assert classes["api-key.hobbyist.primary"] == "priority-minus-1"
