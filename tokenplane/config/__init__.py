"""The config schema (`*Spec` classes), its loader and its error type."""

from tokenplane.config.errors import (
    ConfigError,
    ConfigIssue,
)
from tokenplane.config.infrastructure import (
    ChartSpec,
    HelmChartSpec,
    InfrastructureId,
    InfrastructureSpec,
    ManifestsSpec,
)
from tokenplane.config.loader import (
    load_config,
)
from tokenplane.config.models import (
    AudioSpec,
    ClaimCacheSpec,
    EmptyDirCacheSpec,
    HostPathCacheSpec,
    ModelSpec,
    PlacementSpec,
    ProbeSpec,
    ProbesSpec,
    ResourceRangeSpec,
    ResourcesSpec,
    SchedulerWeightsSpec,
    SecretKeySpec,
    SpeechSpec,
    TolerationSpec,
    TranscriptionSpec,
    VllmSpec,
)
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
from tokenplane.config.spec import (
    ClusterView,
    PlatformSpec,
)
from tokenplane.config.tenants import (
    KeySpec,
    LimitOverridesSpec,
    TenantSpec,
)
from tokenplane.config.tiers import (
    RequestLimitsSpec,
    TierSpec,
    TokenLimitsSpec,
)

__all__ = [
    "AudioSpec",
    "ChartSpec",
    "ClaimCacheSpec",
    "ClusterModelSpec",
    "ClusterSpec",
    "ClusterView",
    "ConfigError",
    "ConfigIssue",
    "CredentialsSpec",
    "EmptyDirCacheSpec",
    "GatewaySpec",
    "GitopsEngine",
    "GitopsSpec",
    "HelmChartSpec",
    "HostPathCacheSpec",
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
    "ProbeSpec",
    "ProbesSpec",
    "RateLimitStorageSpec",
    "RequestLimitsSpec",
    "ResourceRangeSpec",
    "ResourcesSpec",
    "SchedulerWeightsSpec",
    "SecretKeySpec",
    "SpeechSpec",
    "TenantSpec",
    "TierSpec",
    "TlsSpec",
    "TokenLimitsSpec",
    "TolerationSpec",
    "TranscriptionSpec",
    "VllmSpec",
    "load_config",
]
