"""L2 wrappers of External Secrets kinds (`external-secrets.io`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import cdk8s
from constructs import Construct

from imports.io import external_secrets as l1
from tokenplane.batch import ObjectBatch
from tokenplane.constructs.l2.resource import Resource

EXTERNAL_SECRETS_API = "external-secrets.io/v1"


def _member(name: str) -> str:
    """The jsii enum member of an API value: `CreatedOnce` → `CREATED_ONCE`."""
    return "".join(f"_{c}" if c.isupper() and i else c for i, c in enumerate(name)).upper()


class ExternalSecret(Resource):
    """Defines an ExternalSecret: External Secrets reads values from a ClusterSecretStore and
    writes them to a Secret of the same name, so no value is ever part of the manifest.

    `data` maps each key of the generated Secret to the path of its value in the store.
    `template` (key → Go template over those keys) shapes the Secret's data instead, e.g.
    `{"credential": "Bearer {{ .apiKey }}"}`; default: the fetched values as they are.
    `secret_labels` and `secret_annotations` are the generated Secret's own metadata
    (`target.template.metadata`); `labels` are the ExternalSecret's.

    With `generator` the values come from a generator (e.g. a Password) instead of the
    store (`dataFrom[].sourceRef.generatorRef`), and `store` and `data` are not used. A
    generator yields new values on every sync, so such an ExternalSecret must use
    `refresh_policy="CreatedOnce"`: the Secret is written once and never regenerated while
    it exists (External Secrets docs, "ExternalSecret", refresh policies).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: str | None = None,
        data: Mapping[str, str] | None = None,
        generator: Resource | None = None,
        template: Mapping[str, str] | None = None,
        refresh_interval: str = "1h",
        refresh_policy: Literal["CreatedOnce", "Periodic", "OnChange"] | None = None,
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
        if generator is not None:
            if data or store:
                raise ValueError(
                    f"ExternalSecret {name}: values come from a generator or from a store, not both"
                )
            if refresh_policy != "CreatedOnce":
                raise ValueError(
                    f"ExternalSecret {name}: a generator yields a new value on every sync; "
                    'use refresh_policy="CreatedOnce" so the Secret is written once'
                )
        elif not data or not store:
            raise ValueError(
                f"ExternalSecret {name}: a store and at least one data key are required"
            )
        if generator is not None and (
            _member(generator.kind)
            not in l1.ExternalSecretSpecDataFromSourceRefGeneratorRefKind.__members__
        ):
            raise ValueError(
                f"ExternalSecret {name}: {generator.kind} is not a generator kind External "
                "Secrets knows"
            )
        self.secret_name = name
        self.store = store
        self.generator = generator
        self.data = dict(data or {})
        self.secret_labels = dict(secret_labels or {})
        self.secret_annotations = dict(secret_annotations or {})
        resource = cdk8s.ApiObject(
            self,
            "Resource",
            api_version=EXTERNAL_SECRETS_API,
            kind="ExternalSecret",
            metadata=self.metadata(labels, annotations),
        )
        spec = external_secret_spec(
            name=name,
            store=store,
            data=self.data,
            generator=(generator.api_version, generator.kind, generator.name)
            if generator is not None
            else None,
            template=template,
            refresh_interval=refresh_interval,
            refresh_policy=refresh_policy,
            secret_labels=self.secret_labels,
            secret_annotations=self.secret_annotations,
        )
        resource.add_json_patch(cdk8s.JsonPatch.add("/spec", spec))


def external_secret_spec(
    *,
    name: str,
    store: str | None,
    data: Mapping[str, str],
    generator: tuple[str, str, str] | None = None,
    template: Mapping[str, str] | None = None,
    refresh_interval: str = "1h",
    refresh_policy: Literal["CreatedOnce", "Periodic", "OnChange"] | None = None,
    secret_labels: Mapping[str, str] | None = None,
    secret_annotations: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The `spec` of an ExternalSecret, the one renderer both `ExternalSecret` (in the cdk8s
    runtime) and `ExternalSecretSet` (outside it) use. `generator` is (apiVersion, kind,
    name) of a generator; the other inputs are those of `ExternalSecret`.

    The Secret is owned by its ExternalSecret (`creationPolicy: Owner`) and deleted with it.
    """
    target: dict[str, Any] = {"name": name, "creationPolicy": "Owner", "deletionPolicy": "Delete"}
    if secret_labels or secret_annotations or template:
        shaped: dict[str, Any] = {"engineVersion": "v2"}
        if secret_labels or secret_annotations:
            metadata: dict[str, Any] = {}
            if secret_annotations:
                metadata["annotations"] = dict(secret_annotations)
            if secret_labels:
                metadata["labels"] = dict(secret_labels)
            shaped["metadata"] = metadata
        if template:
            shaped["data"] = dict(template)
        target["template"] = shaped
    spec: dict[str, Any] = {"refreshInterval": refresh_interval}
    if refresh_policy:
        spec["refreshPolicy"] = refresh_policy
    if store:
        spec["secretStoreRef"] = {"kind": "ClusterSecretStore", "name": store}
    spec["target"] = target
    if data:
        spec["data"] = [
            {"secretKey": secret_key, "remoteRef": {"key": remote_key}}
            for secret_key, remote_key in sorted(data.items())
        ]
    if generator is not None:
        api_version, kind, generator_name = generator
        spec["dataFrom"] = [
            {
                "sourceRef": {
                    "generatorRef": {
                        "apiVersion": api_version,
                        "kind": kind,
                        "name": generator_name,
                    }
                }
            }
        ]
    return spec


class PushSecret(Resource):
    """Defines a PushSecret that writes values made by a generator to a ClusterSecretStore.

    `data` maps each key of the generator's output to the path it is written to in `store`.
    `update_policy` `IfNotExists` writes a path only while it is empty, so the store stays
    the source of truth and a value, once written, is never replaced by a new one
    (External Secrets docs, "Push Secrets"); `Replace` overwrites on every sync. The
    store's value is left in place when the PushSecret is deleted (`deletionPolicy: None`).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: str,
        generator: Resource,
        data: Mapping[str, str],
        update_policy: Literal["IfNotExists", "Replace"] = "IfNotExists",
        refresh_interval: str = "1h",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="external-secrets.io/v1alpha1",
            kind="PushSecret",
        )
        if not data:
            raise ValueError(f"PushSecret {name}: at least one data key is required")
        if namespace != generator.namespace:
            raise ValueError(
                f"PushSecret {name}: the generator {generator.name} must be in namespace "
                f"{namespace}, where the PushSecret is"
            )
        self.store = store
        self.generator = generator
        self.data = dict(data)
        l1.PushSecret(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.PushSecretSpec(
                refresh_interval=refresh_interval,
                update_policy=l1.PushSecretSpecUpdatePolicy[_member(update_policy)],
                deletion_policy=l1.PushSecretSpecDeletionPolicy.NONE,
                secret_store_refs=[
                    l1.PushSecretSpecSecretStoreRefs(
                        kind=l1.PushSecretSpecSecretStoreRefsKind.CLUSTER_SECRET_STORE,
                        name=store,
                    )
                ],
                selector=l1.PushSecretSpecSelector(
                    generator_ref=l1.PushSecretSpecSelectorGeneratorRef(
                        api_version=generator.api_version,
                        kind=l1.PushSecretSpecSelectorGeneratorRefKind[_member(generator.kind)],
                        name=generator.name,
                    )
                ),
                data=[
                    l1.PushSecretSpecData(
                        # The server's default, rendered so Argo CD sees no drift in the item.
                        conversion_strategy=l1.PushSecretSpecDataConversionStrategy.NONE,
                        match=l1.PushSecretSpecDataMatch(
                            secret_key=secret_key,
                            remote_ref=l1.PushSecretSpecDataMatchRemoteRef(remote_key=remote_key),
                        ),
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
        labelled `chart_labels`: the same `external_secret_spec` renders its spec."""
        metadata: dict[str, Any] = {"name": self.name, "namespace": self.namespace}
        if labels := {**chart_labels, **self.labels}:
            metadata["labels"] = labels
        if self.annotations:
            metadata["annotations"] = dict(self.annotations)
        return {
            "apiVersion": EXTERNAL_SECRETS_API,
            "kind": "ExternalSecret",
            "metadata": metadata,
            "spec": external_secret_spec(
                name=self.name,
                store=self.store,
                data=self.data,
                refresh_interval=self.refresh_interval,
                secret_labels=self.secret_labels,
                secret_annotations=self.secret_annotations,
            ),
        }


class ExternalSecretSet(ObjectBatch):
    """Defines many ExternalSecrets as one construct, kept out of the cdk8s runtime.

    Each typed L1 object costs about a millisecond to create through jsii, and passing
    ready-made objects through the runtime as much again (docs/performance.md): at 10,000
    tenant keys that was most of a synth. The entries are typed values rendered in Python
    (`tokenplane.batch.chart_objects` puts them in the chart's output); the
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
