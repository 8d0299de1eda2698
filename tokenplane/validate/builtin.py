"""Built-in kinds: kubernetes-validate's strict JSON Schemas for the targeted Kubernetes minor.

kubernetes-validate ships one schema file per kind and group version plus `_definitions.json`;
we load them directly so that one compiled validator per kind is reused for every document and
all errors are listed, where the library itself compiles per call and stops at the first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import kubernetes_validate
from referencing import Registry, Resource

from tokenplane.validate.fastcheck import FastValidator

_SCHEMA_ROOT = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"
_GROUP = re.compile(r"^([^./]*)(?:\.[^/]*)?/")


def _minor(version: str) -> tuple[int, int]:
    major, minor = version.lstrip("v").split(".")[:2]
    return int(major), int(minor)


@cache
def schema_folder(kubernetes_version: str) -> Path:
    """The strict schema folder of the newest bundled minor not newer than `kubernetes_version`."""
    wanted = _minor(kubernetes_version)
    candidates = sorted(
        (_minor(path.name.split("-")[0]), path)
        for path in _SCHEMA_ROOT.glob("v*-local-strict")
        if _minor(path.name.split("-")[0]) <= wanted
    )
    if not candidates:
        raise ValueError(f"kubernetes-validate has no schema for Kubernetes {kubernetes_version}")
    return candidates[-1][1]


@cache
def definitions(kubernetes_version: str) -> Mapping[str, Any]:
    """kubernetes-validate's `_definitions.json`: every built-in type under `$defs`."""
    folder = schema_folder(kubernetes_version)
    loaded: Mapping[str, Any] = json.loads(
        (folder / "_definitions.json").read_text(encoding="utf-8")
    )
    return loaded


@cache
def definitions_registry(kubernetes_version: str) -> Registry[Any]:
    """A registry holding the shared definitions, for schemas that reference them (ObjectMeta)."""
    resource: Resource[Any] = Resource.from_contents(definitions(kubernetes_version))
    registry: Registry[Any] = Registry().with_resource(
        definitions(kubernetes_version)["$id"], resource
    )
    return registry


class BuiltinSchemas:
    """Defines the lookup from (apiVersion, kind) to the strict validator of a built-in kind."""

    def __init__(self, kubernetes_version: str) -> None:
        self._version = kubernetes_version
        self._validators: dict[tuple[str, str], FastValidator | None] = {}

    def validator(self, api_version: str, kind: str) -> FastValidator | None:
        """The validator for this kind, or None when Kubernetes has no such built-in kind."""
        key = (api_version, kind)
        if key not in self._validators:
            self._validators[key] = self._compile(api_version, kind)
        return self._validators[key]

    def _compile(self, api_version: str, kind: str) -> FastValidator | None:
        stem = _GROUP.sub(r"\1-", api_version).replace("/", "-")
        path = schema_folder(self._version) / f"{kind.lower()}-{stem}.json"
        if not path.is_file():
            return None
        schema: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if not _declares(schema, api_version, kind):
            return None
        return FastValidator(
            schema, definitions_registry(self._version), definitions(self._version)
        )


def _declares(schema: Mapping[str, Any], api_version: str, kind: str) -> bool:
    """The file name drops the group's domain, so check the schema's own apiVersion and kind."""
    properties = schema.get("properties", {})
    return api_version in properties.get("apiVersion", {}).get("enum", [api_version]) and kind in (
        properties.get("kind", {}).get("enum", [kind])
    )
