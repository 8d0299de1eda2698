"""L2 wrappers of External Secrets generator kinds (`generators.external-secrets.io`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Construct

from imports.io.external_secrets import generators as l1
from tokenplane.constructs.l2.resource import Resource

MIN_PASSWORD_LENGTH = 16
"""Shortest password a Password generator may make here."""


class Password(Resource):
    """Defines a Password generator: each sync of an ExternalSecret or PushSecret that refers
    to it yields new random values, one per key of `secret_keys`.

    Letters and digits only (`symbols` 0, no symbol characters), so a value can be put in an
    HTTP header or a Redis URL unescaped. `digits` is how many of the `length` characters
    are digits; repeated characters are allowed, which keeps long values cheap to make.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        length: int = 48,
        digits: int = 12,
        secret_keys: Sequence[str] = ("password",),
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version="generators.external-secrets.io/v1alpha1",
            kind="Password",
        )
        if length < MIN_PASSWORD_LENGTH:
            raise ValueError(
                f"Password {name}: length {length} is shorter than {MIN_PASSWORD_LENGTH}"
            )
        if not 0 <= digits <= length:
            raise ValueError(f"Password {name}: digits must be between 0 and the length")
        if not secret_keys:
            raise ValueError(f"Password {name}: at least one secret key is required")
        self.length = length
        self.secret_keys = tuple(secret_keys)
        l1.Password(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.PasswordSpec(
                length=length,
                digits=digits,
                symbols=0,
                no_upper=False,
                allow_repeat=True,
                secret_keys=list(self.secret_keys),
            ),
        )
