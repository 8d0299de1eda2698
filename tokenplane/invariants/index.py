"""A lookup of one cluster's objects by kind, namespace and name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

Manifest = Mapping[str, Any]


class ObjectIndex:
    """Defines an index of manifests for the checks: by kind, and by (kind, namespace, name)."""

    def __init__(self, manifests: Sequence[Manifest]) -> None:
        self.manifests = manifests
        self._by_kind: dict[str, list[Manifest]] = defaultdict(list)
        self._by_key: dict[tuple[str, str, str], list[Manifest]] = defaultdict(list)
        for manifest in manifests:
            self._by_kind[manifest["kind"]].append(manifest)
            self._by_key[key_of(manifest)].append(manifest)

    def of_kind(self, kind: str) -> list[Manifest]:
        """Every object of `kind`, in synthesis order."""
        return self._by_kind.get(kind, [])

    def get(self, kind: str, namespace: str, name: str) -> Manifest | None:
        """The object of that kind, namespace (empty: cluster-scoped) and name, if any."""
        found = self._by_key.get((kind, namespace, name))
        return found[0] if found else None

    def duplicates(self) -> Iterator[tuple[tuple[str, str, str], int]]:
        """Every (kind, namespace, name) held by more than one object, with the count."""
        for key, found in sorted(self._by_key.items()):
            if len(found) > 1:
                yield key, len(found)


def key_of(manifest: Manifest) -> tuple[str, str, str]:
    """(kind, namespace, name) of a manifest; namespace is empty for cluster-scoped objects."""
    metadata = manifest.get("metadata", {})
    return (manifest["kind"], metadata.get("namespace", ""), metadata.get("name", ""))
