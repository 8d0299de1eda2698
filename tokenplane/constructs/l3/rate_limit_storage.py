"""L3: Limitador with its counters in Redis, so limits survive restarts and hold across
replicas."""

from __future__ import annotations

from constructs import Construct

from tokenplane.config import CredentialsSpec, InClusterRedisSpec, StorageSpec
from tokenplane.constructs.l2.apps import StatefulSet, VolumeClaim
from tokenplane.constructs.l2.core import (
    Container,
    FromSecret,
    Mount,
    Namespace,
    Pod,
    Port,
    Probe,
    Resources,
    Service,
    ServicePort,
    TcpSocket,
)
from tokenplane.constructs.l2.external_secrets import ExternalSecret
from tokenplane.constructs.l2.limitador import Limitador
from tokenplane.constructs.l2.secret_generators import Password
from tokenplane.contracts import names

REDIS_PORT = 6379
REDIS_UID = 999
"""The `redis` user of the official image."""
PASSWORD_FIELD = "password"
"""Key of the Redis password in the Secret (and in the generator's output)."""
URL_FIELD = "URL"
"""Key of the Redis URL in the Secret; fixed by Limitador's `configSecretRef`."""


class RateLimitStorage(Construct):
    """Defines the Limitador CR the Kuadrant operator adopts, backed by Redis, and the Secret
    `limitador-redis` (key `URL`) it reads the Redis URL from, written by External Secrets so
    no password enters Git.

    `kind: redis`: the URL is read from the credentials store. `kind: redis-in-cluster`: a
    Redis StatefulSet and Service `limitador-redis` are rendered as well; the Secret gets the
    password (key `password`, which Redis reads as `--requirepass`) and a URL templated from
    it. The password is minted once by a Password generator (`refreshPolicy: CreatedOnce`)
    unless `password_key` names its path in the store.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        storage: StorageSpec,
        credentials: CredentialsSpec,
        namespace: Namespace,
    ) -> None:
        super().__init__(scope, id)
        labels = names.component("rate-limit-storage")
        self.redis: StatefulSet | None = None
        self.service: Service | None = None
        self.password: Password | None = None
        if isinstance(storage, InClusterRedisSpec):
            self.redis_url = self._in_cluster(storage, credentials, namespace)
        else:
            self.redis_url = ExternalSecret(
                self,
                "redis-url",
                name=names.limitador_redis_secret(),
                namespace=namespace.name,
                store=credentials.store,
                data={URL_FIELD: storage.url_key},
                refresh_interval=credentials.refresh_interval,
                labels=labels,
            )
        self.limitador = Limitador(
            self,
            "limitador",
            name=names.LIMITADOR,
            namespace=namespace.name,
            redis_secret=self.redis_url.name,
            cached=storage.cached,
            labels=labels,
        )

    def _in_cluster(
        self, storage: InClusterRedisSpec, credentials: CredentialsSpec, namespace: Namespace
    ) -> ExternalSecret:
        labels = names.component("rate-limit-storage")
        secret = names.limitador_redis_secret()
        template = {
            PASSWORD_FIELD: "{{ .password }}",
            URL_FIELD: f"redis://:{{{{ .password }}}}@{names.LIMITADOR_REDIS}:{REDIS_PORT}",
        }
        if storage.password_key is None:
            self.password = Password(
                self,
                "password",
                name=names.LIMITADOR_REDIS_PASSWORD,
                namespace=namespace.name,
                secret_keys=[PASSWORD_FIELD],
                labels=labels,
            )
            url = ExternalSecret(
                self,
                "redis-url",
                name=secret,
                namespace=namespace.name,
                generator=self.password,
                template=template,
                refresh_interval="0s",
                refresh_policy="CreatedOnce",
                labels=labels,
            )
        else:
            url = ExternalSecret(
                self,
                "redis-url",
                name=secret,
                namespace=namespace.name,
                store=credentials.store,
                data={PASSWORD_FIELD: storage.password_key},
                template=template,
                refresh_interval=credentials.refresh_interval,
                labels=labels,
            )
        pod_labels = {**labels, "app.kubernetes.io/name": names.LIMITADOR_REDIS}
        self.service = Service(
            self,
            "service",
            name=names.LIMITADOR_REDIS,
            namespace=namespace.name,
            selector=pod_labels,
            ports=[ServicePort(name="redis", port=REDIS_PORT)],
            labels=labels,
        )
        self.redis = StatefulSet(
            self,
            "redis",
            name=names.LIMITADOR_REDIS,
            namespace=namespace.name,
            service=self.service.name,
            selector=pod_labels,
            pod_labels=pod_labels,
            pod=_redis_pod(storage.image, secret),
            claims=[
                VolumeClaim(
                    name="data", size=storage.storage_size, storage_class=storage.storage_class
                )
            ],
            labels=labels,
        )
        return url


def _redis_pod(image: str, secret: str) -> Pod:
    """One Redis with an append-only file in /data and a password from `secret`."""
    probe = Probe(TcpSocket(REDIS_PORT), period_seconds=10, failure_threshold=3)
    container = Container(
        name="redis",
        image=image,
        command=["redis-server"],
        # Kubernetes expands $(REDIS_PASSWORD) from the env below; no shell involved.
        args=["--appendonly", "yes", "--dir", "/data", "--requirepass", "$(REDIS_PASSWORD)"],
        env={"REDIS_PASSWORD": FromSecret(secret, PASSWORD_FIELD)},
        ports=[Port("redis", REDIS_PORT)],
        readiness_probe=probe,
        liveness_probe=probe,
        resources=Resources(requests={"cpu": "100m", "memory": "256Mi"}, limits={"memory": "1Gi"}),
        mounts=[Mount("data", "/data")],
        scratch={},  # Redis writes only its --dir, /data
    )
    return Pod(
        containers=[container], run_as_user=REDIS_UID, run_as_group=REDIS_UID, fs_group=REDIS_UID
    )
