"""L3 SchedulingObjectives: one objective per scheduling class on a pool, named as the header
names it."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import inference_pool
from tokenplane.constructs import SchedulingObjectives
from tokenplane.contracts import names


def test_one_objective_per_class_named_pool_dot_class() -> None:
    chart = cdk8s.Testing.chart()
    classes = {"free": 0, "pro": 10, names.priority_class(-5): -5}
    SchedulingObjectives(chart, "s", pool=inference_pool(chart), classes=classes, labels={"x": "y"})
    objectives = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "InferenceObjective"]
    found = {o["metadata"]["name"]: o["spec"]["priority"] for o in objectives}
    assert found == {names.inference_objective("m", c): p for c, p in classes.items()}
    assert all(o["metadata"]["labels"] == {"x": "y"} for o in objectives)


def test_fails_when_there_is_no_class() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="at least one scheduling class"):
        SchedulingObjectives(chart, "s", pool=inference_pool(chart), classes={}, labels={})
