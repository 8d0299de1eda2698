"""`tokenplane plan`: a semantic diff between two dist/ trees (a Git ref's and the working
tree's), as Markdown for a pull-request comment. It compares documents; it never writes dist/."""

from tokenplane.plan.diff import ClusterPlan, plan
from tokenplane.plan.load import PlanError, Tree, load_ref, load_tree, merge_base
from tokenplane.plan.markdown import render

__all__ = [
    "ClusterPlan",
    "PlanError",
    "Tree",
    "load_ref",
    "load_tree",
    "merge_base",
    "plan",
    "render",
]
