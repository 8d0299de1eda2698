"""L2 wrappers of Limitador kinds (`limitador.kuadrant.io/v1alpha1`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.io.kuadrant import limitador as l1
from tokenplane.constructs.l2.resource import Resource


class Limitador(Resource):
    """Defines a Limitador instance whose counters live in Redis.

    `redis_secret` names a Secret in the same namespace whose key `URL` holds the Redis URL.
    With `cached`, Limitador batches counter updates to Redis (`redis-cached`) instead of
    writing every hit through. Named `limitador` in the Kuadrant namespace, it is the
    instance the Kuadrant operator adopts instead of creating its own in-memory one.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        redis_secret: str,
        cached: bool = False,
        name: str = "limitador",
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="limitador.kuadrant.io/v1alpha1",
            kind="Limitador",
        )
        self.redis_secret = redis_secret
        self.cached = cached
        storage = (
            l1.LimitadorSpecStorage(
                redis_cached=l1.LimitadorSpecStorageRedisCached(
                    config_secret_ref=l1.LimitadorSpecStorageRedisCachedConfigSecretRef(
                        name=redis_secret
                    )
                )
            )
            if cached
            else l1.LimitadorSpecStorage(
                redis=l1.LimitadorSpecStorageRedis(
                    config_secret_ref=l1.LimitadorSpecStorageRedisConfigSecretRef(name=redis_secret)
                )
            )
        )
        l1.Limitador(
            self, "Resource", metadata=self.metadata(labels), spec=l1.LimitadorSpec(storage=storage)
        )
