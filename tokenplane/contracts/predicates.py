"""The CEL predicates and Authorino selectors of the tier policies.

The AuthPolicy publishes three identity properties read from a key Secret's annotations
(`auth.identity.userid`, `.tier`, `.limits`) and sets the tenant and limit-class headers the
budgets count by (`contracts/budgets.py`). The invariants and `plan` read the same predicates
back with the decoders here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from tokenplane.contracts.headers import MODEL_HEADER

IDENTITY = "auth.identity"
"""Where Authorino publishes the identity (the key Secret) and its extra properties."""
USER_ID = "userid"
"""Identity property: the tenant id, read from `credentials.tenant_annotation`."""
TIER = "tier"
"""Identity property: the tier id, read from `credentials.tier_annotation`."""
LIMITS = "limits"
"""Identity property: the limit class, read from `names.LIMITS_ANNOTATION`."""
_ANNOTATIONS = f"{IDENTITY}.metadata.annotations"
_MODELS_RULE_PREFIX = "models-"
_ALLOWLIST = re.compile(r"\bin (?P<list>\[[^\]]*\])\s*$")


def cel(value: object) -> str:
    """A CEL literal of a string or a list of strings (JSON's quoting is valid CEL)."""
    return json.dumps(value)


def annotation_selector(annotation: str) -> str:
    """The Authorino selector of a key Secret's annotation (its dots escaped)."""
    return f"{_ANNOTATIONS}." + annotation.replace(".", r"\.")


def annotation_of_selector(selector: str) -> str | None:
    """The annotation `annotation_selector` selects, or None for another selector."""
    prefix = f"{_ANNOTATIONS}."
    if not selector.startswith(prefix):
        return None
    return selector[len(prefix) :].replace("\\.", ".")


def annotation_value(annotation: str) -> str:
    """CEL: the value of a key Secret's annotation."""
    return f"{_ANNOTATIONS}[{cel(annotation)}]"


def has_annotation(annotation: str) -> str:
    """CEL: whether a key Secret carries an annotation."""
    return f"{cel(annotation)} in {_ANNOTATIONS}"


def models_rule(tier: str) -> str:
    """The AuthPolicy authorization rule that admits a tier's models."""
    return f"{_MODELS_RULE_PREFIX}{tier}"


def tier_of_models_rule(rule: str) -> str | None:
    """The tier `models_rule` names, or None for another rule."""
    if not rule.startswith(_MODELS_RULE_PREFIX):
        return None
    return rule[len(_MODELS_RULE_PREFIX) :]


def models_allowed_predicate(served_names: list[str]) -> str:
    """CEL: the model header is present and one of `served_names` (fail-closed: a missing
    header is refused)."""
    header = f"request.headers[{cel(MODEL_HEADER)}]"
    return f"{cel(MODEL_HEADER)} in request.headers && {header} in {cel(served_names)}"


def models_allowed_of_predicate(predicate: str) -> list[str] | None:
    """The model names `models_allowed_predicate` admits, or None for another predicate."""
    match = _ALLOWLIST.search(predicate)
    if match is None or MODEL_HEADER not in predicate:
        return None
    value = json.loads(match["list"])
    return [str(name) for name in value] if isinstance(value, list) else None


REQUEST_SECONDS = "request.time.seconds"
"""The request's arrival in Unix seconds. Authorino builds its CEL input from JSON, in which
Envoy's `request.time` (a protobuf Timestamp) is an object of `seconds` and `nanos` numbers
(doubles), not a CEL timestamp: Authorino v0.27.0 `pkg/service/well_known_attributes.go`
(`RequestAttributes.Time`) and `pkg/expressions/cel/expressions.go` (`AuthJsonToCel`)."""


def key_unexpired_predicate(annotation: str) -> str:
    """CEL: the key Secret has no `annotation`, or the instant it holds (RFC 3339) is still
    ahead of the request."""
    return (
        f"!({has_annotation(annotation)})"
        f" || {REQUEST_SECONDS} < double(int(timestamp({annotation_value(annotation)})))"
    )


ENVOY_PORT_SHIFT = 10000
"""Envoy Gateway runs a Gateway listener on a port below 1024 at that port plus 10,000 in the
Envoy container (`servicePortToContainerPort`, envoyproxy/gateway `internal/gatewayapi`), which is
the `destination.port` the wasm-shim sees."""
_SKIP_PORT = "destination.port != "


def listener_skipped_predicate(listener_port: int) -> str:
    """CEL: the request did not arrive on the Envoy port of the Gateway listener
    `listener_port`."""
    port = listener_port + ENVOY_PORT_SHIFT if listener_port < 1024 else listener_port
    return f"{_SKIP_PORT}{port}"


def skipped_port_of_predicate(predicate: str) -> int | None:
    """The Envoy port `listener_skipped_predicate` skips, or None for another predicate."""
    if not predicate.startswith(_SKIP_PORT):
        return None
    value = predicate[len(_SKIP_PORT) :]
    return int(value) if value.isdigit() else None


UNSCHEDULED_OBJECTIVE = "unscheduled"
"""The objective header's value on a request whose model header names no served model (only
request-only paths admit one; they reach no InferencePool): it names no InferenceObjective, so
a picker would apply its default priority 0. The header is still set, so a client's value never
survives."""
_OBJECTIVE_EXPRESSION = re.compile(
    r'^"(?P<header>[^"]+)" in request\.headers && request\.headers\["[^"]+"\] in '
    r"(?P<pools>\{.*?\}) \? (?P=pools)\[request\.headers\[\"[^\"]+\"\]\] \+ \"\.\" \+ "
    r"(?P<cls>.+) : (?P<default>\"[^\"]*\")$"
)


def objective_expression(pools: Mapping[str, str], class_annotation: str) -> str:
    """CEL: the objective header's value, `<pool>.<scheduling class>`
    (`names.inference_objective`), from the request's model header (a served name, mapped to
    its pool by `pools`) and the key Secret's `class_annotation`; `UNSCHEDULED_OBJECTIVE` when
    the model header names no served model."""
    header = f"request.headers[{cel(MODEL_HEADER)}]"
    by_name = json.dumps(dict(sorted(pools.items())), separators=(", ", ": "))
    return (
        f"{cel(MODEL_HEADER)} in request.headers && {header} in {by_name}"
        f' ? {by_name}[{header}] + "." + {annotation_value(class_annotation)}'
        f" : {cel(UNSCHEDULED_OBJECTIVE)}"
    )


def pools_of_objective_expression(expression: str) -> dict[str, str] | None:
    """The served name → pool map `objective_expression` encoded, or None for another
    expression."""
    match = _OBJECTIVE_EXPRESSION.match(expression)
    if match is None or match["header"] != MODEL_HEADER:
        return None
    value = json.loads(match["pools"])
    if not isinstance(value, dict):
        return None
    return {str(k): str(v) for k, v in value.items()}


def class_annotation_of_objective_expression(expression: str) -> str | None:
    """The key-Secret annotation `objective_expression` reads the scheduling class from, or
    None for another expression."""
    match = _OBJECTIVE_EXPRESSION.match(expression)
    if match is None:
        return None
    prefix = f"{_ANNOTATIONS}["
    cls = match["cls"]
    if not (cls.startswith(prefix) and cls.endswith("]")):
        return None
    value = json.loads(cls[len(prefix) : -1])
    return value if isinstance(value, str) else None
