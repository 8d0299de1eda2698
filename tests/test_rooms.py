"""The rooms of docs/architecture.md: what each package of tokenplane may import.

Read from the source (every `import` and `from ... import` of every module), so a new import
that crosses a wall fails here, not in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tokenplane

PACKAGE = Path(tokenplane.__file__).parent

ALLOWED: dict[str, frozenset[str]] = {
    "contracts": frozenset(),
    "config": frozenset({"contracts", "versions"}),
    "resolve": frozenset({"config", "contracts", "output", "versions"}),
    "constructs": frozenset({"batch", "config", "contracts", "resolve", "versions"}),
    "charts": frozenset({"config", "constructs", "contracts", "resolve"}),
    "output": frozenset({"contracts"}),
    "invariants": frozenset({"contracts", "resolve"}),
    "validate": frozenset({"contracts", "invariants", "output", "paths", "resolve", "versions"}),
    "plan": frozenset({"config", "contracts", "output", "resolve", "validate"}),
    "app": frozenset({"batch", "charts", "config", "constructs", "contracts", "output", "resolve"}),
    "batch": frozenset(),
    "problems": frozenset({"secrets"}),
    "secrets": frozenset(),
}
"""Room → the other rooms of tokenplane it may import. `cli` (and `__main__`) may import
everything; `versions`, `version`, `paths` and `secrets` are leaves; `problems` (the one
problem type) and `secrets` (the secret scrub) may be imported by every room."""

SHARED = frozenset({"problems", "secrets", "version"})

CDK8S = frozenset({"cdk8s", "constructs", "imports", "cdk8s_plus_28"})
"""The cdk8s runtime and the L1 classes: only constructs, charts and app use them."""
CDK8S_ROOMS = frozenset({"constructs", "charts", "app", "batch"})

L1 = frozenset({"imports", "cdk8s_plus_28"})
"""The generated L1 classes: L2s wrap them, no L3 imports them (every pod is built from the pod
value types of `constructs/l2/core.py`)."""


def _imports(path: Path) -> set[str]:
    """Dotted names a module imports (`from tokenplane import x` gives `tokenplane.x`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            if node.module == "tokenplane":
                found.update(f"tokenplane.{alias.name}" for alias in node.names)
    return found


def _room(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def crossings(root: Path) -> list[str]:
    """Every import under `root` (a tokenplane package folder) that the rooms forbid."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        room = path.relative_to(root).parts[0].removesuffix(".py")
        if room not in ALLOWED:
            continue
        for name in sorted(_imports(path)):
            parts = name.split(".")
            where = f"{path.relative_to(root)}: imports {name}"
            if parts[0] == "tokenplane" and len(parts) > 1:
                if parts[1] != room and parts[1] not in ALLOWED[room] | SHARED:
                    found.append(where)
            elif parts[0] in CDK8S and room not in CDK8S_ROOMS:
                found.append(where)
            layer = path.relative_to(root).parts[1] if room == "constructs" else None
            if layer == "l2" and name.startswith(
                ("tokenplane.config", "tokenplane.resolve", "tokenplane.constructs.l3")
            ):
                found.append(f"{where} (an L2 never reads config)")
            if layer == "l3" and parts[0] in L1:
                found.append(f"{where} (an L3 never imports L1)")
    return found


def test_every_import_stays_within_its_rooms() -> None:
    assert crossings(PACKAGE) == []


def test_every_construct_module_has_a_layer() -> None:
    assert [p.name for p in (PACKAGE / "constructs").glob("*.py")] == ["__init__.py"]


@pytest.mark.parametrize(
    ("room", "source", "expected"),
    [
        ("output", "from tokenplane.config import PlatformSpec\n", "imports tokenplane.config"),
        ("validate", "from tokenplane import constructs\n", "imports tokenplane.constructs"),
        ("contracts", "from tokenplane.contracts import names\nimport cdk8s\n", "imports cdk8s"),
        ("constructs/l2/core.py", "from tokenplane.config import ModelSpec\n", "L2 never reads"),
        ("constructs/l3/model_routes.py", "from imports.io import x\n", "L3 never imports L1"),
        (
            "constructs/l3/model_server.py",
            "from cdk8s_plus_28 import k8s\n",
            "L3 never imports L1",
        ),
    ],
)
def test_fails_when_an_import_crosses_a_wall(
    tmp_path: Path, room: str, source: str, expected: str
) -> None:
    target = tmp_path / (room if room.endswith(".py") else f"{room}/module.py")
    target.parent.mkdir(parents=True)
    target.write_text(source)
    found = crossings(tmp_path)
    assert len(found) == 1 and expected in found[0], found
