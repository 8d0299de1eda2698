"""L2 wrappers of cert-manager kinds (`cert-manager.io/v1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from constructs import Construct

from imports.io import cert_manager as l1
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "cert-manager.io/v1"


class Certificate(Resource):
    """Defines a Certificate: cert-manager keeps a signed key pair in the Secret `secret_name`."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        secret_name: str,
        dns_names: Sequence[str],
        issuer_kind: Literal["ClusterIssuer", "Issuer"],
        issuer_name: str,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="Certificate"
        )
        self.secret_name = secret_name
        l1.Certificate(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.CertificateSpec(
                secret_name=secret_name,
                dns_names=list(dns_names),
                issuer_ref=l1.CertificateSpecIssuerRef(
                    group="cert-manager.io", kind=issuer_kind, name=issuer_name
                ),
            ),
        )
