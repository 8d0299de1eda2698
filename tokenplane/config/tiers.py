"""`config/tiers.yaml`: what each tier may call, and how much."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec

MAX_LIMIT = 2**32 - 1
"""Largest limit: Envoy Gateway's global rate-limit rule holds at most 4,294,967,295 per unit
(`limit.requests`, a uint32 in its CRD, v1.9.1 `api/v1alpha1/ratelimit_types.go`)."""
PositiveInt = Annotated[int, Field(gt=0, le=MAX_LIMIT)]


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


class TiersFileSpec(StrictSpec):
    """Defines the contents of `config/tiers.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    tiers: dict[DnsLabel, TierSpec] = Field(min_length=1, description="Tiers by id.")
