"""Platform invariants: facts about the synthesized objects of one cluster that must hold.

Each check reads plain manifests (never constructs: it judges output, whoever made it) and
yields sentences a reviewer understands. `tokenplane synth` runs every check before it
writes anything; one violation stops it.
"""

from tokenplane.invariants.checks import CHECKS, Check, Violation, check_cluster
from tokenplane.invariants.index import ObjectIndex

__all__ = ["CHECKS", "Check", "ObjectIndex", "Violation", "check_cluster"]
