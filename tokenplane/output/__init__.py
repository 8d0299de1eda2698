"""The writer: object placement, kustomizations, deterministic YAML and the atomic swap."""

from tokenplane.output.layout import (
    KUSTOMIZATION,
    LAYERS,
    ClusterPaths,
    Layout,
    LayoutError,
    layers_of,
    path_of,
    render_tree,
)
from tokenplane.output.swap import replace_tree
from tokenplane.output.yaml_text import to_yaml

__all__ = [
    "ClusterPaths",
    "KUSTOMIZATION",
    "LAYERS",
    "Layout",
    "LayoutError",
    "layers_of",
    "path_of",
    "render_tree",
    "replace_tree",
    "to_yaml",
]
