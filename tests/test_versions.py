"""The version table agrees with where the shared CRD files came from.

The shared CRD folder's README records, per folder, the upstream repository and tag each file
was copied from. Every component's pinned version must be that tag, so that the charts the
infrastructure layer installs, the CRDs the validator judges by, and the CRDs the API-server
tests install are one release; a component whose CRDs come from another ref names it in
`crd_ref`.
"""

from __future__ import annotations

import yaml

from tests.conftest import REPO
from tokenplane import versions
from tokenplane.paths import shared_root
from tokenplane.versions import COMPONENTS, VLLM_IMAGE


def _folders() -> dict[str, tuple[str, str]]:
    """Local folder → (upstream repository, tag), from the README's component table."""
    rows: dict[str, tuple[str, str]] = {}
    for line in (shared_root() / "crds" / "README.md").read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 6 or not (cells[4].startswith("`") and cells[4].endswith("/`")):
            continue
        repo, tag, folder = cells[1], cells[2].split(" ")[0], cells[4].strip("`")
        rows[folder] = (repo, tag)
    return rows


def test_every_pinned_crd_comes_from_the_pinned_release() -> None:
    folders = _folders()
    for component in COMPONENTS:
        expected = component.crd_ref or component.version
        for path in component.crd_files:
            folder = max((f for f in folders if path.startswith(f)), key=len)
            assert folders[folder] == (component.repo, expected), (component.name, path)


def test_the_picker_examples_come_from_the_pinned_router_release() -> None:
    """The EndpointPickerConfig examples our picker config is checked against are the pinned
    llm-d Router release's own `deploy/config/` files."""
    router = versions.component("llm-d-router")
    folder = f"gateway-api-inference-extension/examples/llm-d-router-{router.version}/"
    assert _folders()[folder] == (router.repo, router.version)


def test_the_scheduling_suite_installs_the_crds_of_the_picker_it_runs() -> None:
    """tests/scheduling runs the GAIE picker of `ENDPOINT_PICKER` (llm-d Router v0.10.0 is not
    served by the module proxy) and gives it the objective CRDs of that same release."""
    from tests.scheduling.stack import PICKER_UNDER_TEST_CRDS

    picker = versions.ENDPOINT_PICKER
    assert picker.module == "sigs.k8s.io/gateway-api-inference-extension"
    folders = _folders()
    for path in PICKER_UNDER_TEST_CRDS:
        folder = max((f for f in folders if path.startswith(f)), key=len)
        assert folders[folder] == (
            "kubernetes-sigs/gateway-api-inference-extension",
            picker.version,
        )


def test_the_example_models_run_the_pinned_vllm_release() -> None:
    models = yaml.safe_load((REPO / "config" / "models.yaml").read_text())["models"]
    assert {model["image"] for model in models.values()} == {VLLM_IMAGE}


def test_fails_when_the_package_version_and_pyproject_disagree() -> None:
    import tomllib

    from tokenplane.version import __version__

    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert __version__ == project["version"]
