"""CRD `openAPIV3Schema` → JSON Schema 2020-12 that rejects what the API server rejects.

The translation keeps every `x-kubernetes-*` key (jsonschema ignores unknown keywords), so an
error can be traced back to the extension that caused it. Patterns Python cannot compile are
dropped and listed in `UNCHECKED_PATTERNS` rather than crashing validation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

OBJECT_META_REF = "https://kubernetes.io/api/_definitions.json#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
"""The built-in ObjectMeta schema (from kubernetes-validate), which judges every `metadata`."""

INT_RANGES = {
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}

UNCHECKED_PATTERNS: set[str] = set()
"""Patterns seen in a CRD that Python's `re` cannot compile; values are not checked against them."""

_JUNCTORS = ("allOf", "anyOf", "oneOf")


_LEADING_FLAGS = re.compile(r"^\^\(\?([aiLmsux]+)\)")


def python_pattern(pattern: str) -> str | None:
    """A Go (RE2) pattern in Python's dialect, or None when Python cannot compile it.

    Go accepts global flags after `^` (`^(?i)(abort|warn)?$`); Python wants them first.
    """
    candidate = _LEADING_FLAGS.sub(lambda match: f"(?{match.group(1)})^", pattern)
    try:
        re.compile(candidate)
    except re.error:
        UNCHECKED_PATTERNS.add(pattern)
        return None
    return candidate


def _translate(schema: Mapping[str, Any], *, structural: bool) -> dict[str, Any]:
    """One schema node; `structural` is False inside junctors, which add no fields of their own."""
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("description", "example", "default", "x-kubernetes-validations"):
            continue
        if key == "properties":
            result[key] = {
                name: _translate(sub, structural=structural) for name, sub in value.items()
            }
        elif key == "items" and isinstance(value, Mapping):
            result[key] = _translate(value, structural=structural)
        elif key == "additionalProperties" and isinstance(value, Mapping):
            result[key] = _translate(value, structural=structural)
        elif key in _JUNCTORS:
            result[key] = [_translate(sub, structural=False) for sub in value]
        elif key == "not":
            result[key] = _translate(value, structural=False)
        elif key == "pattern":
            translated = python_pattern(value)
            if translated is not None:
                result[key] = translated
        else:
            result[key] = value

    if schema.get("x-kubernetes-int-or-string"):
        result.pop("type", None)
        result.setdefault("anyOf", [])
        result["anyOf"] = [{"type": "integer"}, {"type": "string"}, *result["anyOf"]]
        if len(result["anyOf"]) > 2:
            # the CRD's own anyOf is a value validation: keep it alongside, as allOf
            result["allOf"] = [*result.get("allOf", []), {"anyOf": result["anyOf"][2:]}]
            result["anyOf"] = result["anyOf"][:2]

    fmt = schema.get("format")
    if fmt in INT_RANGES and schema.get("type") == "integer":
        low, high = INT_RANGES[fmt]
        result.setdefault("minimum", low)
        result.setdefault("maximum", high)

    if schema.get("x-kubernetes-embedded-resource"):
        properties = dict(result.get("properties", {}))
        properties.setdefault("apiVersion", {"type": "string"})
        properties.setdefault("kind", {"type": "string"})
        properties.setdefault("metadata", {"type": "object"})
        result["properties"] = properties

    if (
        structural
        and schema.get("type") == "object"
        and "additionalProperties" not in schema
        and not schema.get("x-kubernetes-preserve-unknown-fields")
    ):
        result["additionalProperties"] = False
        result.setdefault("properties", {})

    if schema.get("x-kubernetes-list-type") == "set":
        result["uniqueItems"] = True

    if schema.get("nullable"):
        if isinstance(result.get("type"), str):
            result["type"] = [result["type"], "null"]
        if "enum" in result and None not in result["enum"]:
            result["enum"] = [*result["enum"], None]
    return result


def to_json_schema(openapi: Mapping[str, Any], api_version: str, kind: str) -> dict[str, Any]:
    """The JSON Schema for one CRD version, with the root checks the server adds."""
    root = _translate(openapi, structural=True)
    properties = dict(root.get("properties", {}))
    properties["apiVersion"] = {"const": api_version}
    properties["kind"] = {"const": kind}
    properties["metadata"] = {"$ref": OBJECT_META_REF}
    root["properties"] = properties
    root["type"] = "object"
    root["required"] = sorted({*root.get("required", ()), "apiVersion", "kind", "metadata"})
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return root
