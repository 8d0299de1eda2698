"""The config schema (`*Spec` classes), its loader and its error type."""

from tokenplane.config.errors import ConfigError, ConfigIssue
from tokenplane.config.infrastructure import (
    ChartSpec,
    HelmChartSpec,
    InfrastructureId,
    InfrastructureSpec,
    ManifestsSpec,
)
from tokenplane.config.loader import load_config
from tokenplane.config.models import ModelSpec, PlacementSpec, TolerationSpec
from tokenplane.config.platform import (
    ClusterModelSpec,
    ClusterSpec,
    CredentialsSpec,
    GatewaySpec,
    GitopsEngine,
    GitopsSpec,
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
    "ChartSpec",
    "ClusterModelSpec",
    "ClusterSpec",
    "ClusterView",
    "ConfigError",
    "ConfigIssue",
    "CredentialsSpec",
    "GatewaySpec",
    "GitopsEngine",
    "GitopsSpec",
    "HelmChartSpec",
    "InfrastructureId",
    "InfrastructureSpec",
    "IssuerRefSpec",
    "KeySpec",
    "LimitOverridesSpec",
    "ManifestsSpec",
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
