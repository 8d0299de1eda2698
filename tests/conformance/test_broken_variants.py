"""The suite can fail: the same checks against deliberately broken renderings must fail.

One stack holds six defects at once, each on a different rule or tier so they cannot mask each
other: the free tier granted an extra model (a config edit); in the BackendTrafficPolicy, the pro
per-minute request rule's tenant selector dropped (all pro tenants share one counter), the free
per-minute request rule's class changed to one no key has (the limit never applies), and the
free per-minute token rule made unshared (`shared: false`: every route counts its own budget);
in the AuthPolicy, the legacy fairness-id and the current objective header no longer set (the
client's own values would reach the endpoint picker). A sixth drops the model-list route and
its filter: AI Gateway's ext_proc (its stand-in) then answers `GET /v1/models` on its
generated routes, before any policy, to anyone.
Each defect in the budgets policy is caught twice: by a request check against the real
rate-limit service, and in the real Envoy Gateway translator's output (the route actions and
the rate-limit service configuration it builds).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conformance import checks, suite_config
from tests.conformance.checks import Suite
from tokenplane.contracts import names
from tokenplane.contracts.budgets import budget_of_rule
from tokenplane.contracts.headers import (
    LEGACY_FAIRNESS_HEADER,
    LIMITS_HEADER,
    OBJECTIVE_HEADER,
    TENANT_HEADER,
)


def _rule(policy: dict[str, Any], limit_class: str, measure: str) -> dict[str, Any]:
    for rule in policy["spec"]["rateLimit"]["global"]["rules"]:
        budget = budget_of_rule(rule)
        if budget is not None and (budget.limit_class, budget.measure, budget.window.unit) == (
            limit_class,
            measure,
            "Minute",
        ):
            return rule  # type: ignore[no-any-return]
    raise LookupError((limit_class, measure))


def _break(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    (policy,) = [d for d in documents if d.get("kind") == "BackendTrafficPolicy"]
    pro = _rule(policy, "pro", "requests")["clientSelectors"][0]
    pro["headers"] = [h for h in pro["headers"] if h["name"] != TENANT_HEADER]
    free = _rule(policy, "free", "requests")["clientSelectors"][0]
    for header in free["headers"]:
        if header["name"] == LIMITS_HEADER:
            header["value"] = "no-such-class"
    _rule(policy, "free", "tokens")["shared"] = False
    (auth,) = [d for d in documents if d.get("kind") == "AuthPolicy"]
    headers = auth["spec"]["rules"]["response"]["success"]["headers"]
    del headers[LEGACY_FAIRNESS_HEADER], headers[OBJECTIVE_HEADER]
    listing = names.model_list(auth["metadata"]["labels"][names.PART_OF])
    return [
        d
        for d in documents
        if not (
            d.get("kind") in {"HTTPRoute", "HTTPRouteFilter"} and d["metadata"]["name"] == listing
        )
    ]


@pytest.fixture(scope="module")
def broken(
    controller_binaries: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    workdir = tmp_path_factory.mktemp("broken")
    today = checks.render_today()
    config = suite_config.conformance_config(workdir / "config", today=today)
    tiers = config / "tiers.yaml"
    data = yaml.safe_load(tiers.read_text())
    data["tiers"]["free"]["models"].append("nemotron-vl-12b")
    tiers.write_text(suite_config.dump_config(data))
    documents = _break(suite_config.render(config, today=today))
    with checks.running(documents, workdir, controller_binaries) as running:
        yield running


@pytest.mark.parametrize(
    "check",
    [
        pytest.param(checks.check_tier_models, id="tier-granted-an-extra-model"),
        pytest.param(
            lambda s: checks.check_request_limit(s, "pro-two", "acme", 100), id="counter-dropped"
        ),
        pytest.param(
            lambda s: checks.check_request_limit(s, "free-two", "hobbyist", 10),
            id="predicate-never-matches",
        ),
        pytest.param(
            lambda s: checks.check_tokens_shared_across_routes(
                s, "hobbyist", 5000, None, "/v1/audio/speech"
            ),
            id="budget-not-shared",
        ),
        pytest.param(checks.check_scheduling_headers, id="picker-headers-not-overwritten"),
        pytest.param(checks.check_model_list, id="model-list-route-dropped"),
    ],
)
def test_fails_when_the_policies_are_broken(broken: Suite, check: Callable[[Suite], None]) -> None:
    with pytest.raises(AssertionError):
        check(broken)


@pytest.mark.parametrize(
    "problem",
    [
        pytest.param("pro: tenants share a counter", id="counter-dropped"),
        pytest.param("free: limits", id="predicate-never-matches"),
        pytest.param("free: not the same counter on every route", id="budget-not-shared"),
    ],
)
def test_fails_when_the_translated_budgets_are_broken(broken: Suite, problem: str) -> None:
    """The same defects, seen in the real Envoy Gateway translator's output."""
    classes = suite_config.limit_classes(broken.workdir / "config", today=checks.render_today())
    with pytest.raises(AssertionError) as raised:
        checks.check_budgets_translated(broken, classes)
    assert problem in str(raised.value)
