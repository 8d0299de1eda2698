"""A fast yes/no pass over a JSON Schema, so that valid documents skip jsonschema's slow walk.

jsonschema builds a validator object per subschema and instance, which dominates a run over
thousands of documents. `compile_check` turns a schema into nested Python closures that answer
only "valid or not"; jsonschema is then asked for the detailed errors only when the answer is
no. Soundness rule: a closure may say no to a valid document (we pay the slow walk), never yes
to an invalid one, so any keyword not handled here makes its subschema answer no.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

TypeCheck = Callable[[Any], bool]

_IGNORED = frozenset(
    {
        "$schema",
        "$id",
        "$comment",
        "title",
        "description",
        "default",
        "example",
        "examples",
        "format",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
    }
)


def _never(_: Any) -> bool:
    return False


def _always(_: Any) -> bool:
    return True


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_TYPES: Mapping[str, TypeCheck] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
}


def _tagged(value: Any) -> str:
    """A key under which JSON-equal values collide and `true` differs from `1`."""
    return json.dumps(value, sort_keys=True, default=str)


_EXACT = frozenset(
    {
        "type",
        "properties",
        "required",
        "items",
        "enum",
        "pattern",
        "maxLength",
        "minLength",
        "maxItems",
        "minItems",
        "maxProperties",
        "minProperties",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "allOf",
        "anyOf",
    }
)


def _exact(schema: Any) -> bool:
    """True when the compiled closure answers exactly as jsonschema would (both yes and no).

    That holds for the keywords whose closures above never answer no to a valid value
    (`enum` of strings only); `$ref`, `const`, `uniqueItems`, `oneOf`, `not` are left out.
    """
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, Mapping):
        return False
    for keyword, argument in schema.items():
        if keyword in _IGNORED or keyword.startswith("x-kubernetes-"):
            continue
        if keyword not in _EXACT:
            return False
        if keyword == "enum" and not all(isinstance(member, str) for member in argument):
            return False
        if keyword == "properties" and not all(_exact(sub) for sub in argument.values()):
            return False
        if keyword == "items" and not _exact(argument):
            return False
        if keyword in ("allOf", "anyOf") and not all(_exact(sub) for sub in argument):
            return False
    return True


class FastChecks:
    """Defines a compiler of JSON Schemas into yes/no closures, resolving `$ref` via `resolve`."""

    def __init__(self, resolve: Callable[[str], Mapping[str, Any] | None]) -> None:
        self._resolve = resolve
        self._refs: dict[str, TypeCheck] = {}

    def compile(self, schema: Any) -> TypeCheck:
        if schema is True:
            return _always
        if schema is False or not isinstance(schema, Mapping):
            return _never
        checks: list[TypeCheck] = []
        object_keywords = {"properties", "additionalProperties", "required"}
        if object_keywords & schema.keys():
            shape = self._object(schema)
            if shape is None:
                return _never
            checks.append(shape)
        for keyword, argument in schema.items():
            if keyword in _IGNORED or keyword in object_keywords or keyword.startswith("x-"):
                continue
            check = self._keyword(keyword, argument, schema)
            if check is None:
                return _never
            checks.append(check)
        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda value: first(value) and second(value)

        def every(value: Any) -> bool:
            for check in checks:
                if not check(value):
                    return False
            return True

        return every

    def _object(self, schema: Mapping[str, Any]) -> TypeCheck | None:
        """`properties`, `additionalProperties` and `required` in one pass over the object."""
        if "patternProperties" in schema:
            return None
        compiled = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        extra_schema = schema.get("additionalProperties", True)
        closed = extra_schema is False
        extra = None if extra_schema is True or closed else self.compile(extra_schema)
        needed = tuple(schema.get("required", ()))

        def shape(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for name in needed:
                if name not in value:
                    return False
            for name, item in value.items():
                check = compiled.get(name)
                if check is not None:
                    if not check(item):
                        return False
                elif closed or (extra is not None and not extra(item)):
                    return False
            return True

        return shape

    def _ref(self, reference: str) -> TypeCheck | None:
        found = self._refs.get(reference)
        if found is None:
            target = self._resolve(reference)
            if target is None:
                return None
            cell: list[TypeCheck] = []
            self._refs[reference] = lambda value: cell[0](value)
            cell.append(self.compile(target))
            found = self._refs[reference]
        return found

    def _keyword(self, keyword: str, argument: Any, schema: Mapping[str, Any]) -> TypeCheck | None:
        if keyword == "type":
            names = [argument] if isinstance(argument, str) else list(argument)
            tests = [_TYPES[name] for name in names]
            if len(tests) == 1:
                return tests[0]
            return lambda value: any(test(value) for test in tests)
        if keyword == "items":
            if not isinstance(argument, Mapping | bool):
                return None
            each = self.compile(argument)
            return lambda value: not isinstance(value, list) or all(each(item) for item in value)
        if keyword == "enum":
            members = list(argument)
            if all(isinstance(member, str) for member in members):
                strings = frozenset(members)
                return lambda value: isinstance(value, str) and value in strings
            tags = frozenset(_tagged(member) for member in members)
            return lambda value: _tagged(value) in tags
        if keyword == "const":
            tag = _tagged(argument)
            return lambda value: _tagged(value) == tag
        if keyword == "pattern":
            try:
                search = re.compile(argument).search
            except re.error:
                return None
            return lambda value: not isinstance(value, str) or search(value) is not None
        if keyword in ("maxLength", "minLength"):
            limit = int(argument)
            if keyword == "maxLength":
                return lambda value: not isinstance(value, str) or len(value) <= limit
            return lambda value: not isinstance(value, str) or len(value) >= limit
        if keyword in ("maxItems", "minItems", "maxProperties", "minProperties"):
            limit = int(argument)
            kind: type[list[Any]] | type[dict[Any, Any]] = (
                list if keyword.endswith("Items") else dict
            )
            if keyword.startswith("max"):
                return lambda value: not isinstance(value, kind) or len(value) <= limit
            return lambda value: not isinstance(value, kind) or len(value) >= limit
        if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            bound = argument
            number = _TYPES["number"]
            compare: Callable[[Any], bool] = {
                "minimum": lambda value: value >= bound,
                "maximum": lambda value: value <= bound,
                "exclusiveMinimum": lambda value: value > bound,
                "exclusiveMaximum": lambda value: value < bound,
            }[keyword]
            return lambda value: not number(value) or compare(value)
        if keyword == "uniqueItems":
            if not argument:
                return _always
            # only lists of strings are decided here; others take the slow walk
            return lambda value: (
                not isinstance(value, list)
                or (all(isinstance(item, str) for item in value) and len(set(value)) == len(value))
            )
        if keyword in ("allOf", "anyOf", "oneOf"):
            if keyword == "oneOf" and not all(_exact(sub) for sub in argument):
                return None  # a branch that wrongly says no would change the count
            branches = [self.compile(sub) for sub in argument]
            if keyword == "allOf":
                return lambda value: all(branch(value) for branch in branches)
            if keyword == "anyOf":
                return lambda value: any(branch(value) for branch in branches)
            return lambda value: sum(1 for branch in branches if branch(value)) == 1
        if keyword == "not":
            if not _exact(argument):
                return None  # an inner no that should be yes would turn into a wrong yes
            inner = self.compile(argument)
            return lambda value: not inner(value)
        if keyword == "$ref":
            return self._ref(str(argument))
        return None


class FastValidator:
    """Defines a jsonschema validator with a yes/no fast path in front of its error walk."""

    def __init__(self, schema: Mapping[str, Any], registry: Any, definitions: Mapping[str, Any]):
        self._slow = Draft202012Validator(schema, registry=registry)
        defs: Mapping[str, Any] = definitions.get("$defs", {})
        self._fast = FastChecks(lambda ref: _local_definition(ref, defs)).compile(schema)

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        """Nothing when the fast path says the instance is valid, else jsonschema's errors."""
        if self._fast(instance):
            return iter(())
        errors: Iterator[ValidationError] = self._slow.iter_errors(instance)
        return errors


def _local_definition(reference: str, definitions: Mapping[str, Any]) -> Mapping[str, Any] | None:
    _, marker, name = reference.partition("#/$defs/")
    found = definitions.get(name) if marker else None
    return found if isinstance(found, Mapping) else None
