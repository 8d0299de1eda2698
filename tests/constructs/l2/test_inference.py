"""L2 InferencePool and InferenceObjective: the objective references its pool, in its namespace."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import find, inference_pool
from tokenplane.constructs import InferenceObjective
from tokenplane.versions import INFERENCE_OBJECTIVE_API_VERSION


def test_objective_references_its_pool_with_a_priority() -> None:
    chart = cdk8s.Testing.chart()
    InferenceObjective(chart, "o", name="m.pro", pool=inference_pool(chart), priority=-7)
    objective = find(cdk8s.Testing.synth(chart), "InferenceObjective", "m.pro")
    assert objective["apiVersion"] == INFERENCE_OBJECTIVE_API_VERSION
    assert objective["metadata"]["namespace"] == "models"
    assert objective["spec"] == {
        "poolRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "m"},
        "priority": -7,
    }


def test_fails_when_a_priority_is_not_an_int32() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="priority 2147483648 is not an int32"):
        InferenceObjective(chart, "o", name="m.pro", pool=inference_pool(chart), priority=2**31)
