"""Autoscaling invariants: each ScaledObject scales an existing Deployment without replicas."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tokenplane.invariants import check_cluster

Objects = list[dict[str, Any]]


@pytest.fixture(scope="module")
def objects(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


@pytest.fixture
def broken(objects: Objects) -> Objects:
    return copy.deepcopy(objects)


def _find(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def _messages(objects: Objects) -> list[str]:
    return [violation.message for violation in check_cluster("production", objects)]


def test_example_has_a_scaled_object_and_satisfies_the_checks(objects: Objects) -> None:
    assert _find(objects, "ScaledObject", "llama-3-1-8b")
    assert _messages(objects) == []


def test_fails_when_the_scaled_deployment_does_not_exist(broken: Objects) -> None:
    _find(broken, "ScaledObject", "llama-3-1-8b")["spec"]["scaleTargetRef"]["name"] = "llama-9"
    assert _messages(broken) == [
        "model llama-3-1-8b: ScaledObject tokenplane-models/llama-3-1-8b scales Deployment "
        "'llama-9', which does not exist in namespace tokenplane-models"
    ]


def test_fails_when_the_scaled_deployment_renders_replicas(broken: Objects) -> None:
    _find(broken, "Deployment", "llama-3-1-8b")["spec"]["replicas"] = 1
    assert _messages(broken) == [
        "model llama-3-1-8b: ScaledObject tokenplane-models/llama-3-1-8b scales Deployment "
        "tokenplane-models/llama-3-1-8b, which renders spec.replicas; the autoscaler owns it, "
        "so leave it out"
    ]


def test_fails_when_the_target_is_not_a_deployment(broken: Objects) -> None:
    _find(broken, "ScaledObject", "llama-3-1-8b")["spec"]["scaleTargetRef"]["kind"] = "StatefulSet"
    (message,) = _messages(broken)
    assert "scales apps/v1 StatefulSet" in message
