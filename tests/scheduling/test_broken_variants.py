"""The suite can fail: the same checks against a deliberately broken rendering must fail.

One stack holds three defects, each read by a different check so they cannot mask each other:
every InferenceObjective of the pool at one priority (tiers no longer differ at the picker), the
flow-control band template without its fairness policy (the picker's default, global strict
ordering across flows, applies), and the scheduling profile without the prefix-cache scorer.
Flow control itself stays on, so the priority and fairness checks still see held requests and
fail on their order, not on a missing queue.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.scheduling import checks, suite_config
from tests.scheduling.stack import EPP_CONFIG_FILE, PoolObjects, SchedulingStack, pool_objects
from tests.scheduling.test_picker import ENTERPRISE, ENTERPRISE_TWO, FREE, PRO


def _break(objects: PoolObjects) -> PoolObjects:
    objectives = [{**o, "spec": {**o["spec"], "priority": 0}} for o in objects.objectives]
    config: dict[str, Any] = yaml.safe_load(objects.epp_config)
    config["flowControl"].pop("defaultPriorityBand")
    (profile,) = config["schedulingProfiles"]
    profile["plugins"] = [p for p in profile["plugins"] if p["pluginRef"] != "prefix-cache-scorer"]
    config_map = {
        **objects.epp_config_map,
        "data": {EPP_CONFIG_FILE: yaml.safe_dump(config, sort_keys=False)},
    }
    return PoolObjects(
        namespace=objects.namespace,
        namespace_object=objects.namespace_object,
        pool=objects.pool,
        epp_config_map=config_map,
        epp_args=objects.epp_args,
        model_deployment=objects.model_deployment,
        objectives=objectives,
    )


@pytest.fixture(scope="module")
def broken(binary: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SchedulingStack]:
    workdir = tmp_path_factory.mktemp("broken")
    documents = suite_config.render(suite_config.example_config(workdir / "config"))
    objects = _break(pool_objects(documents, suite_config.MODEL))
    with SchedulingStack(binary=binary, objects=objects, workdir=workdir / "stack") as running:
        yield running


def test_fails_when_every_objective_has_the_same_priority(broken: SchedulingStack) -> None:
    with pytest.raises(AssertionError, match="dispatch order"):
        checks.check_priority(broken, high=ENTERPRISE, low=FREE)


def test_fails_when_the_band_has_no_fairness_policy(broken: SchedulingStack) -> None:
    with pytest.raises(AssertionError, match="dispatch order"):
        checks.check_fair_share(broken, first=ENTERPRISE, second=ENTERPRISE_TWO)


def test_fails_when_the_profile_has_no_prefix_cache_scorer(broken: SchedulingStack) -> None:
    with pytest.raises(AssertionError, match="repeated prompt left"):
        checks.check_prefix_affinity(broken, PRO)
