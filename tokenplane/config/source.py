"""YAML loading that keeps the line of every key and list item, and refuses duplicate keys.

PyYAML's C parser composes the node graph (each node carries its start mark); we build plain
Python values from it ourselves so that every value's key path maps to the line it came from.
Booleans follow YAML 1.2: only `true`/`false` are booleans, so a tenant called `no` or `on`
stays a string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tokenplane.config.errors import ConfigError, config_problem
from tokenplane.problems import Problem

KeyPath = tuple[str | int, ...]


class _Loader(yaml.CSafeLoader):
    """Defines a safe C loader whose implicit booleans are YAML 1.2's `true` and `false` only."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0,
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    )


@dataclass(frozen=True)
class SourceFile:
    """Defines one loaded config file: its plain data and the line of every key path in it."""

    path: str
    data: Any
    lines: Mapping[KeyPath, int] = field(repr=False)
    problems: tuple[Problem, ...] = ()
    """Duplicate keys found while loading; the first occurrence of each key was kept."""

    def line_of(self, key_path: KeyPath) -> int:
        """The line of `key_path`, or of its nearest ancestor that exists (0: the file itself)."""
        for end in range(len(key_path), 0, -1):
            line = self.lines.get(key_path[:end])
            if line is not None:
                return line
        return 0


def load_yaml(path: Path, display: str) -> SourceFile:
    """Parses one YAML document; a syntax error raises ConfigError, duplicates are listed."""
    if path.exists() and not path.is_file():
        message = "cannot read: not a regular file; the config files are plain YAML files"
        raise ConfigError([config_problem(display, 0, "", message)])
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(
            [config_problem(display, 0, "", f"cannot read: {error.strerror}")]
        ) from None
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        message = (
            f"cannot read: not UTF-8 text (byte {error.object[error.start]:#04x}); save it as UTF-8"
        )
        raise ConfigError([config_problem(display, line, "", message)]) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problem = error.problem or error.context or "invalid YAML"
        opened = error.context_mark
        if opened is not None and error.context and opened.line + 1 != line:
            # Where the unclosed quote, bracket or block opens, not only where parsing stopped.
            problem += f" ({error.context} on line {opened.line + 1})"
        if _indented_with_tab(text, line):
            problem += "; indent with spaces, not tabs"
        raise ConfigError([config_problem(display, line, "", f"invalid YAML: {problem}")]) from None
    except yaml.reader.ReaderError as error:  # a control character in the text
        line = text.encode()[: error.position].count(b"\n") + 1
        character = error.character
        shown = f"#x{character:04x}" if isinstance(character, int) else repr(character)
        message = f"invalid YAML: character {shown} is not allowed in YAML text"
        raise ConfigError([config_problem(display, line, "", message)]) from None
    finally:
        loader.dispose()
    lines: dict[KeyPath, int] = {}
    issues: list[Problem] = []
    aliases = _aliases(text, display)
    if aliases:
        return SourceFile(path=display, data=None, lines=lines, problems=tuple(aliases))
    data = _build(loader, node, (), lines, issues, display) if node is not None else None
    return SourceFile(path=display, data=data, lines=lines, problems=tuple(issues))


def _aliases(text: str, display: str) -> list[Problem]:
    """One issue per YAML alias (`*name`): refused, so no config can expand into a bomb or
    refer to itself."""
    if "*" not in text:
        return []
    issues: list[Problem] = []
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1 if event.start_mark else 0
            message = (
                f"YAML aliases (*{event.anchor}) are not allowed in tokenplane config; "
                "write the value out"
            )
            issues.append(config_problem(display, line, "", message))
    return issues


def _indented_with_tab(text: str, line: int) -> bool:
    """Whether line `line` (1-based) of `text` starts its indentation with a tab."""
    lines = text.splitlines()
    return 0 < line <= len(lines) and lines[line - 1][:1] == "\t"


def _build(
    loader: _Loader,
    node: yaml.Node,
    key_path: KeyPath,
    lines: dict[KeyPath, int],
    issues: list[Problem],
    display: str,
) -> Any:
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(loader, key_node, key_path, issues, display)
            if key is _INVALID:
                continue
            if not isinstance(key, str):
                issues.append(
                    config_problem(
                        display,
                        key_node.start_mark.line + 1,
                        dotted(key_path),
                        f"keys must be text; received {_described(key_node, key)}: "
                        "put it in quotes if it is meant as a name",
                    )
                )
                continue
            child = (*key_path, key)
            if key in result:
                issues.append(
                    config_problem(
                        display,
                        key_node.start_mark.line + 1,
                        dotted(child),
                        f"duplicate key {key!r}; it was already set on line {lines[child]}",
                    )
                )
                continue
            lines[child] = key_node.start_mark.line + 1
            result[key] = _build(loader, value_node, child, lines, issues, display)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item_node in enumerate(node.value):
            child = (*key_path, index)
            lines[child] = item_node.start_mark.line + 1
            items.append(_build(loader, item_node, child, lines, issues, display))
        return items
    value = _scalar(loader, node, key_path, issues, display)
    return None if value is _INVALID else value


_INVALID = object()
"""Stands for a value that could not be constructed (its issue is already recorded)."""


def _scalar(
    loader: _Loader, node: yaml.Node, key_path: KeyPath, issues: list[Problem], display: str
) -> Any:
    """Constructs a scalar (or a key), recording an issue instead of raising on bad input."""
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError:
        message = f"unsupported YAML tag {node.tag!r}; tokenplane config uses no tags: remove it"
    except ValueError as error:  # a timestamp-like scalar that is no date, such as 2099-13-30
        message = (
            f"{_source_text(node)} is not a valid date ({error}); write YYYY-MM-DD, "
            "or put it in quotes if it is meant as text"
        )
    issues.append(config_problem(display, node.start_mark.line + 1, dotted(key_path), message))
    return _INVALID


def _source_text(node: yaml.Node) -> str:
    """How a scalar was written, quoted for messages."""
    return repr(node.value) if isinstance(node, yaml.ScalarNode) else "a collection"


_YAML_TYPES = {
    "NoneType": "null",
    "bool": "a boolean",
    "int": "a number",
    "float": "a number",
    "date": "a date",
    "datetime": "a timestamp",
    "list": "a list",
    "dict": "a mapping",
}


def _described(node: yaml.Node, value: Any) -> str:
    """A key that is not text, as a message shows it: `'123' (a number)`, `a list`."""
    kind = _YAML_TYPES.get(type(value).__name__, type(value).__name__)
    return f"{_source_text(node)} ({kind})" if isinstance(node, yaml.ScalarNode) else kind


def dotted(key_path: KeyPath) -> str:
    """Renders a key path as users write it: `tenants.acme.keys[0].id`."""
    text = ""
    for part in key_path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
