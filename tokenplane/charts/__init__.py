"""Charts: one per component per cluster, thin, built from L3 constructs."""

from tokenplane.charts.delivery import (
    DeliveryChart,
)
from tokenplane.charts.models import (
    ModelsChart,
)
from tokenplane.charts.network import (
    NetworkChart,
)
from tokenplane.charts.observability import (
    ObservabilityChart,
)
from tokenplane.charts.platform import (
    PlatformChart,
)
from tokenplane.charts.tenancy import (
    TenancyChart,
)

__all__ = [
    "DeliveryChart",
    "ModelsChart",
    "NetworkChart",
    "ObservabilityChart",
    "PlatformChart",
    "TenancyChart",
]
