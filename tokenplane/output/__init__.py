"""The writer: object placement, kustomizations, deterministic YAML and the atomic swap."""

from tokenplane.output.layout import (
    KUSTOMIZATION,
    ClusterPaths,
    Layout,
    LayoutError,
    path_of,
    render_tree,
    unit_of,
)
from tokenplane.output.swap import replace_tree
from tokenplane.output.yaml_text import to_yaml

__all__ = [
    "ClusterPaths",
    "KUSTOMIZATION",
    "Layout",
    "LayoutError",
    "path_of",
    "render_tree",
    "replace_tree",
    "to_yaml",
    "unit_of",
]
