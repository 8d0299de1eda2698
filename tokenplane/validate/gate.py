"""The gate every rendered tree passes: schemas and CEL per document, then the platform
invariants per cluster. `tokenplane synth` runs it before writing, `tokenplane validate` on a
written tree; both judge plain documents, whoever made them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from tokenplane.invariants import check_cluster
from tokenplane.validate.documents import Document
from tokenplane.validate.validator import Validator


def judge(documents: Iterable[Document], *, crd_root: Path, root: str) -> list[str]:
    """Every problem of `documents`, schema problems first, then broken invariants.

    A document's cluster is the first folder of its `source` below `root` (dist/<cluster>/…).
    """
    documents = list(documents)
    problems = [str(problem) for problem in Validator(crd_root).validate(documents)]
    clusters: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        relative = PurePosixPath(document.source).relative_to(root)
        clusters[relative.parts[0]].append(document)
    for cluster, members in sorted(clusters.items()):
        violations = check_cluster(cluster, [document.body for document in members])
        problems.extend(str(violation) for violation in violations)
    return problems
