"""The harness runs a real kube-apiserver: valid objects apply, the server rejects invalid ones."""

from __future__ import annotations

import json

import yaml

from tests.apiserver.cluster import ControlPlane, crd_dir
from tokenplane.versions import KUBERNETES_VERSION, crd_files

YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

GATEWAY = """\
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: {namespace}
spec:
  gatewayClassName: envoy
  listeners:
    - name: http
      protocol: HTTP
      port: 80
      allowedRoutes:
        namespaces:
          from: Same
"""

HTTPROUTE_SERVICE_WITHOUT_PORT = """\
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: no-port
  namespace: {namespace}
spec:
  parentRefs:
    - name: edge
  rules:
    - backendRefs:
        - kind: Service
          name: model-server
"""

DEPLOYMENT_SELECTOR_MISMATCH = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mismatch
  namespace: {namespace}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: router
  template:
    metadata:
      labels:
        app: something-else
    spec:
      containers:
        - name: router
          image: registry.example/router:1.0.0
"""

CONFIGMAP = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: {namespace}
data:
  key: value
"""


def test_server_is_the_pinned_kube_apiserver(control_plane: ControlPlane) -> None:
    version = json.loads(control_plane.kubectl("version", "-o", "json").stdout)
    assert version["serverVersion"]["gitVersion"] == f"v{KUBERNETES_VERSION}"


def test_every_pinned_crd_is_established(control_plane: ControlPlane) -> None:
    expected = set()
    for name in crd_files():
        for document in yaml.load_all((crd_dir() / name).read_text(), Loader=YAML_LOADER):
            if document and document.get("kind") == "CustomResourceDefinition":
                expected.add(document["metadata"]["name"])
    listed = json.loads(control_plane.kubectl("get", "crd", "-o", "json").stdout)["items"]
    established = {
        item["metadata"]["name"]
        for item in listed
        if any(
            condition["type"] == "Established" and condition["status"] == "True"
            for condition in item.get("status", {}).get("conditions", [])
        )
    }
    assert len(expected) == len(crd_files())
    assert expected <= established


def test_gateway_applies_and_reads_back(control_plane: ControlPlane) -> None:
    control_plane.create_namespaces(["tp-gateway"])
    manifest = GATEWAY.format(namespace="tp-gateway")
    control_plane.apply(manifest, dry_run=True)
    control_plane.apply(manifest)

    stored = json.loads(
        control_plane.kubectl("get", "gateway", "edge", "-n", "tp-gateway", "-o", "json").stdout
    )
    assert stored["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert stored["spec"]["gatewayClassName"] == "envoy"
    assert stored["spec"]["listeners"] == [
        {
            "name": "http",
            "protocol": "HTTP",
            "port": 80,
            "allowedRoutes": {"namespaces": {"from": "Same"}},
        }
    ]
    # Re-applying the same document is a no-op: the server reports no difference.
    diff = control_plane.kubectl(
        "diff",
        "--server-side",
        "--field-manager=tokenplane-tests",
        "-f",
        "-",
        input=manifest,
        check=False,
    )
    assert diff.returncode == 0, diff.stdout + diff.stderr


def test_fails_when_httproute_service_backend_has_no_port(control_plane: ControlPlane) -> None:
    control_plane.create_namespaces(["tp-httproute"])
    manifest = HTTPROUTE_SERVICE_WITHOUT_PORT.format(namespace="tp-httproute")

    for dry_run in (True, False):
        result = control_plane.apply(manifest, dry_run=dry_run, check=False)
        assert result.returncode != 0
        assert "Must have port for Service reference" in result.stderr

    absent = control_plane.kubectl("get", "httproute", "no-port", "-n", "tp-httproute", check=False)
    assert absent.returncode != 0
    assert "NotFound" in absent.stderr


def test_fails_when_deployment_selector_does_not_match_template(
    control_plane: ControlPlane,
) -> None:
    control_plane.create_namespaces(["tp-deployment"])
    result = control_plane.apply(
        DEPLOYMENT_SELECTOR_MISMATCH.format(namespace="tp-deployment"), check=False
    )
    assert result.returncode != 0
    assert "`selector` does not match template `labels`" in result.stderr


def test_fails_when_namespace_does_not_exist(control_plane: ControlPlane) -> None:
    result = control_plane.apply(CONFIGMAP.format(namespace="tp-never-created"), check=False)
    assert result.returncode != 0
    assert 'namespaces "tp-never-created" not found' in result.stderr
