"""L3: the Redis that Envoy Gateway's rate-limit service keeps every budget's counters in, so
budgets survive restarts and hold across replicas."""

from __future__ import annotations

from constructs import Construct

from tokenplane.config import CredentialsSpec, InClusterRedisSpec, StorageSpec
from tokenplane.constructs.l2.apps import StatefulSet, VolumeClaim
from tokenplane.constructs.l2.core import (
    Container,
    FromSecret,
    Mount,
    Pod,
    Port,
    Probe,
    Resources,
    Service,
    ServicePort,
    TcpSocket,
)
from tokenplane.constructs.l2.external_secrets import ExternalSecret
from tokenplane.constructs.l2.secret_generators import Password
from tokenplane.contracts import names

REDIS_PORT = 6379
REDIS_UID = 999
"""The `redis` user of the official image."""
PASSWORD_FIELD = "password"
"""Key of the Redis password in the Secret (and in the generator's output)."""
URL_FIELD = names.RATE_LIMIT_URL_KEY
"""Key of the Redis URL in the Secret, which Envoy Gateway's `redis.urlRef` names."""


class RateLimitStorage(Construct):
    """Defines the Secret `ratelimit-redis` (key `URL`) that Envoy Gateway's rate-limit service
    reads the Redis URL from (`rateLimit.backend.redis.urlRef`), written by External Secrets
    so no password enters Git, in `namespace`: Envoy Gateway's own, where its rate-limit
    Deployment runs and the reference must resolve.

    `kind: redis`: the URL is read from the credentials store. `kind: redis-in-cluster`: a
    Redis StatefulSet and Service `ratelimit-redis` are rendered in the same namespace; the
    Secret gets the password (key `password`, which Redis reads as `--requirepass`) and a URL
    templated from it. The password is minted once by a Password generator
    (`refreshPolicy: CreatedOnce`) unless `password_key` names its path in the store.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        storage: StorageSpec,
        credentials: CredentialsSpec,
        namespace: str,
    ) -> None:
        super().__init__(scope, id)
        labels = names.component("rate-limit-storage")
        self.namespace = namespace
        self.redis: StatefulSet | None = None
        self.service: Service | None = None
        self.password: Password | None = None
        if isinstance(storage, InClusterRedisSpec):
            self.redis_url = self._in_cluster(storage, credentials, namespace)
        else:
            self.redis_url = ExternalSecret(
                self,
                "redis-url",
                name=names.rate_limit_redis_secret(),
                namespace=namespace,
                store=credentials.store,
                data={URL_FIELD: storage.url_key},
                refresh_interval=credentials.refresh_interval,
                labels=labels,
            )

    def _in_cluster(
        self, storage: InClusterRedisSpec, credentials: CredentialsSpec, namespace: str
    ) -> ExternalSecret:
        labels = names.component("rate-limit-storage")
        secret = names.rate_limit_redis_secret()
        template = {
            PASSWORD_FIELD: "{{ .password }}",
            URL_FIELD: f"redis://:{{{{ .password }}}}@{names.RATE_LIMIT_REDIS}:{REDIS_PORT}",
        }
        if storage.password_key is None:
            self.password = Password(
                self,
                "password",
                name=names.RATE_LIMIT_REDIS_PASSWORD,
                namespace=namespace,
                secret_keys=[PASSWORD_FIELD],
                labels=labels,
            )
            url = ExternalSecret(
                self,
                "redis-url",
                name=secret,
                namespace=namespace,
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
                namespace=namespace,
                store=credentials.store,
                data={PASSWORD_FIELD: storage.password_key},
                template=template,
                refresh_interval=credentials.refresh_interval,
                labels=labels,
            )
        pod_labels = {**labels, "app.kubernetes.io/name": names.RATE_LIMIT_REDIS}
        self.service = Service(
            self,
            "service",
            name=names.RATE_LIMIT_REDIS,
            namespace=namespace,
            selector=pod_labels,
            ports=[ServicePort(name="redis", port=REDIS_PORT)],
            labels=labels,
        )
        self.redis = StatefulSet(
            self,
            "redis",
            name=names.RATE_LIMIT_REDIS,
            namespace=namespace,
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
