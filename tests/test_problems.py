"""The one problem type: every phase's finding converts to it, and it is formatted in one way."""

from __future__ import annotations

from tokenplane.config import ConfigIssue
from tokenplane.invariants import Violation
from tokenplane.problems import Location, Problem, ProblemsError, format_problem
from tokenplane.validate import Problem as SchemaFinding


def test_every_phase_converts_to_one_problem_type() -> None:
    config = ConfigIssue("config/tiers.yaml", 7, "tiers.free.models[0]", "unknown model 'x'")
    schema = SchemaFinding("dist/p/gw.yaml", 0, "Gateway", "gw", "spec.listners", "not declared")
    invariant = Violation("production", "no AuthPolicy covers the Gateway")
    problems = [config.problem(), schema.problem(), invariant.problem()]
    assert [p.kind for p in problems] == ["config", "schema", "invariant"]
    assert [format_problem(p) for p in problems] == [
        str(config),
        "dist/p/gw.yaml: Gateway gw: spec.listners: not declared",
        str(invariant),
    ]


def test_fails_when_a_message_would_echo_a_secret() -> None:
    secret = "hf_" + "Ab1" * 12
    problem = Problem("config", Location(file="config/models.yaml", line=3), f"got {secret}", "x")
    assert secret not in format_problem(problem)
    assert "<redacted>" in format_problem(problem)
    assert secret not in str(ProblemsError([problem]))
