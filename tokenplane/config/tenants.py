"""`config/tenants.yaml`: who may call the platform, in which tier, with which keys."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec
from tokenplane.config.tiers import Priority, RequestLimitsSpec, TokenLimitsSpec


class KeySpec(StrictSpec):
    """Defines one API key of a tenant: a reference to its value in the credentials store.

    Keys are a list so that rotation can overlap: add the new key, let clients move, then
    give the old one an `expires` date or remove it.
    """

    id: DnsLabel = Field(
        description="Key id, unique within the tenant; part of the Secret name and of the "
        "store path the value is read from."
    )
    expires: datetime.date | None = Field(
        None,
        description="Last day (UTC) the key is valid; from the next day it is no longer "
        "rendered, so the next synth removes it. Default: the key does not expire.",
    )
    mint: bool = Field(
        False,
        description="Mint the value in the cluster: a Password generator makes it and a "
        "PushSecret writes it once to the key's store path (only while that path is empty), "
        "so no human handles it; hand it to the tenant from the store. Default: someone "
        "puts the value in the store.",
    )


class LimitOverridesSpec(StrictSpec):
    """Defines a tenant's own limits, replacing its tier's; a part left out keeps the tier's."""

    requests: RequestLimitsSpec | None = Field(
        None, description="Request limits of this tenant. Default: the tier's."
    )
    tokens: TokenLimitsSpec | None = Field(
        None, description="Token budgets of this tenant. Default: the tier's."
    )


class TenantSpec(StrictSpec):
    """Defines one tenant of the platform."""

    tier: DnsLabel = Field(description="Id of the tenant's tier (from tiers.yaml).")
    display_name: str | None = Field(None, description="Human name. Default: the tenant id.")
    contact: str | None = Field(None, description="Who to tell about the tenant's keys.")
    keys: list[KeySpec] = Field(
        min_length=1,
        description="The tenant's API keys; one credential object is rendered per key that "
        "has not expired.",
    )
    suspended: bool = Field(
        False,
        description="A suspended tenant keeps its record but no key is rendered, so every "
        "call is refused. Default: active.",
    )
    limits: LimitOverridesSpec | None = Field(
        None, description="The tenant's own limits. Default: the tier's limits."
    )
    priority: Priority | None = Field(
        None,
        description="The tenant's own scheduling priority, replacing its tier's; tenants "
        "with the same override share one scheduling class. Default: the tier's priority.",
    )


class TenantsFileSpec(StrictSpec):
    """Defines the contents of `config/tenants.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    tenants: dict[DnsLabel, TenantSpec] = Field(
        default_factory=dict, description="Tenants by id. Default: no tenants."
    )
