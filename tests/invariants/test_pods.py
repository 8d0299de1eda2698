"""Pod invariants: every pod template is hardened or names its exception with a reason."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tokenplane.contracts import names
from tokenplane.invariants import check_cluster

Objects = list[dict[str, Any]]
VLLM = "llama-3-1-8b"
WHO = f"model {VLLM}: Deployment tokenplane-models/{VLLM}"


@pytest.fixture
def broken(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


def _template(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    (found,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    template: dict[str, Any] = found["spec"]["template"]
    return template


def _messages(objects: Objects) -> list[str]:
    return [violation.message for violation in check_cluster("production", objects)]


def test_every_example_pod_is_hardened(example_objects: dict[str, Objects]) -> None:
    for cluster, objects in example_objects.items():
        templates = [o for o in objects if o["kind"] in ("Deployment", "StatefulSet")]
        assert len(templates) >= 4, cluster
        assert [v.message for v in check_cluster(cluster, objects)] == []


@pytest.mark.parametrize(
    ("field", "value", "spelled"),
    [
        ("readOnlyRootFilesystem", False, "readOnlyRootFilesystem: true"),
        ("allowPrivilegeEscalation", True, "allowPrivilegeEscalation: false"),
        ("capabilities", {"drop": ["NET_RAW"]}, "capabilities.drop [ALL]"),
    ],
)
def test_fails_when_a_container_is_not_hardened(
    broken: Objects, field: str, value: object, spelled: str
) -> None:
    _template(broken, "Deployment", VLLM)["spec"]["containers"][0]["securityContext"][field] = value
    assert _messages(broken) == [
        f"{WHO}: container vllm does not set {spelled}; set it, or annotate the pod template "
        f"with opt-out.tokenplane.io/vllm.{field} and the reason"
    ]


@pytest.mark.parametrize(
    ("field", "spelled"),
    [("runAsNonRoot", "runAsNonRoot: true"), ("seccompProfile", "seccompProfile RuntimeDefault")],
)
def test_fails_when_the_pod_is_not_hardened(broken: Objects, field: str, spelled: str) -> None:
    del _template(broken, "StatefulSet", "ratelimit-redis")["spec"]["securityContext"][field]
    assert _messages(broken) == [
        f"StatefulSet envoy-gateway-system/ratelimit-redis: the pod does not set {spelled}; "
        f"set it, or annotate the pod template with opt-out.tokenplane.io/pod.{field} and the "
        "reason"
    ]


def test_an_opt_out_with_a_reason_excuses_its_field(broken: Objects) -> None:
    template = _template(broken, "Deployment", VLLM)
    del template["spec"]["containers"][0]["securityContext"]["readOnlyRootFilesystem"]
    key = names.opt_out_annotation("vllm", "readOnlyRootFilesystem")
    template["metadata"]["annotations"] = {key: "writes into its installation"}
    assert _messages(broken) == []


def test_fails_when_an_opt_out_gives_no_reason(broken: Objects) -> None:
    template = _template(broken, "Deployment", VLLM)
    del template["spec"]["containers"][0]["securityContext"]["readOnlyRootFilesystem"]
    key = names.opt_out_annotation("vllm", "readOnlyRootFilesystem")
    template["metadata"]["annotations"] = {key: ""}
    assert _messages(broken) == [f"{WHO}: the opt-out {key} gives no reason"]


def test_fails_when_an_opt_out_excuses_nothing(broken: Objects) -> None:
    key = names.opt_out_annotation("vllm", "capabilities")
    _template(broken, "Deployment", VLLM)["metadata"]["annotations"] = {key: "old reason"}
    assert _messages(broken) == [
        f"{WHO}: the opt-out {key} excuses nothing (the field is hardened); remove it"
    ]


def test_fails_when_a_container_is_privileged(broken: Objects) -> None:
    template = _template(broken, "Deployment", VLLM)
    template["spec"]["containers"][0]["securityContext"]["privileged"] = True
    assert _messages(broken) == [f"{WHO}: container vllm is privileged; no opt-out covers that"]


def test_fails_when_an_init_container_is_not_hardened(broken: Objects) -> None:
    template = _template(broken, "Deployment", VLLM)
    template["spec"]["initContainers"] = [{"name": "fetch", "image": "busybox:1"}]
    messages = _messages(broken)
    assert len(messages) == 3
    assert all(m.startswith(f"{WHO}: container fetch does not set") for m in messages)
