"""One budget per tenant across every route, with 17 models (two AIGatewayRoute shards) plus the
audio routes.

The budgets are Envoy Gateway global rate limits with `shared: true` in one BackendTrafficPolicy
on the Gateway, keyed by the tenant and limit-class headers the AuthPolicy sets (real Authorino);
the real rate-limit service counts them in Redis, loaded with the configuration the real Envoy
Gateway translator builds, from the descriptors that translator's route actions give (applied by
the emulated Envoy) for the route that serves each request. kuadrant-operator v1.5.2 could not do
this (its limits live per HTTPRoute, `LimitsNamespaceFromRoute`); see docs/tenancy.md.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conformance import checks, suite_config
from tests.conformance.checks import Suite


@pytest.fixture(scope="module")
def many(
    controller_binaries: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    workdir = tmp_path_factory.mktemp("many-models")
    today = _today()
    config = suite_config.many_models_config(workdir / "config", today=today)
    documents = suite_config.render(config, today=today)
    with checks.running(documents, workdir, controller_binaries) as running:
        yield running


def _today() -> datetime.date:
    return datetime.datetime.now(datetime.UTC).date()


def _shards(suite: Suite) -> dict[str, str]:
    """Served model name → the AIGatewayRoute that routes it."""
    return {
        match["headers"][0]["value"]: route["metadata"]["name"]
        for route in suite.documents
        if route.get("kind") == "AIGatewayRoute"
        for rule in route["spec"]["rules"]
        for match in rule["matches"]
    }


def test_the_config_has_two_shards_and_audio(many: Suite) -> None:
    shards = _shards(many)
    assert len(shards) == 17
    assert shards[checks.SMALL] != shards["tokenplane-test/extra-15"]
    assert many.tenant("hobbyist", model="tokenplane-test/extra-15").status == 200
    assert many.tenant("hobbyist", model=None, path="/v1/audio/speech").status == 200


def test_the_translator_counts_each_budget_per_tenant_on_every_route(many: Suite) -> None:
    classes = suite_config.limit_classes(many.workdir / "config", today=_today())
    checks.check_budgets_translated(many, classes)


def test_requests_spent_on_one_route_count_on_every_other(many: Suite) -> None:
    checks.check_requests_shared_across_routes(many, "free-two", 10, "/v1/audio/speech")
    assert many.tenant("free-two", model=None, path="/v1/audio/transcriptions").status == 429
    assert many.tenant("free-two", model="tokenplane-test/extra-15").status == 429


def test_tokens_spent_on_one_shard_count_on_the_other(many: Suite) -> None:
    checks.check_tokens_shared_across_routes(many, "hobbyist", 5000, "tokenplane-test/extra-15")
