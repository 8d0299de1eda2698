"""L2 wrappers of External Secrets kinds (`external-secrets.io/v1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from imports.io import external_secrets as l1
from tokenplane.constructs.batch import ObjectBatch
from tokenplane.constructs.resource import Resource

EXTERNAL_SECRETS_API = "external-secrets.io/v1"


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
            api_version=EXTERNAL_SECRETS_API,
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


@dataclass(frozen=True)
class ExternalSecretEntry:
    """Defines one ExternalSecret of an `ExternalSecretSet`: the inputs of `ExternalSecret`
    (without `template`), as a plain value that costs no call into the cdk8s runtime."""

    name: str
    namespace: str
    store: str
    data: Mapping[str, str]
    refresh_interval: str = "1h"
    secret_labels: Mapping[str, str] = field(default_factory=dict)
    secret_annotations: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.data:
            raise ValueError(f"ExternalSecret {self.name}: at least one data key is required")

    def manifest(self, chart_labels: Mapping[str, str]) -> dict[str, Any]:
        """The object, exactly as `ExternalSecret` with the same inputs renders it in a chart
        labelled `chart_labels`."""
        metadata: dict[str, Any] = {"name": self.name, "namespace": self.namespace}
        if labels := {**chart_labels, **self.labels}:
            metadata["labels"] = labels
        if self.annotations:
            metadata["annotations"] = dict(self.annotations)
        target: dict[str, Any] = {
            "name": self.name,
            "creationPolicy": "Owner",
            "deletionPolicy": "Delete",
        }
        if self.secret_labels or self.secret_annotations:
            template_metadata: dict[str, Any] = {}
            if self.secret_annotations:
                template_metadata["annotations"] = dict(self.secret_annotations)
            if self.secret_labels:
                template_metadata["labels"] = dict(self.secret_labels)
            target["template"] = {"engineVersion": "v2", "metadata": template_metadata}
        return {
            "apiVersion": EXTERNAL_SECRETS_API,
            "kind": "ExternalSecret",
            "metadata": metadata,
            "spec": {
                "refreshInterval": self.refresh_interval,
                "secretStoreRef": {"kind": "ClusterSecretStore", "name": self.store},
                "target": target,
                "data": [
                    {"secretKey": secret_key, "remoteRef": {"key": remote_key}}
                    for secret_key, remote_key in sorted(self.data.items())
                ],
            },
        }


class ExternalSecretSet(ObjectBatch):
    """Defines many ExternalSecrets as one construct, kept out of the cdk8s runtime.

    Each typed L1 object costs about a millisecond to create through jsii, and passing
    ready-made objects through the runtime as much again (docs/performance.md): at 10,000
    tenant keys that was most of a synth. The entries are typed values rendered in Python
    (`tokenplane.constructs.batch.chart_objects` puts them in the chart's output); the
    objects written are those `ExternalSecret` writes with the same inputs, one file each.
    """

    def __init__(
        self, scope: Construct, id: str, *, entries: Sequence[ExternalSecretEntry]
    ) -> None:
        super().__init__(scope, id)
        self.entries = tuple(entries)

    def objects(self) -> list[dict[str, Any]]:
        """One ExternalSecret per entry, in order."""
        return [entry.manifest(self.chart_labels) for entry in self.entries]
