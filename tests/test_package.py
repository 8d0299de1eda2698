"""Package-level contracts: the constructs library is not shadowed; exports are pinned."""

from __future__ import annotations

import importlib
import types

import constructs
import pytest

PACKAGES = (
    "charts",
    "config",
    "constructs",
    "invariants",
    "output",
    "plan",
    "resolve",
    "validate",
)
"""Every tokenplane package with a public interface (`__all__`)."""


def test_constructs_library_is_not_shadowed() -> None:
    assert "site-packages" in (constructs.__file__ or "")
    assert constructs.Construct.__module__.startswith("constructs")


@pytest.mark.parametrize("package", PACKAGES)
def test_exports_are_sorted_and_complete(package: str) -> None:
    module = importlib.import_module(f"tokenplane.{package}")
    exported = list(module.__all__)
    assert exported == sorted(exported), module.__name__
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name != "annotations"
    }
    # Every public name is exported, and only those (encode/httpx tests/test_exported_members.py).
    assert set(exported) == public, module.__name__
