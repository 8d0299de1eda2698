"""Platform invariants: facts about the synthesized objects of one cluster that must hold.

Each check reads plain manifests (never constructs: it judges output, whoever made it) and
yields sentences a reviewer understands, as `invariant` Problems. The expectations also read
the cluster as `tokenplane.resolve` resolved it — what the output must contain (the live keys,
each tenant's limit class and its numbers) — never how a construct builds it.
`tokenplane synth` runs every check before it writes anything; one violation stops it.
"""

from tokenplane.invariants.checks import (
    CHECKS,
    EXPECTATIONS,
    Check,
    Expectation,
    check_cluster,
)
from tokenplane.invariants.index import ObjectIndex

__all__ = ["CHECKS", "Check", "EXPECTATIONS", "Expectation", "ObjectIndex", "check_cluster"]
