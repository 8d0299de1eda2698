"""Limit windows, limit names and limit-class ids.

A RateLimitPolicy or TokenRateLimitPolicy limit is named `<class>-<measure>-<window>`
(`free-requests-per-minute`); `plan` reads the class, measure and window back from the name
with `parse_limit_name`, which knows the same `MEASURES` and `WINDOWS` that `limit_name`
writes, so a new window cannot silently vanish from a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Measure = Literal["requests", "tokens"]
MEASURES: tuple[Measure, ...] = ("requests", "tokens")
"""What a limit counts: requests (RateLimitPolicy) or tokens (TokenRateLimitPolicy)."""


@dataclass(frozen=True)
class Window:
    """Defines one limit window: the limit-name suffix, the Kuadrant window, the field of
    `RequestLimitsSpec` / `TokenLimitsSpec` holding its number, and the Envoy Gateway rate-limit
    unit of the same length (its windows are fixed, aligned to the unit)."""

    suffix: str
    duration: str
    field: Literal["per_minute", "per_day"]
    unit: Literal["Minute", "Day"]


WINDOWS: tuple[Window, ...] = (
    Window("per-minute", "1m", "per_minute", "Minute"),
    Window("per-day", "24h", "per_day", "Day"),
)
"""Each limit window. One rate per limit, so Limitador #513 (a restrictive rate shadowed by
another on the same limit) cannot arise."""

CUSTOM_LIMITS_PREFIX = "custom-"
"""Limit classes made from tenants' own limits start with this; tier ids must not."""


@dataclass(frozen=True)
class LimitName:
    """Defines what a limit's name says: its limit class, what it counts and its window."""

    limit_class: str
    measure: Measure
    window: Window

    def __str__(self) -> str:
        return limit_name(self.limit_class, self.measure, self.window)


def limit_name(limit_class: str, measure: Measure, window: Window) -> str:
    """The name of one limit of a limit class: `<class>-<measure>-<window suffix>`."""
    return f"{limit_class}-{measure}-{window.suffix}"


def parse_limit_name(name: str) -> LimitName | None:
    """What `limit_name` wrote, or None for a name it cannot have written."""
    for measure in MEASURES:
        for window in WINDOWS:
            suffix = f"-{measure}-{window.suffix}"
            if name.endswith(suffix) and len(name) > len(suffix):
                return LimitName(name[: -len(suffix)], measure, window)
    return None


def custom_class(
    requests_per_minute: int, requests_per_day: int, tokens_per_minute: int, tokens_per_day: int
) -> str:
    """The limit class of tenants whose own limits differ from their tier's: named after the
    numbers, so tenants with the same override share one class."""
    return (
        f"{CUSTOM_LIMITS_PREFIX}r{requests_per_minute}-{requests_per_day}"
        f"-t{tokens_per_minute}-{tokens_per_day}"
    )


def is_custom_class(limit_class: str) -> bool:
    """Whether a limit class was made from tenants' own limits (not a tier's)."""
    return limit_class.startswith(CUSTOM_LIMITS_PREFIX)
