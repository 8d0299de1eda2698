"""`tokenplane validate`: the committed dist/ passes; a broken copy fails on every class."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from tokenplane.cli import main

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    """A copy of the committed dist/."""
    target = tmp_path / "dist"
    shutil.copytree(REPO / "dist", target)
    return target


def _edit(path: Path, change: Edit) -> None:
    body = yaml.safe_load(path.read_text())
    change(body)
    path.write_text(yaml.safe_dump(body))


def test_committed_dist_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(REPO / "dist")]) == 0
    assert "is valid" in capsys.readouterr().out


def test_fails_on_every_class_of_problem_at_once(
    dist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    platform = dist / "production" / "platform"
    model = dist / "production" / "models" / "llama-3-1-8b"
    # A CRD field that does not exist.
    _edit(platform / "gateway-tokenplane.yaml", lambda b: b["spec"].update(listners=[]))
    # A CEL rule of the CRD: an AuthPolicy may not set both rules and defaults.
    _edit(
        platform / "authpolicy-tokenplane-api-keys.yaml",
        lambda b: b["spec"].update(defaults={"rules": copy.deepcopy(b["spec"]["rules"])}),
    )
    # A built-in kind checked beyond its schema: selector and template labels disagree.
    _edit(
        model / "deployment-llama-3-1-8b.yaml",
        lambda b: b["spec"]["selector"]["matchLabels"].update({"llm-d.ai/model": "other"}),
    )
    # A kind nobody has a schema for.
    (platform / "widget-x.yaml").write_text("apiVersion: example.com/v1\nkind: Widget\n")
    # An invariant: the pool no longer selects its model's pods.
    _edit(
        model / "inferencepool-llama-3-1-8b.yaml",
        lambda b: b["spec"]["selector"]["matchLabels"].update({"llm-d.ai/model": "gone"}),
    )
    # An invariant about one object: it is reported in that object's file.
    key = dist / "production" / "tenants" / "acme" / "externalsecret-api-key.acme.primary.yaml"
    _edit(
        key,
        lambda b: b["spec"]["target"]["template"]["metadata"]["labels"].pop(
            "authorino.kuadrant.io/managed-by"
        ),
    )
    assert main(["validate", str(dist)]) == 1
    err = capsys.readouterr().err
    assert (
        f"{key}: ExternalSecret api-key.acme.primary: spec.target.template.metadata.labels: "
        "its Secret lacks the label authorino.kuadrant.io/managed-by: authorino" in err
    )
    assert "gateway-tokenplane.yaml: Gateway tokenplane: spec.listners" in err
    assert "authpolicy-tokenplane-api-keys.yaml: AuthPolicy tokenplane-api-keys" in err
    assert (
        "deployment-llama-3-1-8b.yaml: Deployment llama-3-1-8b: spec.template.metadata.labels"
        in err
    )
    assert "widget-x.yaml: Widget" in err
    assert "cluster production: model llama-3-1-8b: InferencePool" in err
