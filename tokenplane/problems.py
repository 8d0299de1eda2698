"""The one problem type every phase reports in, and the one place it is formatted.

A Problem says where (a config file, line and key path, or an output file, object and field),
what is wrong, and what to do. The loader, the validator, the invariants, the writer and the
output-folder check each produce their own findings and turn them into Problems
(`ConfigIssue.problem()`, `validate.Problem.problem()`, `Violation.problem()`); only
`tokenplane.cli` prints them, through `format_problem`, which also redacts anything that looks
like a secret.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from tokenplane.secrets import scrub

ProblemKind = Literal["config", "schema", "invariant", "layout", "output", "write", "input"]
"""The phase a problem comes from: the config loader, the per-document schemas, the
platform invariants, the file layout, the output-folder rule, writing, or reading a tree."""


@dataclass(frozen=True, order=True)
class Location:
    """Defines where a problem is: a file (config or output), optionally a line and key path
    (config), or an object and field path (output); `cluster` for a whole-cluster invariant."""

    file: str = ""
    line: int = 0
    key: str = ""
    object: str = ""
    field: str = ""
    cluster: str = ""

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(f"{self.file}:{self.line}" if self.line else self.file)
        elif self.cluster:
            parts.append(f"cluster {self.cluster}")
        if self.key:
            parts.append(self.key)
        if self.object:
            parts.append(self.object)
        if self.field:
            parts.append(self.field)
        return ": ".join(parts)


@dataclass(frozen=True, order=True)
class Problem:
    """Defines one problem: its kind, where it is, what is wrong and (optionally) what to do."""

    kind: ProblemKind
    location: Location
    message: str
    hint: str = ""


class ProblemsError(Exception):
    """Defines the error that carries every problem of a phase, sorted by place."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(set(problems), key=lambda p: (p.location, p.message)))
        super().__init__("\n".join(format_problem(p) for p in self.problems))


def format_problem(problem: Problem) -> str:
    """`location: message; hint`, secrets redacted: how every problem is shown."""
    where = str(problem.location)
    text = f"{where}: {problem.message}" if where else problem.message
    if problem.hint:
        text += f"; {problem.hint}"
    return scrub(text)
