"""The offline validator and the real API server reject the same bad documents for the same reason.

Each case takes a committed dist/ object, breaks one thing, and feeds it to both judges:
`tokenplane.validate.Validator` over the pinned CRDs, and a server-side apply dry run against
kube-apiserver. Both must reject it, naming the same field and saying the same thing.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from tests.apiserver.cluster import REPO_ROOT, ControlPlane
from tokenplane.paths import shared_root
from tokenplane.problems import Problem
from tokenplane.validate import Document, Validator

DIST = REPO_ROOT / "dist" / "production"

YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Body = dict[str, Any]


def committed(path: str) -> Body:
    """One committed object of dist/production, as a fresh copy to break."""
    body: Body = yaml.load((DIST / path).read_text(), Loader=YAML_LOADER)
    return copy.deepcopy(body)


def without_service_port(body: Body) -> None:
    del body["spec"]["rules"][0]["backendRefs"][0]["port"]


def two_pools(body: Body) -> None:
    rule = body["spec"]["rules"][0]
    second = dict(rule["backendRefs"][0], name="nemotron-vl-12b")
    rule["backendRefs"].append(second)


def pool_and_backend(body: Body) -> None:
    rule = body["spec"]["rules"][0]
    rule["backendRefs"].append({"name": "tokenplane-audio-transcriptions", "weight": 1})


def without_selector(body: Body) -> None:
    del body["spec"]["selector"]


def unit_in_lower_case(body: Body) -> None:
    body["spec"]["rateLimit"]["global"]["rules"][0]["limit"]["unit"] = "minute"


def selector_mismatch(body: Body) -> None:
    body["spec"]["template"]["metadata"]["labels"] = {"app": "something-else"}


def protocol_http(body: Body) -> None:
    body["spec"]["ports"][0]["protocol"] = "HTTP"


@dataclass(frozen=True)
class Case:
    """Defines one broken object: where it comes from, how it is broken, what both must say."""

    id: str
    source: str
    breaks: Callable[[Body], None]
    path: str
    message: str


CASES = [
    Case(
        "httproute-service-without-port",
        "platform/httproute-tokenplane-audio-speech.yaml",
        without_service_port,
        "spec.rules[0].backendRefs[0]",
        "Must have port for Service reference",
    ),
    Case(
        "aigatewayroute-two-inference-pools",
        "platform/aigatewayroute-tokenplane-models-1.yaml",
        two_pools,
        "spec.rules[0]",
        "only one InferencePool backend is allowed per rule",
    ),
    Case(
        "aigatewayroute-pool-and-backend",
        "platform/aigatewayroute-tokenplane-models-1.yaml",
        pool_and_backend,
        "spec.rules[0]",
        "cannot mix InferencePool and AIServiceBackend references in the same rule",
    ),
    Case(
        "inferencepool-without-selector",
        "models/llama-3-1-8b/inferencepool-llama-3-1-8b.yaml",
        without_selector,
        "spec.selector",
        "Required value",
    ),
    Case(
        "backendtrafficpolicy-unit-in-lower-case",
        "platform/backendtrafficpolicy-tokenplane-budgets.yaml",
        unit_in_lower_case,
        "spec.rateLimit.global.rules[0].limit.unit",
        'Unsupported value: "minute"',
    ),
    Case(
        "deployment-selector-mismatch",
        "models/llama-3-1-8b/deployment-llama-3-1-8b-epp.yaml",
        selector_mismatch,
        "spec.template.metadata.labels",
        "`selector` does not match template `labels`",
    ),
    Case(
        "service-protocol-http",
        "platform/service-tokenplane-speech.yaml",
        protocol_http,
        "spec.ports[0].protocol",
        'Unsupported value: "HTTP"',
    ),
]


def server_errors(stderr: str) -> list[tuple[str, str]]:
    """(field path, message) of each cause in kubectl's `The <Kind> "<name>" is invalid: ...`.

    The `<nil>` cause the server adds when it skipped CEL rules of an invalid object is dropped.
    """
    marker = " is invalid: "
    assert marker in stderr, stderr
    causes = stderr.split(marker, 1)[1].strip()
    items = [item.strip() for item in causes.split("\n* ")] if causes.startswith("*") else [causes]
    errors = []
    for item in items:
        path, _, message = item.lstrip("* ").partition(": ")
        if path != "<nil>":
            errors.append((path, message))
    return errors


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(shared_root() / "crds")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_server_and_validator_agree(
    control_plane: ControlPlane, validator: Validator, case: Case
) -> None:
    body = committed(case.source)
    case.breaks(body)
    control_plane.create_namespaces([body["metadata"]["namespace"]])

    problems: list[Problem] = validator.validate([Document(case.source, 0, body)])
    result = control_plane.apply(json.dumps(body), dry_run=True, check=False)
    assert result.returncode != 0, f"the API server accepted {case.id}"
    server = server_errors(result.stderr)
    offline = [(problem.location.field, problem.message) for problem in problems]

    def reports(errors: list[tuple[str, str]]) -> bool:
        return any(path == case.path and case.message in message for path, message in errors)

    assert reports(server), f"server said: {result.stderr}"
    assert reports(offline), f"validator said: {problems}"
    # Nothing more and nothing less: the same fields, the same number of causes.
    assert sorted(path for path, _ in server) == sorted(path for path, _ in offline), (
        f"server: {server}\nvalidator: {offline}"
    )
