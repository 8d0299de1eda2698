"""The dist/ layout: one file per object, placed by labels, a kustomization in every folder."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tokenplane.contracts import names
from tokenplane.output import LayoutError, render_tree


def _object(kind: str, name: str, **labels: str) -> dict[str, Any]:
    """An object placed by `labels`; default: the component label alone (→ platform/)."""
    placed = labels or names.component("test")
    return {"apiVersion": "v1", "kind": kind, "metadata": {"name": name, "labels": placed}}


def test_objects_are_placed_by_their_labels() -> None:
    files = render_tree(
        {
            "prod": [
                _object("Namespace", "models"),
                _object("Service", "llama", **{names.MODEL_LABEL: "llama"}),
                _object("Secret", "acme-key", **{names.TENANT_LABEL: "acme"}),
            ]
        }
    )
    assert sorted(files) == [
        "prod/kustomization.yaml",
        "prod/models/kustomization.yaml",
        "prod/models/llama/kustomization.yaml",
        "prod/models/llama/service-llama.yaml",
        "prod/platform/kustomization.yaml",
        "prod/platform/namespace-models.yaml",
        "prod/tenants/acme/secret-acme-key.yaml",
        "prod/tenants/kustomization.yaml",
    ]
    # One-tenant folders have no kustomization of their own: tenants/ lists their files.
    assert yaml.safe_load(files["prod/tenants/kustomization.yaml"])["resources"] == [
        "acme/secret-acme-key.yaml"
    ]
    assert yaml.safe_load(files["prod/kustomization.yaml"])["resources"] == [
        "models",
        "platform",
        "tenants",
    ]
    assert yaml.safe_load(files["prod/models/llama/kustomization.yaml"])["resources"] == [
        "service-llama.yaml"
    ]


def test_kustomization_lists_files_by_kind_then_name() -> None:
    files = render_tree(
        {"c": [_object("Service", "b"), _object("Namespace", "z"), _object("Service", "a")]}
    )
    assert yaml.safe_load(files["c/platform/kustomization.yaml"])["resources"] == [
        "namespace-z.yaml",
        "service-a.yaml",
        "service-b.yaml",
    ]


def test_output_is_byte_stable_and_sorted() -> None:
    obj = {
        "metadata": {"name": "x", "labels": {"app.kubernetes.io/component": "c"}},
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "data": {"b": "1\n2\n", "a": "z"},
    }
    first = render_tree({"c": [obj]})
    assert first == render_tree({"c": [dict(reversed(list(obj.items())))]})
    assert first["c/platform/configmap-x.yaml"] == (
        "apiVersion: v1\ndata:\n  a: z\n  b: |\n    1\n    2\n"
        "kind: ConfigMap\nmetadata:\n  labels:\n    app.kubernetes.io/component: c\n"
        "  name: x\n"
    )


def test_fails_when_an_object_carries_no_placing_label() -> None:
    bare = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}
    with pytest.raises(LayoutError, match="ConfigMap x: carries none of the labels"):
        render_tree({"c": [bare]})


def test_fails_when_two_objects_would_share_a_file() -> None:
    one = _object("Service", "api")
    other = _object("Service", "api")
    one["metadata"]["namespace"] = "a"
    other["metadata"]["namespace"] = "b"
    with pytest.raises(LayoutError, match="Service a/api and Service b/api would share"):
        render_tree({"c": [one, other]})
