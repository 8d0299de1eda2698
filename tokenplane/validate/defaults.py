"""Defaulting as the API server does it before validation: absent fields take their `default`."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from tokenplane.validate.structural import MISSING, Node


def apply_defaults(value: Any, node: Node) -> Any:
    """`value` with every absent defaulted field filled in, recursively.

    Copy on write: the input is never changed, and subtrees without defaults are shared with it,
    so an object that needs no default comes back as the very same object. A `null` in a
    non-nullable field with a default is replaced by the default, as the server prunes it first.
    """
    if not node.has_defaults:
        return value
    if isinstance(value, Mapping):
        changed: dict[str, Any] | None = None
        for name, child in node.properties.items():
            current = value.get(name, MISSING)
            if current is None and not child.nullable and child.default is not MISSING:
                current = MISSING
            if current is MISSING:
                if child.default is MISSING:
                    continue
                updated = apply_defaults(copy.deepcopy(child.default), child)
            else:
                updated = apply_defaults(current, child)
                if updated is current:
                    continue
            if changed is None:
                changed = dict(value)
            changed[name] = updated
        if node.additional is not None and node.additional.has_defaults:
            for key, current in value.items():
                updated = apply_defaults(current, node.additional)
                if updated is not current:
                    if changed is None:
                        changed = dict(value)
                    changed[key] = updated
        return value if changed is None else changed
    if isinstance(value, list) and node.items is not None:
        updated_items = [apply_defaults(item, node.items) for item in value]
        if all(new is old for new, old in zip(updated_items, value, strict=True)):
            return value
        return updated_items
    return value
