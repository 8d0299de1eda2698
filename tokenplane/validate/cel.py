"""`x-kubernetes-validations`: CEL rules compiled once per rule text and evaluated per node.

Evaluation follows the API server: `self` is the node's (defaulted) value, property names are
escaped (`namespace` → `__namespace__`, `-` → `__dash__`...), a rule runs only where its node
and everything below it passed schema validation, and transition rules (those reading
`oldSelf`) are skipped because a rendered manifest has no old object.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cel_expr_python import cel
from cel_expr_python.ext import ext_encoders, ext_math, ext_optional, ext_strings

from tokenplane.validate.k8s_cel_library import kubernetes_library
from tokenplane.validate.messages import FieldError
from tokenplane.validate.problems import PathPart
from tokenplane.validate.structural import Node

KNOWN_CEL_GAPS: Mapping[str, str] = {}
"""Rules of pinned CRDs that cel-expr-python cannot compile, each with the reason.

A rule listed here is not evaluated. A rule that fails to compile and is *not* listed is
reported as a problem on every document that reaches it, so a new CRD pin cannot lose rules
silently. Today every rule of every pinned CRD compiles, so the mapping is empty.
"""

_RESERVED = frozenset(
    "true false null in as break const continue else for function if import let loop package "
    "namespace return var void while".split()
)
_ESCAPABLE = re.compile(r"__|[./-]")
_IDENTIFIER = re.compile(r"^[A-Za-z_./-][A-Za-z0-9_./-]*$")
_OLD_SELF = re.compile(r"\boldSelf\b")
_FIELD_PATH_PART = re.compile(r"\.([A-Za-z0-9_-]+)|\['([^']*)'\]|\[(\d+)\]")
_ESCAPES = {"__": "__underscores__", ".": "__dot__", "-": "__dash__", "/": "__slash__"}


def escape_property(name: str) -> str | None:
    """The name a CEL expression uses for a property, or None when CEL cannot reach it."""
    if name in _RESERVED:
        return f"__{name}__"
    if not _IDENTIFIER.match(name):
        return None
    return _ESCAPABLE.sub(lambda match: _ESCAPES[match.group(0)], name)


def is_transition_rule(rule: Mapping[str, Any]) -> bool:
    """True for a rule that compares with the old object, which only runs on update."""
    return bool(_OLD_SELF.search(str(rule.get("rule", ""))))


@dataclass(frozen=True)
class CompiledRule:
    """Defines one rule ready to run: the compiled program, or why it could not be compiled."""

    rule: str
    message: str
    field_path: tuple[PathPart, ...]
    program: cel.Expression | None
    message_program: cel.Expression | None
    error: str | None
    known_gap: bool


@dataclass(frozen=True)
class RuleCount:
    """Defines how many distinct rules a set of schemas holds, and how many of them compile."""

    distinct: int
    compiled: int
    transition: int
    failed: Mapping[str, str]


def _field_path(text: str) -> tuple[PathPart, ...]:
    parts: list[PathPart] = []
    for match in _FIELD_PATH_PART.finditer(text):
        name, quoted, index = match.groups()
        if index is not None:
            parts.append(int(index))
        else:
            parts.append(name if name is not None else quoted)
    return tuple(parts)


class CelCompiler:
    """Defines one CEL environment (Kubernetes' extensions and library) and its compile cache."""

    def __init__(self) -> None:
        self._env = cel.NewEnv(
            variables={"self": cel.Type.DYN, "oldSelf": cel.Type.DYN},
            extensions=[
                ext_strings.ExtStrings(),
                ext_optional.ExtOptional(),
                ext_math.ExtMath(),
                ext_encoders.ExtEncoders(),
                kubernetes_library(),
            ],
        )
        self._programs: dict[str, cel.Expression | str] = {}
        self._rules: dict[int, tuple[CompiledRule, ...]] = {}
        self._escapes: dict[int, bool] = {}

    def program(self, expression: str) -> cel.Expression | str:
        """The compiled program, or the compiler's error message."""
        found = self._programs.get(expression)
        if found is None:
            try:
                found = self._env.compile(expression)
            except RuntimeError as error:
                found = str(error)
            self._programs[expression] = found
        return found

    def rules(self, node: Node) -> tuple[CompiledRule, ...]:
        """The node's rules, transition rules left out, compiled once per node."""
        cached = self._rules.get(id(node))
        if cached is not None:
            return cached
        compiled: list[CompiledRule] = []
        for raw in node.rules:
            if is_transition_rule(raw):
                continue
            text = str(raw["rule"])
            program = self.program(text)
            message_program: cel.Expression | None = None
            if "messageExpression" in raw:
                candidate = self.program(str(raw["messageExpression"]))
                message_program = None if isinstance(candidate, str) else candidate
            compiled.append(
                CompiledRule(
                    rule=text,
                    message=str(raw.get("message") or f"failed rule: {text}"),
                    field_path=_field_path(str(raw.get("fieldPath", ""))),
                    program=None if isinstance(program, str) else program,
                    message_program=message_program,
                    error=program if isinstance(program, str) else None,
                    known_gap=text in KNOWN_CEL_GAPS,
                )
            )
        result = tuple(compiled)
        self._rules[id(node)] = result
        return result

    def count(self, nodes: Iterator[Node]) -> RuleCount:
        """Counts the distinct rule texts below `nodes` and compiles each of them."""
        texts: set[str] = set()
        transition: set[str] = set()

        def collect(node: Node) -> None:
            for raw in node.rules:
                texts.add(str(raw["rule"]))
                if is_transition_rule(raw):
                    transition.add(str(raw["rule"]))
                if "messageExpression" in raw:
                    texts.add(str(raw["messageExpression"]))
            for child in node.children():
                if child.has_rules:
                    collect(child)

        for node in nodes:
            collect(node)
        failed = {}
        for text in sorted(texts):
            program = self.program(text)
            if isinstance(program, str):
                failed[text] = program
        return RuleCount(
            distinct=len(texts),
            compiled=len(texts) - len(failed),
            transition=len(transition),
            failed=failed,
        )

    def _needs_escape(self, node: Node) -> bool:
        cached = self._escapes.get(id(node))
        if cached is None:
            cached = any(escape_property(name) != name for name in node.properties) or any(
                self._needs_escape(child) for child in node.children()
            )
            self._escapes[id(node)] = cached
        return cached

    def cel_value(self, value: Any, node: Node) -> Any:
        """`value` as CEL sees it: declared property names escaped, unreachable ones dropped."""
        if not self._needs_escape(node):
            return value
        if isinstance(value, Mapping):
            converted: dict[str, Any] = {}
            for key, item in value.items():
                child = node.properties.get(key)
                if child is not None:
                    escaped = escape_property(key)
                    if escaped is not None:
                        converted[escaped] = self.cel_value(item, child)
                elif node.additional is not None:
                    converted[key] = self.cel_value(item, node.additional)
                else:
                    converted[key] = item
            return converted
        if isinstance(value, list) and node.items is not None:
            return [self.cel_value(item, node.items) for item in value]
        return value

    def evaluate(
        self,
        value: Any,
        node: Node,
        invalid: frozenset[tuple[PathPart, ...]],
        path: tuple[PathPart, ...] = (),
    ) -> Iterator[FieldError]:
        """Every failed rule below `node`; `invalid` holds the paths schema validation rejected."""
        if not node.has_rules or value is None:
            return
        if node.rules and not _touches(path, invalid):
            yield from self._run(value, node, path)
        if isinstance(value, Mapping):
            for name, child in node.properties.items():
                if child.has_rules and name in value:
                    yield from self.evaluate(value[name], child, invalid, (*path, name))
            if node.additional is not None and node.additional.has_rules:
                for key, item in value.items():
                    if key not in node.properties:
                        yield from self.evaluate(item, node.additional, invalid, (*path, key))
        elif isinstance(value, list) and node.items is not None and node.items.has_rules:
            for index, item in enumerate(value):
                yield from self.evaluate(item, node.items, invalid, (*path, index))

    def _run(self, value: Any, node: Node, path: tuple[PathPart, ...]) -> Iterator[FieldError]:
        rules = self.rules(node)
        if not rules:
            return
        data = {"self": self.cel_value(value, node)}
        shown = _type_name(value)
        for rule in rules:
            where = (*path, *rule.field_path)
            if rule.program is None:
                if not rule.known_gap:
                    yield (
                        where,
                        (
                            f"CEL rule cannot be evaluated offline ({rule.error}); "
                            f"rule: {rule.rule}; list it in KNOWN_CEL_GAPS with a reason"
                        ),
                    )
                continue
            result = rule.program.eval(data=data)
            if result.type() == cel.Type.ERROR:
                yield where, f'Invalid value: "{shown}": rule evaluation error: {result.value()}'
            elif result.value() is not True:
                yield where, f'Invalid value: "{shown}": {self._message(rule, data)}'

    @staticmethod
    def _message(rule: CompiledRule, data: Mapping[str, Any]) -> str:
        if rule.message_program is not None:
            result = rule.message_program.eval(data=data)
            text = result.value() if result.type() == cel.Type.STRING else None
            if isinstance(text, str) and text.strip() and "\n" not in text:
                return text
        return rule.message


def _touches(path: tuple[PathPart, ...], invalid: frozenset[tuple[PathPart, ...]]) -> bool:
    size = len(path)
    return any(bad[:size] == path for bad in invalid)


def _type_name(value: Any) -> str:
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "string"
