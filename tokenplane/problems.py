"""The one problem type every phase reports in, and the one place it is formatted.

A Problem says where (a config file, line and key path, or an output file, object and field),
what is wrong, and what to do. Every phase reports in it directly — the config loader and its
cross-reference checks, the constructs (a refused prop), the validator, the invariants, the
layout, the output-folder rule and the writer — and raises `ProblemsError` (or a subclass:
`ConfigError`, `LayoutError`, `WriteError`, ...) carrying all of a phase's problems at once.
Only `tokenplane.cli` prints them, through `format_problem`, which also redacts anything that
looks like a secret.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from tokenplane.secrets import scrub

ProblemKind = Literal[
    "config",
    "unchecked",
    "construct",
    "schema",
    "invariant",
    "layout",
    "output",
    "stale",
    "write",
    "input",
]
"""The phase a problem comes from: the config loader (`unchecked`: a cross-reference check the
loader could not make because the file it refers to could not be read — a note, not a problem
of its own), a construct refusing its props, the per-document schemas, the platform
invariants, the file layout (placement, kustomization listings), the output-folder rule, a
written tree that is not what its config synthesizes now, writing, or reading a tree."""

NOTE_KINDS: frozenset[ProblemKind] = frozenset({"unchecked"})
"""Kinds that say what could not be judged rather than what is wrong: shown, not counted."""


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

    @property
    def is_note(self) -> bool:
        """Whether this says what could not be checked (shown, but not counted as a problem)."""
        return self.kind in NOTE_KINDS


class ProblemsError(Exception):
    """Defines the error that carries every problem of a phase, sorted by place."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(
            sorted(set(problems), key=lambda p: (p.is_note, p.location, p.message))
        )
        super().__init__("\n".join(format_problem(p) for p in self.problems))


def format_problem(problem: Problem) -> str:
    """`location: message; hint`, secrets redacted: how every problem is shown."""
    where = str(problem.location)
    text = f"{where}: {problem.message}" if where else problem.message
    if problem.hint:
        text += f"; {problem.hint}"
    return scrub(text)
