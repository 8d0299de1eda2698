"""The gate every rendered tree passes: schemas and CEL per document, then the platform
invariants per cluster. `tokenplane synth` runs it before writing, `tokenplane validate` on a
written tree; both judge plain documents, whoever made them. Given each cluster as resolved
from the config (`expected`), the invariants also check the output contains what it must."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path

from tokenplane.invariants import check_cluster
from tokenplane.problems import Problem
from tokenplane.resolve import ResolvedCluster
from tokenplane.validate.documents import Document
from tokenplane.validate.validator import Validator


def judge(
    clusters: Mapping[str, Sequence[Document]],
    *,
    crd_root: Path,
    expected: Mapping[str, ResolvedCluster] | None = None,
) -> list[Problem]:
    """Every problem of each cluster's documents: schema problems first, then broken
    invariants, cluster by cluster; an invariant about one object names its file."""
    validator = Validator(crd_root)
    problems = [
        problem for documents in clusters.values() for problem in validator.validate(documents)
    ]
    for cluster, documents in sorted(clusters.items()):
        # Documents without a kind or name are already reported by the validator; the
        # invariants judge objects.
        judged = [
            document
            for document in documents
            if isinstance(document.body.get("kind"), str)
            and isinstance(document.body.get("metadata"), dict)
            and isinstance(document.body["metadata"].get("name"), str)
        ]
        files: dict[str, set[str]] = {}
        for document in judged:
            what = f"{document.body['kind']} {document.body['metadata']['name']}"
            files.setdefault(what, set()).add(document.source)
        resolved = expected.get(cluster) if expected is not None else None
        for problem in check_cluster(
            cluster, [document.body for document in judged], expected=resolved
        ):
            sources = files.get(problem.location.object, set())
            if len(sources) == 1 and not problem.location.file:
                where = dataclasses.replace(problem.location, file=next(iter(sources)))
                problem = dataclasses.replace(problem, location=where)
            problems.append(problem)
    return problems
