"""The AI Gateway ext_proc stand-in (`ai_gateway.ext_proc_answer`) answers exactly the model list
paths. Which route serves a request is no longer emulated: the route table is the real Envoy
Gateway translator's (`envoy_gateway.py`), and `test_kuadrant.py::
test_model_list_is_answered_after_authentication` fails unless our Exact route comes before the
generated ones there. Pure functions: no process runs."""

from __future__ import annotations

from tests.conformance import ai_gateway


def test_ext_proc_stand_in_answers_only_the_list_paths() -> None:
    assert ai_gateway.ext_proc_answer("/v1/models?x=1", ["m"]) is not None
    assert ai_gateway.ext_proc_answer("/anthropic/v1/models", []) is not None
    assert ai_gateway.ext_proc_answer("/v1/models/m", ["m"]) is None
