"""Objects built as plain data on the Python side, kept out of the cdk8s runtime.

Creating one typed L1 object through jsii costs about a millisecond, and handing ready-made
objects to the runtime (a JSON patch) and reading them back (`to_json`) costs about as much
per object again (docs/performance.md). An `ObjectBatch` leaves one placeholder object in
the chart, at its place in construct order; `chart_objects` synthesizes a chart and puts the
batch's objects where its placeholder was.
"""

from __future__ import annotations

from typing import Any

import cdk8s
from constructs import Construct

PLACEHOLDER_API_VERSION = "batch.tokenplane.io/v1"
PLACEHOLDER_KIND = "ObjectBatch"
_PATH_ANNOTATION = "batch.tokenplane.io/path"


class ObjectBatch(Construct):
    """Defines many objects of one chart as one construct; subclasses render them in
    `objects()`, with the chart's labels (`self.chart_labels`) applied as cdk8s would."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.chart_labels: dict[str, str] = dict(cdk8s.Chart.of(self).labels)
        self.path: str = self.node.path
        cdk8s.ApiObject(
            self,
            "Resource",
            api_version=PLACEHOLDER_API_VERSION,
            kind=PLACEHOLDER_KIND,
            metadata={"name": "batch", "annotations": {_PATH_ANNOTATION: self.path}},
        )

    def objects(self) -> list[dict[str, Any]]:
        """The batch's objects, freshly built."""
        raise NotImplementedError


def chart_objects(chart: cdk8s.Chart) -> list[dict[str, Any]]:
    """`chart.to_json()` with every batch's placeholder replaced by the batch's objects."""
    batches = {c.path: c for c in chart.node.find_all() if isinstance(c, ObjectBatch)}
    objects: list[dict[str, Any]] = []
    for manifest in chart.to_json():
        if manifest.get("apiVersion") == PLACEHOLDER_API_VERSION:
            objects.extend(batches[manifest["metadata"]["annotations"][_PATH_ANNOTATION]].objects())
        else:
            objects.append(manifest)
    return objects
