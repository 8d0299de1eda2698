"""What the GitOps tests observe of the Flux cluster, and the bootstrap every phase starts from."""

from __future__ import annotations

import time
from typing import Any

from tests.gitops.flux import ready
from tests.gitops.run import GitopsRun

BOOTSTRAP = ["apply", "-k"]
"""README, "GitOps": `kubectl apply -k dist/<cluster>/flux`."""

ObjectId = tuple[str, str, str, str]
"""(group, kind, namespace, name) of an applied object, as in a Flux inventory."""
Key = tuple[str, str]
"""(kind, name) of a Flux object in the Flux namespace."""


def flux_objects(run: GitopsRun) -> dict[Key, dict[str, Any]]:
    assert run.flux is not None
    found = {}
    for resource in ("kustomizations", "helmreleases"):
        for item in run.flux.objects(resource):
            found[(item["kind"], item["metadata"]["name"])] = item
    return found


def expected_objects(run: GitopsRun) -> set[Key]:
    """Every Kustomization and HelmRelease dist/ holds (entry points and inner ones)."""
    return {
        (d["kind"], d["metadata"]["name"])
        for folder in ("flux", "infrastructure")
        for d in run.documents(folder)
        if d["kind"] in {"Kustomization", "HelmRelease"}
        and d["apiVersion"].split("/")[0].endswith("toolkit.fluxcd.io")
    }


def dependencies(item: dict[str, Any]) -> set[Key]:
    kind = item["kind"]
    return {(kind, d["name"]) for d in item.get("spec", {}).get("dependsOn", [])}


def owner(item: dict[str, Any]) -> Key | None:
    """The Kustomization that applied `item` (kustomize-controller's labels)."""
    labels = item["metadata"].get("labels", {})
    name = labels.get("kustomize.toolkit.fluxcd.io/name")
    return ("Kustomization", name) if name else None


class ReadyOrder:
    """When each Flux object was first seen Ready (poll index and its condition's time)."""

    def __init__(self) -> None:
        self.first_ready: dict[Key, int] = {}
        self.transition: dict[Key, str] = {}
        self.polls = 0

    def observe(self, objects: dict[Key, dict[str, Any]]) -> None:
        self.polls += 1
        for key, item in objects.items():
            if key not in self.first_ready and ready(item):
                self.first_ready[key] = self.polls
                self.transition[key] = next(
                    c.get("lastTransitionTime", "")
                    for c in item["status"]["conditions"]
                    if c["type"] == "Ready"
                )

    def sequence(self) -> list[Key]:
        return sorted(self.first_ready, key=lambda k: (self.first_ready[k], self.transition[k]))


def bootstrap(gitops_run: GitopsRun) -> tuple[GitopsRun, ReadyOrder, float]:
    """Runs the README's bootstrap command and waits until every Flux object is Ready."""
    flux = gitops_run.flux
    assert flux is not None
    started = time.monotonic()
    flux.plane.kubectl(*BOOTSTRAP, str(gitops_run.dist / "flux"))
    order = ReadyOrder()
    expected = expected_objects(gitops_run)

    def all_ready() -> bool:
        objects = flux_objects(gitops_run)
        order.observe(objects)
        return expected <= set(objects) and all(ready(objects[k]) for k in expected)

    flux.wait_for(all_ready, "every Kustomization and HelmRelease to be Ready")
    return gitops_run, order, time.monotonic() - started


def inventory(run: GitopsRun) -> dict[str, set[ObjectId]]:
    """Kustomization name → the objects its status.inventory lists."""
    found: dict[str, set[ObjectId]] = {}
    assert run.flux is not None
    for item in run.flux.objects("kustomizations"):
        entries = item.get("status", {}).get("inventory", {}).get("entries", [])
        ids = set()
        for entry in entries:
            namespace, name, group, kind = entry["id"].split("_", 3)
            ids.add((group, kind, namespace, name))
        found[item["metadata"]["name"]] = ids
    return found
