"""The gate every rendered tree passes: schemas and CEL per document, then the platform
invariants per cluster. `tokenplane synth` runs it before writing, `tokenplane validate` on a
written tree; both judge plain documents, whoever made them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from tokenplane.invariants import check_cluster
from tokenplane.problems import Problem
from tokenplane.validate.documents import Document
from tokenplane.validate.validator import Validator


def judge(clusters: Mapping[str, Sequence[Document]], *, crd_root: Path) -> list[Problem]:
    """Every problem of each cluster's documents: schema problems first, then broken
    invariants, cluster by cluster."""
    validator = Validator(crd_root)
    problems = [
        problem.problem()
        for documents in clusters.values()
        for problem in validator.validate(documents)
    ]
    for cluster, documents in sorted(clusters.items()):
        # Documents without a kind or name are already reported by the validator; the
        # invariants judge objects.
        objects = [
            document.body
            for document in documents
            if isinstance(document.body.get("kind"), str)
            and isinstance(document.body.get("metadata"), dict)
            and isinstance(document.body["metadata"].get("name"), str)
        ]
        violations = check_cluster(cluster, objects)
        problems.extend(violation.problem() for violation in violations)
    return problems
