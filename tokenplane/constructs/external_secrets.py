"""L2 wrappers of External Secrets Operator kinds (`external-secrets.io/v1`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.io import external_secrets as l1
from tokenplane.constructs.resource import Resource

API_VERSION = "external-secrets.io/v1"


class ExternalSecret(Resource):
    """Defines an ExternalSecret: a Secret of the same name filled from a ClusterSecretStore.

    `data` maps each key of the generated Secret to the key of its value in the store.
    `template` (key → Go template over those keys) shapes the Secret's data instead, e.g.
    `{"credential": "Bearer {{ .apiKey }}"}`; default: the fetched values as they are.
    No value ever appears in the manifest.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: str,
        data: Mapping[str, str],
        template: Mapping[str, str] | None = None,
        refresh_interval: str = "1h",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=API_VERSION,
            kind="ExternalSecret",
        )
        self.secret_name = name
        l1.ExternalSecret(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.ExternalSecretSpec(
                refresh_interval=refresh_interval,
                secret_store_ref=l1.ExternalSecretSpecSecretStoreRef(
                    kind=l1.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=store
                ),
                target=l1.ExternalSecretSpecTarget(
                    name=name,
                    template=(
                        l1.ExternalSecretSpecTargetTemplate(
                            engine_version=l1.ExternalSecretSpecTargetTemplateEngineVersion.V2,
                            data=dict(template),
                        )
                        if template
                        else None
                    ),
                ),
                data=[
                    l1.ExternalSecretSpecData(
                        secret_key=key,
                        remote_ref=l1.ExternalSecretSpecDataRemoteRef(key=remote),
                    )
                    for key, remote in sorted(data.items())
                ],
            ),
        )
