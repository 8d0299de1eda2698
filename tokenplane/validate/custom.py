"""Custom resources: one compiled judge per CRD version (schema, defaults, list maps, CEL)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tokenplane.validate.cel import CelCompiler
from tokenplane.validate.crds import CrdVersion
from tokenplane.validate.defaults import apply_defaults
from tokenplane.validate.fastcheck import FastValidator
from tokenplane.validate.listmaps import duplicate_keys
from tokenplane.validate.messages import FieldError, field_errors
from tokenplane.validate.problems import PathPart
from tokenplane.validate.schema import to_json_schema
from tokenplane.validate.structural import Node, build_node


class CustomKind:
    """Defines the compiled checks of one CRD version, built once and reused for every document."""

    def __init__(
        self, crd: CrdVersion, cel: CelCompiler, registry: Any, definitions: Mapping[str, Any]
    ) -> None:
        self.crd = crd
        self.node: Node = build_node(crd.schema)
        self._cel = cel
        self._validator = FastValidator(
            to_json_schema(crd.schema, crd.api_version, crd.kind), registry, definitions
        )

    def check(self, body: Mapping[str, Any]) -> list[FieldError]:
        """Every schema, list-map and CEL error of one object, after defaulting it."""
        defaulted = apply_defaults(body, self.node)
        errors: list[FieldError] = []
        for error in self._validator.iter_errors(defaulted):
            errors.extend(field_errors(error))
        errors.extend(duplicate_keys(defaulted, self.node))
        invalid: frozenset[tuple[PathPart, ...]] = frozenset(path for path, _ in errors)
        errors.extend(self._cel.evaluate(defaulted, self.node, invalid))
        return errors
