"""Charts: one per component per cluster, thin, built from L3 constructs."""

from tokenplane.charts.platform import PlatformChart

__all__ = ["PlatformChart"]
