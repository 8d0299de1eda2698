"""The suite can fail: the same checks against deliberately broken renderings must fail.

One stack holds three defects at once, each on a different limit or tier so they cannot mask each
other: the free tier granted an extra model (a config edit), the pro per-minute request limit's
counter dropped (all pro tenants share one counter), and the free per-minute request limit's
predicate changed to one that never matches (the limit never applies).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conformance import checks, suite_config
from tests.conformance.checks import Suite


def _break(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for document in documents:
        if document.get("kind") == "RateLimitPolicy":
            limits = document["spec"]["limits"]
            del limits["pro-requests-per-minute"]["counters"]
            limits["free-requests-per-minute"]["when"] = [
                {"predicate": 'auth.identity.limits == "no-such-class"'}
            ]
    return documents


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
    ],
)
def test_fails_when_the_policies_are_broken(broken: Suite, check: Callable[[Suite], None]) -> None:
    with pytest.raises(AssertionError):
        check(broken)
