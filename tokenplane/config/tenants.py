"""`config/tenants.yaml`: who may call the platform, and in which tier."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec


class TenantSpec(StrictSpec):
    """Defines one tenant of the platform."""

    tier: DnsLabel = Field(description="Id of the tenant's tier (from tiers.yaml).")
    display_name: str | None = Field(None, description="Human name. Default: the tenant id.")
    contact: str | None = Field(None, description="Who to tell about the tenant's keys.")


class TenantsFileSpec(StrictSpec):
    """Defines the contents of `config/tenants.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    tenants: dict[DnsLabel, TenantSpec] = Field(
        default_factory=dict, description="Tenants by id. Default: no tenants."
    )
