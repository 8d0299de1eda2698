"""Charts: one per component per cluster, thin, built from L3 constructs."""

from tokenplane.charts.models import ModelsChart
from tokenplane.charts.platform import PlatformChart

__all__ = ["ModelsChart", "PlatformChart"]
