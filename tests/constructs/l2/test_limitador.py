"""L2 Limitador wrapper: Redis or cached-Redis storage from a Secret reference."""

from __future__ import annotations

import cdk8s

from tests.constructs.conftest import find
from tokenplane.constructs import Limitador


def test_limitador_stores_counters_in_redis_from_the_secret() -> None:
    chart = cdk8s.Testing.chart()
    Limitador(chart, "l", namespace="kuadrant-system", redis_secret="limitador-redis")
    limitador = find(cdk8s.Testing.synth(chart), "Limitador", "limitador")
    assert limitador["metadata"]["namespace"] == "kuadrant-system"
    assert limitador["spec"]["storage"] == {
        "redis": {"configSecretRef": {"name": "limitador-redis"}}
    }


def test_cached_limitador_batches_counters_to_redis() -> None:
    chart = cdk8s.Testing.chart()
    Limitador(chart, "l", namespace="kuadrant-system", redis_secret="r", cached=True)
    storage = find(cdk8s.Testing.synth(chart), "Limitador", "limitador")["spec"]["storage"]
    assert storage == {"redis-cached": {"configSecretRef": {"name": "r"}}}
