"""L3: Kuadrant, the engine that enforces the platform's auth and limit policies."""

from __future__ import annotations

from constructs import Construct

from tokenplane.constructs.l2.core import Namespace
from tokenplane.constructs.l2.kuadrant import Kuadrant
from tokenplane.contracts import names


class PolicyEngine(Construct):
    """Defines the Kuadrant CR in the auth namespace; the operator then runs Authorino and
    Limitador there and attaches their filters to the Gateway. With `observability` the
    operator also creates the monitors of its components. Default: off."""

    def __init__(
        self, scope: Construct, id: str, *, namespace: Namespace, observability: bool = False
    ) -> None:
        super().__init__(scope, id)
        self.kuadrant = Kuadrant(
            self,
            "kuadrant",
            namespace=namespace.name,
            observability=observability,
            labels=names.component("policy-engine"),
        )
