"""Test-only API-key Secrets, derived from the ExternalSecrets our constructs render.

External Secrets Operator does not run in the suite and no secret store exists, so for each
ExternalSecret whose template carries the API-key label this writes the Secret ESO would write:
`target.name` in the ExternalSecret's namespace, with the template's labels and annotations and
one data entry per `spec.data[].secretKey`, holding a key generated now (`secrets.token_urlsafe`).
The values live only in the test process and its throwaway API server; they are never written to
dist/, fixtures or logs.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tokenplane.contracts import names


@dataclass
class Keys:
    """The generated key of each (tenant, key id), and the Secrets that carry them."""

    values: dict[tuple[str, str], str] = field(default_factory=dict)
    secrets: list[dict[str, Any]] = field(default_factory=list)

    def of(self, tenant: str, key: str = "primary") -> str:
        return self.values[(tenant, key)]


def derive(documents: Iterable[Mapping[str, Any]], key_label: str) -> Keys:
    """A Secret per API-key ExternalSecret in `documents` (its template carries `key_label`)."""
    keys = Keys()
    for document in documents:
        if document.get("kind") != "ExternalSecret":
            continue
        target = document["spec"]["target"]
        template = target.get("template", {}).get("metadata", {})
        labels = dict(template.get("labels", {}))
        if labels.get(key_label) != "true":
            continue
        annotations = dict(template.get("annotations", {}))
        value = secrets.token_urlsafe(24)
        tenant = labels[names.TENANT_LABEL]
        keys.values[(tenant, annotations[names.KEY_ID_ANNOTATION])] = value
        keys.secrets.append(
            {
                "apiVersion": "v1",
                "kind": "Secret",
                "metadata": {
                    "name": target["name"],
                    "namespace": document["metadata"]["namespace"],
                    "labels": labels,
                    "annotations": annotations,
                },
                "type": "Opaque",
                "data": {
                    entry["secretKey"]: base64.b64encode(value.encode()).decode()
                    for entry in document["spec"]["data"]
                },
            }
        )
    return keys
