"""Key expiry in a plan: keys withdrawn because they expired, and keys that expire soon.

Read from the rendered credential objects (ExternalSecrets labelled with the tenant, their
Secret template annotated with the key id and `expires` date; see tokenplane/names.py), so it
judges output whoever made it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tokenplane.contracts import names
from tokenplane.plan.load import Tree


@dataclass(frozen=True, order=True)
class KeyExpiry:
    """Defines one rendered key with an expiry date, in one cluster."""

    expires: datetime.date
    cluster: str
    tenant: str
    key: str


@dataclass(frozen=True)
class Expiry:
    """Defines the expiry facts of a plan: withdrawn expired keys and soon-expiring ones."""

    withdrawn: tuple[KeyExpiry, ...]
    soon: tuple[KeyExpiry, ...]


def keys_with_expiry(tree: Tree) -> set[KeyExpiry]:
    """Every rendered key of `tree` that has an `expires` annotation."""
    found: set[KeyExpiry] = set()
    for cluster, documents in tree.clusters.items():
        for document in documents:
            body: Mapping[str, Any] = document.body
            metadata = body.get("metadata")
            labels = metadata.get("labels") if isinstance(metadata, Mapping) else None
            tenant = labels.get(names.TENANT_LABEL) if isinstance(labels, Mapping) else None
            annotations = _template_annotations(body)
            expires = annotations.get(names.EXPIRES_ANNOTATION)
            key = annotations.get(names.KEY_ID_ANNOTATION)
            if not (isinstance(tenant, str) and isinstance(key, str) and isinstance(expires, str)):
                continue
            try:
                date = datetime.date.fromisoformat(expires)
            except ValueError:
                continue
            found.add(KeyExpiry(date, cluster, tenant, key))
    return found


def _template_annotations(body: Mapping[str, Any]) -> Mapping[str, Any]:
    current: Any = body
    for part in ("spec", "target", "template", "metadata", "annotations"):
        current = current.get(part) if isinstance(current, Mapping) else None
    return current if isinstance(current, Mapping) else {}


def expiry(base: Tree, head: Tree, today: datetime.date, days: int) -> Expiry:
    """Keys of `base` gone from `head` whose date has passed, and keys of `head` that expire
    within `days` days of `today` (inclusive)."""
    before, after = keys_with_expiry(base), keys_with_expiry(head)
    withdrawn = tuple(sorted(k for k in before - after if k.expires < today))
    try:
        horizon = today + datetime.timedelta(days=days)
    except OverflowError:
        horizon = datetime.date.max
    soon = tuple(sorted(k for k in after if today <= k.expires <= horizon))
    return Expiry(withdrawn=withdrawn, soon=soon)


def render_expiry(facts: Expiry, days: int) -> str:
    """The Markdown section of the plan about expiry; empty when there is nothing to say."""
    lines: list[str] = []
    if facts.withdrawn:
        lines += ["### Expired keys withdrawn", ""]
        lines += [
            f"- `{k.cluster}`: tenant `{k.tenant}` key `{k.key}` expired on {k.expires.isoformat()}"
            for k in facts.withdrawn
        ]
        lines.append("")
    if facts.soon:
        lines += [f"### Keys expiring within {days} days", ""]
        lines += [
            f"- `{k.cluster}`: tenant `{k.tenant}` key `{k.key}` expires on {k.expires.isoformat()}"
            for k in facts.soon
        ]
        lines.append("")
    return "\n".join(lines)
