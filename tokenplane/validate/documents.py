"""Reading rendered manifests: every YAML document under a folder, in a stable order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Document:
    """Defines one rendered Kubernetes object: the file it came from and its place in that file."""

    source: str
    index: int
    body: Mapping[str, Any]


class _ManifestLoader(yaml.CSafeLoader):
    """Defines a YAML loader that keeps timestamps as strings, as the API server receives them."""


_ManifestLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def parse_documents(text: str, source: str) -> list[Document]:
    """Every non-empty document in one YAML stream; `index` counts all documents, empty ones too."""
    documents: list[Document] = []
    for index, body in enumerate(yaml.load_all(text, Loader=_ManifestLoader)):
        if body is None:
            continue
        if not isinstance(body, Mapping):
            body = {}  # not an object: judged as one without apiVersion and kind
        documents.append(Document(source=source, index=index, body=body))
    return documents


def _is_kustomization(document: Document) -> bool:
    """Kustomize's own file: its apiVersion, or none at all (kustomize lets both be omitted)."""
    api_version = document.body.get("apiVersion")
    if api_version is None and "kind" not in document.body:
        return True
    return isinstance(api_version, str) and api_version.startswith("kustomize.config.k8s.io/")


def load_documents(root: Path) -> list[Document]:
    """Every document of every `*.yaml` file under `root`, files in sorted order.

    Kustomize's own `kustomization.yaml` files are not objects and are skipped (a Flux
    `Kustomization` in such a file is kept). `source` is `root / <relative path>`, so
    `load_documents(Path("dist"))` reports `dist/prod/platform/gateway-main.yaml`.
    """
    documents: list[Document] = []
    for path in sorted(root.rglob("*.yaml")):
        if not path.is_file():
            continue
        parsed = parse_documents(path.read_text(encoding="utf-8"), str(path))
        if path.name == "kustomization.yaml":
            parsed = [document for document in parsed if not _is_kustomization(document)]
        documents.extend(parsed)
    return documents


def load_clusters(dist: Path) -> dict[str, list[Document]]:
    """The documents of a dist/ tree by cluster: the first folder below `dist`, sorted."""
    clusters: dict[str, list[Document]] = {}
    for document in load_documents(dist):
        cluster = Path(document.source).relative_to(dist).parts[0]
        clusters.setdefault(cluster, []).append(document)
    return dict(sorted(clusters.items()))
