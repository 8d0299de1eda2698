"""The public interface of tokenplane.validate is exactly these names."""

from __future__ import annotations

from pathlib import Path

import tokenplane.validate


def test_exported_members_are_sorted_and_complete() -> None:
    exported = tokenplane.validate.__all__
    assert exported == sorted(exported)
    assert exported == ["Document", "Validator", "load_clusters", "load_documents"]
    public = {name for name in vars(tokenplane.validate) if not name.startswith("_")}
    assert set(exported) <= public


def test_validate_never_imports_cdk8s_or_constructs() -> None:
    package = tokenplane.validate.__file__
    assert package is not None
    for module in Path(package).parent.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "import cdk8s" not in text and "tokenplane.constructs" not in text, module.name
