"""The suite can fail: a broken variant of the infrastructure layer is caught by the same checks.

The variant is the install issue 12 fixed: Envoy Gateway's CRDs as a Helm release of
gateway-crds-helm (the real chart, packaged as its release does, served from the loopback OCI
registry). Its release record is over the API server's 1 MiB Secret limit, so helm-controller
can never store it: the HelmRelease must stay not Ready with Helm's error, which is what the
bootstrap phase's readiness check would have reported had dist/ rendered it.
"""

from __future__ import annotations

import json
from typing import Any

from tests.gitops import charts, servers
from tests.gitops.flux import FLUX_NAMESPACE, condition, ready
from tests.gitops.observe import ReadyOrder
from tests.gitops.run import GitopsRun

BROKEN = "broken-envoy-gateway-crds"


def _broken_release(repository: str, version: str, namespace: str) -> list[dict[str, Any]]:
    return [
        {
            "apiVersion": "source.toolkit.fluxcd.io/v1",
            "kind": "OCIRepository",
            "metadata": {"name": BROKEN, "namespace": FLUX_NAMESPACE},
            "spec": {
                "interval": "1h",
                "url": f"{repository}/gateway-crds-helm",
                "ref": {"tag": version},
                "layerSelector": {"mediaType": servers.HELM_LAYER, "operation": "copy"},
            },
        },
        {
            "apiVersion": "helm.toolkit.fluxcd.io/v2",
            "kind": "HelmRelease",
            "metadata": {"name": BROKEN, "namespace": FLUX_NAMESPACE},
            "spec": {
                "interval": "30m",
                "releaseName": BROKEN,
                "targetNamespace": namespace,
                "chartRef": {"kind": "OCIRepository", "name": BROKEN},
                "install": {"remediation": {"retries": 0}},
                "values": {"crds": {"envoyGateway": {"enabled": True}}},
            },
        },
    ]


def test_fails_when_envoy_gateway_crds_are_a_helm_release(
    bootstrapped: tuple[GitopsRun, ReadyOrder, float],
) -> None:
    run, _, _ = bootstrapped
    assert run.flux is not None
    spec = run.infrastructure.envoy_gateway
    source = charts.chart_source("gateway-crds-helm", spec.version)
    package = run.helm.package(
        source, run.root / "charts" / "broken", version=spec.version, app_version=spec.version
    )
    namespace = spec.repository.rsplit("/", 1)[1]
    run.sources.registry.add_chart(
        f"{namespace}/gateway-crds-helm",
        spec.version,
        json.loads(json.dumps(run.helm.chart_metadata(package), default=str)),
        package.read_bytes(),
    )
    documents = _broken_release(servers.oci_url(namespace), spec.version, spec.namespace)
    plane = run.flux.plane
    plane.apply("\n---\n".join(json.dumps(d) for d in documents) + "\n")
    try:

        def failed() -> dict[str, Any] | None:
            for item in run.flux.objects("helmreleases") if run.flux else []:
                if item["metadata"]["name"] != BROKEN:
                    continue
                conditions = item.get("status", {}).get("conditions", [])
                if any(
                    c["type"] == "Ready"
                    and c["status"] == "False"
                    and c.get("reason") not in {"SourceNotReady", "Progressing"}
                    for c in conditions
                ):
                    return item
            return None

        item = run.flux.wait_for(failed, "the broken HelmRelease to fail", 600)
        assert item is not None and not ready(item)
        message = condition(item)
        assert "1048576" in message or "Too long" in message or "too large" in message, message
    finally:
        plane.kubectl("delete", "-n", FLUX_NAMESPACE, "helmrelease", BROKEN, "--wait=true")
        plane.kubectl("delete", "-n", FLUX_NAMESPACE, "ocirepository", BROKEN, "--wait=true")
