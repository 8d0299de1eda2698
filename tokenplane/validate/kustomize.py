"""What kustomize would apply: every file of a unit folder is listed in its kustomization.yaml,
and every listed file or folder exists.

tokenplane lists each folder's object files in its own kustomization.yaml, except below
`tenants/`, whose kustomization.yaml lists the files of the one-tenant folders itself
(`<tenant>/<file>`; see tokenplane/output/layout.py). A file nobody lists is silently not
applied by Flux or Argo CD; a listed file that is missing fails the whole unit.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import yaml

from tokenplane.output.layout import KUSTOMIZATION
from tokenplane.problems import Location, Problem


def listing_problems(dist: Path) -> list[Problem]:
    """One `layout` Problem per unlisted file, missing entry or unreadable kustomization.yaml."""
    problems: list[Problem] = []

    def problem(path: Path, message: str, hint: str = "", key: str = "") -> None:
        problems.append(Problem("layout", Location(file=str(path), key=key), message, hint))

    covered: set[PurePosixPath] = set()
    for folder, dirs, names in os.walk(dist):
        dirs.sort()
        if KUSTOMIZATION not in names:
            continue
        base = Path(folder)
        relative = PurePosixPath(base.relative_to(dist).as_posix())
        path = base / KUSTOMIZATION
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue  # reported by the document reader
        resources = data.get("resources", []) if isinstance(data, dict) else None
        if not isinstance(resources, list):
            problem(path, "must be a list of files and folders", key="resources")
            continue
        for entry in resources:
            if not isinstance(entry, str) or "://" in entry:
                continue
            target = base / entry
            if not target.exists():
                problem(
                    path,
                    f"lists {entry}, which does not exist",
                    "remove the entry or restore the file",
                    key="resources",
                )
            elif target.is_file():
                covered.add(PurePosixPath(os.path.normpath(relative / entry)))
    for folder, dirs, names in os.walk(dist):
        dirs.sort()
        base = Path(folder)
        relative = PurePosixPath(base.relative_to(dist).as_posix())
        for name in sorted(names):
            if not name.endswith(".yaml") or name == KUSTOMIZATION:
                continue
            if relative == PurePosixPath("."):
                continue  # reported by load_clusters
            if relative / name not in covered:
                problem(
                    base / name,
                    "not listed in any kustomization.yaml, so Flux and Argo CD would not apply it",
                    "list it or remove it",
                )
    return problems
