"""NetworkPolicy: policy types follow the rules given; peers and ports as the API spells them."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import find
from tokenplane.constructs import NetworkPolicy, NetworkPolicyPeer, NetworkPolicyRule


def test_default_deny_selects_every_pod_and_allows_nothing() -> None:
    chart = cdk8s.Testing.chart()
    NetworkPolicy(
        chart, "deny", name="deny", namespace="models", pod_selector={}, ingress=[], egress=[]
    )
    spec = find(list(cdk8s.Testing.synth(chart)), "NetworkPolicy", "deny")["spec"]
    assert spec == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}


def test_rules_name_namespaces_by_their_name_label() -> None:
    chart = cdk8s.Testing.chart()
    NetworkPolicy(
        chart,
        "allow",
        name="allow",
        namespace="models",
        pod_selector={"app": "vllm"},
        ingress=[
            NetworkPolicyRule(
                ports=[8000],
                peers=[NetworkPolicyPeer(namespace="envoy", pod_selector={"app": "envoy"})],
            )
        ],
    )
    spec = find(list(cdk8s.Testing.synth(chart)), "NetworkPolicy", "allow")["spec"]
    assert spec["policyTypes"] == ["Ingress"]
    assert spec["ingress"] == [
        {
            "from": [
                {
                    "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "envoy"}},
                    "podSelector": {"matchLabels": {"app": "envoy"}},
                }
            ],
            "ports": [{"port": 8000, "protocol": "TCP"}],
        }
    ]


def test_egress_rule_repeats_ports_per_protocol_and_takes_ip_blocks() -> None:
    chart = cdk8s.Testing.chart()
    NetworkPolicy(
        chart,
        "dns",
        name="dns",
        namespace="models",
        pod_selector={},
        egress=[
            NetworkPolicyRule(ports=[53], protocols=("UDP", "TCP")),
            NetworkPolicyRule(ports=[443], peers=[NetworkPolicyPeer(ip_block="10.0.0.0/8")]),
        ],
    )
    spec = find(list(cdk8s.Testing.synth(chart)), "NetworkPolicy", "dns")["spec"]
    assert spec["egress"] == [
        {"ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]},
        {"ports": [{"port": 443, "protocol": "TCP"}], "to": [{"ipBlock": {"cidr": "10.0.0.0/8"}}]},
    ]


def test_fails_when_no_direction_is_given() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="give ingress rules, egress rules or both"):
        NetworkPolicy(chart, "none", name="none", namespace="models", pod_selector={})


def test_fails_when_a_peer_mixes_ip_block_and_selectors() -> None:
    with pytest.raises(ValueError, match="either an ip_block"):
        NetworkPolicyPeer(namespace="a", ip_block="10.0.0.0/8")


def test_fails_when_a_peer_is_empty() -> None:
    with pytest.raises(ValueError, match="needs a namespace"):
        NetworkPolicyPeer()


def test_fails_when_a_port_is_out_of_range() -> None:
    with pytest.raises(ValueError, match="outside 1-65535"):
        NetworkPolicyRule(ports=[70000])
