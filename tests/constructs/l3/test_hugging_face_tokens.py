"""Hugging Face token Secrets: one ExternalSecret per Secret filled from the store."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest

from tests.constructs.conftest import find
from tokenplane.config import HfTokenSpec, ModelSpec, PlatformSpec
from tokenplane.config.references import check_references
from tokenplane.constructs import HuggingFaceTokens, Namespace


def _with_token(model: ModelSpec, **token: str) -> ModelSpec:
    return model.model_copy(update={"hf_token": HfTokenSpec.model_validate(token)})


def test_example_renders_the_hf_token_the_vllm_pods_read(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    objects = example_objects["production"]
    secret = find(objects, "ExternalSecret", "hf-token")
    assert secret["metadata"]["namespace"] == "tokenplane-models"
    assert secret["spec"]["data"] == [
        {"secretKey": "token", "remoteRef": {"key": "tokenplane/huggingface/token"}}
    ]
    refs = {
        (env["valueFrom"]["secretKeyRef"]["name"], env["valueFrom"]["secretKeyRef"]["key"])
        for o in objects
        if o["kind"] == "Deployment"
        for c in o["spec"]["template"]["spec"]["containers"]
        for env in c.get("env", [])
        if env["name"] == "HF_TOKEN"
    }
    assert refs == {("hf-token", "token")}


def test_models_sharing_a_secret_share_one_external_secret(example_spec: PlatformSpec) -> None:
    a, b = (example_spec.models[m] for m in sorted(example_spec.models))
    models = {
        "a": _with_token(a, name="hf", key="token", remote_key="path/a"),
        "b": _with_token(b, name="hf", key="other", remote_key="path/b"),
    }
    chart = cdk8s.Testing.chart()
    namespace = Namespace(chart, "ns", name="models")
    HuggingFaceTokens(
        chart, "t", models=models, store="store", namespace=namespace, refresh_interval="1h"
    )
    secret = find(cdk8s.Testing.synth(chart), "ExternalSecret", "hf")["spec"]
    assert [d["secretKey"] for d in secret["data"]] == ["other", "token"]


def test_no_external_secret_for_a_token_provided_elsewhere(example_spec: PlatformSpec) -> None:
    (model, *_) = example_spec.models.values()
    chart = cdk8s.Testing.chart()
    namespace = Namespace(chart, "ns", name="models")
    HuggingFaceTokens(
        chart,
        "t",
        models={"a": _with_token(model, name="hf", key="token")},
        store="store",
        namespace=namespace,
        refresh_interval="1h",
    )
    assert not [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "ExternalSecret"]


def test_fails_when_one_secret_key_has_two_store_paths(example_spec: PlatformSpec) -> None:
    a, b = (example_spec.models[m] for m in sorted(example_spec.models))
    models = {
        "a": _with_token(a, name="hf", key="token", remote_key="path/a"),
        "b": _with_token(b, name="hf", key="token", remote_key="path/b"),
    }
    problems = check_references(example_spec.model_copy(update={"models": models}))
    assert any("one key has one store path" in p.message for p in problems)
    chart = cdk8s.Testing.chart()
    namespace = Namespace(chart, "ns", name="models")
    with pytest.raises(ValueError, match="filled from"):
        HuggingFaceTokens(
            chart, "t", models=models, store="s", namespace=namespace, refresh_interval="1h"
        )


def test_fails_when_a_shared_secret_is_filled_from_the_store_for_one_model_only(
    example_spec: PlatformSpec,
) -> None:
    a, b = (example_spec.models[m] for m in sorted(example_spec.models))
    models = {
        "a": _with_token(a, name="hf", key="token", remote_key="path/a"),
        "b": _with_token(b, name="hf", key="token"),
    }
    problems = check_references(example_spec.model_copy(update={"models": models}))
    assert any("on both or on neither" in p.message for p in problems)
