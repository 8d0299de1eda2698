"""What a budget counts, its windows, and limit-class ids.

The budgets (`contracts/budgets.py`) have one rule per limit class, measure in `MEASURES` and
window in `WINDOWS`; the invariants and `plan` read rules back against the same tuples, so a new
window cannot silently vanish from a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Measure = Literal["requests", "tokens"]
MEASURES: tuple[Measure, ...] = ("requests", "tokens")
"""What a budget counts: requests, or the tokens of each response."""


@dataclass(frozen=True)
class Window:
    """Defines one limit window: the name `plan` and the invariants say it by, the field of
    `RequestLimitsSpec` / `TokenLimitsSpec` holding its number, and the Envoy Gateway rate-limit
    unit of the same length (its windows are fixed, aligned to the unit)."""

    suffix: str
    field: Literal["per_minute", "per_day"]
    unit: Literal["Minute", "Day"]


WINDOWS: tuple[Window, ...] = (
    Window("per-minute", "per_minute", "Minute"),
    Window("per-day", "per_day", "Day"),
)
"""Each limit window, one budget rule each."""

CUSTOM_LIMITS_PREFIX = "custom-"
"""Limit classes made from tenants' own limits start with this; tier ids must not."""


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
