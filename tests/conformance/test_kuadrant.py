"""The rendered policies: authentication and model access run by the real kuadrant-operator
v1.5.2 and Authorino v0.27.0 through an emulated wasm-shim data plane; request limits and token
budgets translated by the real Envoy Gateway v1.9.1 translator (egctl and eg-ratelimit-config)
and counted by the real envoyproxy/ratelimit service with Redis, loaded with the configuration
that translator builds; Envoy applying the translated route actions is emulated
(tests/conformance/envoy_gateway.py).

One stack for the module: the example config plus test tenants (tests/conformance/suite_config.py),
synthesized by tokenplane and applied to a test API server. Tests use disjoint tenants where they
spend a budget, so their order does not matter except that each budget is spent once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conformance import checks, envoy_gateway, suite_config
from tests.conformance.checks import Suite
from tests.conformance.dataplane import Request


@pytest.fixture(scope="module")
def suite(
    controller_binaries: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Suite]:
    workdir = tmp_path_factory.mktemp("conformance")
    with checks.running(
        checks.conformance_documents(workdir), workdir, controller_binaries
    ) as running:
        yield running


def test_every_policy_is_accepted_and_enforced(suite: Suite) -> None:
    checks.check_policies_enforced(suite)


def test_missing_or_unknown_keys_are_unauthenticated(suite: Suite) -> None:
    checks.check_authentication(suite)


def test_a_tier_reaches_its_models_only(suite: Suite) -> None:
    checks.check_tier_models(suite)


def test_model_header_and_path_are_required(suite: Suite) -> None:
    assert suite.tenant("hobbyist", model=None).status == 403
    assert suite.tenant("hobbyist", path="/v1/models").status == 403


def test_the_picker_headers_are_the_callers_whatever_the_client_sends(suite: Suite) -> None:
    checks.check_scheduling_headers(suite)


def test_model_list_is_answered_after_authentication(suite: Suite) -> None:
    """The route table is the real Envoy Gateway translator's (egctl v1.9.1): our Exact route
    comes before the generated prefix routes, so the AI Gateway ext_proc (a STAND-IN,
    ai_gateway.py) does not answer; Kuadrant's wasm config (real operator) and Authorino (real)
    decide, and the translator's direct response answers. Envoy walking that table is EMULATED
    (envoy_gateway.select_route)."""
    checks.check_model_list(suite)


def test_minted_key_works_and_expired_key_is_refused_at_request_time(suite: Suite) -> None:
    checks.check_keys_at_request_time(suite)


@pytest.mark.parametrize(
    ("tenant", "other", "per_minute"),
    [("free-two", "hobbyist", 10), ("pro-two", "acme", 100), ("initech", "umbrella", 1000)],
)
def test_request_after_the_tier_limit_is_refused_per_tenant(
    suite: Suite, tenant: str, other: str, per_minute: int
) -> None:
    """The client also sends the budget headers, naming another tenant and an unknown class:
    the AuthPolicy replaces them."""
    checks.check_request_limit(suite, tenant, other, per_minute, spoof=True)


def test_token_budget_per_minute_and_override(suite: Suite) -> None:
    checks.check_token_budget_override(suite)


def test_token_budget_per_day(suite: Suite) -> None:
    checks.check_daily_token_budget(suite)


def test_rotated_key_shares_its_tenants_counters(suite: Suite) -> None:
    checks.check_rotated_key_shares_counters(suite)


def test_tokens_spent_on_chat_count_on_the_audio_routes(suite: Suite) -> None:
    checks.check_tokens_shared_across_routes(suite, "hobbyist", 5000, None, "/v1/audio/speech")


def test_the_translator_counts_each_budget_per_tenant_on_every_route(suite: Suite) -> None:
    """Through egctl's route actions and the service configuration Envoy Gateway builds."""
    classes = suite_config.limit_classes(suite.workdir / "config", today=checks.render_today())
    checks.check_budgets_translated(suite, classes)


def test_plain_http_is_left_to_the_redirect(suite: Suite) -> None:
    """On the HTTP listener the policies do not run: the redirect route answers (its 301 stands
    in for Envoy's reply); the same request over HTTPS is refused."""
    headers = {"x-ai-eg-model": checks.SMALL}
    plain = Request("POST", checks.CHAT, checks.HOST, headers, scheme="http", upstream_status=301)
    answered = suite.plane.handle(plain)
    assert answered.status == 301, answered
    assert answered.identity == {}
    assert suite.call(None).status == 401


# The failure-mode tests stop services: they run last.


@pytest.mark.parametrize("process", ["ratelimit", "redis"])
def test_budgets_fail_open_when_the_rate_limit_service_or_redis_is_down(
    suite: Suite, process: str
) -> None:
    """`rate_limiting.fail_closed` is false in the example: Envoy lets requests through
    uncounted (failure_mode_deny off) while the service cannot answer."""
    deployed = suite.translation.deployed_filters()
    assert deployed and not any(f.failure_mode_deny for f in deployed), deployed
    suite.budgets.stop_process(process)
    try:
        for _ in range(11):  # past the free tier's 10/minute
            assert suite.tenant("hobbyist").status == 200
    finally:
        suite.budgets.restart(process)


def test_budgets_fail_closed_when_the_platform_says_so(suite: Suite) -> None:
    """`rate_limiting.fail_closed: true` rendered and given to the translator as the Envoy
    Gateway configuration: `failure_mode_deny` on every rate-limit filter, 500 without the
    service."""
    config = suite_config.with_fail_closed(
        suite.workdir / "config", suite.workdir / "config-fail-closed"
    )
    documents = suite_config.render(config, today=checks.render_today())
    checks.check_fail_closed_translated(suite, envoy_gateway.envoy_gateway_config(documents))


def test_authorization_fails_closed_when_authorino_is_down(suite: Suite) -> None:
    suite.stack.stop_process("authorino")
    try:
        assert suite.tenant("umbrella").status == 500
        assert suite.call(None).status == 500
    finally:
        suite.stack.restart_process("authorino")
