"""Every contract read back decodes to what its encoder wrote."""

from __future__ import annotations

import pytest

from tokenplane.contracts import headers, limits, model_list, names, predicates


def test_custom_classes_are_recognised() -> None:
    cid = limits.custom_class(1, 2, 3, 4)
    assert limits.is_custom_class(cid)
    assert not limits.is_custom_class("free")


@pytest.mark.parametrize(
    "annotation", [names.DEFAULT_TIER_ANNOTATION, names.LIMITS_ANNOTATION, "plain"]
)
def test_annotation_selectors_round_trip(annotation: str) -> None:
    selector = predicates.annotation_selector(annotation)
    assert predicates.annotation_of_selector(selector) == annotation


def test_annotation_of_selector_refuses_other_selectors() -> None:
    assert predicates.annotation_of_selector("request.headers.x") is None


def test_models_rules_round_trip() -> None:
    assert predicates.tier_of_models_rule(predicates.models_rule("pro")) == "pro"
    assert predicates.tier_of_models_rule("tenant-known") is None


@pytest.mark.parametrize("served", [[], ["llama"], ["a/b", "c.d"]])
def test_model_allowlists_round_trip(served: list[str]) -> None:
    predicate = predicates.models_allowed_predicate(served)
    assert predicates.models_allowed_of_predicate(predicate) == served


def test_models_allowed_of_predicate_refuses_other_predicates() -> None:
    assert predicates.models_allowed_of_predicate('request.url_path in ["/v1"]') is None


def test_model_header_matches_round_trip() -> None:
    matches = [
        {
            "headers": [
                {"name": headers.MODEL_HEADER, "type": "Exact", "value": "llama"},
                {"name": "other", "value": "x"},
            ]
        }
    ]
    assert headers.models_matched(matches) == ["llama"]


def test_tenant_and_model_labels_round_trip() -> None:
    assert names.tenant_of(names.tenant_labels("acme")) == "acme"
    assert names.model_of(names.model_labels("llama")) == "llama"
    assert names.tenant_of({}) is None
    assert names.labels_of({"metadata": {"labels": names.model_labels("m")}}) == {
        names.MODEL_LABEL: "m"
    }
    assert names.labels_of({}) == {}


@pytest.mark.parametrize("day", ["2026-12-31", "2099-06-30", "2028-02-29"])
def test_expiry_instants_round_trip(day: str) -> None:
    import datetime

    last_day = datetime.date.fromisoformat(day)
    assert names.last_day_of_expires_at(names.expires_at(last_day)) == last_day
    assert names.last_day_of_expires_at("tomorrow") is None


@pytest.mark.parametrize(("listener", "envoy"), [(80, 10080), (443, 10443), (8080, 8080)])
def test_skipped_listener_ports_round_trip(listener: int, envoy: int) -> None:
    predicate = predicates.listener_skipped_predicate(listener)
    assert predicates.skipped_port_of_predicate(predicate) == envoy
    assert predicates.skipped_port_of_predicate("request.url_path == '/'") is None


@pytest.mark.parametrize("field", names.HARDENING_FIELDS)
@pytest.mark.parametrize("scope", [names.POD_OPT_OUT_SCOPE, "vllm", "speech.v2"])
def test_opt_out_annotations_round_trip(scope: str, field: names.HardeningField) -> None:
    key = names.opt_out_annotation(scope, field)
    assert names.opt_outs_of({key: "why", "other.io/x": "y"}) == {(scope, field): "why"}


def test_opt_outs_ignore_fields_never_written() -> None:
    assert names.opt_outs_of({names.OPT_OUT_PREFIX + "vllm.privileged": "why"}) == {}


def test_fails_when_an_opt_out_key_is_too_long() -> None:
    with pytest.raises(ValueError, match="longer than 63"):
        names.opt_out_annotation("c" * 50, "readOnlyRootFilesystem")


@pytest.mark.parametrize("priority", [0, 15, -5, 2**31 - 1, -(2**31)])
def test_priority_classes_round_trip(priority: int) -> None:
    scheduling_class = names.priority_class(priority)
    assert scheduling_class.startswith(names.PRIORITY_CLASS_PREFIX)
    assert names.priority_of_class(scheduling_class) == priority


@pytest.mark.parametrize(
    "other", ["pro", "priority-", "priority-05", "priority-minus-0", "priority-x", "priority--1"]
)
def test_priority_of_class_refuses_other_classes(other: str) -> None:
    assert names.priority_of_class(other) is None


def test_objective_names_round_trip() -> None:
    name = names.inference_objective("llama-3-1-8b", names.priority_class(-5))
    assert names.objective_of_name(name) == ("llama-3-1-8b", "priority-minus-5")
    for other in ("llama", "a.b.c", ".pro", "llama."):
        assert names.objective_of_name(other) is None


@pytest.mark.parametrize(
    "pools", [{}, {"llama": "llama"}, {"nvidia/A-1.5": "a-1-5", 'we"ird': "w", "{x}": "y"}]
)
def test_objective_expressions_round_trip(pools: dict[str, str]) -> None:
    expression = predicates.objective_expression(pools, names.SCHEDULING_ANNOTATION)
    assert predicates.pools_of_objective_expression(expression) == pools
    assert (
        predicates.class_annotation_of_objective_expression(expression)
        == names.SCHEDULING_ANNOTATION
    )


def test_objective_expression_decoders_refuse_other_expressions() -> None:
    for other in ('"x"', "request.headers.x", predicates.models_allowed_predicate(["a"])):
        assert predicates.pools_of_objective_expression(other) is None
        assert predicates.class_annotation_of_objective_expression(other) is None


@pytest.mark.parametrize("served", [[], ["llama"], ["a/b", "c.d"]])
def test_model_list_bodies_round_trip(served: list[str]) -> None:
    body = model_list.model_list_body(served, owned_by="tokenplane")
    assert model_list.served_names_of_body(body) == served


@pytest.mark.parametrize("body", ["", "[]", '{"object": "model"}', '{"object": "list", "data": 1}'])
def test_served_names_of_body_refuses_other_bodies(body: str) -> None:
    assert model_list.served_names_of_body(body) is None
