"""L2 External Secrets wrappers: what they render and what they refuse."""

from __future__ import annotations

import cdk8s
import pytest

from tests.constructs.conftest import find
from tokenplane.constructs import ConfigMap, ExternalSecret, Password, PushSecret


def test_external_secret_reads_each_key_from_the_cluster_store() -> None:
    chart = cdk8s.Testing.chart()
    ExternalSecret(
        chart,
        "es",
        name="api-key.acme.primary",
        namespace="auth",
        store="keys",
        data={"api_key": "tenants/acme/primary"},
        secret_labels={"l": "v"},
        secret_annotations={"a": "b"},
    )
    es = find(cdk8s.Testing.synth(chart), "ExternalSecret", "api-key.acme.primary")
    spec = es["spec"]
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "keys"}
    assert spec["data"] == [{"secretKey": "api_key", "remoteRef": {"key": "tenants/acme/primary"}}]
    assert spec["target"]["creationPolicy"] == "Owner"
    assert spec["target"]["deletionPolicy"] == "Delete"
    assert spec["target"]["template"]["metadata"] == {
        "labels": {"l": "v"},
        "annotations": {"a": "b"},
    }
    assert "dataFrom" not in spec
    assert "refreshPolicy" not in spec


def test_external_secret_from_a_generator_is_written_once() -> None:
    chart = cdk8s.Testing.chart()
    password = Password(chart, "pw", name="pw", namespace="auth", secret_keys=["password"])
    ExternalSecret(
        chart,
        "es",
        name="redis",
        namespace="auth",
        generator=password,
        template={"URL": "redis://:{{ .password }}@redis:6379"},
        refresh_interval="0s",
        refresh_policy="CreatedOnce",
    )
    spec = find(cdk8s.Testing.synth(chart), "ExternalSecret", "redis")["spec"]
    assert spec["refreshPolicy"] == "CreatedOnce"
    assert spec["refreshInterval"] == "0s"
    assert spec["dataFrom"] == [
        {
            "sourceRef": {
                "generatorRef": {
                    "apiVersion": "generators.external-secrets.io/v1alpha1",
                    "kind": "Password",
                    "name": "pw",
                }
            }
        }
    ]
    assert "secretStoreRef" not in spec
    assert "data" not in spec
    assert spec["target"]["template"]["data"] == {"URL": "redis://:{{ .password }}@redis:6379"}


def test_fails_when_an_external_secret_has_no_data() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="at least one data key"):
        ExternalSecret(chart, "es", name="x", namespace="auth", store="keys", data={})


def test_fails_when_an_external_secret_has_no_store() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="a store"):
        ExternalSecret(chart, "es", name="x", namespace="auth", data={"k": "path"})


def test_fails_when_a_generated_secret_would_regenerate() -> None:
    chart = cdk8s.Testing.chart()
    password = Password(chart, "pw", name="pw", namespace="auth")
    with pytest.raises(ValueError, match="CreatedOnce"):
        ExternalSecret(chart, "es", name="x", namespace="auth", generator=password)


def test_fails_when_an_external_secret_mixes_generator_and_store() -> None:
    chart = cdk8s.Testing.chart()
    password = Password(chart, "pw", name="pw", namespace="auth")
    with pytest.raises(ValueError, match="not both"):
        ExternalSecret(
            chart,
            "es",
            name="x",
            namespace="auth",
            store="keys",
            data={"k": "path"},
            generator=password,
            refresh_policy="CreatedOnce",
        )


def test_push_secret_writes_a_generated_value_only_while_the_path_is_empty() -> None:
    chart = cdk8s.Testing.chart()
    password = Password(chart, "pw", name="api-key", namespace="auth")
    PushSecret(
        chart,
        "push",
        name="mint.acme.primary",
        namespace="auth",
        store="keys",
        generator=password,
        data={"password": "tenants/acme/primary"},
    )
    spec = find(cdk8s.Testing.synth(chart), "PushSecret", "mint.acme.primary")["spec"]
    assert spec["updatePolicy"] == "IfNotExists"
    assert spec["deletionPolicy"] == "None"
    assert spec["secretStoreRefs"] == [{"kind": "ClusterSecretStore", "name": "keys"}]
    assert spec["selector"] == {
        "generatorRef": {
            "apiVersion": "generators.external-secrets.io/v1alpha1",
            "kind": "Password",
            "name": "api-key",
        }
    }
    assert spec["data"] == [
        {
            "conversionStrategy": "None",
            "match": {"secretKey": "password", "remoteRef": {"remoteKey": "tenants/acme/primary"}},
        }
    ]


def test_fails_when_a_push_secret_generator_is_in_another_namespace() -> None:
    chart = cdk8s.Testing.chart()
    password = Password(chart, "pw", name="api-key", namespace="elsewhere")
    with pytest.raises(ValueError, match="must be in namespace auth"):
        PushSecret(
            chart,
            "push",
            name="p",
            namespace="auth",
            store="keys",
            generator=password,
            data={"password": "x"},
        )


def test_password_has_no_symbols() -> None:
    chart = cdk8s.Testing.chart()
    Password(chart, "pw", name="pw", namespace="auth", length=32, digits=8)
    spec = find(cdk8s.Testing.synth(chart), "Password", "pw")["spec"]
    assert spec["length"] == 32
    assert spec["digits"] == 8
    assert spec["symbols"] == 0
    assert spec["noUpper"] is False
    assert spec["allowRepeat"] is True
    assert spec["secretKeys"] == ["password"]


def test_fails_when_a_password_is_short() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="shorter than 16"):
        Password(chart, "pw", name="pw", namespace="auth", length=8, digits=2)


def test_fails_when_a_password_has_more_digits_than_characters() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="digits"):
        Password(chart, "pw", name="pw", namespace="auth", length=16, digits=17)


def test_fails_when_the_generator_is_not_a_generator_kind() -> None:
    chart = cdk8s.Testing.chart()
    not_a_generator = ConfigMap(chart, "cm", name="cm", namespace="auth", data={"a": "b"})
    with pytest.raises(ValueError, match="ConfigMap is not a generator kind"):
        ExternalSecret(
            chart,
            "es",
            name="x",
            namespace="auth",
            generator=not_a_generator,
            refresh_policy="CreatedOnce",
        )
