"""L3: the Hugging Face token Secrets the vLLM servers read, written by External Secrets."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from tokenplane.config import ModelSpec
from tokenplane.constructs.l2.core import Namespace
from tokenplane.constructs.l2.external_secrets import ExternalSecret
from tokenplane.contracts import names


class HuggingFaceTokens(Construct):
    """Defines one ExternalSecret per Secret that models' `hf_token` references fill from the
    store (`hf_token.remote_key`), in the models namespace.

    Models that share a Secret share its ExternalSecret, one data key per referenced key.
    References without `remote_key` are left alone: their Secret comes from elsewhere. Two
    references to the same Secret key with different store paths are refused.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        models: Mapping[str, ModelSpec],
        store: str,
        namespace: Namespace,
        refresh_interval: str,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        by_secret: dict[str, dict[str, str]] = {}
        for model_id, model in sorted(models.items()):
            token = model.hf_token
            if token is None or token.remote_key is None:
                continue
            data = by_secret.setdefault(token.name, {})
            other = data.setdefault(token.key, token.remote_key)
            if other != token.remote_key:
                raise ValueError(
                    f"model {model_id}: Secret {token.name} key {token.key} is filled from "
                    f"{other!r} by another model, not {token.remote_key!r}"
                )
        self.secrets = [
            ExternalSecret(
                self,
                secret,
                name=names.hf_token_secret(secret),
                namespace=namespace.name,
                store=store,
                data=data,
                refresh_interval=refresh_interval,
                labels=labels,
            )
            for secret, data in sorted(by_secret.items())
        ]
