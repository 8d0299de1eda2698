"""The plan as Markdown, fit for a pull-request comment."""

from __future__ import annotations

from collections.abc import Sequence

from tokenplane.plan.diff import ClusterPlan

TOPICS: tuple[tuple[str, str], ...] = (
    ("tenants", "Tenants"),
    ("limits", "Limits and budgets"),
    ("models", "Models"),
    ("access", "Model access"),
    ("priorities", "Scheduling priority"),
)

MAX_SENTENCES = 100
"""Sentences shown per topic and cluster; the rest are counted. A pull-request comment is
limited (65,536 characters on GitHub), and a bulk change of thousands of tenants would pass it."""


def render(
    plans: Sequence[ClusterPlan], *, base: str, head: str, limit: int = MAX_SENTENCES
) -> str:
    """The Markdown of a plan from `base` to `head` (labels of the two sides), at most `limit`
    sentences per topic and cluster."""
    lines = ["## tokenplane plan", "", f"From {base} to {head}.", ""]
    changed = [p for p in plans if p.has_changes]
    if not changed:
        lines += ["No changes.", ""]
        return "\n".join(lines)
    unchanged = [p.cluster for p in plans if not p.has_changes]
    if unchanged:
        lines += [f"Unchanged: {', '.join(f'`{c}`' for c in unchanged)}.", ""]
    for cluster in changed:
        title = f"### `{cluster.cluster}`" + (f" ({cluster.status})" if cluster.status else "")
        lines += [title, ""]
        for attribute, heading in TOPICS:
            sentences: list[str] = getattr(cluster, attribute)
            if sentences:
                lines += [f"**{heading}**", ""]
                lines += [f"- {sentence}" for sentence in sentences[:limit]]
                if len(sentences) > limit:
                    lines.append(f"- … and {len(sentences) - limit} more")
                lines.append("")
        lines += _counts(cluster)
    return "\n".join(lines)


def _counts(cluster: ClusterPlan) -> list[str]:
    kinds = sorted({*cluster.added, *cluster.changed, *cluster.removed})
    total = (
        sum(cluster.added.values()),
        sum(cluster.changed.values()),
        sum(cluster.removed.values()),
    )
    lines = [
        f"**Resources**: {total[0]} added, {total[1]} changed, {total[2]} removed",
        "",
        "| Kind | Added | Changed | Removed |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind in kinds:
        counts = (cluster.added[kind], cluster.changed[kind], cluster.removed[kind])
        lines.append(f"| {kind} | {' | '.join(str(c) for c in counts)} |")
    lines.append("")
    return lines
