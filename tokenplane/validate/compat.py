"""What a CRD upgrade would break for the objects we render (what upstream's `crdify` checks).

Given the CRD files of the old and the new pins and the rendered documents, report every
kind, served version and field the documents use that the old CRDs offered and the new ones
no longer do. Changes to parts of a schema no document touches are not reported: they break
nothing we ship.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

Crd = Mapping[str, Any]
FieldPath = tuple[str, ...]


def _by_kind(crds: Iterable[Crd]) -> dict[tuple[str, str], Crd]:
    return {
        (crd["spec"]["group"], crd["spec"]["names"]["kind"]): crd
        for crd in crds
        if crd.get("kind") == "CustomResourceDefinition"
    }


def _served(crd: Crd) -> dict[str, Mapping[str, Any]]:
    """Served version name → its openAPIV3Schema."""
    return {
        version["name"]: version.get("schema", {}).get("openAPIV3Schema", {})
        for version in crd["spec"]["versions"]
        if version.get("served", False)
    }


def _alternatives(schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, ()):
            yield from _alternatives(branch)


def _child(schema: Mapping[str, Any], step: str) -> Mapping[str, Any] | None:
    """The schema of `step` below `schema` (`[]` = a list item); None when the schema has no
    such field. A schema that keeps unknown fields accepts any step."""
    for candidate in _alternatives(schema):
        if step == "[]":
            if "items" in candidate:
                return dict(candidate["items"])
            continue
        if step in candidate.get("properties", {}):
            return dict(candidate["properties"][step])
        extra = candidate.get("additionalProperties")
        if isinstance(extra, Mapping):
            return dict(extra)
        if extra is True or candidate.get("x-kubernetes-preserve-unknown-fields"):
            return {"x-kubernetes-preserve-unknown-fields": True}
    return None


def _resolves(schema: Mapping[str, Any], path: FieldPath) -> bool:
    node: Mapping[str, Any] | None = schema
    for step in path:
        if node is None:
            return False
        if node.get("x-kubernetes-preserve-unknown-fields") and not node.get("properties"):
            return True
        node = _child(node, step)
    return node is not None


def field_paths(value: Any, prefix: FieldPath = ()) -> Iterator[FieldPath]:
    """Every field path in a document body below `prefix` (`[]` for a list item)."""
    if isinstance(value, Mapping):
        for key, child in value.items():
            path = (*prefix, str(key))
            yield path
            yield from field_paths(child, path)
    elif isinstance(value, list):
        for item in value:
            yield from field_paths(item, (*prefix, "[]"))


def breaking_changes(
    old: Sequence[Crd], new: Sequence[Crd], documents: Iterable[Mapping[str, Any]]
) -> list[str]:
    """One sentence per kind, version or field the documents use that `old` served and `new`
    removed, sorted; empty when the upgrade breaks nothing we render."""
    before, after = _by_kind(old), _by_kind(new)
    problems: set[str] = set()
    for body in documents:
        api_version, kind = str(body.get("apiVersion", "")), str(body.get("kind", ""))
        group, _, version = api_version.rpartition("/")
        if (group, kind) not in before:
            continue  # not a kind of the compared CRDs
        old_schema = _served(before[(group, kind)]).get(version)
        if old_schema is None:
            continue  # the old pins did not serve it either: the validator reports that
        if (group, kind) not in after:
            problems.add(f"kind {kind} ({group}) is used by dist/ but gone from the new CRDs")
            continue
        new_schema = _served(after[(group, kind)]).get(version)
        if new_schema is None:
            problems.add(f"{kind} {api_version} is used by dist/ but no longer served")
            continue
        for path in field_paths({k: v for k, v in body.items() if k not in _ENVELOPE}):
            if _resolves(old_schema, path) and not _resolves(new_schema, path):
                problems.add(
                    f"{kind} {api_version}: field {'.'.join(path)} is used by dist/ "
                    "but removed from the new CRD"
                )
    return sorted(problems)


_ENVELOPE = frozenset({"apiVersion", "kind", "metadata", "status"})
