"""A pin change breaks nothing dist/ uses: the CRD files of the previous pins against the new.

The previous pins are `tokenplane/versions.py` as it was before its last change (or, while it
has uncommitted changes, as committed), read from Git; the new pins are the working tree's.
Every kind, served version and field the rendered dist/ uses that the old CRDs offered must
still be in the new ones (what upstream's `crdify` checks, limited to what we render).
"""

from __future__ import annotations

import os
import subprocess
import sys
import types
from collections.abc import Sequence
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from tokenplane import versions
from tokenplane.paths import shared_root
from tokenplane.validate.compat import breaking_changes
from tokenplane.validate.documents import load_documents

VERSIONS = "tokenplane/versions.py"


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout


def _previous_versions_source() -> str:
    if _git("status", "--porcelain", "--", VERSIONS).strip():
        return _git("show", f"HEAD:{VERSIONS}")
    last = _git("log", "-1", "--format=%H", "--", VERSIONS).strip()
    return _git("show", f"{last}^:{VERSIONS}")


def _crd_files(source: str) -> tuple[str, ...]:
    module = types.ModuleType("previous_versions")
    sys.modules[module.__name__] = module  # dataclasses look their module up while defined
    try:
        exec(compile(source, VERSIONS, "exec"), module.__dict__)  # our file, our history
    finally:
        del sys.modules[module.__name__]
    files: tuple[str, ...] = module.crd_files()
    return files


def _load(files: Sequence[str]) -> list[dict[str, Any]]:
    root = shared_root() / "crds"
    return [
        document
        for path in files
        if (root / path).is_file()
        for document in yaml.safe_load_all((root / path).read_text())
        if document
    ]


def test_the_last_pin_change_removes_nothing_dist_uses() -> None:
    try:
        previous = _previous_versions_source()
    except (OSError, subprocess.CalledProcessError) as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"no previous {VERSIONS} in Git history: {error}")
        pytest.skip(f"no previous {VERSIONS} in Git history")
    documents = [d.body for d in load_documents(REPO / "dist")]
    problems = breaking_changes(_load(_crd_files(previous)), _load(versions.crd_files()), documents)
    assert problems == []


def _crd(kind: str, versions_schemas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "spec": {
            "group": "example.io",
            "names": {"kind": kind},
            "versions": [
                {"name": name, "served": True, "schema": {"openAPIV3Schema": schema}}
                for name, schema in versions_schemas.items()
            ],
        },
    }


WIDGET_V1 = {
    "type": "object",
    "properties": {
        "spec": {
            "type": "object",
            "properties": {
                "size": {"type": "integer"},
                "ports": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"port": {"type": "integer"}}},
                },
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "extra": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
            },
        }
    },
}
DOCUMENT = {
    "apiVersion": "example.io/v1",
    "kind": "Widget",
    "metadata": {"name": "w"},
    "spec": {"size": 1, "ports": [{"port": 80}], "labels": {"a": "b"}, "extra": {"any": 1}},
}


def test_an_unchanged_crd_breaks_nothing() -> None:
    crd = _crd("Widget", {"v1": WIDGET_V1})
    assert breaking_changes([crd], [crd], [DOCUMENT]) == []


def test_fails_when_a_used_field_is_removed() -> None:
    narrowed = yaml.safe_load(yaml.safe_dump(WIDGET_V1))
    del narrowed["properties"]["spec"]["properties"]["ports"]["items"]["properties"]["port"]
    problems = breaking_changes(
        [_crd("Widget", {"v1": WIDGET_V1})], [_crd("Widget", {"v1": narrowed})], [DOCUMENT]
    )
    assert problems == [
        "Widget example.io/v1: field spec.ports.[].port is used by dist/ "
        "but removed from the new CRD"
    ]


def test_a_removed_field_nothing_uses_is_not_reported() -> None:
    widened = yaml.safe_load(yaml.safe_dump(WIDGET_V1))
    widened["properties"]["spec"]["properties"]["unused"] = {"type": "string"}
    old = _crd("Widget", {"v1": widened})
    assert breaking_changes([old], [_crd("Widget", {"v1": WIDGET_V1})], [DOCUMENT]) == []


def test_fails_when_a_used_version_is_no_longer_served() -> None:
    old = _crd("Widget", {"v1": WIDGET_V1})
    new = _crd("Widget", {"v2": WIDGET_V1})
    assert breaking_changes([old], [new], [DOCUMENT]) == [
        "Widget example.io/v1 is used by dist/ but no longer served"
    ]


def test_fails_when_a_used_kind_is_gone() -> None:
    old = _crd("Widget", {"v1": WIDGET_V1})
    assert breaking_changes([old], [], [DOCUMENT]) == [
        "kind Widget (example.io) is used by dist/ but gone from the new CRDs"
    ]


def _moved(crd: dict[str, Any], group: str) -> dict[str, Any]:
    moved: dict[str, Any] = yaml.safe_load(yaml.safe_dump(crd))
    moved["spec"]["group"] = group
    return moved


def test_a_group_move_breaks_nothing_once_dist_uses_the_new_group() -> None:
    """The old kind is no longer used by dist/ (its documents moved with it), so its absence
    is no removal of something used; the new group's documents are the validator's to judge."""
    old = _crd("Widget", {"v1": WIDGET_V1})
    moved = {**DOCUMENT, "apiVersion": "example.dev/v1"}
    assert breaking_changes([old], [_moved(old, "example.dev")], [moved]) == []


def test_fails_when_a_group_moves_and_dist_still_uses_the_old_one() -> None:
    old = _crd("Widget", {"v1": WIDGET_V1})
    assert breaking_changes([old], [_moved(old, "example.dev")], [DOCUMENT]) == [
        "kind Widget (example.io) is used by dist/ but gone from the new CRDs"
    ]
