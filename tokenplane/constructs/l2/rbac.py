"""L2 wrappers of `rbac.authorization.k8s.io/v1` kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.l2.core import ServiceAccount
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "rbac.authorization.k8s.io/v1"


@dataclass(frozen=True)
class PolicyRule:
    """Defines one RBAC rule: verbs on resources of API groups (`""` is the core group), or
    on `non_resource_urls` such as `/metrics` (ClusterRoles only)."""

    verbs: Sequence[str]
    api_groups: Sequence[str] = ()
    resources: Sequence[str] = ()
    non_resource_urls: Sequence[str] = ()

    def to_l1(self) -> k8s.PolicyRule:
        """The rule as the L1 type spells it."""
        if self.non_resource_urls:
            return k8s.PolicyRule(
                verbs=list(self.verbs), non_resource_ur_ls=list(self.non_resource_urls)
            )
        return k8s.PolicyRule(
            verbs=list(self.verbs),
            api_groups=list(self.api_groups),
            resources=list(self.resources),
        )


class Role(Resource):
    """Defines a Role: rules that hold in its namespace."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        rules: Sequence[PolicyRule],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="Role"
        )
        self.rules = tuple(rules)
        k8s.KubeRole(
            self,
            "Resource",
            metadata=self.metadata(labels),
            rules=[rule.to_l1() for rule in rules],
        )


class ClusterRole(Resource):
    """Defines a ClusterRole: rules that hold cluster-wide."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        rules: Sequence[PolicyRule],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=None, api_version=API_VERSION, kind="ClusterRole"
        )
        self.rules = tuple(rules)
        k8s.KubeClusterRole(
            self,
            "Resource",
            metadata=self.metadata(labels),
            rules=[rule.to_l1() for rule in rules],
        )


@dataclass(frozen=True)
class ServiceAccountRef:
    """Names a ServiceAccount another installer (a Helm chart) creates."""

    name: str
    namespace: str


def _subject(account: ServiceAccount | ServiceAccountRef) -> k8s.Subject:
    return k8s.Subject(kind="ServiceAccount", name=account.name, namespace=account.namespace)


class RoleBinding(Resource):
    """Defines a RoleBinding granting a Role to a ServiceAccount of the same namespace."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        role: Role,
        subject: ServiceAccount,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=role.namespace,
            api_version=API_VERSION,
            kind="RoleBinding",
        )
        k8s.KubeRoleBinding(
            self,
            "Resource",
            metadata=self.metadata(labels),
            role_ref=k8s.RoleRef(api_group=role.group, kind=role.kind, name=role.name),
            subjects=[_subject(subject)],
        )


class ClusterRoleBinding(Resource):
    """Defines a ClusterRoleBinding granting a ClusterRole to a ServiceAccount (one of ours,
    or a reference to one a chart creates)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        role: ClusterRole,
        subject: ServiceAccount | ServiceAccountRef,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=None,
            api_version=API_VERSION,
            kind="ClusterRoleBinding",
        )
        k8s.KubeClusterRoleBinding(
            self,
            "Resource",
            metadata=self.metadata(labels),
            role_ref=k8s.RoleRef(api_group=role.group, kind=role.kind, name=role.name),
            subjects=[_subject(subject)],
        )
