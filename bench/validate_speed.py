"""Times the offline validator on 10,000 ExternalSecrets plus a few hundred other documents.

Run: `PYTHONPATH=. python bench/validate_speed.py [shared folder]`. Prints wall-clock seconds for
the first (cold: CRD loading and compiling) and a second (warm) validation of the same set.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from tokenplane.problems import format_problem
from tokenplane.validate import Document, Validator


def external_secret(number: int) -> dict[str, Any]:
    tenant = f"tenant-{number:05d}"
    return {
        "apiVersion": "external-secrets.io/v1",
        "kind": "ExternalSecret",
        "metadata": {
            "name": f"{tenant}-api-key",
            "namespace": "tenants",
            "labels": {"app.kubernetes.io/part-of": "tokenplane", "tokenplane.io/tenant": tenant},
        },
        "spec": {
            "refreshInterval": "1h",
            "secretStoreRef": {"kind": "ClusterSecretStore", "name": "vault"},
            "target": {"name": f"{tenant}-api-key", "creationPolicy": "Owner"},
            "data": [
                {
                    "secretKey": "api-key",
                    "remoteRef": {"key": f"tenants/{tenant}", "property": "key"},
                }
            ],
        },
    }


def route(number: int) -> dict[str, Any]:
    return {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "HTTPRoute",
        "metadata": {"name": f"model-{number}", "namespace": "models"},
        "spec": {
            "parentRefs": [{"name": "main", "namespace": "gateway-system"}],
            "hostnames": [f"model-{number}.example.com"],
            "rules": [
                {
                    "matches": [{"path": {"type": "PathPrefix", "value": "/v1"}}],
                    "backendRefs": [{"name": f"model-{number}", "port": 8000}],
                }
            ],
        },
    }


def deployment(number: int) -> dict[str, Any]:
    labels = {"app.kubernetes.io/name": f"model-{number}"}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": f"model-{number}", "namespace": "models", "labels": labels},
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "containers": [
                        {
                            "name": "vllm",
                            "image": "vllm/vllm-openai:v0.11.0",
                            "ports": [{"name": "http", "containerPort": 8000}],
                        }
                    ]
                },
            },
        },
    }


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "shared"
    bodies = [external_secret(n) for n in range(10_000)]
    bodies += [route(n) for n in range(150)] + [deployment(n) for n in range(150)]
    documents = [Document(source=f"bench/{n}.yaml", index=0, body=b) for n, b in enumerate(bodies)]
    validator = Validator(shared / "crds")
    for label in ("cold", "warm"):
        start = time.perf_counter()
        problems = validator.validate(documents)
        print(
            f"{label}: {len(documents)} documents, {len(problems)} problems, "
            f"{time.perf_counter() - start:.2f} s"
        )
    for problem in problems[:5]:
        print(format_problem(problem))


if __name__ == "__main__":
    main()
