"""`config/tiers.yaml`: what each tier may call, and how much."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec

MAX_LIMIT = 2**32 - 1
"""Largest limit: Envoy Gateway's global rate-limit rule holds at most 4,294,967,295 per unit
(`limit.requests`, a uint32 in its CRD, v1.9.1 `api/v1alpha1/ratelimit_types.go`)."""
PositiveInt = Annotated[int, Field(gt=0, le=MAX_LIMIT)]

PRIORITY_MIN = -(2**31)
PRIORITY_MAX = 2**31 - 1
"""InferenceObjective's `priority` is an int32 (llm-d/llm-d-router v0.10.0
`apix/v1alpha2/inferenceobjective_types.go`; the CRD's `format: int32`)."""
Priority = Annotated[int, Field(ge=PRIORITY_MIN, le=PRIORITY_MAX)]
DEFAULT_PRIORITY_STEP = 10
"""Default priority of the tier at position `i` (from 0) in tiers.yaml: `i * 10`. So tiers are
listed from the least to the most important, the first gets 0 (the picker's own default) and
the gaps leave room for tenants' overrides between tiers (docs/inference.md)."""


class RequestLimitsSpec(StrictSpec):
    """Defines a tier's request limits, counted per tenant."""

    per_minute: PositiveInt = Field(description="Requests a tenant may make per minute.")
    per_day: PositiveInt = Field(description="Requests a tenant may make per day.")


class TokenLimitsSpec(StrictSpec):
    """Defines a tier's token budgets (`usage.total_tokens`), counted per tenant."""

    per_minute: PositiveInt = Field(description="Tokens a tenant may consume per minute.")
    per_day: PositiveInt = Field(description="Tokens a tenant may consume per day.")


class TierSpec(StrictSpec):
    """Defines one tier: its limits and the models its tenants may call."""

    description: str = Field("", description="What the tier is for, shown in plans.")
    requests: RequestLimitsSpec = Field(description="Request limits per tenant.")
    tokens: TokenLimitsSpec = Field(description="Token budgets per tenant.")
    models: list[DnsLabel] = Field(
        min_length=1, description="Ids of the models (from models.yaml) this tier may call."
    )
    priority: Priority | None = Field(
        None,
        description="Scheduling priority of the tier's requests at the endpoint picker (an "
        "InferenceObjective's `priority`): under saturation higher is dispatched first, and "
        "negative values are shed first. Default: 10 times the tier's position in tiers.yaml "
        "(0, 10, 20, ...), so list tiers from the least to the most important.",
    )


class TiersFileSpec(StrictSpec):
    """Defines the contents of `config/tiers.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    tiers: dict[DnsLabel, TierSpec] = Field(min_length=1, description="Tiers by id.")
