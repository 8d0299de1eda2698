"""The network chart: the Redis tokenplane runs for Envoy Gateway's rate-limit service is
isolated on its own."""

from __future__ import annotations

from typing import Any

from tokenplane.contracts import names


def test_in_cluster_redis_admits_only_the_rate_limit_service(
    example_objects: dict[str, list[dict[str, Any]]],
) -> None:
    objects = example_objects["production"]
    (redis,) = [o for o in objects if o["kind"] == "StatefulSet"]
    assert redis["metadata"]["namespace"] == "envoy-gateway-system"
    (policy,) = [
        o
        for o in objects
        if o["kind"] == "NetworkPolicy" and o["metadata"]["namespace"] == "envoy-gateway-system"
    ]
    spec = policy["spec"]
    assert spec["podSelector"]["matchLabels"] == redis["spec"]["template"]["metadata"]["labels"]
    assert spec["policyTypes"] == ["Ingress", "Egress"]
    assert "egress" not in spec
    assert spec["ingress"] == [
        {
            "from": [{"podSelector": {"matchLabels": names.RATE_LIMIT_POD_LABELS}}],
            "ports": [{"port": 6379, "protocol": "TCP"}],
        }
    ]
