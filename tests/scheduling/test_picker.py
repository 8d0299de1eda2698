"""The real endpoint picker schedules the rendered pool as docs/inference.md says it does.

Stand-ins (docs/inference.md, "The scheduling suite"): the model servers are metrics fakes, the
pods' status is written by the suite in the kubelet's place, and the suite plays Envoy's side of
the ext_proc stream. The picker, its config, the pool and the objectives are the real ones.
"""

from __future__ import annotations

from tests.scheduling import checks
from tests.scheduling.stack import SchedulingStack
from tests.scheduling.suite_config import MODEL, gateway_headers

FREE = gateway_headers(pool=MODEL, scheduling_class="free", tenant="hobbyist")
PRO = gateway_headers(pool=MODEL, scheduling_class="pro", tenant="acme")
ENTERPRISE = gateway_headers(pool=MODEL, scheduling_class="enterprise", tenant="initech")
ENTERPRISE_TWO = gateway_headers(pool=MODEL, scheduling_class="enterprise", tenant="umbrella")


def test_picks_the_least_loaded_pod(stack: SchedulingStack) -> None:
    checks.check_least_loaded(stack, PRO)


def test_prefix_affinity_keeps_a_repeated_prompt_on_one_pod(stack: SchedulingStack) -> None:
    checks.check_prefix_affinity(stack, PRO)


def test_higher_priority_tier_is_dispatched_first_under_saturation(
    stack: SchedulingStack,
) -> None:
    checks.check_priority(stack, high=ENTERPRISE, low=FREE)


def test_two_tenants_of_one_tier_share_fairly(stack: SchedulingStack) -> None:
    checks.check_fair_share(stack, first=ENTERPRISE, second=ENTERPRISE_TWO)
