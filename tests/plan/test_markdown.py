"""The plan's Markdown: sections per cluster, long topics cut short."""

from __future__ import annotations

from collections import Counter

from tokenplane.plan import ClusterPlan, render


def test_render_cuts_a_long_topic_and_counts_the_rest() -> None:
    tenants = [f"`t{i}` moved from tier `pro` to `free`" for i in range(5)]
    plans = [
        ClusterPlan(cluster="production", tenants=tenants, changed=Counter(ExternalSecret=5)),
        ClusterPlan(cluster="staging"),
    ]
    markdown = render(plans, base="`main`", head="`dist`", limit=2)
    assert markdown == (
        "## tokenplane plan\n"
        "\n"
        "From `main` to `dist`.\n"
        "\n"
        "Unchanged: `staging`.\n"
        "\n"
        "### `production`\n"
        "\n"
        "**Tenants**\n"
        "\n"
        "- `t0` moved from tier `pro` to `free`\n"
        "- `t1` moved from tier `pro` to `free`\n"
        "- … and 3 more\n"
        "\n"
        "**Resources**: 0 added, 5 changed, 0 removed\n"
        "\n"
        "| Kind | Added | Changed | Removed |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| ExternalSecret | 0 | 5 | 0 |\n"
    )


def test_render_names_an_added_cluster() -> None:
    plans = [ClusterPlan(cluster="edge", status="added", added=Counter(Gateway=1))]
    assert "### `edge` (added)\n" in render(plans, base="`main`", head="`dist`")
