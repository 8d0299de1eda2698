"""The behaviours the conformance suite asserts, as functions of a running suite.

The tests call them against the rendered config; test_broken_variants.py calls the same functions
against deliberately broken renderings and requires them to fail, so none of them can pass
whatever the policies say.
"""

from __future__ import annotations

import datetime
import json
import secrets
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conformance import envoy_gateway, suite_config
from tests.conformance import keys as keys_module
from tests.conformance.dataplane import Budgets, DataPlane, Request, Response
from tests.conformance.rate_limit_service import RateLimitService
from tests.conformance.stack import (
    AUTHORINO_GRPC_PORT,
    LIMITADOR_GRPC_PORT,
    LOOPBACK,
    KuadrantStack,
)
from tokenplane.contracts import names, predicates
from tokenplane.contracts.headers import (
    FAIRNESS_HEADER,
    LEGACY_FAIRNESS_HEADER,
    LEGACY_OBJECTIVE_HEADER,
    LIMITS_HEADER,
    OBJECTIVE_HEADER,
    SCHEDULING_HEADERS,
    TENANT_HEADER,
)
from tokenplane.contracts.limits import MEASURES, WINDOWS
from tokenplane.resolve.limit_classes import LimitClass

HOST = "api.tokenplane.example.com"
CHAT = "/v1/chat/completions"
MODELS = "/v1/models"
ANTHROPIC_MODELS = "/anthropic/v1/models"
SMALL = "nvidia/Llama-3.1-Nemotron-Nano-8B-v1"
LARGE = "nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-FP8"
KEY_LABEL = "tokenplane.io/api-key"
HTTPS_LISTENER = "https"


@dataclass
class Suite:
    stack: KuadrantStack
    plane: DataPlane
    keys: keys_module.Keys
    documents: list[dict[str, Any]]
    budgets: RateLimitService
    translation: envoy_gateway.Translation
    binaries: dict[str, Path]
    workdir: Path

    def call(
        self,
        key: str | None,
        *,
        model: str | None = SMALL,
        path: str = CHAT,
        method: str = "POST",
        tokens: int | None = None,
        extra: dict[str, str] | None = None,
    ) -> Response:
        headers = dict(extra or {})
        if model:
            headers["x-ai-eg-model"] = model
        if key is not None:
            headers["authorization"] = f"Bearer {key}"
        body = {"usage": {"total_tokens": tokens}} if tokens is not None else {}
        return self.plane.handle(Request(method, path, HOST, headers, upstream_body=body))

    def tenant(self, tenant: str, key: str = "primary", **kwargs: Any) -> Response:
        return self.call(self.keys.of(tenant, key), **kwargs)


def render_today() -> datetime.date:
    """Synthesis runs two days before the calls, so the key that expired yesterday is rendered."""
    return datetime.datetime.now(datetime.UTC).date() - datetime.timedelta(days=2)


def conformance_documents(workdir: Path) -> list[dict[str, Any]]:
    today = datetime.datetime.now(datetime.UTC).date()
    config = suite_config.conformance_config(workdir / "config", today=today)
    return suite_config.render(config, today=render_today())


@contextmanager
def running(
    documents: list[dict[str, Any]], workdir: Path, binaries: dict[str, Path]
) -> Iterator[Suite]:
    keys = keys_module.derive(documents, KEY_LABEL)
    service = RateLimitService(
        ratelimit=binaries["ratelimit"], redis=binaries["redis"], workdir=workdir
    )
    with KuadrantStack(
        documents,
        workdir=workdir,
        operator=binaries["operator"],
        authorino=binaries["authorino"],
        secrets=keys.secrets,
    ) as stack:
        policies = stack.list("envoyextensionpolicies")
        assert len(policies) == 1, f"expected one EnvoyExtensionPolicy, got {len(policies)}"
        translation = translate(documents, stack, workdir, binaries)
        try:
            service.start(translation.service_config())
            plane = DataPlane(
                policies[0],
                authorino=f"{LOOPBACK}:{AUTHORINO_GRPC_PORT}",
                limitador=f"{LOOPBACK}:{LIMITADOR_GRPC_PORT}",
                budgets=Budgets(translation, service.address),
            )
            try:
                yield Suite(stack, plane, keys, documents, service, translation, binaries, workdir)
            finally:
                plane.close()
        finally:
            service.stop()


def translate(
    documents: list[dict[str, Any]],
    stack: KuadrantStack,
    workdir: Path,
    binaries: dict[str, Path],
    *,
    envoy_gateway_config: dict[str, Any] | None = None,
) -> envoy_gateway.Translation:
    """The real Envoy Gateway translator on what the stack's API server holds: the rendered
    platform, and the HTTPRoutes as applied (ours and the AI Gateway's)."""
    applied = [d for d in documents if d.get("kind") != "HTTPRoute"] + stack.list("httproutes")
    (gateway,) = [d for d in documents if d.get("kind") == "Gateway"]
    return envoy_gateway.translate(
        envoy_gateway.translator_input(applied, stack.list("aigatewayroutes")),
        egctl=binaries["egctl"],
        ratelimit_config=binaries["eg-ratelimit-config"],
        envoy_gateway_config=envoy_gateway_config or envoy_gateway.envoy_gateway_config(documents),
        workdir=workdir / "translation",
        listener=(
            f"{gateway['metadata']['namespace']}/{gateway['metadata']['name']}/{HTTPS_LISTENER}"
        ),
        host=HOST,
    )


# -- behaviours ---------------------------------------------------------------------------------


def check_policies_enforced(suite: Suite) -> None:
    """The AuthPolicy is Accepted and Enforced; the limits are in the BackendTrafficPolicy,
    which no controller here reconciles (Envoy Gateway's translator runs, not its controller),
    so no Kuadrant limit policy is rendered at all."""
    conditions = suite.stack.policy_conditions()
    assert set(conditions) == {"AuthPolicy/tokenplane-api-keys"}
    limitador = suite.stack.get("limitadors", "kuadrant-system", "limitador") or {}
    assert not limitador.get("spec", {}).get("limits"), "Kuadrant counts limits too"
    services = suite.plane.services
    called = {a["service"] for s in suite.plane.config["actionSets"] for a in s["actions"]}
    assert {services[name]["type"] for name in called} == {"auth"}, called
    for name, found in conditions.items():
        assert found.get("Accepted") == "True", (name, found)
        assert found.get("Enforced") == "True", (name, found)


def check_tier_models(suite: Suite) -> None:
    """A tier's tenant may call its models and is refused the others."""
    allowed = suite.tenant("hobbyist")
    assert allowed.status == 200, allowed
    assert allowed.identity.get("tier") == "free" and allowed.identity.get("userid") == "hobbyist"
    refused = suite.tenant("hobbyist", model=LARGE)
    assert refused.status == 403, refused
    assert suite.tenant("acme", model=LARGE).status == 200


def check_authentication(suite: Suite) -> None:
    assert suite.call(None).status == 401
    assert suite.call(secrets.token_urlsafe(24)).status == 401
    assert not [
        d
        for d in suite.documents
        if d.get("kind") == "ExternalSecret"
        and d["metadata"]["name"].startswith("api-key.student-lab.")
    ], "a suspended tenant's key is rendered"


def _callable_by_every_tier(documents: list[dict[str, Any]]) -> list[str]:
    """The served names every tier's `models-<tier>` rule admits, decoded from the AuthPolicy
    (not from the model list's own construct)."""
    (policy,) = [d for d in documents if d.get("kind") == "AuthPolicy"]
    allowed: list[set[str]] = []
    for rule_name, rule in policy["spec"]["rules"]["authorization"].items():
        if predicates.tier_of_models_rule(rule_name) is None:
            continue
        (pattern,) = rule["patternMatching"]["patterns"]
        names = predicates.models_allowed_of_predicate(pattern["predicate"])
        assert names is not None, rule_name
        allowed.append(set(names))
    assert allowed, "no models-<tier> rule"
    return sorted(set.intersection(*allowed))


def check_model_list(suite: Suite) -> None:
    """`GET /v1/models` meets the AuthPolicy: no key or a wrong key → 401; a key of any tier →
    200 with the models every tier may call; another method → 403. The Anthropic list path,
    which AI Gateway would also answer, is never answered without a key and never admitted."""
    for path in (MODELS, f"{MODELS}?limit=1", ANTHROPIC_MODELS):
        anonymous = suite.call(None, path=path, model=None, method="GET")
        assert anonymous.status == 401, (path, anonymous)
    wrong = suite.call(secrets.token_urlsafe(24), path=MODELS, model=None, method="GET")
    assert wrong.status == 401, wrong
    expected = _callable_by_every_tier(suite.documents)
    assert expected, "the example tiers share no model: the list would say nothing"
    for tenant in ("hobbyist", "acme", "initech", "daily"):
        answered = suite.tenant(tenant, path=MODELS, model=None, method="GET")
        assert answered.status == 200, (tenant, answered)
        body = json.loads(answered.body)
        assert body["object"] == "list", body
        assert [m["id"] for m in body["data"]] == expected, (tenant, body)
        assert suite.tenant(tenant, path=MODELS, model=None).status == 403  # POST
        assert suite.tenant(tenant, path=ANTHROPIC_MODELS, model=None, method="GET").status == 403


def fresh_minute(needed: float = 25.0) -> None:
    """Waits for the next minute when fewer than `needed` seconds are left in this one: the
    rate-limit service's windows are fixed and aligned to the unit (a minute budget resets at
    every full minute), so a check must not straddle the boundary."""
    left = 60.0 - (time.time() % 60.0)
    if left < needed:
        time.sleep(left + 0.2)


def check_request_limit(
    suite: Suite, tenant: str, other: str, per_minute: int, *, spoof: bool = False
) -> None:
    """Request N+1 in the window is refused; another tenant of the tier is not. With `spoof`,
    every request also carries the budget headers naming `other` and a class no key has: the
    AuthPolicy's values must replace them, so the requests still count on `tenant`."""
    extra = {TENANT_HEADER: other, LIMITS_HEADER: "no-such-class"} if spoof else None
    fresh_minute(needed=25.0 + per_minute / 50)
    statuses = [suite.tenant(tenant, extra=extra).status for _ in range(per_minute)]
    assert statuses == [200] * per_minute, statuses
    assert suite.tenant(tenant, extra=extra).status == 429
    assert suite.tenant(other).status == 200


def check_token_budget_override(suite: Suite) -> None:
    """globex's own token budget (100,000/min) wins over its tier's (pro: 50,000/min); usage is
    counted after the response, and the request after the budget is exceeded is refused (the
    token rules only check on the request, cost 0: a tenant exactly at its budget may still
    send one more)."""
    fresh_minute()
    assert suite.tenant("globex", tokens=60000).status == 200
    assert suite.tenant("globex", tokens=40001).status == 200  # pro's budget would refuse this
    assert suite.tenant("globex").status == 429


def check_daily_token_budget(suite: Suite) -> None:
    assert suite.tenant("daily", tokens=3001).status == 200
    assert suite.tenant("daily").status == 429


def check_rotated_key_shares_counters(suite: Suite) -> None:
    fresh_minute()
    assert suite.tenant("acme", "primary", tokens=50001).status == 200
    assert suite.tenant("acme", "rotated").status == 429


def check_requests_shared_across_routes(
    suite: Suite, tenant: str, per_minute: int, other_path: str
) -> None:
    """Requests spent on the chat route count on `other_path`, another HTTPRoute."""
    fresh_minute()
    statuses = [suite.tenant(tenant).status for _ in range(per_minute)]
    assert statuses == [200] * per_minute, statuses
    assert suite.tenant(tenant, model=None, path=other_path).status == 429


def check_tokens_shared_across_routes(
    suite: Suite, tenant: str, per_minute: int, other_model: str | None, other_path: str = CHAT
) -> None:
    """Tokens spent over the minute budget on the chat route of one model count on another
    route (another model's shard, or the audio routes when `other_model` is None)."""
    fresh_minute()
    assert suite.tenant(tenant, tokens=per_minute + 1).status == 200
    assert suite.tenant(tenant, model=other_model, path=other_path).status == 429


def check_keys_at_request_time(suite: Suite) -> None:
    minted = suite.tenant("pro-three", "minted")
    assert minted.status == 200 and minted.identity.get("userid") == "pro-three", minted
    # Rendered two days ago, when it was valid; expired yesterday: refused now, by the policy.
    assert suite.tenant("expiring", "old").status == 403


SCHEDULED = (
    # (tenant, model name called, its pool, the scheduling class the config gives the tenant,
    # the priority of that class): tiers by their position in tiers.yaml (free 0, pro 10,
    # enterprise 20), sched-own by its own `priority: 15` (suite_config.py).
    ("sched-free", SMALL, "llama-3-1-8b", "free", 0),
    ("sched-pro", LARGE, "nemotron-vl-12b", "pro", 10),
    ("sched-own", SMALL, "llama-3-1-8b", names.priority_class(15), 15),
    ("sched-enterprise", LARGE, "nemotron-vl-12b", "enterprise", 20),
)


def check_scheduling_headers(suite: Suite) -> None:
    """Authorino's OK response sets the endpoint picker's objective and fairness-id headers,
    under the current and the legacy names, to the caller's: the objective of the caller's
    scheduling class on the called model's pool (an InferenceObjective of the output, at the
    class's priority) and the tenant id. The client sends its own values under all four names,
    naming another tenant and the highest class; every one is replaced."""
    objectives = {
        d["metadata"]["name"]: d for d in suite.documents if d.get("kind") == "InferenceObjective"
    }
    spoofed = {
        OBJECTIVE_HEADER: names.inference_objective("llama-3-1-8b", "enterprise"),
        LEGACY_OBJECTIVE_HEADER: names.inference_objective("nemotron-vl-12b", "enterprise"),
        FAIRNESS_HEADER: "umbrella",
        LEGACY_FAIRNESS_HEADER: "umbrella",
    }
    for tenant, model, pool, scheduling_class, priority in SCHEDULED:
        response = suite.tenant(tenant, model=model, extra=spoofed)
        assert response.status == 200, (tenant, response)
        objective = names.inference_objective(pool, scheduling_class)
        assert objectives[objective]["spec"]["priority"] == priority, objective
        assert objectives[objective]["spec"]["poolRef"]["name"] == pool, objective
        trusted = {
            OBJECTIVE_HEADER: objective,
            LEGACY_OBJECTIVE_HEADER: objective,
            FAIRNESS_HEADER: tenant,
            LEGACY_FAIRNESS_HEADER: tenant,
        }
        sent = [(name, value) for name, value in response.auth_headers if name in trusted]
        assert sorted(sent) == sorted(trusted.items()), (tenant, response.auth_headers)
        forwarded = {name: response.headers.get(name) for name in SCHEDULING_HEADERS}
        assert forwarded == trusted, (tenant, forwarded)


def check_budgets_translated(suite: Suite, classes: Mapping[str, LimitClass]) -> None:
    """What Envoy Gateway's translator made of the budgets policy counts each class's budgets
    once per tenant, on one counter across every route: for a request of each class in
    `classes` (the config's intent), every forwarding route of the HTTPS listener yields the
    same descriptors; the rate-limit service's configuration, as Envoy Gateway builds it, limits
    them with exactly the class's numbers and units; another tenant's descriptors differ; and
    every rule egctl's IR holds for a route has its entry in that configuration (the two
    programs translated the same objects). Every problem is reported at once, one line each,
    starting `<class>: ` (or `ir: `)."""
    translation = suite.translation
    forwarding = [route for route in translation.routes if route.forwards]
    assert any("/tokenplane-audio-speech/" in r.name for r in forwarding), forwarding
    config = {document["domain"]: document for document in translation.service_config()}
    problems: list[str] = []
    for class_id, limit_class in sorted(classes.items()):
        expected = sorted(
            (int(getattr(limit_class.numbers(measure), window.field)), window.unit.lower())
            for measure in MEASURES
            for window in WINDOWS
        )
        sent = {
            r.name: _request_descriptors(translation, r, class_id, "probe-a") for r in forwarding
        }
        first = sent[forwarding[0].name]
        differing = sorted(name for name, found in sent.items() if found != first)
        if differing:
            problems.append(f"{class_id}: not the same counter on every route: {differing}")
        limits = sorted(
            (_limit_of(config, domain, entries) or (0, "none")) for domain, entries in first
        )
        if limits != expected:
            problems.append(f"{class_id}: limits {limits}, the config says {expected}")
        other = _request_descriptors(translation, forwarding[0], class_id, "probe-b")
        if other & first:
            problems.append(f"{class_id}: tenants share a counter: {sorted(other & first)}")
    tops = {(d["domain"], top["key"]) for d in config.values() for top in d["descriptors"]}
    for route_name, rules in sorted(translation.ir_rules().items()):
        for rule in rules:
            shared = rule.get("shared") is True
            domain = rule["name"].rsplit("/rule/", 1)[0] if shared else translation.listener
            if (domain, rule["name"] if shared else route_name) not in tops:
                problems.append(f"ir: {rule['name']} of {route_name} has no service configuration")
    assert not problems, "\n".join(problems)


def _request_descriptors(
    translation: envoy_gateway.Translation, route: envoy_gateway.Route, class_id: str, tenant: str
) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    headers = {LIMITS_HEADER: class_id, TENANT_HEADER: tenant, ":method": "POST"}
    return {
        (d.domain, d.entries)
        for f in translation.filters
        for d in envoy_gateway.descriptors(route, f.name, headers)
        if d.metadata is None
    }


def _limit_of(
    config: Mapping[str, Mapping[str, Any]], domain: str, entries: tuple[tuple[str, str], ...]
) -> tuple[int, str] | None:
    """The limit the rate-limit service applies to one descriptor: at each level the child with
    the entry's key and value, else the one with its key and no value (envoyproxy/ratelimit's
    lookup); the limit of the level the last entry reaches."""
    level = (config.get(domain) or {}).get("descriptors") or []
    found: Mapping[str, Any] | None = None
    for key, value in entries:
        candidates = [d for d in level if d.get("key") == key]
        found = next((d for d in candidates if d.get("value") == value), None) or next(
            (d for d in candidates if not d.get("value")), None
        )
        if found is None:
            return None
        level = found.get("descriptors") or []
    rate = (found or {}).get("rate_limit")
    if not rate:
        return None
    return int(rate["requests_per_unit"]), str(rate["unit"]).lower()


def check_fail_closed_translated(suite: Suite, envoy_gateway_config: dict[str, Any]) -> None:
    """With `rateLimit.failClosed` of `envoy_gateway_config`, every rate-limit filter of the
    HTTPS listener the translator writes has `failure_mode_deny` set, and with the rate-limit
    service stopped a request is refused (500) instead of passing uncounted."""
    translation = translate(
        suite.documents,
        suite.stack,
        suite.workdir / "fail-closed",
        suite.binaries,
        envoy_gateway_config=envoy_gateway_config,
    )
    deployed = translation.deployed_filters()
    assert deployed and all(f.failure_mode_deny for f in deployed), deployed
    plane = DataPlane(
        suite.plane.policy,
        authorino=f"{LOOPBACK}:{AUTHORINO_GRPC_PORT}",
        limitador=f"{LOOPBACK}:{LIMITADOR_GRPC_PORT}",
        budgets=Budgets(translation, suite.budgets.address),
    )
    suite.budgets.stop_process("ratelimit")
    try:
        assert plane.handle(_request(suite, "acme")).status == 500
    finally:
        plane.close()
        suite.budgets.restart("ratelimit")


def _request(suite: Suite, tenant: str) -> Request:
    headers = {"x-ai-eg-model": SMALL, "authorization": f"Bearer {suite.keys.of(tenant)}"}
    return Request("POST", CHAT, HOST, headers)
