"""The committed dist/ renders every default the API server would add inside a list item.

Argo CD compares list items whole: a field the server defaults inside one (an HTTPRoute
backendRef's group, kind and weight, say) makes the live item differ from the rendered one,
and the application shows OutOfSync forever (argo-cd #22151). Defaults in plain maps are
harmless, since fields only the live object has are not drift, so only list items are checked.
"""

from __future__ import annotations

from typing import Any

from tests.conftest import REPO
from tokenplane.paths import shared_root
from tokenplane.validate import load_documents
from tokenplane.validate.crds import CrdRegistry
from tokenplane.validate.defaults import apply_defaults
from tokenplane.validate.structural import build_node


def _added_in_list_items(rendered: Any, defaulted: Any, path: str, in_item: bool) -> list[str]:
    if isinstance(rendered, dict) and isinstance(defaulted, dict):
        found = [f"{path}.{key}" for key in defaulted.keys() - rendered.keys() if in_item]
        for key in rendered.keys() & defaulted.keys():
            found += _added_in_list_items(rendered[key], defaulted[key], f"{path}.{key}", in_item)
        return found
    if isinstance(rendered, list) and isinstance(defaulted, list):
        return [
            problem
            for index, (item, full) in enumerate(zip(rendered, defaulted, strict=True))
            for problem in _added_in_list_items(item, full, f"{path}[{index}]", True)
        ]
    return []


def test_defaults_inside_list_items_are_rendered() -> None:
    registry = CrdRegistry(shared_root() / "crds")
    missing = []
    for document in load_documents(REPO / "dist"):
        body = document.body
        version = registry.lookup(body["apiVersion"], body["kind"])
        if version is None:
            continue  # a built-in kind: the validator's own tests cover those
        defaulted = apply_defaults(body, build_node(version.schema))
        missing += [
            f"{document.source}: {path}"
            for path in _added_in_list_items(body.get("spec"), defaulted.get("spec"), "spec", False)
        ]
    assert not missing, "render these server defaults explicitly:\n" + "\n".join(missing)
