"""The network chart: the Redis tokenplane runs for Limitador is isolated on its own."""

from __future__ import annotations

from typing import Any


def test_in_cluster_redis_admits_only_its_namespace(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    objects = example_objects["production"]
    (redis,) = [o for o in objects if o["kind"] == "StatefulSet"]
    (policy,) = [
        o
        for o in objects
        if o["kind"] == "NetworkPolicy" and o["metadata"]["namespace"] == "kuadrant-system"
    ]
    spec = policy["spec"]
    assert spec["podSelector"]["matchLabels"] == redis["spec"]["template"]["metadata"]["labels"]
    assert spec["policyTypes"] == ["Ingress", "Egress"]
    assert "egress" not in spec
    assert spec["ingress"] == [
        {
            "from": [{"podSelector": {"matchLabels": {}}}],
            "ports": [{"port": 6379, "protocol": "TCP"}],
        }
    ]
