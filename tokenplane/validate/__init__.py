"""Offline validation of rendered manifests: every problem the API server would report, at once.

It judges plain documents (dicts), whoever produced them: CRD schemas with Kubernetes' structural
extensions, defaults and CEL rules for custom resources; strict Kubernetes schemas and Go-side
semantic checks for built-in kinds. Every finding is a `tokenplane.problems.Problem` of kind
`schema`.
"""

from tokenplane.validate.documents import Document, load_clusters, load_documents
from tokenplane.validate.validator import Validator

__all__ = ["Document", "Validator", "load_clusters", "load_documents"]
