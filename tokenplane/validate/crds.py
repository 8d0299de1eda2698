"""The pinned CustomResourceDefinitions, read lazily from the shared CRD folder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tokenplane.versions import crd_files


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


class CrdRegistry:
    """Defines the lookup from (apiVersion, kind) to the pinned CRD version that judges it.

    Files are read on first use; a file listed in the version table but missing from the shared
    folder raises `FileNotFoundError`, since validating without it would pass its kinds silently.
    """

    def __init__(self, crd_root: Path, files: Sequence[str] | None = None) -> None:
        self._crd_root = crd_root
        self._files = tuple(crd_files() if files is None else files)
        self._versions: dict[tuple[str, str], CrdVersion] | None = None
        self._kinds: set[tuple[str, str]] = set()

    def _load(self) -> dict[tuple[str, str], CrdVersion]:
        if self._versions is not None:
            return self._versions
        versions: dict[tuple[str, str], CrdVersion] = {}
        for relative in self._files:
            path = self._crd_root / relative
            for crd in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
                if not crd or crd.get("kind") != "CustomResourceDefinition":
                    continue
                spec = crd["spec"]
                group, kind = spec["group"], spec["names"]["kind"]
                self._kinds.add((group, kind))
                for entry in spec["versions"]:
                    schema = (entry.get("schema") or {}).get("openAPIV3Schema") or {}
                    version = CrdVersion(
                        group=group,
                        version=entry["name"],
                        kind=kind,
                        served=bool(entry.get("served", False)),
                        schema=schema,
                        source=relative,
                    )
                    versions[(version.api_version, kind)] = version
        self._versions = versions
        return versions

    def lookup(self, api_version: str, kind: str) -> CrdVersion | None:
        """The CRD version for this apiVersion and kind, served or not; None when not pinned."""
        return self._load().get((api_version, kind))

    def knows_kind(self, group: str, kind: str) -> bool:
        """True when some pinned CRD defines `kind` in `group`, in any version."""
        self._load()
        return (group, kind) in self._kinds

    def versions(self) -> Iterator[CrdVersion]:
        """Every version of every pinned CRD, in file order."""
        yield from self._load().values()
