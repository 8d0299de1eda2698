"""The config schema (`*Spec` classes), its loader and its error type."""

from tokenplane.config.errors import ConfigError, ConfigIssue
from tokenplane.config.loader import load_config
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
    ClusterSpec,
    CredentialsSpec,
    GatewaySpec,
    IssuerRefSpec,
    NamespacesSpec,
    PlatformSettingsSpec,
    TlsSpec,
)
from tokenplane.config.spec import ClusterView, PlatformSpec
from tokenplane.config.tenants import TenantSpec
from tokenplane.config.tiers import RequestLimitsSpec, TierSpec, TokenLimitsSpec

__all__ = [
    "AudioSpec",
    "ClaimCacheSpec",
    "ClusterSpec",
    "ClusterView",
    "ConfigError",
    "ConfigIssue",
    "CredentialsSpec",
    "EmptyDirCacheSpec",
    "GatewaySpec",
    "HostPathCacheSpec",
    "IssuerRefSpec",
    "ModelSpec",
    "NamespacesSpec",
    "PlacementSpec",
    "PlatformSettingsSpec",
    "PlatformSpec",
    "ProbeSpec",
    "ProbesSpec",
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
