"""AudioRoutes: speech to an in-cluster server; transcriptions out over verified TLS with the
provider's key replacing the tenant's."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.conftest import TODAY
from tests.constructs.conftest import Objects, find
from tokenplane.app import synthesize
from tokenplane.config import AudioSpec, PlatformSpec


@pytest.fixture(scope="module")
def objects(example_objects: dict[str, Objects]) -> Objects:
    return copy.deepcopy(example_objects["production"])


def _rule(route: dict[str, Any]) -> dict[str, Any]:
    rules: list[dict[str, Any]] = route["spec"]["rules"]
    (rule,) = rules
    return rule


def test_speech_routes_only_its_path_to_the_server(objects: Objects) -> None:
    rule = _rule(find(objects, "HTTPRoute", "tokenplane-audio-speech"))
    assert rule["matches"] == [
        {"method": "POST", "path": {"type": "PathPrefix", "value": "/v1/audio/speech"}}
    ]
    assert rule["backendRefs"] == [
        {"group": "", "kind": "Service", "name": "tokenplane-speech", "port": 8000, "weight": 1}
    ]
    pod = find(objects, "Deployment", "tokenplane-speech")["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["readinessProbe"]["httpGet"] == {"path": "/health", "port": 8000}
    assert container["resources"]["limits"] == {"cpu": "4", "memory": "8Gi"}


def test_transcription_key_replaces_the_tenants_authorization(objects: Objects) -> None:
    name = "tokenplane-audio-transcriptions"
    injection = find(objects, "HTTPRouteFilter", name)["spec"]["credentialInjection"]
    assert injection["overwrite"] is True
    assert injection["header"] == "Authorization"
    secret = injection["credential"]["valueRef"]["name"]
    external = find(objects, "ExternalSecret", secret)["spec"]
    assert external["secretStoreRef"] == {
        "kind": "ClusterSecretStore",
        "name": "tokenplane-api-keys",
    }
    assert external["target"]["template"]["data"] == {"credential": "Bearer {{ .apiKey }}"}
    rule = _rule(find(objects, "HTTPRoute", name))
    assert {"group": "gateway.envoyproxy.io", "kind": "HTTPRouteFilter", "name": name} in [
        f.get("extensionRef") for f in rule["filters"]
    ]
    assert rule["timeouts"] == {"request": "120s"}


def test_transcription_leaves_over_verified_tls(objects: Objects) -> None:
    name = "tokenplane-audio-transcriptions"
    backend = find(objects, "Backend", name)["spec"]
    assert backend["endpoints"] == [{"fqdn": {"hostname": "integrate.api.nvidia.com", "port": 443}}]
    policy = find(objects, "BackendTLSPolicy", name)["spec"]
    assert policy["targetRefs"] == [
        {"group": "gateway.envoyproxy.io", "kind": "Backend", "name": name}
    ]
    assert policy["validation"] == {
        "hostname": "integrate.api.nvidia.com",
        "wellKnownCACertificates": "System",
    }
    rule = _rule(find(objects, "HTTPRoute", name))
    assert {"type": "URLRewrite", "urlRewrite": {"hostname": "integrate.api.nvidia.com"}} in rule[
        "filters"
    ]


def test_no_audio_objects_without_audio_config(example_spec: PlatformSpec) -> None:
    spec = example_spec.model_copy(update={"audio": AudioSpec()})
    objects = synthesize(spec, today=TODAY)["production"]
    assert not [
        o
        for o in objects
        if o["metadata"].get("labels", {}).get("app.kubernetes.io/component") == "audio"
    ]
