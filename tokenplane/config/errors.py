"""Config errors that say where, what was received and what is allowed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tokenplane.problems import Problem


@dataclass(frozen=True, order=True)
class ConfigIssue:
    """Defines one problem in the config: its file, line, key path and a sentence about it."""

    file: str
    line: int
    path: str
    message: str

    def problem(self) -> Problem:
        """This issue as the structured Problem the command line prints."""
        from tokenplane.problems import Location, Problem

        return Problem(
            "config", Location(file=self.file, line=self.line, key=self.path), self.message
        )

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ConfigError(ValueError):
    """Defines the error raised when the config cannot be used: every issue, sorted by place."""

    def __init__(self, issues: Iterable[ConfigIssue]) -> None:
        self.issues: tuple[ConfigIssue, ...] = tuple(sorted(set(issues)))
        super().__init__("\n".join(str(issue) for issue in self.issues))
