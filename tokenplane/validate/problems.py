"""Field paths as kubectl shows them; the validator reports in `tokenplane.problems.Problem`
(kind `schema`, location: file, object `Kind name`, field path)."""

from __future__ import annotations

import re
from collections.abc import Iterable

PathPart = str | int
"""One step of a field path: a property name or a list index."""

_PLAIN_KEY = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$-]*$")


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
