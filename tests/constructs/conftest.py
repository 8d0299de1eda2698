"""Helpers for construct tests: one cluster's objects by kind and name."""

from __future__ import annotations

from typing import Any

Objects = list[dict[str, Any]]


def find(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    """The one object of that kind and name."""
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found
