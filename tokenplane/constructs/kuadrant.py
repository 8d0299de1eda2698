"""L2 wrappers of Kuadrant kinds (`kuadrant.io`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.io import kuadrant as l1
from tokenplane.constructs.resource import Resource


class Kuadrant(Resource):
    """Defines the Kuadrant CR, which makes the operator install Authorino and Limitador."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        name: str = "kuadrant",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="kuadrant.io/v1beta1",
            kind="Kuadrant",
        )
        l1.Kuadrant(self, "Resource", metadata=self.metadata(labels), spec=l1.KuadrantSpec())
