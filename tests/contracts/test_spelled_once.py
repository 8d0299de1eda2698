"""The contracts are spelled only in `tokenplane/contracts/`.

Scans every string literal (f-string parts included, docstrings excluded) of every module of
`tokenplane/` outside the contracts package for a contract's value: a copy would drift from
the encoder the next time one of them changes.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import tokenplane
from tokenplane import contracts

PACKAGE = Path(tokenplane.__file__).parent
CONTRACTS = PACKAGE / "contracts"

FRAGMENTS = ("auth.identity", "x-ai-eg-")
"""Pieces of encoded values (predicates, headers) no other module may build."""


def _contract_values() -> set[str]:
    """Every module-level string constant of the contracts that looks like a key (has a dot
    or a slash, or is a header), e.g. `tokenplane.io/model`, `kuadrant.io/groups`."""
    values: set[str] = set()
    for module in (
        contracts.names,
        contracts.headers,
        contracts.limits,
        contracts.predicates,
        contracts.model_list,
    ):
        for value in vars(module).values():
            if isinstance(value, str) and ("." in value or "/" in value or value.startswith("x-")):
                values.add(value)
    return values


def _literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            docstrings.add(id(node.value))  # attribute docstrings
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                yield node.lineno, node.value


def stray_literals(root: Path, values: set[str]) -> list[str]:
    """`file:line: literal` for each literal under `root` (outside contracts/) that spells a
    contract value or fragment."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if CONTRACTS in path.parents:
            continue
        for line, literal in _literals(ast.parse(path.read_text(), str(path))):
            hits = [v for v in values if v in literal] + [f for f in FRAGMENTS if f in literal]
            hits += ["tokenplane.io/"] if literal.startswith("tokenplane.io/") else []
            if hits:
                found.append(f"{path.relative_to(root.parent)}:{line}: {literal!r} ({hits[0]})")
    return sorted(found, key=lambda entry: (entry.split(":")[0], int(entry.split(":")[1])))


def test_contract_values_are_spelled_only_in_contracts() -> None:
    assert stray_literals(PACKAGE, _contract_values()) == []


def test_fails_when_a_module_copies_a_contract(tmp_path: Path) -> None:
    package = tmp_path / "tokenplane"
    package.mkdir()
    (package / "copy.py").write_text(
        '"""Docstrings may say tokenplane.io/model."""\n'
        'MODEL = "tokenplane.io/model"\n'
        'HEADER = f"{1}x-ai-eg-model"\n'
        'PREDICATE = "auth.identity.limits == \\"free\\""\n'
        'GROUPS = "kuadrant.io/groups"\n'
    )
    found = stray_literals(package, _contract_values())
    assert [entry.split(":")[1] for entry in found] == ["2", "3", "4", "5"]
