"""L2 wrappers of External Secrets kinds (`external-secrets.io/v1`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.io import external_secrets as l1
from tokenplane.constructs.resource import Resource


class ExternalSecret(Resource):
    """Defines an ExternalSecret: External Secrets reads values from a ClusterSecretStore and
    writes them to a Secret of the same name, so no value is ever part of the manifest.

    `data` maps each key of the generated Secret to the path of its value in the store.
    `template` (key → Go template over those keys) shapes the Secret's data instead, e.g.
    `{"credential": "Bearer {{ .apiKey }}"}`; default: the fetched values as they are.
    `secret_labels` and `secret_annotations` are the generated Secret's own metadata
    (`target.template.metadata`); `labels` are the ExternalSecret's.
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
        secret_labels: Mapping[str, str] | None = None,
        secret_annotations: Mapping[str, str] | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="external-secrets.io/v1",
            kind="ExternalSecret",
        )
        if not data:
            raise ValueError(f"ExternalSecret {name}: at least one data key is required")
        self.secret_name = name
        self.store = store
        self.data = dict(data)
        self.secret_labels = dict(secret_labels or {})
        self.secret_annotations = dict(secret_annotations or {})
        template = (
            l1.ExternalSecretSpecTargetTemplate(
                engine_version=l1.ExternalSecretSpecTargetTemplateEngineVersion.V2,
                metadata=l1.ExternalSecretSpecTargetTemplateMetadata(
                    labels=self.secret_labels or None,
                    annotations=self.secret_annotations or None,
                )
                if self.secret_labels or self.secret_annotations
                else None,
                data=dict(template) if template else None,
            )
            if self.secret_labels or self.secret_annotations or template
            else None
        )
        l1.ExternalSecret(
            self,
            "Resource",
            metadata=self.metadata(labels, annotations),
            spec=l1.ExternalSecretSpec(
                refresh_interval=refresh_interval,
                secret_store_ref=l1.ExternalSecretSpecSecretStoreRef(
                    kind=l1.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=store
                ),
                target=l1.ExternalSecretSpecTarget(
                    name=name,
                    creation_policy=l1.ExternalSecretSpecTargetCreationPolicy.OWNER,
                    deletion_policy=l1.ExternalSecretSpecTargetDeletionPolicy.DELETE,
                    template=template,
                ),
                data=[
                    l1.ExternalSecretSpecData(
                        secret_key=secret_key,
                        remote_ref=l1.ExternalSecretSpecDataRemoteRef(key=remote_key),
                    )
                    for secret_key, remote_key in sorted(self.data.items())
                ],
            ),
        )
