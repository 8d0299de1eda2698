"""L3: Limitador with its counters in Redis, so limits survive restarts and hold across
replicas."""

from __future__ import annotations

from constructs import Construct

from tokenplane import names
from tokenplane.config import CredentialsSpec, RateLimitStorageSpec
from tokenplane.constructs.core import Namespace
from tokenplane.constructs.external_secrets import ExternalSecret
from tokenplane.constructs.limitador import Limitador


class RateLimitStorage(Construct):
    """Defines the Limitador CR the Kuadrant operator adopts, backed by Redis, and the
    ExternalSecret that writes the Redis URL (key `URL`, password included) from the
    credentials store, so the URL never enters Git."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        storage: RateLimitStorageSpec,
        credentials: CredentialsSpec,
        namespace: Namespace,
    ) -> None:
        super().__init__(scope, id)
        labels = names.component("rate-limit-storage")
        self.redis_url = ExternalSecret(
            self,
            "redis-url",
            name=names.limitador_redis_secret(),
            namespace=namespace.name,
            store=credentials.store,
            data={"URL": storage.url_key},
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
