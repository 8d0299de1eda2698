"""The configs the conformance suite renders: the example config plus test tenants, a
17-model config, and deliberately broken variants.

Each is the example `config/` copied and edited, then synthesized by tokenplane itself, so what is
applied is exactly what `tokenplane synth` would write to dist/ for that config.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import yaml

from tokenplane.app import synthesize
from tokenplane.config import load_config
from tokenplane.resolve.cluster import resolve
from tokenplane.resolve.limit_classes import LimitClass

REPO = Path(__file__).resolve().parents[2]
CLUSTER = "production"

EXTRA_TENANTS = {
    # A second active tenant on every tier, so one tenant's spent budget can be seen not to touch
    # another's; `minted` is a key added to a tenant (as a rotation begins).
    "free-two": {"tier": "free", "display_name": "Free Two", "keys": [{"id": "primary"}]},
    "pro-two": {"tier": "pro", "display_name": "Pro Two", "keys": [{"id": "primary"}]},
    "pro-three": {
        "tier": "pro",
        "display_name": "Pro Three",
        "keys": [{"id": "primary"}, {"id": "minted"}],
    },
    "daily": {"tier": "metered", "display_name": "Daily Budget", "keys": [{"id": "primary"}]},
    # Callers of the scheduling-header check, which no budget check spends: one per tier, and
    # one with its own priority (the class globex has too).
    "sched-free": {"tier": "free", "display_name": "Sched Free", "keys": [{"id": "primary"}]},
    "sched-pro": {"tier": "pro", "display_name": "Sched Pro", "keys": [{"id": "primary"}]},
    "sched-own": {
        "tier": "pro",
        "display_name": "Sched Own",
        "keys": [{"id": "primary"}],
        "priority": 15,
    },
    "sched-enterprise": {
        "tier": "enterprise",
        "display_name": "Sched Enterprise",
        "keys": [{"id": "primary"}],
    },
}
METERED_TIER = {
    # Equal per-minute and per-day token budgets (the loader refuses a minute budget above the
    # day's), so one response reaches the daily budget within the first minute.
    "description": "Test tier: a small daily token budget.",
    "requests": {"per_minute": 1000, "per_day": 100000},
    "tokens": {"per_minute": 3000, "per_day": 3000},
    "models": ["llama-3-1-8b"],
}


class _NoAliases(yaml.SafeDumper):
    """Writes shared values out in full: tokenplane's loader refuses YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_config(data: Any) -> str:
    """YAML of an edited config document, without anchors or aliases, keys in their order."""
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False)


def _edit_yaml(path: Path, edit: Any) -> None:
    data = yaml.safe_load(path.read_text())
    edit(data)
    path.write_text(dump_config(data))


def conformance_config(target: Path, *, today: datetime.date) -> Path:
    """The example config plus the test tenants, and a key that expired yesterday."""
    shutil.copytree(REPO / "config", target)

    def tenants(data: dict[str, Any]) -> None:
        data["tenants"].update(EXTRA_TENANTS)
        data["tenants"]["expiring"] = {
            "tier": "free",
            "display_name": "Expiring",
            "keys": [{"id": "old", "expires": today - datetime.timedelta(days=1)}],
        }

    _edit_yaml(target / "tenants.yaml", tenants)
    _edit_yaml(target / "tiers.yaml", lambda d: d["tiers"].__setitem__("metered", METERED_TIER))
    return target


def render(config: Path, *, today: datetime.date) -> list[dict[str, Any]]:
    """What `tokenplane synth` writes for the production cluster, as documents."""
    return [dict(d) for d in synthesize(load_config(config), today=today)[CLUSTER]]


def limit_classes(config: Path, *, today: datetime.date) -> dict[str, LimitClass]:
    """The limit classes the config means for the production cluster (tiers and overrides)."""
    return dict(resolve(load_config(config), today=today)[CLUSTER].limit_classes)


def with_fail_closed(config: Path, target: Path) -> Path:
    """A copy of `config` whose platform.yaml sets `rate_limiting.fail_closed: true`."""
    shutil.copytree(config, target)
    _edit_yaml(
        target / "platform.yaml", lambda d: d.__setitem__("rate_limiting", {"fail_closed": True})
    )
    return target


SHARD_MODELS = 15
"""Models added to the example's two, so that the model routes spill into a second
AIGatewayRoute (at most 15 rules each)."""


def many_models_config(target: Path, *, today: datetime.date) -> Path:
    """The conformance config with 17 models (two AIGatewayRoute shards) plus the audio routes;
    the free tier may call the first and the last model."""
    conformance_config(target, today=today)
    added = [f"extra-{index:02d}" for index in range(1, SHARD_MODELS + 1)]

    def models(data: dict[str, Any]) -> None:
        template = data["models"]["nemotron-vl-12b"]
        for model_id in added:
            data["models"][model_id] = {**template, "served_name": f"tokenplane-test/{model_id}"}

    _edit_yaml(target / "models.yaml", models)
    _edit_yaml(
        target / "tiers.yaml",
        lambda d: d["tiers"]["free"]["models"].append(added[-1]),
    )
    return target
