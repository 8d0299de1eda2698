"""The strict base every config class derives from, and the constrained string types ids use."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints
from pydantic_core import PydanticCustomError

from tokenplane.versions import VLLM_IMAGE

DNS_LABEL_PATTERN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
HOSTNAME_PATTERN = r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z0-9]([-a-z0-9]*[a-z0-9])?$"

QUANTITY_PATTERN = r"^[0-9]+(\.[0-9]+)?(m|k|Ki|M|Mi|G|Gi|T|Ti)?$"
CIDR_PATTERN = r"^[0-9]{1,3}(\.[0-9]{1,3}){3}/[0-9]{1,2}$|^[0-9a-fA-F:]+/[0-9]{1,3}$"
ENV_NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_]*$"
ABSOLUTE_PATH_PATTERN = r"^/"
DURATION_PATTERN = r"^([0-9]+(h|m|s))+$"
MOVING_TAGS = ("latest", "stable", "nightly", "edge", "main", "master", "dev", "head")
"""Tags that move to new images: an image with one of them is pinned only by a digest."""
IMAGE_PATTERN = (
    r"^(?:[^\s/]+/)*[^\s/:@]+"
    r"(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(?:@sha256:[0-9a-f]{64})?|@sha256:[0-9a-f]{64})$"
)
REMOTE_KEY_PATTERN = r"^[^{}]*(\{(tenant|key)\}[^{}]*)+$"

PATTERN_MEANINGS = {
    DNS_LABEL_PATTERN: "must be a DNS label (lower-case letters, digits and '-', starting and "
    "ending with a letter or digit, at most 63 characters)",
    HOSTNAME_PATTERN: "must be a lower-case, fully qualified DNS name such as api.example.com",
    QUANTITY_PATTERN: 'must be a Kubernetes quantity such as "4", 500m, 32Gi or 8G '
    "(suffixes m, k, M, G, T, Ki, Mi, Gi, Ti)",
    CIDR_PATTERN: "must be an address range such as 10.0.0.0/16 or fd00::/8",
    ENV_NAME_PATTERN: "must be an environment variable name (letters, digits and '_', "
    "not starting with a digit)",
    ABSOLUTE_PATH_PATTERN: "must be an absolute path starting with '/'",
    DURATION_PATTERN: "must be a duration such as 1h, 30m or 1h30m (units h, m, s)",
    IMAGE_PATTERN: "must be a container image pinned by tag or digest, such as "
    f"{VLLM_IMAGE} or registry.example.com/app@sha256:<64 hex digits>",
    REMOTE_KEY_PATTERN: "must contain {tenant} or {key} (and no other braces), such as "
    "tokenplane/tenants/{tenant}/{key}",
}
"""What each pattern means, in the words config errors use instead of the regular expression."""

DnsLabel = Annotated[str, StringConstraints(pattern=DNS_LABEL_PATTERN, max_length=63)]
"""An RFC 1123 label: lower-case letters, digits and '-', at most 63 characters."""


def _not_an_address(value: str) -> str:
    if value.rsplit(".", 1)[-1].isdigit():
        raise PydanticCustomError(
            "hostname_is_address",
            "must be a DNS name, not an IP address ({value}): the certificate and the "
            "Gateway's listener match names; give the name clients call",
            {"value": value},
        )
    return value


_EXAMPLE_TAG = VLLM_IMAGE.rpartition(":")[2]


def _pinned(value: str) -> str:
    name, at, _ = value.partition("@")
    tag = name.rsplit("/", 1)[-1].partition(":")[2]
    if not at and tag.lower() in MOVING_TAGS:
        raise PydanticCustomError(
            "image_moving_tag",
            "image tag '{tag}' moves to new images, so the output would not pin what runs; "
            f"use a release tag such as {_EXAMPLE_TAG}, or add @sha256:<digest>",
            {"tag": tag},
        )
    return value


Hostname = Annotated[
    str,
    StringConstraints(pattern=HOSTNAME_PATTERN, max_length=253),
    AfterValidator(_not_an_address),
]
"""A fully qualified, lower-case DNS name such as `api.example.com`."""

Image = Annotated[str, StringConstraints(pattern=IMAGE_PATTERN), AfterValidator(_pinned)]
"""A container image pinned by tag or digest: `vllm/vllm-openai:<release>`, `app@sha256:…`."""


class StrictSpec(BaseModel):
    """Defines the config base: no type coercion, unknown keys refused, values immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
