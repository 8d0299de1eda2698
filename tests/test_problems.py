"""The one problem type: every phase reports in it, and it is formatted in one way."""

from __future__ import annotations

from tokenplane.config import config_problem
from tokenplane.invariants import check_cluster
from tokenplane.paths import shared_root
from tokenplane.problems import Location, Problem, ProblemsError, format_problem
from tokenplane.validate import Document, Validator


def test_every_phase_reports_one_problem_type() -> None:
    config = config_problem("config/tiers.yaml", 7, "tiers.free.models[0]", "unknown model 'x'")
    duplicate = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a", "namespace": "x"}}
    (invariant,) = check_cluster("production", [duplicate, duplicate])
    (schema, *_) = Validator(shared_root() / "crds").validate(
        [
            Document(
                "dist/p/gw.yaml",
                0,
                {
                    "apiVersion": "v1",
                    "kind": "Service",
                    "metadata": {"name": "gw"},
                    "spec": {"portz": []},
                },
            )
        ]
    )
    problems = [config, schema, invariant]
    assert all(isinstance(p, Problem) for p in problems)
    assert [p.kind for p in problems] == ["config", "schema", "invariant"]
    assert [format_problem(p) for p in problems] == [
        "config/tiers.yaml:7: tiers.free.models[0]: unknown model 'x'",
        "dist/p/gw.yaml: Service gw: spec.portz: field not declared in schema",
        "cluster production: 2 objects are Service a in namespace x; names must be unique per kind",
    ]


def test_fails_when_a_message_would_echo_a_secret() -> None:
    secret = "hf_" + "Ab1" * 12
    problem = Problem("config", Location(file="config/models.yaml", line=3), f"got {secret}", "x")
    assert secret not in format_problem(problem)
    assert "<redacted>" in format_problem(problem)
    assert secret not in str(ProblemsError([problem]))


def test_notes_sort_after_problems() -> None:
    note = Problem("unchecked", Location(file="a.yaml"), "x not checked")
    problem = Problem("config", Location(file="b.yaml", line=1), "wrong")
    assert ProblemsError([note, problem]).problems == (problem, note)
    assert note.is_note and not problem.is_note
