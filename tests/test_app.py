"""tokenplane.app: a construct refusing its props becomes a Problem, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cdk8s
import pytest
from constructs import Construct

from tests.conftest import TODAY
from tokenplane import app
from tokenplane.app import ConstructError, build_charts, manifests
from tokenplane.cli import main
from tokenplane.config import PlatformSpec
from tokenplane.problems import format_problem


def _refusing_chart(scope: Construct, id: str, **_: Any) -> cdk8s.Chart:
    raise ValueError("GitRepository flux-system: set exactly one of branch and tag")


def test_fails_when_a_construct_refuses_its_props_and_names_every_cluster(
    example_spec: PlatformSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "DeliveryChart", _refusing_chart)
    with pytest.raises(ConstructError) as caught:
        build_charts(example_spec, today=TODAY)
    assert [(p.kind, p.location.cluster) for p in caught.value.problems] == [
        ("construct", "production"),
        ("construct", "staging"),
    ]
    assert format_problem(caught.value.problems[0]).startswith(
        "cluster production: a construct refused its props: GitRepository flux-system: set "
        "exactly one of branch and tag; "
    )


class _RefusesWhenSynthesized(cdk8s.ApiObject):
    def to_json(self) -> Any:
        raise ValueError("Widget w: the size must be even")


def test_fails_when_a_refusal_comes_back_through_the_cdk8s_runtime(
    example_spec: PlatformSpec,
) -> None:
    built = build_charts(example_spec, today=TODAY)["staging"]
    _RefusesWhenSynthesized(built.charts[0], "w", api_version="v1", kind="Widget")
    with pytest.raises(ConstructError) as caught:
        manifests(built)
    (problem,) = caught.value.problems
    assert problem.message == "a construct refused its props: Widget w: the size must be even"
    assert "program.js" not in format_problem(problem)  # no JavaScript stack


def test_fails_when_a_construct_has_a_bug_it_stays_an_error_not_a_problem(
    example_spec: PlatformSpec, monkeypatch: pytest.MonkeyPatch
) -> None:
    def buggy(scope: Construct, id: str, **_: Any) -> cdk8s.Chart:
        raise KeyError("models")

    monkeypatch.setattr(app, "DeliveryChart", buggy)
    with pytest.raises(KeyError):
        build_charts(example_spec, today=TODAY)


def test_fails_when_synth_meets_a_refusal_with_exit_1_and_no_traceback(
    config_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(app, "DeliveryChart", _refusing_chart)
    out = tmp_path / "dist"
    assert main(["synth", "--config", str(config_dir), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[:2] == [
        "tokenplane: the config cannot be built into objects: 2 problems; nothing was written:",
        "  cluster production: a construct refused its props: GitRepository flux-system: set "
        "exactly one of branch and tag; the config passed the loader's checks but cannot be "
        "built; change the value it names, and report the missing config check",
    ]
    assert "Traceback" not in err and "internal error" not in err
    assert not out.exists()
