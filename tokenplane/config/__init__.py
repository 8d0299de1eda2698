"""The config schema (`*Spec` classes), its loader and its error type."""

from tokenplane.config.errors import ConfigError, ConfigIssue
from tokenplane.config.loader import load_config
from tokenplane.config.models import ModelSpec, PlacementSpec, TolerationSpec
from tokenplane.config.platform import (
    ClusterSpec,
    CredentialsSpec,
    GatewaySpec,
    IssuerRefSpec,
    NamespacesSpec,
    PlatformSettingsSpec,
    RateLimitStorageSpec,
    TlsSpec,
)
from tokenplane.config.spec import ClusterView, PlatformSpec
from tokenplane.config.tenants import KeySpec, LimitOverridesSpec, TenantSpec
from tokenplane.config.tiers import RequestLimitsSpec, TierSpec, TokenLimitsSpec

__all__ = [
    "ClusterSpec",
    "ClusterView",
    "ConfigError",
    "ConfigIssue",
    "CredentialsSpec",
    "GatewaySpec",
    "IssuerRefSpec",
    "KeySpec",
    "LimitOverridesSpec",
    "ModelSpec",
    "NamespacesSpec",
    "PlacementSpec",
    "PlatformSettingsSpec",
    "PlatformSpec",
    "RateLimitStorageSpec",
    "RequestLimitsSpec",
    "TenantSpec",
    "TierSpec",
    "TlsSpec",
    "TokenLimitsSpec",
    "TolerationSpec",
    "load_config",
]
