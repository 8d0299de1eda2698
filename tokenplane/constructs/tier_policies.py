"""L3: the per-tier policies on the Gateway: API-key auth, model access, request limits and
token budgets. Their size grows with tiers and limit classes, never with tenants."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from constructs import Construct

from tokenplane import names
from tokenplane.config import CredentialsSpec, ModelSpec, TierSpec
from tokenplane.constructs.gateway_api import Gateway
from tokenplane.constructs.kuadrant import (
    ApiKey,
    AuthPolicy,
    Limit,
    PatternMatching,
    Rate,
    RateLimitPolicy,
    TokenRateLimitPolicy,
)
from tokenplane.constructs.limit_classes import LimitClass

MODEL_HEADER = "x-ai-eg-model"
"""Set by Envoy AI Gateway from the body's `model` before Kuadrant runs; a client's own value
is overwritten (see docs/tenancy.md)."""

TOKEN_METERED_PATHS: tuple[str, ...] = (
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
)
"""Endpoints whose OpenAI-format responses carry `usage.total_tokens`: the only model
endpoints admitted, so every admitted model call is token-limited."""

WINDOWS: tuple[tuple[str, str], ...] = (("per-minute", "1m"), ("per-day", "24h"))
"""Each limit window: the limit-name suffix and the Kuadrant window. One rate per limit, so
Limitador #513 (a restrictive rate shadowed by another on the same limit) cannot arise."""

REQUEST_SECONDS = "request.time.seconds"
"""The request's arrival in Unix seconds. Authorino builds its CEL input from JSON, in which
Envoy's `request.time` (a protobuf Timestamp) is an object of `seconds` and `nanos` numbers
(doubles), not a CEL timestamp: Authorino v0.27.0 `pkg/service/well_known_attributes.go`
(`RequestAttributes.Time`) and `pkg/expressions/cel/expressions.go` (`AuthJsonToCel`)."""

ENVOY_PORT_SHIFT = 10000
"""Envoy Gateway runs a Gateway listener on a port below 1024 at that port plus 10,000 in the
Envoy container (`servicePortToContainerPort`, envoyproxy/gateway `internal/gatewayapi`), which is
the `destination.port` the wasm-shim sees."""

USER_ID = "auth.identity.userid"
LIMITS = "auth.identity.limits"


def cel(value: object) -> str:
    """A CEL literal of a string or a list of strings (JSON's quoting is valid CEL)."""
    return json.dumps(value)


def _selector(annotation: str) -> str:
    # Authorino selectors escape the dots of a key.
    return "auth.identity.metadata.annotations." + annotation.replace(".", r"\.")


def _annotation(annotation: str) -> str:
    return f"auth.identity.metadata.annotations[{cel(annotation)}]"


def _has_annotation(annotation: str) -> str:
    return f"{cel(annotation)} in auth.identity.metadata.annotations"


class TierPolicies(Construct):
    """Defines the AuthPolicy, RateLimitPolicy and TokenRateLimitPolicy of the Gateway.

    - AuthPolicy: a Bearer API key, found among the Secrets carrying Authorino's label and
      `credentials.key_label`; the tier, tenant id and limit class are read from the
      Secret's annotations and published as `auth.identity.tier`, `.userid` and `.limits`.
      A key past its `expires-at` instant is refused at request time (`request.time`), before
      the next synthesis withdraws it.
      A key whose tier or limit class is unknown is refused; a path that is neither
      token-metered nor in `request_only_paths` is refused; on a token-metered path the
      model header must be one of the tier's served model names, else 403 (fail-closed:
      a missing header is refused too).
    - RateLimitPolicy and TokenRateLimitPolicy: per limit class and window, one limit whose
      predicate selects the class and whose counter is the tenant id.

    All three skip requests on the Gateway's plain-HTTP listeners (`destination.port`), which
    only redirect to HTTPS.

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
        request_only_paths: Sequence[str] = (),
    ) -> None:
        super().__init__(scope, id)
        labels = names.component("tenancy")
        # Kuadrant writes one wasm config for the whole Gateway and picks its rules by hostname
        # and route predicates only, so without this the policies also meet plain-HTTP requests
        # and answer 401/403 where the HTTP listener would redirect. The listener's socket port
        # cannot be set by a client; if Envoy runs it at another port, the policies still apply
        # (fail-closed) and only the redirect is lost.
        redirect_ports = sorted(
            _envoy_port(listener.port)
            for listener in gateway.listeners
            if listener.protocol == "HTTP"
        )
        self.when = tuple(f"destination.port != {port}" for port in redirect_ports)
        tier_ids = sorted(tiers)
        served = {
            tier_id: sorted(models[model_id].served_name for model_id in tier.models)
            for tier_id, tier in tiers.items()
        }
        self.allowed_models = served
        metered = list(TOKEN_METERED_PATHS)
        admitted = sorted({*metered, *request_only_paths})
        tier_value = _annotation(credentials.tier_annotation)
        known = (
            f"{_has_annotation(credentials.tier_annotation)}"
            f" && {_has_annotation(names.LIMITS_ANNOTATION)}"
            f" && {tier_value} in {cel(tier_ids)}"
            f" && {_annotation(names.LIMITS_ANNOTATION)} in {cel(sorted(classes))}"
        )
        on_metered_path = f"request.url_path in {cel(metered)}"
        header = f"request.headers[{cel(MODEL_HEADER)}]"
        expires_at = names.EXPIRES_AT_ANNOTATION
        authorization = {
            "tenant-known": PatternMatching(predicate=known),
            "key-unexpired": PatternMatching(
                predicate=(
                    f"!({_has_annotation(expires_at)})"
                    f" || {REQUEST_SECONDS} < double(int(timestamp({_annotation(expires_at)})))"
                )
            ),
            "endpoint-served": PatternMatching(predicate=f"request.url_path in {cel(admitted)}"),
        }
        for tier_id in tier_ids:
            authorization[f"models-{tier_id}"] = PatternMatching(
                predicate=(
                    f"{cel(MODEL_HEADER)} in request.headers && {header} in {cel(served[tier_id])}"
                ),
                when=(on_metered_path, f"{tier_value} == {cel(tier_id)}"),
            )
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
                "userid": _selector(credentials.tenant_annotation),
                "tier": _selector(credentials.tier_annotation),
                "limits": _selector(names.LIMITS_ANNOTATION),
            },
            when=self.when,
            labels=labels,
        )
        self.request_limits = RateLimitPolicy(
            self,
            "requests",
            name=names.request_limits_policy(gateway.name),
            target=gateway,
            limits={
                f"{cid}-requests-{suffix}": _limit(
                    cid,
                    window,
                    limit_class.requests.per_minute
                    if suffix == "per-minute"
                    else limit_class.requests.per_day,
                )
                for cid, limit_class in classes.items()
                for suffix, window in WINDOWS
            },
            when=self.when,
            labels=labels,
        )
        self.token_limits = TokenRateLimitPolicy(
            self,
            "tokens",
            name=names.token_limits_policy(gateway.name),
            target=gateway,
            limits={
                f"{cid}-tokens-{suffix}": _limit(
                    cid,
                    window,
                    limit_class.tokens.per_minute
                    if suffix == "per-minute"
                    else limit_class.tokens.per_day,
                )
                for cid, limit_class in classes.items()
                for suffix, window in WINDOWS
            },
            when=self.when,
            labels=labels,
        )


def _envoy_port(port: int) -> int:
    return port + ENVOY_PORT_SHIFT if port < 1024 else port


def _limit(class_id: str, window: str, limit: int) -> Limit:
    return Limit(
        rates=[Rate(limit=limit, window=window)],
        when=[f"{LIMITS} == {cel(class_id)}"],
        counters=[USER_ID],
    )
