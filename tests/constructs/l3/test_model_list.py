"""ModelList: the route that answers `GET /v1/models` with what every tier may call."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import find, gateway_chart
from tokenplane.config import ModelSpec, PlatformSpec, TierSpec
from tokenplane.constructs import ModelList
from tokenplane.constructs.l3.model_list import listed_models
from tokenplane.contracts import model_list, names


def _tiers(spec: PlatformSpec, **models: list[str]) -> dict[str, TierSpec]:
    tier = next(iter(spec.tiers.values()))
    return {tier_id: tier.model_copy(update={"models": ids}) for tier_id, ids in models.items()}


def _models(spec: PlatformSpec, **served: str) -> dict[str, ModelSpec]:
    model = next(iter(spec.models.values()))
    return {model_id: model.model_copy(update={"served_name": n}) for model_id, n in served.items()}


def test_lists_the_served_names_every_tier_may_call(example_spec: PlatformSpec) -> None:
    models = _models(example_spec, a="org/a", b="org/b", c="org/c")
    tiers = _tiers(example_spec, low=["b", "a"], high=["a", "b", "c"])
    assert listed_models(tiers, models) == ["org/a", "org/b"]
    assert listed_models(_tiers(example_spec, low=["a"], high=["c"]), models) == []
    assert listed_models({}, models) == []


def test_renders_an_exact_route_answered_by_its_filter(example_spec: PlatformSpec) -> None:
    chart, gateway = gateway_chart(listener="https", port=443)
    ModelList(
        chart,
        "list",
        platform="p",
        gateway=gateway,
        listener="https",
        tiers=_tiers(example_spec, low=["a"], high=["a", "b"]),
        models=_models(example_spec, a="org/a", b="org/b"),
        labels={},
    )
    objects = cdk8s.Testing.synth(chart)
    route = find(objects, "HTTPRoute", names.model_list("p"))
    (rule,) = route["spec"]["rules"]
    assert {m["path"]["type"] for m in rule["matches"]} == {"Exact"}
    answer = find(objects, "HTTPRouteFilter", names.model_list("p"))["spec"]["directResponse"]
    assert answer["body"]["inline"] == model_list.model_list_body(["org/a"], owned_by="p")


def test_fails_when_a_listed_name_would_be_read_as_an_envoy_operator(
    example_spec: PlatformSpec,
) -> None:
    chart, gateway = gateway_chart(listener="https", port=443)
    with pytest.raises(ValueError, match="Envoy reads"):
        ModelList(
            chart,
            "list",
            platform="p",
            gateway=gateway,
            listener="https",
            tiers=_tiers(example_spec, only=["a"]),
            models=_models(example_spec, a="org/%START_TIME%"),
            labels={},
        )
