"""L2 wrappers of the core Kubernetes kinds tokenplane renders without cdk8s-plus."""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.resource import Resource


class Namespace(Resource):
    """Defines a Namespace."""

    def __init__(
        self, scope: Construct, id: str, *, name: str, labels: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(scope, id, name=name, namespace=None, api_version="v1", kind="Namespace")
        k8s.KubeNamespace(self, "Resource", metadata=self.metadata(labels))
