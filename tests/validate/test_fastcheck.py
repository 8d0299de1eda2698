"""The fast path never calls an invalid document valid: checked against jsonschema itself."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from jsonschema import Draft202012Validator

from tests.validate.conftest import FIXTURES, shared_folder
from tokenplane.validate import load_documents
from tokenplane.validate.builtin import BuiltinSchemas, definitions, definitions_registry
from tokenplane.validate.crds import CrdRegistry
from tokenplane.validate.defaults import apply_defaults
from tokenplane.validate.fastcheck import FastChecks, FastValidator
from tokenplane.validate.schema import to_json_schema
from tokenplane.validate.structural import build_node
from tokenplane.versions import KUBERNETES_VERSION


def mutations(value: Any) -> Iterator[Any]:
    """Copies of `value` with one change each: a field dropped, added, or given a wrong type."""
    if isinstance(value, dict):
        for key in value:
            dropped = dict(value)
            del dropped[key]
            yield dropped
            for changed in mutations(value[key]):
                yield {**value, key: changed}
        yield {**value, "unexpectedField": 1}
    elif isinstance(value, list):
        for index, item in enumerate(value):
            for changed in mutations(item):
                yield [*value[:index], changed, *value[index + 1 :]]
        yield [*value, *value]
    elif isinstance(value, str):
        yield 7
        yield value + "-X_"
        yield ""
    elif isinstance(value, bool):
        yield "yes"
    elif isinstance(value, int):
        yield str(value)
        yield -value - 1
        yield 2**40


def identity(value: Any) -> Any:
    return value


def test_fast_path_agrees_with_jsonschema_on_mutated_valid_documents() -> None:
    crds = CrdRegistry(shared_folder() / "crds")
    builtins = BuiltinSchemas(KUBERNETES_VERSION)
    registry = definitions_registry(KUBERNETES_VERSION)
    defs = definitions(KUBERNETES_VERSION)
    checked = 0
    for document in load_documents(FIXTURES / "valid"):
        body = copy.deepcopy(dict(document.body))
        api_version, kind = str(body["apiVersion"]), str(body["kind"])
        crd = crds.lookup(api_version, kind)
        if crd is not None:
            schema = to_json_schema(crd.schema, api_version, kind)
            node = build_node(crd.schema)
            prepare: Callable[[Any], Any] = partial(apply_defaults, node=node)
        else:
            validator = builtins.validator(api_version, kind)
            assert validator is not None
            schema = validator._slow.schema  # the same schema the fast path was built from
            prepare = identity
        fast = FastValidator(schema, registry, defs)
        slow = Draft202012Validator(schema, registry=registry)
        for variant in mutations(body):
            prepared = prepare(variant)
            if slow.is_valid(prepared):
                continue
            assert list(fast.iter_errors(prepared)), (kind, variant)
            checked += 1
    assert checked > 300


def test_unknown_keyword_makes_the_fast_path_say_no() -> None:
    check = FastChecks(lambda reference: None).compile(
        {"type": "object", "patternProperties": {"^a": {"type": "string"}}}
    )
    assert check({"a": "x"}) is False
    assert FastChecks(lambda reference: None).compile({"$ref": "#/nowhere"})({}) is False
