"""Invariants that concern every kind of object: names."""

from __future__ import annotations

from collections.abc import Iterable

from tokenplane.invariants.index import ObjectIndex


def unique_names(index: ObjectIndex) -> Iterable[str]:
    """No two objects share kind, namespace and name (the later would overwrite the earlier)."""
    for (kind, namespace, name), count in index.duplicates():
        where = f" in namespace {namespace}" if namespace else ""
        yield f"{count} objects are {kind} {name}{where}; names must be unique per kind"


CHECKS = (unique_names,)
