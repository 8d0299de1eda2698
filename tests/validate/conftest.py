"""Fixtures for the validator tests: the shared folder (CRDs) and validators built once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from tokenplane.paths import shared_root
from tokenplane.problems import Problem
from tokenplane.validate import Document, Validator

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = REPOSITORY / "tests" / "fixtures" / "validate"

Judge = Callable[[str], list[Problem]]


def shared_folder() -> Path:
    """`$TOKENPLANE_SHARED`, or `../shared` beside the checkout."""
    return shared_root()


def documents(text: str, source: str = "test.yaml") -> list[Document]:
    bodies: list[Mapping[str, Any]] = [
        body for body in yaml.safe_load_all(text) if body is not None
    ]
    return [Document(source=source, index=index, body=body) for index, body in enumerate(bodies)]


@pytest.fixture(scope="session")
def validator() -> Validator:
    return Validator(shared_folder() / "crds")


@pytest.fixture(scope="session")
def widget_validator() -> Validator:
    return Validator(FIXTURES / "crds", crd_files=["widgets.yaml"])


@pytest.fixture
def judge(validator: Validator) -> Judge:
    return lambda text: validator.validate(documents(text))


@pytest.fixture
def judge_widget(widget_validator: Validator) -> Judge:
    return lambda text: widget_validator.validate(documents(text))
