"""One budget per tenant across every route: OPEN DEFECT, shown with the real controllers.

17 models (two AIGatewayRoute shards) plus the audio routes. kuadrant-operator v1.5.2 puts each
HTTPRoute's limits in its own Limitador namespace (`LimitsNamespaceFromRoute`,
internal/controller/ratelimit_workflow_helpers.go), so a tenant gets one budget per route. The
tests assert the intended behaviour and are strict xfails: they fail the suite the day the
budget becomes shared without this file being updated. See docs/tenancy.md, "Known limits".
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conformance import checks, suite_config
from tests.conformance.checks import Suite

PER_ROUTE = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="budgets are per HTTPRoute in kuadrant-operator v1.5.2 (issue 11)",
)


@pytest.fixture(scope="module")
def many(
    controller_binaries: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    workdir = tmp_path_factory.mktemp("many-models")
    today = datetime.datetime.now(datetime.UTC).date()
    config = suite_config.many_models_config(workdir / "config", today=today)
    documents = suite_config.render(config, today=today)
    with checks.running(documents, workdir, controller_binaries) as running:
        yield running


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


@PER_ROUTE
def test_requests_spent_on_one_route_count_on_every_other(many: Suite) -> None:
    statuses = [many.tenant("free-two").status for _ in range(10)]
    assert statuses == [200] * 10
    assert many.tenant("free-two", model=None, path="/v1/audio/speech").status == 429


@PER_ROUTE
def test_tokens_spent_on_one_shard_count_on_the_other(many: Suite) -> None:
    assert many.tenant("hobbyist", tokens=5000).status == 200
    assert many.tenant("hobbyist", model="tokenplane-test/extra-15").status == 429
