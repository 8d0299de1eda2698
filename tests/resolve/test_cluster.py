"""The resolved cluster: computed once, and what the charts then render agrees with it."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import PurePosixPath
from typing import Any

import pytest

from tests.conftest import TODAY
from tokenplane.app import build_charts, manifests
from tokenplane.config import PlatformSpec
from tokenplane.output import Layout, LayoutError, unit_of
from tokenplane.resolve import ResolvedCluster, resolve, stale_after, withdrawn_keys


def test_units_and_layers_are_exactly_what_the_charts_fill(
    example_spec: PlatformSpec, example_objects: dict[str, list[dict[str, Any]]]
) -> None:
    for cluster_id, cluster in resolve(example_spec, today=TODAY).items():
        filled = {unit_of(manifest) for manifest in example_objects[cluster_id]}
        assert filled == cluster.units, cluster_id
        order = ("platform", "models", "tenants")
        assert cluster.layers == tuple(
            layer for layer in order if any(unit.parts[0] == layer for unit in filled)
        )


def test_a_resolved_cluster_is_frozen(example_spec: PlatformSpec) -> None:
    cluster = resolve(example_spec, today=TODAY)["production"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        cluster.id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        cluster.models["new"] = cluster.models[next(iter(cluster.models))]  # type: ignore[index]


def test_expired_keys_and_suspended_tenants_have_no_live_keys(example_spec: PlatformSpec) -> None:
    far_future = resolve(example_spec, today=datetime.date(9999, 1, 1))["production"]
    for tenant_id, keys in far_future.active_keys.items():
        assert all(key.expires is None for key in keys), tenant_id
        if far_future.tenants[tenant_id].suspended:
            assert keys == ()


def test_paths_follow_the_layout(example_spec: PlatformSpec) -> None:
    layout = Layout(PurePosixPath("deploy/gitops"))
    cluster = resolve(example_spec, today=TODAY, layout=layout)["staging"]
    assert cluster.paths.folder("flux") == "deploy/gitops/staging/flux"


def test_fails_when_an_object_lands_outside_the_resolved_units(
    example_spec: PlatformSpec,
) -> None:
    built = build_charts(example_spec, today=TODAY)["production"]
    narrowed: ResolvedCluster = dataclasses.replace(
        built.cluster, units=built.cluster.units - {PurePosixPath("platform")}
    )
    with pytest.raises(LayoutError, match="which cluster production does not have"):
        manifests(dataclasses.replace(built, cluster=narrowed))


def test_withdrawn_keys_and_stale_after_read_the_live_keys(example_spec: PlatformSpec) -> None:
    today = resolve(example_spec, today=TODAY)
    assert withdrawn_keys(today) == []
    assert stale_after(today) == datetime.date(2099, 6, 30)
    later = resolve(example_spec, today=datetime.date(2099, 7, 1))
    assert withdrawn_keys(later) == [("acme", "primary", datetime.date(2099, 6, 30))]
    assert stale_after(later) is None


def test_a_key_of_a_tenant_no_cluster_serves_is_not_listed_as_withdrawn(
    example_spec: PlatformSpec,
) -> None:
    clusters = resolve(example_spec, today=datetime.date(2099, 7, 1))
    staging_only = {"staging": dataclasses.replace(clusters["staging"], tenants={})}
    assert withdrawn_keys(staging_only) == []


def test_scheduling_classes_are_the_tiers_and_the_active_tenants_overrides(
    example_spec: PlatformSpec,
) -> None:
    tenants = dict(example_spec.tenants)
    tenants["student-lab"] = tenants["student-lab"].model_copy(update={"priority": 99})
    cluster = resolve(example_spec.model_copy(update={"tenants": tenants}), today=TODAY)[
        "production"
    ]
    # student-lab is suspended: its own priority makes no class, its keys are not rendered
    assert dict(cluster.scheduling_classes) == {
        "enterprise": 20,
        "free": 0,
        "priority-15": 15,
        "pro": 10,
    }
    assert cluster.tenant_scheduling_classes["globex"] == "priority-15"
    assert cluster.tenant_scheduling_classes["acme"] == "pro"
