"""Package-level contracts: the constructs library is not shadowed; exports are pinned."""

from __future__ import annotations

import constructs

import tokenplane.config
import tokenplane.constructs
import tokenplane.output


def test_constructs_library_is_not_shadowed() -> None:
    assert "site-packages" in (constructs.__file__ or "")
    assert constructs.Construct.__module__.startswith("constructs")


def test_exports_are_sorted_and_complete() -> None:
    for module in (tokenplane.config, tokenplane.constructs, tokenplane.output):
        exported = list(module.__all__)
        assert exported == sorted(exported), module.__name__
        for name in exported:
            assert hasattr(module, name), f"{module.__name__}.{name}"
