"""L2 wrappers of the core Kubernetes kinds tokenplane renders without cdk8s-plus."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cdk8s_plus_28 import k8s
from constructs import Construct

from tokenplane.constructs.l2.resource import Resource


class Namespace(Resource):
    """Defines a Namespace."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id, name=name, namespace=None, api_version="v1", kind="Namespace")
        k8s.KubeNamespace(self, "Resource", metadata=self.metadata(labels, annotations))


@dataclass(frozen=True)
class ServicePort:
    """Defines one port of a Service: its name, number and the container port it forwards to.

    `app_protocol` tells proxies what speaks on the port (for example `kubernetes.io/h2c`
    for plain-text gRPC). Default: not set.
    """

    name: str
    port: int
    target_port: int | None = None
    app_protocol: str | None = None


class Service(Resource):
    """Defines a ClusterIP Service selecting pods by labels."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        selector: Mapping[str, str],
        ports: Sequence[ServicePort],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="v1", kind="Service"
        )
        if not ports:
            raise ValueError(f"Service {name}: at least one port is required")
        self.selector = dict(selector)
        self.ports = tuple(ports)
        k8s.KubeService(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=k8s.ServiceSpec(
                type="ClusterIP",
                selector=self.selector,
                ports=[
                    k8s.ServicePort(
                        name=port.name,
                        port=port.port,
                        target_port=k8s.IntOrString.from_number(port.target_port or port.port),
                        protocol="TCP",
                        app_protocol=port.app_protocol,
                    )
                    for port in ports
                ],
            ),
        )

    def port(self, name: str) -> ServicePort:
        """The port called `name`; raises KeyError if there is none."""
        for candidate in self.ports:
            if candidate.name == name:
                return candidate
        raise KeyError(name)


class ServiceAccount(Resource):
    """Defines a ServiceAccount."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="v1", kind="ServiceAccount"
        )
        k8s.KubeServiceAccount(self, "Resource", metadata=self.metadata(labels))


class ConfigMap(Resource):
    """Defines a ConfigMap holding text files."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        data: Mapping[str, str],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version="v1", kind="ConfigMap"
        )
        self.data = dict(data)
        k8s.KubeConfigMap(self, "Resource", metadata=self.metadata(labels), data=self.data)


class ServiceAccountToken(Resource):
    """Defines a Secret of type `kubernetes.io/service-account-token` for `service_account`.

    Kubernetes writes the account's long-lived token into it (key `token`); nothing secret
    is rendered. Use it where a client can only read a token from a Secret, such as a
    Prometheus operator monitor's `authorization`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        service_account: ServiceAccount,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=service_account.namespace,
            api_version="v1",
            kind="Secret",
        )
        self.key = "token"
        k8s.KubeSecret(
            self,
            "Resource",
            metadata=self.metadata(
                labels, {"kubernetes.io/service-account.name": service_account.name}
            ),
            type="kubernetes.io/service-account-token",
        )
