"""The platform chart: the models namespace enforces `restricted`, or nothing with a host path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import TODAY, EditConfig
from tokenplane.app import synthesize
from tokenplane.config import load_config
from tokenplane.contracts import names


def _levels(objects: list[dict[str, Any]]) -> dict[str, str | None]:
    return {
        o["metadata"]["name"]: names.pod_security_of(o["metadata"]["labels"])
        for o in objects
        if o["kind"] == "Namespace"
    }


def test_the_models_namespace_enforces_restricted(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    assert _levels(example_objects["production"])["tokenplane-models"] == "restricted"


def test_a_host_path_cache_leaves_the_models_namespace_privileged(
    config_dir: Path, edit_config: EditConfig
) -> None:
    edit_config(
        "models.yaml",
        "cache: {kind: empty-dir, size_limit: 64Gi}",
        "cache: {kind: host-path, path: /var/lib/models}",
    )
    objects = synthesize(load_config(config_dir), today=TODAY)["production"]
    levels = _levels(objects)
    assert levels["tokenplane-models"] == "privileged"
    assert levels["tokenplane-gateway"] == "restricted"
