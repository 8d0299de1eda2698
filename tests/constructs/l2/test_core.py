"""Pod value types: the hardened defaults, each opt-out and what it renders, and refusals."""

from __future__ import annotations

from typing import Any

import cdk8s
import pytest

from tests.constructs.conftest import find
from tokenplane.constructs import (
    ConfigMapFiles,
    Container,
    Deployment,
    EmptyDir,
    FromField,
    FromSecret,
    Grpc,
    HttpGet,
    Mount,
    OptOut,
    Pod,
    Port,
    Probe,
    Resources,
    TcpSocket,
    Toleration,
    Volume,
)
from tokenplane.contracts import names

APP = {"app": "a"}


def _template(pod: Pod) -> dict[str, Any]:
    chart = cdk8s.Testing.chart()
    Deployment(
        chart, "d", name="a", namespace="n", replicas=1, selector=APP, pod_labels=APP, pod=pod
    )
    template: dict[str, Any] = find(cdk8s.Testing.synth(chart), "Deployment", "a")["spec"][
        "template"
    ]
    return template


def _spec(pod: Pod) -> dict[str, Any]:
    spec: dict[str, Any] = _template(pod)["spec"]
    return spec


def test_a_pod_is_hardened_by_default() -> None:
    template = _template(Pod(containers=[Container(name="c", image="example:1")]))
    spec = template["spec"]
    assert "annotations" not in template["metadata"]
    assert spec["securityContext"] == {
        "runAsNonRoot": True,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert spec["automountServiceAccountToken"] is False
    (container,) = spec["containers"]
    assert container["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": True,
    }
    assert container["volumeMounts"] == [{"mountPath": "/tmp", "name": "tmp"}]
    assert spec["volumes"] == [{"emptyDir": {}, "name": "tmp"}]


def test_scratch_directories_are_empty_dirs_and_can_be_none() -> None:
    spec = _spec(
        Pod(containers=[Container(name="c", image="i", scratch={"tmp": "/tmp", "home": "/home/c"})])
    )
    assert spec["containers"][0]["volumeMounts"] == [
        {"mountPath": "/tmp", "name": "tmp"},
        {"mountPath": "/home/c", "name": "home"},
    ]
    assert [v["name"] for v in spec["volumes"]] == ["tmp", "home"]
    bare = _spec(Pod(containers=[Container(name="c", image="i", scratch={})]))
    assert "volumes" not in bare and "volumeMounts" not in bare["containers"][0]


def test_a_service_account_mounts_its_token_and_users_are_named() -> None:
    spec = _spec(
        Pod(
            containers=[Container(name="c", image="i")],
            service_account="sa",
            run_as_user=2000,
            run_as_group=2000,
            fs_group=2000,
        )
    )
    assert spec["serviceAccountName"] == "sa"
    assert "automountServiceAccountToken" not in spec
    assert spec["securityContext"] == {
        "fsGroup": 2000,
        "runAsGroup": 2000,
        "runAsNonRoot": True,
        "runAsUser": 2000,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def test_each_container_opt_out_drops_its_field_and_is_annotated() -> None:
    template = _template(
        Pod(
            containers=[
                Container(
                    name="c",
                    image="i",
                    writable_root_filesystem=OptOut("writes into its install"),
                    privilege_escalation=OptOut("runs a setuid helper"),
                    keep_capabilities=OptOut("needs the default set"),
                )
            ]
        )
    )
    assert "securityContext" not in template["spec"]["containers"][0]
    assert template["metadata"]["annotations"] == {
        names.opt_out_annotation("c", "readOnlyRootFilesystem"): "writes into its install",
        names.opt_out_annotation("c", "allowPrivilegeEscalation"): "runs a setuid helper",
        names.opt_out_annotation("c", "capabilities"): "needs the default set",
    }


@pytest.mark.parametrize(
    ("container", "kept"),
    [
        (
            Container(name="c", image="i", writable_root_filesystem=OptOut("r")),
            {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}},
        ),
        (
            Container(name="c", image="i", privilege_escalation=OptOut("r")),
            {"capabilities": {"drop": ["ALL"]}, "readOnlyRootFilesystem": True},
        ),
        (
            Container(name="c", image="i", keep_capabilities=OptOut("r")),
            {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True},
        ),
    ],
)
def test_one_opt_out_leaves_the_other_defaults(container: Container, kept: object) -> None:
    assert _spec(Pod(containers=[container]))["containers"][0]["securityContext"] == kept


def test_each_pod_opt_out_drops_its_field_and_is_annotated() -> None:
    template = _template(
        Pod(
            containers=[Container(name="c", image="i")],
            root_user=OptOut("the image must run as root"),
            run_as_user=0,
            unconfined_seccomp=OptOut("the profile blocks a call it needs"),
        )
    )
    assert template["spec"]["securityContext"] == {
        "runAsUser": 0,
        "seccompProfile": {"type": "Unconfined"},
    }
    assert template["metadata"]["annotations"] == {
        names.opt_out_annotation("pod", "runAsNonRoot"): "the image must run as root",
        names.opt_out_annotation("pod", "seccompProfile"): "the profile blocks a call it needs",
    }


def test_containers_render_env_ports_probes_resources_and_volumes() -> None:
    spec = _spec(
        Pod(
            containers=[
                Container(
                    name="c",
                    image="i",
                    command=["run"],
                    args=["--x"],
                    env={"A": "1", "S": FromSecret("s", "k"), "N": FromField("metadata.name")},
                    ports=[Port("http", 80)],
                    resources=Resources(requests={"cpu": "1"}, limits={"memory": "1Gi"}),
                    startup_probe=Probe(HttpGet("/h", 80), period_seconds=5, timeout_seconds=2),
                    readiness_probe=Probe(TcpSocket(80), failure_threshold=2),
                    liveness_probe=Probe(Grpc(81, "svc"), initial_delay_seconds=3),
                    mounts=[Mount("config", "/config", read_only=True)],
                    scratch={},
                )
            ],
            volumes=[Volume("config", ConfigMapFiles("cm")), Volume("shm", EmptyDir("Memory"))],
            node_selector={"gpu": "yes"},
            tolerations=[Toleration("gpu", "Exists", effect="NoSchedule")],
            runtime_class="nvidia",
            termination_grace_period_seconds=30,
        )
    )
    (c,) = spec["containers"]
    assert c["command"] == ["run"] and c["args"] == ["--x"]
    assert c["env"] == [
        {"name": "A", "value": "1"},
        {"name": "S", "valueFrom": {"secretKeyRef": {"key": "k", "name": "s"}}},
        {"name": "N", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
    ]
    assert c["ports"] == [{"containerPort": 80, "name": "http", "protocol": "TCP"}]
    assert c["resources"] == {"limits": {"memory": "1Gi"}, "requests": {"cpu": "1"}}
    assert c["startupProbe"] == {
        "httpGet": {"path": "/h", "port": 80},
        "periodSeconds": 5,
        "timeoutSeconds": 2,
    }
    assert c["readinessProbe"] == {"tcpSocket": {"port": 80}, "failureThreshold": 2}
    assert c["livenessProbe"] == {"grpc": {"port": 81, "service": "svc"}, "initialDelaySeconds": 3}
    assert c["volumeMounts"] == [{"mountPath": "/config", "name": "config", "readOnly": True}]
    assert spec["volumes"] == [
        {"configMap": {"name": "cm"}, "name": "config"},
        {"emptyDir": {"medium": "Memory"}, "name": "shm"},
    ]
    assert spec["nodeSelector"] == {"gpu": "yes"}
    assert spec["tolerations"] == [{"effect": "NoSchedule", "key": "gpu", "operator": "Exists"}]
    assert spec["runtimeClassName"] == "nvidia"
    assert spec["terminationGracePeriodSeconds"] == 30


def test_fails_when_an_opt_out_gives_no_reason() -> None:
    with pytest.raises(ValueError, match="needs a reason"):
        OptOut(" ")


@pytest.mark.parametrize(
    ("pod", "message"),
    [
        (Pod(containers=[]), "at least one container"),
        (
            Pod(containers=[Container(name="c", image="i", mounts=[Mount("data", "/d")])]),
            "container c mounts 'data', which is none of the pod's volumes",
        ),
        (
            Pod(
                containers=[Container(name="c", image="i")],
                volumes=[Volume("tmp", EmptyDir())],
            ),
            "volume names used twice: tmp",
        ),
        (
            Pod(containers=[Container(name="c", image="i")], run_as_user=0),
            "run_as_user 0 is root",
        ),
    ],
)
def test_fails_when_the_pod_is_inconsistent(pod: Pod, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _spec(pod)
