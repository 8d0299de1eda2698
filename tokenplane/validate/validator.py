"""The one entry point: judge documents as the API server would, and list every problem."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tokenplane.problems import Location, Problem
from tokenplane.validate.builtin import BuiltinSchemas, definitions, definitions_registry
from tokenplane.validate.cel import CelCompiler, RuleCount
from tokenplane.validate.crds import CrdRegistry
from tokenplane.validate.custom import CustomKind
from tokenplane.validate.documents import Document
from tokenplane.validate.messages import FieldError, field_errors, shown
from tokenplane.validate.problems import format_path
from tokenplane.validate.semantic import builtin_errors, metadata_errors, pdb_selects_nothing
from tokenplane.validate.structural import build_node
from tokenplane.versions import KUBERNETES_VERSION

_WORKLOADS = frozenset({"Deployment", "StatefulSet", "ReplicaSet", "DaemonSet"})


class Validator:
    """Defines the offline judge of rendered documents: pinned CRDs, Kubernetes schemas, semantics.

    Compiled schemas and CEL programs are cached per (apiVersion, kind), so one instance should
    validate a whole `dist/` at once. `crd_files` replaces the pinned list of `versions.py`
    (tests use it for small CRDs of their own).
    """

    def __init__(
        self,
        crd_root: Path,
        *,
        kubernetes_version: str = KUBERNETES_VERSION,
        crd_files: Sequence[str] | None = None,
    ) -> None:
        self._crds = CrdRegistry(crd_root, crd_files)
        self._builtins = BuiltinSchemas(kubernetes_version)
        self._registry = definitions_registry(kubernetes_version)
        self._definitions = definitions(kubernetes_version)
        self._cel = CelCompiler()
        self._custom: dict[tuple[str, str], CustomKind] = {}

    def validate(self, documents: Iterable[Document]) -> list[Problem]:
        """Every problem of every document, sorted by file, document index, path and message."""
        problems: list[tuple[int, Problem]] = []
        pdbs: list[Document] = []
        workloads: list[Mapping[str, Any]] = []
        for document in documents:
            problems.extend(self._problems(document, self._check(document.body)))
            kind = document.body.get("kind")
            if kind == "PodDisruptionBudget":
                pdbs.append(document)
            elif kind in _WORKLOADS:
                workloads.append(document.body)
        for pdb in pdbs:
            problems.extend(self._problems(pdb, pdb_selects_nothing(pdb.body, workloads)))
        problems.sort(key=lambda found: (found[1].location.file, found[0], found[1]))
        return [problem for _, problem in problems]

    def cel_rule_count(self) -> RuleCount:
        """How many distinct CEL expressions the pinned CRDs hold, and how many compile."""
        return self._cel.count(build_node(crd.schema) for crd in self._crds.versions())

    def _check(self, body: Mapping[str, Any]) -> list[FieldError]:
        api_version, kind = body.get("apiVersion"), body.get("kind")
        if not isinstance(api_version, str) or not api_version:
            return [(("apiVersion",), "Required value: every object needs an apiVersion")]
        if not isinstance(kind, str) or not kind:
            return [(("kind",), "Required value: every object needs a kind")]
        errors = list(metadata_errors(kind, body.get("metadata")))
        crd = self._crds.lookup(api_version, kind)
        if crd is not None:
            if not crd.served:
                return [
                    *errors,
                    (
                        ("apiVersion",),
                        f"Invalid value: {shown(api_version)}: version {crd.version} of {kind} "
                        f"is not served by the pinned CRD ({crd.source})",
                    ),
                ]
            return [*errors, *self._kind(api_version, kind).check(body)]
        validator = self._builtins.validator(api_version, kind)
        if validator is not None:
            for error in validator.iter_errors(body):
                errors.extend(field_errors(error))
            errors.extend(builtin_errors(kind, body))
            return errors
        group = api_version.rpartition("/")[0]
        hint = (
            "the pinned CRD does not serve this version"
            if self._crds.knows_kind(group, kind)
            else "no pinned CRD and no Kubernetes built-in defines it"
        )
        return [*errors, (("kind",), f"no schema for {kind} in {api_version}: {hint}")]

    def _kind(self, api_version: str, kind: str) -> CustomKind:
        key = (api_version, kind)
        custom = self._custom.get(key)
        if custom is None:
            crd = self._crds.lookup(api_version, kind)
            assert crd is not None, key
            custom = CustomKind(crd, self._cel, self._registry, self._definitions)
            self._custom[key] = custom
        return custom

    @staticmethod
    def _problems(document: Document, errors: Iterable[FieldError]) -> list[tuple[int, Problem]]:
        """Each error as a `schema` Problem, with the document's index in its file (the sort
        key that keeps a file's documents in order)."""
        metadata = document.body.get("metadata")
        name = metadata.get("name") if isinstance(metadata, Mapping) else None
        kind = document.body.get("kind")
        what = f"{kind if kind else '<no kind>'} {name if name else '<no name>'}"
        found = {
            Problem(
                "schema",
                Location(file=document.source, object=what, field=format_path(path)),
                message,
            )
            for path, message in errors
        }
        return [(document.index, problem) for problem in found]
