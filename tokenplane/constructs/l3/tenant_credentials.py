"""L3: one tenant's API keys, as ExternalSecret references; no key value enters Git."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct

from tokenplane.config import CredentialsSpec, KeySpec, TenantSpec
from tokenplane.constructs.l2.core import Namespace
from tokenplane.constructs.l2.external_secrets import (
    ExternalSecretEntry,
    ExternalSecretSet,
    PushSecret,
)
from tokenplane.constructs.l2.secret_generators import Password
from tokenplane.contracts import names

API_KEY_FIELD = "api_key"
"""The data key Authorino reads a key from; fixed upstream (Kuadrant/authorino #360)."""


class TenantCredentials(Construct):
    """Defines one ExternalSecret per live key (`keys`: tenant id → its live keys).

    Each reads the key's value from the ClusterSecretStore at the configured path and writes
    a Secret in the auth namespace whose labels are `key_selector` (what the AuthPolicy
    selects) and whose annotations carry the tier, the tenant id and the limit class the
    AuthPolicy publishes (`limit_classes`: tenant id → class id), and the scheduling class
    whose InferenceObjective it names (`scheduling_classes`: tenant id → class id). The
    tenant label puts them in `dist/<cluster>/tenants/<id>/`, so a tier change or a rotation
    changes only that tenant's files. Which keys are live (not expired, tenant not suspended)
    is decided when the cluster is resolved, never read from the clock here.
    All keys of all tenants are one `ExternalSecretSet`: one call into the cdk8s runtime,
    however many tenants there are.

    A key with `mint` also gets a PushSecret that writes a value from `generator` to the
    key's store path while the path is empty (`IfNotExists`), so the value is made once, in
    the cluster, and the ExternalSecret reads it like any other key. Default: no generator,
    and a key with `mint` is refused.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        tenants: Mapping[str, TenantSpec],
        keys: Mapping[str, Sequence[KeySpec]],
        limit_classes: Mapping[str, str],
        scheduling_classes: Mapping[str, str],
        credentials: CredentialsSpec,
        key_selector: Mapping[str, str],
        namespace: Namespace,
        generator: Password | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.secrets: dict[str, list[ExternalSecretEntry]] = {
            tenant_id: [
                _entry(
                    tenant_id,
                    tenant,
                    key,
                    limit_classes[tenant_id],
                    scheduling_classes[tenant_id],
                    credentials,
                    key_selector,
                    namespace,
                )
                for key in keys.get(tenant_id, ())
            ]
            for tenant_id, tenant in sorted(tenants.items())
        }
        self.set = ExternalSecretSet(
            self,
            "secrets",
            entries=[entry for entries in self.secrets.values() for entry in entries],
        )
        self.pushes: list[PushSecret] = []
        for tenant_id in sorted(tenants):
            for key in keys.get(tenant_id, ()):
                if not key.mint:
                    continue
                if generator is None:
                    raise ValueError(
                        f"tenant {tenant_id} key {key.id}: minting needs a Password generator"
                    )
                self.pushes.append(
                    PushSecret(
                        self,
                        f"{tenant_id}-{key.id}-mint",
                        name=names.api_key_push(tenant_id, key.id),
                        namespace=namespace.name,
                        store=credentials.store,
                        generator=generator,
                        data={
                            generator.secret_keys[0]: credentials.remote_key.format(
                                tenant=tenant_id, key=key.id
                            )
                        },
                        update_policy="IfNotExists",
                        refresh_interval=credentials.refresh_interval,
                        labels={
                            **names.component("tenant-credentials"),
                            **names.tenant_labels(tenant_id),
                        },
                    )
                )


def _entry(
    tenant_id: str,
    tenant: TenantSpec,
    key: KeySpec,
    limit_class: str,
    scheduling_class: str,
    credentials: CredentialsSpec,
    key_selector: Mapping[str, str],
    namespace: Namespace,
) -> ExternalSecretEntry:
    annotations = {
        credentials.tier_annotation: tenant.tier,
        credentials.tenant_annotation: tenant_id,
        names.LIMITS_ANNOTATION: limit_class,
        names.SCHEDULING_ANNOTATION: scheduling_class,
        names.KEY_ID_ANNOTATION: key.id,
    }
    if key.expires is not None:
        annotations[names.EXPIRES_ANNOTATION] = key.expires.isoformat()
        annotations[names.EXPIRES_AT_ANNOTATION] = names.expires_at(key.expires)
    return ExternalSecretEntry(
        name=names.api_key_secret(tenant_id, key.id),
        namespace=namespace.name,
        store=credentials.store,
        data={API_KEY_FIELD: credentials.remote_key.format(tenant=tenant_id, key=key.id)},
        refresh_interval=credentials.refresh_interval,
        secret_labels={**key_selector, **names.tenant_labels(tenant_id)},
        secret_annotations=annotations,
        labels={**names.component("tenant-credentials"), **names.tenant_labels(tenant_id)},
    )
