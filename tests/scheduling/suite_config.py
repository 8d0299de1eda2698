"""What the scheduling suite renders: the example config, synthesized by tokenplane itself, and
the headers the gateway sets on a tenant's request after the AuthPolicy admitted it."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

from tokenplane.app import synthesize
from tokenplane.config import load_config
from tokenplane.contracts import headers, names

REPO = Path(__file__).resolve().parents[2]
CLUSTER = "production"
MODEL = "llama-3-1-8b"
"""The example's model every tier may call."""
TODAY = datetime.date(2026, 12, 2)
"""The synth date (only key expiry depends on it; no example key expires near it)."""


def example_config(target: Path) -> Path:
    """A copy of the example `config/` (so a broken variant can edit its own)."""
    shutil.copytree(REPO / "config", target)
    return target


def render(config: Path) -> list[dict[str, Any]]:
    """What `tokenplane synth` writes for the production cluster, as documents."""
    return [dict(d) for d in synthesize(load_config(config), today=TODAY)[CLUSTER]]


def gateway_headers(*, pool: str, scheduling_class: str, tenant: str) -> dict[str, str]:
    """The scheduling headers of an admitted request, as the AuthPolicy's success response
    sets them (tokenplane.contracts.headers): the objective of the caller's scheduling class on
    `pool`, and the tenant id as fairness id, each under its current and its legacy name."""
    objective = names.inference_objective(pool, scheduling_class)
    return {
        headers.OBJECTIVE_HEADER: objective,
        headers.LEGACY_OBJECTIVE_HEADER: objective,
        headers.FAIRNESS_HEADER: tenant,
        headers.LEGACY_FAIRNESS_HEADER: tenant,
    }
