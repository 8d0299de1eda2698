"""A CRD's structural schema as a tree of nodes: the parts defaulting, list maps and CEL walk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MISSING: Any = object()
"""Marks a node without a `default`."""


@dataclass
class Node:
    """Defines one node of a structural schema, with flags telling walkers which subtrees matter."""

    type: str | None = None
    properties: dict[str, Node] = field(default_factory=dict)
    items: Node | None = None
    additional: Node | None = None
    default: Any = MISSING
    nullable: bool = False
    list_type: str | None = None
    map_keys: tuple[str, ...] = ()
    rules: tuple[Mapping[str, Any], ...] = ()
    has_defaults: bool = False
    has_rules: bool = False
    has_list_maps: bool = False

    def children(self) -> list[Node]:
        found = list(self.properties.values())
        if self.items is not None:
            found.append(self.items)
        if self.additional is not None:
            found.append(self.additional)
        return found


def build_node(schema: Mapping[str, Any]) -> Node:
    """The node tree of one structural schema; junctors (allOf, anyOf...) hold no structure."""
    additional = schema.get("additionalProperties")
    node = Node(
        type=schema.get("type"),
        properties={name: build_node(sub) for name, sub in schema.get("properties", {}).items()},
        items=build_node(schema["items"]) if isinstance(schema.get("items"), Mapping) else None,
        additional=build_node(additional) if isinstance(additional, Mapping) else None,
        default=schema.get("default", MISSING),
        nullable=bool(schema.get("nullable", False)),
        list_type=schema.get("x-kubernetes-list-type"),
        map_keys=tuple(schema.get("x-kubernetes-list-map-keys", ())),
        rules=tuple(schema.get("x-kubernetes-validations", ())),
    )
    children = node.children()
    node.has_defaults = any(
        child.default is not MISSING or child.has_defaults for child in children
    )
    node.has_rules = bool(node.rules) or any(child.has_rules for child in children)
    node.has_list_maps = node.list_type == "map" or any(child.has_list_maps for child in children)
    return node
