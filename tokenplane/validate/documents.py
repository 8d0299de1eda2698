"""Reading rendered manifests: every YAML document under a folder, in a stable order.

A file that cannot be read (not UTF-8, broken YAML, a YAML alias, a document that is not an
object or has no `kind`) is reported as a problem naming the file and line; the rest of the
tree is still read, so every problem is reported at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tokenplane.problems import Location, Problem, ProblemsError


@dataclass(frozen=True)
class Document:
    """Defines one rendered Kubernetes object: the file it came from and its place in that file."""

    source: str
    index: int
    body: Mapping[str, Any]


class DocumentError(ProblemsError, ValueError):
    """Defines files of a rendered tree that cannot be read: one `input` Problem each."""


def _unreadable(source: str, message: str, line: int = 0) -> Problem:
    return Problem("input", Location(file=source, line=line), message)


class _ManifestLoader(yaml.CSafeLoader):
    """Defines a YAML loader that keeps timestamps as strings, as the API server receives them."""


_ManifestLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


def yaml_error(source: str, error: yaml.YAMLError) -> Problem:
    """A parser error as an `input` Problem (`file:line: invalid YAML: what`), naming where an
    unclosed construct (quote, bracket, block) opens when the parser knows it."""
    if not isinstance(error, yaml.MarkedYAMLError):
        return _unreadable(source, f"invalid YAML: {error}")
    problem_mark, context_mark = error.problem_mark, error.context_mark
    line = problem_mark.line + 1 if problem_mark else (context_mark.line + 1 if context_mark else 0)
    text = error.problem or error.context or "invalid YAML"
    if (
        context_mark is not None
        and error.context
        and (problem_mark is None or context_mark.line != problem_mark.line)
    ):
        text += f" ({error.context} on line {context_mark.line + 1})"
    return _unreadable(source, f"invalid YAML: {text}", line)


def _refuse_aliases(text: str, source: str) -> None:
    if "*" not in text:
        return
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1 if event.start_mark else 0
            raise DocumentError(
                [
                    _unreadable(
                        source,
                        f"YAML aliases (*{event.anchor}) are not allowed in rendered "
                        "manifests; write the value out",
                        line,
                    )
                ]
            )


def parse_documents(text: str, source: str) -> list[Document]:
    """Every non-empty document in one YAML stream; `index` counts all documents, empty ones
    too. Raises DocumentError when the text cannot be read as manifests."""
    try:
        _refuse_aliases(text, source)
        bodies = list(yaml.load_all(text, Loader=_ManifestLoader))
    except yaml.YAMLError as error:
        raise DocumentError([yaml_error(source, error)]) from None
    documents: list[Document] = []
    for index, body in enumerate(bodies):
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


def read_documents(root: Path) -> tuple[list[Document], list[Problem]]:
    """Every document of every `*.yaml` file under `root`, files in sorted order, and one
    problem per file that cannot be read.

    Kustomize's own `kustomization.yaml` files are not objects and are skipped (a Flux
    `Kustomization` in such a file is kept). `source` is `root / <relative path>`, so
    `read_documents(Path("dist"))` reports `dist/prod/platform/gateway-main.yaml`.
    """
    documents: list[Document] = []
    problems: list[Problem] = []
    for path in sorted(root.rglob("*.yaml")):
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(_unreadable(str(path), "cannot read: not UTF-8 text"))
            continue
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            problems.append(_unreadable(str(path), f"cannot read: {reason}"))
            continue
        try:
            parsed = parse_documents(text, str(path))
        except DocumentError as error:
            problems.extend(error.problems)
            continue
        if path.name == "kustomization.yaml":
            parsed = [document for document in parsed if not _is_kustomization(document)]
        documents.extend(parsed)
    return documents, problems


def load_documents(root: Path) -> list[Document]:
    """The documents of `read_documents`; raises DocumentError naming every unreadable file."""
    documents, problems = read_documents(root)
    if problems:
        raise DocumentError(problems)
    return documents


def load_clusters(dist: Path) -> tuple[dict[str, list[Document]], list[Problem]]:
    """The documents of a dist/ tree by cluster (the first folder below `dist`, sorted), and
    the problems of files that cannot be read."""
    clusters: dict[str, list[Document]] = {}
    documents, problems = read_documents(dist)
    for document in documents:
        relative = Path(document.source).relative_to(dist).parts
        if len(relative) < 2:
            problems.append(
                Problem(
                    "layout",
                    Location(file=document.source),
                    "a file at the top of the tree; objects belong in a cluster's folder "
                    "(<cluster>/...)",
                )
            )
            continue
        clusters.setdefault(relative[0], []).append(document)
    return dict(sorted(clusters.items())), problems
