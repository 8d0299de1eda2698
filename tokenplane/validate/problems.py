"""The unit of output: one problem found in one document, with the path of the offending field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tokenplane.problems import Location
from tokenplane.problems import Problem as StructuredProblem

PathPart = str | int
"""One step of a field path: a property name or a list index."""

_PLAIN_KEY = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$-]*$")


@dataclass(frozen=True, order=True)
class Problem:
    """Defines one thing the API server would reject, located by file, document, object, field."""

    source: str
    index: int
    kind: str
    name: str
    path: str
    message: str

    def problem(self) -> StructuredProblem:
        """This finding as the structured Problem the command line prints."""
        where = Location(file=self.source, object=f"{self.kind} {self.name}", field=self.path)
        return StructuredProblem("schema", where, self.message)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.source}: {self.kind} {self.name}: {where}{self.message}"


def format_path(parts: Iterable[PathPart]) -> str:
    """Renders a field path the way kubectl shows it: `spec.rules[0].matches[1].path`.

    Map keys that are not plain identifiers (label keys, for instance) are shown in brackets.
    """
    rendered = ""
    for part in parts:
        if isinstance(part, int):
            rendered += f"[{part}]"
        elif _PLAIN_KEY.match(part):
            rendered += f".{part}" if rendered else part
        else:
            rendered += f"[{part}]"
    return rendered
