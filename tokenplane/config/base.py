"""The strict base every config class derives from, and the constrained string types ids use."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

DNS_LABEL_PATTERN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
HOSTNAME_PATTERN = r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z0-9]([-a-z0-9]*[a-z0-9])?$"

PATTERN_MEANINGS = {
    DNS_LABEL_PATTERN: "must be a DNS label (lower-case letters, digits and '-', starting and "
    "ending with a letter or digit, at most 63 characters)",
    HOSTNAME_PATTERN: "must be a lower-case, fully qualified DNS name such as api.example.com",
}
"""What each pattern means, in the words config errors use instead of the regular expression."""

DnsLabel = Annotated[str, StringConstraints(pattern=DNS_LABEL_PATTERN, max_length=63)]
"""An RFC 1123 label: lower-case letters, digits and '-', at most 63 characters."""

Hostname = Annotated[str, StringConstraints(pattern=HOSTNAME_PATTERN, max_length=253)]
"""A fully qualified, lower-case DNS name such as `api.example.com`."""


class StrictSpec(BaseModel):
    """Defines the config base: no type coercion, unknown keys refused, values immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
