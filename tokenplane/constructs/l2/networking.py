"""L2 wrappers of `networking.k8s.io/v1` kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.l2.resource import Resource

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
"""The label the API server puts on every Namespace, holding its name."""


@dataclass(frozen=True)
class NetworkPolicyPeer:
    """Defines the other end of an allowed connection.

    `namespace` (matched by its `kubernetes.io/metadata.name` label) and `pod_selector`
    together mean those pods in that namespace; `namespace` alone means every pod there;
    `pod_selector` alone means those pods in the policy's own namespace. `ip_block` (a CIDR)
    stands alone and means addresses outside the cluster's pods, such as the API server.
    """

    namespace: str | None = None
    pod_selector: Mapping[str, str] | None = None
    ip_block: str | None = None

    def __post_init__(self) -> None:
        if self.ip_block is not None and (self.namespace or self.pod_selector is not None):
            raise ValueError("a peer is either an ip_block or namespace and pod selectors")
        if self.ip_block is None and self.namespace is None and self.pod_selector is None:
            raise ValueError("a peer needs a namespace, a pod selector or an ip_block")

    def to_l1(self) -> k8s.NetworkPolicyPeer:
        """The peer as the L1 type spells it."""
        return k8s.NetworkPolicyPeer(
            namespace_selector=(
                k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: self.namespace})
                if self.namespace
                else None
            ),
            pod_selector=(
                k8s.LabelSelector(match_labels=dict(self.pod_selector))
                if self.pod_selector is not None
                else None
            ),
            ip_block=k8s.IpBlock(cidr=self.ip_block) if self.ip_block else None,
        )


@dataclass(frozen=True)
class NetworkPolicyRule:
    """Defines one allow rule: connections with any of `peers` on any of `ports`.

    No peers means any peer; no ports means any port. `protocols` applies to every port.
    """

    ports: Sequence[int] = ()
    peers: Sequence[NetworkPolicyPeer] = ()
    protocols: Sequence[str] = ("TCP",)

    def __post_init__(self) -> None:
        for port in self.ports:
            if not 1 <= port <= 65535:
                raise ValueError(f"port {port} is outside 1-65535")

    def l1_ports(self) -> list[k8s.NetworkPolicyPort] | None:
        """The ports as the L1 type spells them; None for any port."""
        return [
            k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(port), protocol=protocol)
            for port in self.ports
            for protocol in self.protocols
        ] or None

    def l1_peers(self) -> list[k8s.NetworkPolicyPeer] | None:
        """The peers as the L1 type spells them; None for any peer."""
        return [peer.to_l1() for peer in self.peers] or None


class NetworkPolicy(Resource):
    """Defines a NetworkPolicy over the pods of `namespace` matching `pod_selector`.

    An empty selector selects every pod of the namespace. `ingress` and `egress` are the
    allow rules; None leaves that direction alone (not isolated by this policy), an empty
    list isolates it and allows nothing. So `ingress=[], egress=[]` with the empty selector
    is the namespace's default-deny; other policies over the same pods add what they allow.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        pod_selector: Mapping[str, str],
        ingress: Sequence[NetworkPolicyRule] | None = None,
        egress: Sequence[NetworkPolicyRule] | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="networking.k8s.io/v1",
            kind="NetworkPolicy",
        )
        if ingress is None and egress is None:
            raise ValueError(f"NetworkPolicy {name}: give ingress rules, egress rules or both")
        self.pod_selector = dict(pod_selector)
        self.ingress = tuple(ingress) if ingress is not None else None
        self.egress = tuple(egress) if egress is not None else None
        types = [t for t, rules in (("Ingress", ingress), ("Egress", egress)) if rules is not None]
        k8s.KubeNetworkPolicy(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=self.pod_selector or None),
                policy_types=types,
                ingress=[
                    k8s.NetworkPolicyIngressRule(from_=rule.l1_peers(), ports=rule.l1_ports())
                    for rule in ingress or ()
                ]
                or None,
                egress=[
                    k8s.NetworkPolicyEgressRule(to=rule.l1_peers(), ports=rule.l1_ports())
                    for rule in egress or ()
                ]
                or None,
            ),
        )
