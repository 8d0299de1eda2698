"""Schema errors worded as the API server words them, each with its field path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from jsonschema import ValidationError

from tokenplane.validate.problems import PathPart

FieldError = tuple[tuple[PathPart, ...], str]
"""A field path and a message."""

_TYPE_NAMES = {
    "object": "object",
    "array": "array",
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
}


def shown(value: Any) -> str:
    """A value as the server quotes it in `Invalid value: …`: scalars as JSON, else the type."""
    if isinstance(value, dict):
        return '"object"'
    if isinstance(value, list):
        return '"array"'
    return json.dumps(value)


def _expected_type(schema_type: Any) -> str:
    names = [schema_type] if isinstance(schema_type, str) else list(schema_type)
    return " or ".join(_TYPE_NAMES.get(name, str(name)) for name in names if name != "null")


def field_errors(error: ValidationError) -> Iterator[FieldError]:
    """One or more field errors for one jsonschema error."""
    path = tuple(error.absolute_path)
    keyword = error.validator
    value = error.instance
    argument: Any = error.validator_value
    if keyword == "additionalProperties" and isinstance(value, dict):
        declared = error.schema.get("properties", {})
        patterns = error.schema.get("patternProperties", {})
        for name in sorted(value):
            if name not in declared and not patterns:
                yield (*path, name), "field not declared in schema"
        return
    if keyword == "required":
        missing = [name for name in argument if isinstance(value, dict) and name not in value]
        for name in missing:
            yield (*path, name), "Required value"
        return
    if keyword == "type":
        message = f"Invalid value: {shown(value)}: must be of type {_expected_type(argument)}"
    elif keyword == "anyOf" and error.schema.get("x-kubernetes-int-or-string"):
        message = f"Invalid value: {shown(value)}: must be of type integer or string"
    elif keyword == "enum":
        allowed = ", ".join(json.dumps(item) for item in argument)
        message = f"Unsupported value: {shown(value)}: supported values: {allowed}"
    elif keyword == "const":
        message = f"Unsupported value: {shown(value)}: supported values: {json.dumps(argument)}"
    elif keyword == "pattern":
        message = f"Invalid value: {shown(value)}: should match '{argument}'"
    elif keyword == "maxLength":
        message = f"Too long: may not be more than {argument} bytes"
    elif keyword == "minLength":
        message = f"Invalid value: {shown(value)}: should be at least {argument} chars long"
    elif keyword == "maximum":
        message = f"Invalid value: {shown(value)}: should be less than or equal to {argument}"
    elif keyword == "minimum":
        message = f"Invalid value: {shown(value)}: should be greater than or equal to {argument}"
    elif keyword == "exclusiveMaximum":
        message = f"Invalid value: {shown(value)}: should be less than {argument}"
    elif keyword == "exclusiveMinimum":
        message = f"Invalid value: {shown(value)}: should be greater than {argument}"
    elif keyword == "maxItems":
        message = f"Too many: {len(value)}: must have at most {argument} items"
    elif keyword == "minItems":
        message = f"Invalid value: {len(value)}: should have at least {argument} items"
    elif keyword == "maxProperties":
        message = f"Too many: {len(value)}: must have at most {argument} items"
    elif keyword == "minProperties":
        message = f"Invalid value: {len(value)}: should have at least {argument} properties"
    elif keyword == "uniqueItems":
        message = f"Duplicate value: {_first_duplicate(value)}"
    else:
        message = f"Invalid value: {shown(value)}: {error.message}"
    yield path, message


def _first_duplicate(items: list[Any]) -> str:
    seen: list[Any] = []
    for item in items:
        if item in seen:
            return json.dumps(item, sort_keys=True)
        seen.append(item)
    return "?"
