"""The pinned CustomResourceDefinitions, read lazily from the shared CRD folder."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tokenplane.versions import crd_files

_GROUP = re.compile(r"^  group: ['\"]?([^'\"\s]+)", re.MULTILINE)
_KIND = re.compile(r"^    kind: ['\"]?([^'\"\s]+)", re.MULTILINE)
_CRD = re.compile(r"^kind: CustomResourceDefinition\s*$", re.MULTILINE)


@dataclass(frozen=True)
class CrdVersion:
    """Defines one version of one custom kind: whether it is served and its OpenAPI v3 schema."""

    group: str
    version: str
    kind: str
    served: bool
    schema: Mapping[str, Any]
    source: str

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}"


def scan(text: str) -> tuple[str, str] | None:
    """(group, kind) of a one-CRD file read from its text, or None when the layout is unusual.

    Parsing YAML is the slow part of a run (the pinned files are 9 MB), so a file is parsed
    only when a document needs one of its kinds; `tests/validate` checks this scan against
    the parsed content of every pinned file.
    """
    group, kind = _GROUP.search(text), _KIND.search(text)
    if group is None or kind is None or len(_CRD.findall(text)) != 1:
        return None
    return group.group(1), kind.group(1)


class CrdRegistry:
    """Defines the lookup from (apiVersion, kind) to the pinned CRD version that judges it.

    A file listed in the version table but missing from the shared folder raises
    `FileNotFoundError` on first use, since validating without it would pass its kinds silently.
    """

    def __init__(self, crd_root: Path, files: Sequence[str] | None = None) -> None:
        self._crd_root = crd_root
        self._files = tuple(crd_files() if files is None else files)
        self._index: dict[tuple[str, str], list[str]] | None = None
        self._parsed: set[str] = set()
        self._versions: dict[tuple[str, str], CrdVersion] = {}
        self._kinds: set[tuple[str, str]] = set()

    def _indexed(self) -> dict[tuple[str, str], list[str]]:
        if self._index is None:
            self._index = {}
            for relative in self._files:
                text = (self._crd_root / relative).read_text(encoding="utf-8")
                found = scan(text)
                if found is None:
                    self._parse(relative, text)
                else:
                    self._index.setdefault(found, []).append(relative)
        return self._index

    def _parse(self, relative: str, text: str | None = None) -> None:
        if relative in self._parsed:
            return
        self._parsed.add(relative)
        if text is None:
            text = (self._crd_root / relative).read_text(encoding="utf-8")
        for crd in yaml.load_all(text, Loader=yaml.CSafeLoader):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            spec = crd["spec"]
            group, kind = spec["group"], spec["names"]["kind"]
            self._kinds.add((group, kind))
            for entry in spec["versions"]:
                version = CrdVersion(
                    group=group,
                    version=entry["name"],
                    kind=kind,
                    served=bool(entry.get("served", False)),
                    schema=(entry.get("schema") or {}).get("openAPIV3Schema") or {},
                    source=relative,
                )
                self._versions[(version.api_version, kind)] = version

    def lookup(self, api_version: str, kind: str) -> CrdVersion | None:
        """The CRD version for this apiVersion and kind, served or not; None when not pinned."""
        group = api_version.rpartition("/")[0]
        for relative in self._indexed().get((group, kind), ()):
            self._parse(relative)
        return self._versions.get((api_version, kind))

    def knows_kind(self, group: str, kind: str) -> bool:
        """True when some pinned CRD defines `kind` in `group`, in any version."""
        return (group, kind) in self._indexed() or (group, kind) in self._kinds

    def versions(self) -> Iterator[CrdVersion]:
        """Every version of every pinned CRD, in file order."""
        for relative in self._files:
            self._parse(relative)
        yield from list(self._versions.values())
