"""L3: the per-tier policies on the Gateway: API-key auth and model access (Kuadrant), request
limits and token budgets (Envoy Gateway). Their size grows with tiers and limit classes, never
with tenants."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct

from tokenplane.config import (
    CredentialsSpec,
    ModelSpec,
    TierSpec,
)
from tokenplane.constructs.l2.gateway_api import Gateway
from tokenplane.constructs.l2.kuadrant import (
    ApiKey,
    AuthPolicy,
    PatternMatching,
)
from tokenplane.constructs.l3.tenant_budgets import TenantBudgets
from tokenplane.contracts import names
from tokenplane.contracts.headers import (
    FAIRNESS_HEADER,
    LEGACY_FAIRNESS_HEADER,
    LEGACY_OBJECTIVE_HEADER,
    LIMITS_HEADER,
    OBJECTIVE_HEADER,
    TENANT_HEADER,
)
from tokenplane.contracts.model_list import models_list_predicate
from tokenplane.contracts.predicates import (
    LIMITS,
    TIER,
    USER_ID,
    annotation_selector,
    annotation_value,
    cel,
    has_annotation,
    key_unexpired_predicate,
    listener_skipped_predicate,
    models_allowed_predicate,
    models_rule,
    objective_expression,
)
from tokenplane.resolve.limit_classes import LimitClass

TOKEN_METERED_PATHS: tuple[str, ...] = (
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
)
"""Endpoints whose OpenAI-format responses carry `usage.total_tokens`: the only model
endpoints admitted, so every admitted model call is token-limited."""


class TenancyPolicies(Construct):
    """Defines the AuthPolicy and the budgets (a BackendTrafficPolicy) of the Gateway.

    - AuthPolicy: a Bearer API key, found among the Secrets carrying Authorino's label and
      `credentials.key_label`; the tier, tenant id and limit class are read from the
      Secret's annotations and published as `auth.identity.tier`, `.userid` and `.limits`.
      A key past its `expires-at` instant is refused at request time (`request.time`), before
      the next synthesis withdraws it.
      `GET /v1/models` is admitted without a model check (`ModelList` answers it).
      A key whose tier or limit class is unknown is refused; a path that is neither
      token-metered nor in `request_only_paths` is refused; on a token-metered path the
      model header must be one of the tier's served model names, else 403 (fail-closed:
      a missing header is refused too). An admitted request gets the headers
      `x-tokenplane-tenant` and `x-tokenplane-limits` (tenant id and limit class), replacing
      whatever the client sent. It also gets the endpoint picker's scheduling headers, under
      their current and legacy names alike, replacing any client value: the fairness id
      (the tenant id) and the objective `<pool>.<scheduling class>`, derived from the model
      header (served name → pool) and the key Secret's scheduling class, which must be one
      of `scheduling_classes`.
    - The budgets (`TenantBudgets`): per limit class and window, one request limit and one
      token budget, each shared by every route of the Gateway and counted per tenant from
      those headers, by Envoy Gateway's rate-limit service.

    The AuthPolicy skips requests on the Gateway's plain-HTTP listeners (`destination.port`),
    which only redirect to HTTPS; Envoy Gateway puts no rate limit on a redirect.

    `request_only_paths` are admitted without a model check and are request-limited only
    (their responses carry no token usage): a known metering limit, see docs/tenancy.md.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        gateway: Gateway,
        credentials: CredentialsSpec,
        tiers: Mapping[str, TierSpec],
        models: Mapping[str, ModelSpec],
        classes: Mapping[str, LimitClass],
        scheduling_classes: Mapping[str, int],
        request_only_paths: Sequence[str] = (),
    ) -> None:
        super().__init__(scope, id)
        labels = names.component("tenancy")
        # Kuadrant writes one wasm config for the whole Gateway and picks its rules by hostname
        # and route predicates only, so without this the policies also meet plain-HTTP requests
        # and answer 401/403 where the HTTP listener would redirect. The listener's socket port
        # cannot be set by a client; if Envoy runs it at another port, the policies still apply
        # (fail-closed) and only the redirect is lost.
        self.when = tuple(
            listener_skipped_predicate(port)
            for port in sorted(
                listener.port for listener in gateway.listeners if listener.protocol == "HTTP"
            )
        )
        tier_ids = sorted(tiers)
        served = {
            tier_id: sorted(models[model_id].served_name for model_id in tier.models)
            for tier_id, tier in tiers.items()
        }
        self.allowed_models = served
        metered = list(TOKEN_METERED_PATHS)
        admitted = sorted({*metered, *request_only_paths})
        tier_value = annotation_value(credentials.tier_annotation)
        known = (
            f"{has_annotation(credentials.tier_annotation)}"
            f" && {has_annotation(names.LIMITS_ANNOTATION)}"
            f" && {tier_value} in {cel(tier_ids)}"
            f" && {annotation_value(names.LIMITS_ANNOTATION)} in {cel(sorted(classes))}"
            f" && {has_annotation(names.SCHEDULING_ANNOTATION)}"
            f" && {annotation_value(names.SCHEDULING_ANNOTATION)}"
            f" in {cel(sorted(scheduling_classes))}"
        )
        on_metered_path = f"request.url_path in {cel(metered)}"
        authorization = {
            "tenant-known": PatternMatching(predicate=known),
            "key-unexpired": PatternMatching(
                predicate=key_unexpired_predicate(names.EXPIRES_AT_ANNOTATION)
            ),
            "endpoint-served": PatternMatching(
                predicate=f"request.url_path in {cel(admitted)} || ({models_list_predicate()})"
            ),
        }
        for tier_id in tier_ids:
            authorization[models_rule(tier_id)] = PatternMatching(
                predicate=models_allowed_predicate(served[tier_id]),
                when=(on_metered_path, f"{tier_value} == {cel(tier_id)}"),
            )
        self.pools = {
            model.served_name: names.model_server(model_id) for model_id, model in models.items()
        }
        objective = objective_expression(self.pools, names.SCHEDULING_ANNOTATION)
        tenant = annotation_selector(credentials.tenant_annotation)
        self.key_selector = {
            names.AUTHORINO_LABEL: names.AUTHORINO_LABEL_VALUE,
            credentials.key_label: "true",
        }
        self.auth_policy = AuthPolicy(
            self,
            "auth",
            name=names.auth_policy(gateway.name),
            target=gateway,
            authentication={"api-key": ApiKey(selector=self.key_selector, prefix="Bearer")},
            authorization=authorization,
            identity={
                USER_ID: annotation_selector(credentials.tenant_annotation),
                TIER: annotation_selector(credentials.tier_annotation),
                LIMITS: annotation_selector(names.LIMITS_ANNOTATION),
            },
            headers={
                TENANT_HEADER: tenant,
                LIMITS_HEADER: annotation_selector(names.LIMITS_ANNOTATION),
                FAIRNESS_HEADER: tenant,
                LEGACY_FAIRNESS_HEADER: tenant,
            },
            header_expressions={
                OBJECTIVE_HEADER: objective,
                LEGACY_OBJECTIVE_HEADER: objective,
            },
            when=self.when,
            labels=labels,
        )
        self.budgets = TenantBudgets(self, "budgets", gateway=gateway, classes=classes)
