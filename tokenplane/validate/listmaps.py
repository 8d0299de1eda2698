"""`x-kubernetes-list-type: map`: no two items may share the tuple of their key fields."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from tokenplane.validate.messages import FieldError
from tokenplane.validate.problems import PathPart
from tokenplane.validate.structural import Node


def duplicate_keys(value: Any, node: Node, path: tuple[PathPart, ...] = ()) -> Iterator[FieldError]:
    """Every list-map item whose keys repeat an earlier item's; run on the defaulted object."""
    if not node.has_list_maps:
        return
    if isinstance(value, list):
        if node.list_type == "map" and node.map_keys:
            seen: set[str] = set()
            for index, item in enumerate(value):
                if not isinstance(item, Mapping):
                    continue
                key = {name: item.get(name) for name in node.map_keys}
                token = json.dumps(key, sort_keys=True)
                if token in seen:
                    yield (*path, index), f"Duplicate value: {token}"
                seen.add(token)
        if node.items is not None:
            for index, item in enumerate(value):
                yield from duplicate_keys(item, node.items, (*path, index))
    elif isinstance(value, Mapping):
        for name, child in node.properties.items():
            if child.has_list_maps and name in value:
                yield from duplicate_keys(value[name], child, (*path, name))
        if node.additional is not None and node.additional.has_list_maps:
            for key, item in value.items():
                yield from duplicate_keys(item, node.additional, (*path, key))
