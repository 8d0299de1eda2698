"""Config errors that say where, what was received and what is allowed."""

from __future__ import annotations

from tokenplane.problems import Location, Problem, ProblemsError


def config_problem(file: str, line: int, key: str, message: str, hint: str = "") -> Problem:
    """A problem of the config: its file, line (0: the file as a whole), key path and message."""
    return Problem("config", Location(file=file, line=line, key=key), message, hint)


class ConfigError(ProblemsError, ValueError):
    """Defines the error raised when the config cannot be used: every problem of every file
    (schema and cross-reference alike), sorted by place, with a note for each check that could
    not be made."""
