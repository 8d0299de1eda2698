"""Invariant checks over plain manifests."""

from __future__ import annotations

from typing import Any

from tokenplane.invariants import check_cluster
from tokenplane.problems import format_problem


def _object(kind: str, name: str, namespace: str | None = None) -> dict[str, Any]:
    metadata = {"name": name, **({"namespace": namespace} if namespace else {})}
    return {"apiVersion": "v1", "kind": kind, "metadata": metadata}


def test_distinct_objects_pass() -> None:
    objects = [_object("Service", "a", "x"), _object("Service", "a", "y"), _object("Pod", "a", "x")]
    assert check_cluster("prod", objects) == []


def test_fails_when_two_objects_share_kind_namespace_and_name() -> None:
    objects = [_object("Service", "api", "x"), _object("Service", "api", "x")]
    assert [format_problem(p) for p in check_cluster("prod", objects)] == [
        "cluster prod: 2 objects are Service api in namespace x; names must be unique per kind"
    ]
