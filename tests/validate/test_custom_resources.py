"""Custom resources against the pinned CRDs: schema, defaults, list maps, CEL, versions."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.validate.conftest import FIXTURES, Judge, shared_folder
from tokenplane.problems import Problem, format_problem
from tokenplane.validate import Validator, load_documents, schema
from tokenplane.validate.crds import CrdRegistry, scan
from tokenplane.versions import crd_files

GATEWAY = """
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: main, namespace: gateway-system}
spec:
  gatewayClassName: envoy-gateway
  listeners:
    - {name: http, port: 80, protocol: HTTP}
"""


def messages(problems: list[Problem]) -> list[str]:
    return [format_problem(problem) for problem in problems]


def test_valid_documents_pass(validator: Validator) -> None:
    documents = load_documents(FIXTURES / "valid")
    kinds = sorted({str(document.body["kind"]) for document in documents})
    assert kinds == [
        "AuthPolicy",
        "Deployment",
        "ExternalSecret",
        "Gateway",
        "HTTPRoute",
        "InferencePool",
        "PodDisruptionBudget",
        "RateLimitPolicy",
        "Service",
    ]
    assert validator.validate(documents) == []


def test_fails_when_field_is_unknown(judge: Judge) -> None:
    problems = judge(GATEWAY.replace("protocol: HTTP}", "protocol: HTTP, tls_mode: x}"))
    assert messages(problems) == [
        "test.yaml: Gateway main: spec.listeners[0].tls_mode: field not declared in schema"
    ]


def test_fails_when_type_is_wrong(judge: Judge) -> None:
    problems = judge(GATEWAY.replace("port: 80", "port: eighty"))
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.listeners[0].port", 'Invalid value: "eighty": must be of type integer')
    ]


def test_fails_when_int32_is_out_of_range(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET.replace("replicas: 2", "replicas: 4294967296"))
    assert (
        "spec.replicas",
        "Invalid value: 4294967296: should be less than or equal to 2147483647",
    ) in [(p.location.field, p.message) for p in problems]


def test_fails_when_list_map_keys_repeat(judge: Judge) -> None:
    problems = judge(GATEWAY + "    - {name: http, port: 8080, protocol: HTTP}\n")
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.listeners[1]", 'Duplicate value: {"name": "http"}')
    ]


def test_fails_when_defaulted_backend_kind_needs_a_port(judge: Judge) -> None:
    problems = judge(
        """
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: chat, namespace: models}
spec:
  parentRefs: [{name: main, namespace: gateway-system}]
  rules:
    - backendRefs: [{name: llama}]
"""
    )
    assert messages(problems) == [
        "test.yaml: HTTPRoute chat: spec.rules[0].backendRefs[0]: "
        'Invalid value: "object": Must have port for Service reference'
    ]


def test_fails_when_cel_rule_of_kuadrant_is_broken(judge: Judge) -> None:
    problems = judge(
        """
apiVersion: kuadrant.io/v1
kind: RateLimitPolicy
metadata: {name: tier-free, namespace: gateway-system}
spec:
  targetRef: {group: gateway.networking.k8s.io, kind: Service, name: main}
  limits:
    per-user:
      rates: [{limit: 100, window: 1m}]
"""
    )
    assert [(p.location.field, p.message) for p in problems] == [
        (
            "spec.targetRef",
            'Invalid value: "object": Invalid targetRef.kind. The only supported values are '
            "'HTTPRoute', 'GRPCRoute' and 'Gateway'",
        )
    ]


def test_fails_when_version_is_not_served(judge: Judge) -> None:
    problems = judge(
        """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: {name: acme, namespace: tenants}
spec: {}
"""
    )
    assert [(p.location.field, p.message) for p in problems] == [
        (
            "apiVersion",
            'Invalid value: "external-secrets.io/v1beta1": version v1beta1 of ExternalSecret is '
            "not served by the pinned CRD "
            "(external-secrets/external-secrets.io_externalsecrets.yaml)",
        )
    ]


def test_fails_when_kind_has_no_schema(judge: Judge) -> None:
    problems = judge("apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: a}\n")
    assert messages(problems) == [
        "test.yaml: Gadget a: kind: no schema for Gadget in example.com/v1: "
        "no pinned CRD and no Kubernetes built-in defines it"
    ]


def test_fails_when_custom_resource_name_is_not_a_subdomain(judge: Judge) -> None:
    problems = judge(GATEWAY.replace("name: main,", "name: Main_Gateway,"))
    assert [(p.location.field, p.message.split(":")[0]) for p in problems] == [
        ("metadata.name", "Invalid value")
    ]
    assert "RFC 1123 subdomain" in problems[0].message


def test_fails_when_metadata_has_unknown_field(judge: Judge) -> None:
    problems = judge(GATEWAY.replace("namespace: gateway-system}", "namespace: gw, label: x}"))
    assert [(p.location.field, p.message) for p in problems] == [
        ("metadata.label", "field not declared in schema")
    ]


def test_all_pinned_cel_rules_compile(validator: Validator) -> None:
    count = validator.cel_rule_count()
    assert count.failed == {}
    assert count.compiled == count.distinct
    assert count.distinct >= 300


def test_load_documents_skips_kustomization_and_counts_positions(tmp_path: Path) -> None:
    (tmp_path / "kustomization.yaml").write_text(
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n"
    )
    (tmp_path / "two.yaml").write_text(
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: a, annotations: {at: 2024-01-01}}\n"
        "---\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n"
    )
    documents = load_documents(tmp_path)
    assert [(Path(d.source).name, d.index) for d in documents] == [("two.yaml", 0), ("two.yaml", 2)]
    assert documents[0].body["metadata"]["annotations"] == {"at": "2024-01-01"}


WIDGET = """
apiVersion: tests.tokenplane.io/v1
kind: Widget
metadata: {name: w, namespace: default}
spec:
  replicas: 2
"""


def test_widget_passes(judge_widget: Judge) -> None:
    extra = (
        "  max-surge: 25%\n  note: null\n  tags: [a, b]\n  address: 10.0.0.1\n"
        "  endpoint: https://example.com/x\n  memory: 16Gi\n"
        "  ports: [{port: 80}, {port: 80, protocol: UDP}]\n"
        "  template: {apiVersion: v1, kind: ConfigMap, metadata: {name: x}, data: {}}\n"
    )
    assert judge_widget(WIDGET + extra) == []


def test_fails_when_message_expression_reports(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET.replace("replicas: 2", "replicas: 5"))
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec", 'Invalid value: "object": replicas 5 exceeds maxReplicas 3')
    ]


def test_fails_when_escaped_reserved_word_rule_fails_with_field_path(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET + "  namespace: kube-system\n  max-surge: 0\n")
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec", 'Invalid value: "object": max-surge may not be 0'),
        ("spec.namespace", 'Invalid value: "object": widgets may not target kube-system'),
    ]


def test_fails_when_int_or_string_is_neither(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET + "  max-surge: [1]\n")
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.max-surge", 'Invalid value: "array": must be of type integer or string')
    ]


def test_fails_when_null_is_not_nullable(judge_widget: Judge) -> None:
    assert judge_widget(WIDGET + "  note: null\n") == []
    problems = judge_widget(WIDGET + "  namespace: null\n")
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.namespace", "Invalid value: null: must be of type string")
    ]


def test_fails_when_set_repeats_an_item(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET + "  tags: [a, a]\n")
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.tags", 'Duplicate value: "a"')
    ]


def test_fails_when_list_map_key_repeats_after_defaulting(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET + "  ports: [{port: 80}, {port: 80, protocol: TCP}]\n")
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.ports[1]", 'Duplicate value: {"port": 80, "protocol": "TCP"}')
    ]


def test_fails_when_kubernetes_library_functions_say_no(judge_widget: Judge) -> None:
    problems = judge_widget(
        WIDGET + "  address: '::1'\n  endpoint: http://example.com\n  memory: 128Gi\n"
    )
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.address", 'Invalid value: "string": must be an IPv4 address'),
        ("spec.endpoint", 'Invalid value: "string": must be an https URL'),
        ("spec.memory", 'Invalid value: "string": must be less than 64Gi'),
    ]


def test_fails_when_cel_evaluation_errors(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET + "  memory: lots\n")
    assert len(problems) == 1
    assert problems[0].location.field == "spec.memory"
    assert problems[0].message.startswith('Invalid value: "string": rule evaluation error:')


def test_fails_when_cel_skipped_because_schema_is_invalid(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET.replace("replicas: 2", "replicas: '9'"))
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.replicas", 'Invalid value: "9": must be of type integer')
    ]


def test_fails_when_widget_version_is_not_served(judge_widget: Judge) -> None:
    problems = judge_widget(WIDGET.replace("tokenplane.io/v1", "tokenplane.io/v1alpha1"))
    assert [p.location.field for p in problems] == ["apiVersion"]
    assert "not served" in problems[0].message


def test_text_scan_of_pinned_crds_agrees_with_parsing() -> None:

    for relative in crd_files():
        text = (shared_folder() / "crds" / relative).read_text(encoding="utf-8")
        crd = yaml.load(text, Loader=yaml.CSafeLoader)
        assert scan(text) == (crd["spec"]["group"], crd["spec"]["names"]["kind"]), relative


def test_every_pinned_pattern_is_checked_in_python() -> None:

    for crd in CrdRegistry(shared_folder() / "crds").versions():
        schema.to_json_schema(crd.schema, crd.api_version, crd.kind)
    assert schema.UNCHECKED_PATTERNS == set()
    assert schema.python_pattern("^(?i)(abort|warn)?$") == "(?i)^(abort|warn)?$"


ROUTER_KINDS = """
apiVersion: llm-d.ai/v1alpha2
kind: InferenceObjective
metadata: {name: premium, namespace: models}
spec:
  priority: 10
  poolRef: {name: llama-3-1-8b}
---
apiVersion: llm-d.ai/v1alpha2
kind: InferenceModelRewrite
metadata: {name: alias, namespace: models}
spec:
  poolRef: {name: llama-3-1-8b}
  rules:
    - matches: [{model: {value: llama}}]
      targets: [{modelRewrite: nvidia/Llama-3.1-Nemotron-Nano-8B-v1}]
"""


def test_llm_d_router_kinds_validate_at_their_new_group(judge: Judge) -> None:
    assert judge(ROUTER_KINDS) == []


def test_fails_when_an_llm_d_router_kind_uses_its_old_group(judge: Judge) -> None:
    old = ROUTER_KINDS.replace("llm-d.ai/v1alpha2", "inference.networking.x-k8s.io/v1alpha2")
    assert [p.message.split(":")[0] for p in judge(old)] == [
        "no schema for InferenceObjective in inference.networking.x-k8s.io/v1alpha2",
        "no schema for InferenceModelRewrite in inference.networking.x-k8s.io/v1alpha2",
    ]


def test_fails_when_an_inference_objective_field_is_wrong(judge: Judge) -> None:
    problems = judge(ROUTER_KINDS.replace("priority: 10", "priority: high"))
    assert [(p.location.field, p.message) for p in problems] == [
        ("spec.priority", 'Invalid value: "high": must be of type integer')
    ]
