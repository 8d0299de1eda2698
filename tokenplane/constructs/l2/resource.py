"""The base of every L2 wrapper: one Kubernetes object, its L1 child kept as `Resource`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import cdk8s
from constructs import Construct


@dataclass(frozen=True)
class TargetRef:
    """Defines a Gateway API policy target: the group, kind and name of one object."""

    group: str
    kind: str
    name: str
    section_name: str | None = None

    def to_json(self) -> dict[str, str]:
        """The reference as the policy CRDs spell it."""
        ref = {"group": self.group, "kind": self.kind, "name": self.name}
        if self.section_name:
            ref["sectionName"] = self.section_name
        return ref


class Resource(Construct):
    """Defines one Kubernetes object; subclasses create its L1 object with id `Resource`.

    The name, namespace, kind and API version are kept on the Python side, so reading them
    costs no call into the cdk8s runtime.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str | None,
        api_version: str,
        kind: str,
    ) -> None:
        super().__init__(scope, id)
        self.name = name
        self.namespace = namespace
        self.api_version = api_version
        self.kind = kind

    @property
    def api_object(self) -> cdk8s.ApiObject:
        """The L1 object, for escape hatches such as `add_json_patch`."""
        return cdk8s.ApiObject.of(self.node.find_child("Resource"))

    @property
    def group(self) -> str:
        """The API group, empty for the core group."""
        return self.api_version.rpartition("/")[0]

    def target_ref(self, section_name: str | None = None) -> TargetRef:
        """A policy target reference to this object (or to one of its sections)."""
        return TargetRef(self.group, self.kind, self.name, section_name)

    def metadata(
        self, labels: Mapping[str, str] | None = None, annotations: Mapping[str, str] | None = None
    ) -> dict[str, object]:
        """Metadata for the L1 object: this object's name and namespace, `labels`, `annotations`.

        A plain mapping, which both cdk8s's ApiObjectMetadata and the k8s ObjectMeta accept.
        """
        metadata: dict[str, object] = {"name": self.name}
        if self.namespace:
            metadata["namespace"] = self.namespace
        if labels:
            metadata["labels"] = dict(labels)
        if annotations:
            metadata["annotations"] = dict(annotations)
        return metadata
