"""ExternalSecretSet renders exactly what ExternalSecret renders, without the cdk8s runtime."""

from __future__ import annotations

import cdk8s
import pytest

from tokenplane.batch import chart_objects
from tokenplane.constructs import ExternalSecret, ExternalSecretEntry, ExternalSecretSet

LABELS = {"app.kubernetes.io/part-of": "tokenplane"}


def _entry(name: str, *, secret_metadata: bool) -> ExternalSecretEntry:
    return ExternalSecretEntry(
        name=name,
        namespace="auth",
        store="keys",
        data={"b": f"tenants/{name}/b", "a": f"tenants/{name}/a"},
        refresh_interval="15m",
        secret_labels={"tokenplane.io/api-key": "true"} if secret_metadata else {},
        secret_annotations={"tokenplane.io/key-id": "primary"} if secret_metadata else {},
        labels={"tokenplane.io/tenant": name},
        annotations={"note": "x"} if secret_metadata else {},
    )


@pytest.mark.parametrize("secret_metadata", [True, False])
def test_set_renders_what_the_typed_construct_renders(secret_metadata: bool) -> None:
    entry = _entry("one", secret_metadata=secret_metadata)
    typed_chart = cdk8s.Chart(cdk8s.Testing.app(), "typed", labels=LABELS)
    ExternalSecret(
        typed_chart,
        "secret",
        name=entry.name,
        namespace=entry.namespace,
        store=entry.store,
        data=entry.data,
        refresh_interval=entry.refresh_interval,
        secret_labels=entry.secret_labels,
        secret_annotations=entry.secret_annotations,
        labels=entry.labels,
        annotations=entry.annotations,
    )
    batch_chart = cdk8s.Chart(cdk8s.Testing.app(), "batch", labels=LABELS)
    ExternalSecretSet(batch_chart, "secrets", entries=[entry])
    assert chart_objects(batch_chart) == typed_chart.to_json()


def test_set_keeps_entry_order_and_its_place_among_other_objects() -> None:
    chart = cdk8s.Chart(cdk8s.Testing.app(), "chart", labels=LABELS)
    cdk8s.ApiObject(chart, "before", api_version="v1", kind="ConfigMap", metadata={"name": "a"})
    ExternalSecretSet(
        chart, "secrets", entries=[_entry(n, secret_metadata=True) for n in ("z", "y")]
    )
    cdk8s.ApiObject(chart, "after", api_version="v1", kind="ConfigMap", metadata={"name": "b"})
    objects = chart_objects(chart)
    assert [(o["kind"], o["metadata"]["name"]) for o in objects] == [
        ("ConfigMap", "a"),
        ("ExternalSecret", "z"),
        ("ExternalSecret", "y"),
        ("ConfigMap", "b"),
    ]


def test_fails_when_an_entry_has_no_data() -> None:
    with pytest.raises(ValueError, match="at least one data key"):
        ExternalSecretEntry(name="x", namespace="auth", store="keys", data={})
