"""Built-in kinds: strict Kubernetes schemas plus the API server's semantic checks."""

from __future__ import annotations

from tests.validate.conftest import Judge
from tokenplane.problems import Problem, format_problem

DEPLOYMENT = """
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          imagePullPolicy: IfNotPresent
          ports: [{name: http, containerPort: 8080}]
"""

SERVICE = """
apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http, protocol: TCP}]
"""


def found(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.location.field, p.message) for p in problems]


def test_deployment_and_service_pass(judge: Judge) -> None:
    assert judge(DEPLOYMENT + "---" + SERVICE) == []


def test_fails_when_container_field_is_unknown(judge: Judge) -> None:
    problems = judge(DEPLOYMENT.replace("imagePullPolicy: IfNotPresent", "port: 8080"))
    assert found(problems) == [
        ("spec.template.spec.containers[0].port", "field not declared in schema")
    ]


def test_fails_when_name_is_not_a_subdomain(judge: Judge) -> None:
    problems = judge(DEPLOYMENT.replace("name: web, namespace", "name: Web_App, namespace"))
    assert [p.location.field for p in problems] == ["metadata.name"]
    assert problems[0].message.startswith(
        'Invalid value: "Web_App": a lowercase RFC 1123 subdomain'
    )
    assert format_problem(problems[0]).startswith("test.yaml: Deployment Web_App: metadata.name: ")


def test_fails_when_service_name_is_not_a_label(judge: Judge) -> None:
    problems = judge(SERVICE.replace("name: web, namespace", "name: web.v1, namespace"))
    assert [p.location.field for p in problems] == ["metadata.name"]
    assert "RFC 1123 label" in problems[0].message


def test_fails_when_selector_does_not_match_template(judge: Judge) -> None:
    problems = judge(DEPLOYMENT.replace("labels: {app: web}", "labels: {app: api}"))
    assert found(problems) == [
        (
            "spec.template.metadata.labels",
            'Invalid value: {"app": "api"}: `selector` does not match template `labels`',
        )
    ]


def test_fails_when_port_name_is_longer_than_15(judge: Judge) -> None:
    problems = judge(DEPLOYMENT.replace("name: http,", "name: http-inference-api,"))
    assert found(problems) == [
        (
            "spec.template.spec.containers[0].ports[0].name",
            'Invalid value: "http-inference-api": must be no more than 15 characters',
        )
    ]


def test_fails_when_container_port_is_out_of_range(judge: Judge) -> None:
    problems = judge(DEPLOYMENT.replace("containerPort: 8080", "containerPort: 80808"))
    assert found(problems) == [
        (
            "spec.template.spec.containers[0].ports[0].containerPort",
            "Invalid value: 80808: must be between 1 and 65535, inclusive",
        )
    ]


def test_fails_when_image_pull_policy_is_unknown(judge: Judge) -> None:
    problems = judge(DEPLOYMENT.replace("IfNotPresent", "Sometimes"))
    assert found(problems) == [
        (
            "spec.template.spec.containers[0].imagePullPolicy",
            'Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
        )
    ]


def test_fails_when_service_protocol_is_http(judge: Judge) -> None:
    problems = judge(SERVICE.replace("protocol: TCP", "protocol: HTTP"))
    assert found(problems) == [
        (
            "spec.ports[0].protocol",
            'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
        )
    ]


def test_fails_when_label_key_is_invalid(judge: Judge) -> None:
    problems = judge(SERVICE.replace("namespace: default}", "namespace: default, labels: {-a: b}}"))
    assert [p.location.field for p in problems] == ["metadata.labels[-a]"]


def test_fails_when_restart_policy_is_not_always(judge: Judge) -> None:
    problems = judge(
        DEPLOYMENT.replace("      containers:", "      restartPolicy: Never\n      containers:")
    )
    assert found(problems) == [
        (
            "spec.template.spec.restartPolicy",
            'Unsupported value: "Never": supported values: "Always"',
        )
    ]


def test_fails_when_pdb_selects_no_workload(judge: Judge) -> None:
    pdb = """
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web, namespace: default}
spec:
  minAvailable: 1
  selector: {matchLabels: {app: other}}
"""
    problems = judge(DEPLOYMENT + "---" + pdb)
    assert [(p.location.object, p.location.field) for p in problems] == [
        ("PodDisruptionBudget web", "spec.selector")
    ]
    assert "selects no Deployment or StatefulSet" in problems[0].message


def test_reports_every_problem_in_file_order(judge: Judge) -> None:
    bad_deployment = DEPLOYMENT.replace("IfNotPresent", "Sometimes").replace(
        "containerPort: 8080", "containerPort: 0"
    )
    bad_service = SERVICE.replace("protocol: TCP", "protocol: HTTP")
    problems = judge(bad_service + "---" + bad_deployment)
    assert [(p.location.object, p.location.field) for p in problems] == [
        ("Service web", "spec.ports[0].protocol"),
        ("Deployment web", "spec.template.spec.containers[0].imagePullPolicy"),
        ("Deployment web", "spec.template.spec.containers[0].ports[0].containerPort"),
    ]
