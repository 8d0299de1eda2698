"""The config the GitOps suite synthesizes: the example `config/` pointed at the loopback sources.

Changed from the example, and nothing else:
- `gitops.repository` is the loopback Git repository that holds the synthesized `dist/`;
- `infrastructure:` lists every install with its upstream repository replaced by the loopback
  Git server (CRD manifests: the pinned CRD files at the upstream path and tag), Helm repository
  or OCI registry, versions as tokenplane/versions.py pins them except the suite's named version
  override (charts.VERSION_OVERRIDES: Envoy Gateway v1.9.0).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.conformance.suite_config import dump_config
from tests.gitops import servers
from tokenplane.config.infrastructure import InfrastructureSpec, ManifestsSpec

REPO = Path(__file__).resolve().parents[2]
CLUSTER = "production"
PLATFORM_REPOSITORY = "platform/tokenplane"
"""Where the loopback Git server serves the repository of dist/."""


def upstream_repository(spec: ManifestsSpec) -> str:
    """`owner/name` of an upstream Git repository URL (https://github.com/owner/name)."""
    return spec.repository.removeprefix("https://github.com/").removesuffix(".git")


def loopback_infrastructure(infrastructure: InfrastructureSpec) -> dict[str, Any]:
    data: dict[str, Any] = infrastructure.model_dump(mode="json")
    for field, value in data.items():
        spec = getattr(infrastructure, field)
        if isinstance(spec, ManifestsSpec):
            value["repository"] = servers.git_url(upstream_repository(spec))
        elif spec.is_oci:
            value["repository"] = servers.oci_url(spec.repository.rsplit("/", 1)[1])
        else:
            value["repository"] = servers.helm_url(field.replace("_", "-"))
    return data


def gitops_config(target: Path, infrastructure: InfrastructureSpec) -> Path:
    """The example config copied to `target`, pointed at the loopback sources."""
    shutil.copytree(REPO / "config", target)
    path = target / "platform.yaml"
    data = yaml.safe_load(path.read_text())
    data["gitops"]["repository"] = servers.git_url(PLATFORM_REPOSITORY)
    data["infrastructure"] = loopback_infrastructure(infrastructure)
    path.write_text(dump_config(data))
    return target


def remove_tenant(config: Path, tenant: str) -> None:
    path = config / "tenants.yaml"
    data = yaml.safe_load(path.read_text())
    del data["tenants"][tenant]
    path.write_text(dump_config(data))
