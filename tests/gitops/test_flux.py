"""GitOps end to end through the real Flux controllers (docs/gitops.md, "End-to-end suite").

The phases run in file order on one cluster (one session fixture), each from the state the one
before left:

1. bootstrap with the README's command, `kubectl apply -k dist/<cluster>/flux`, and wait until
   every Kustomization and HelmRelease is Ready; the order they became Ready must follow dependsOn;
2. remove a tenant in a new commit: exactly its objects are pruned, no other object changes;
3. a commit the API server rejects: the last good revision stays applied, nothing is pruned.

Stand-ins (named in flux.py, standins.py, charts.py, run.py): workload statuses, webhook admission
off, loopback copies of the upstream CRD repositories, the chart packaging substitutions.
"""

from __future__ import annotations

import json
import shutil
from typing import Any

import pytest

from tests.gitops import suite_config
from tests.gitops.flux import ready
from tests.gitops.observe import (
    ObjectId,
    ReadyOrder,
    dependencies,
    expected_objects,
    flux_objects,
    inventory,
    owner,
)
from tests.gitops.run import GitopsRun


def test_bootstrap_makes_every_kustomization_and_helmrelease_ready(
    bootstrapped: tuple[GitopsRun, ReadyOrder, float],
) -> None:
    run, order, seconds = bootstrapped
    expected = expected_objects(run)
    assert set(order.first_ready) >= expected
    print(f"\nbootstrap to all Ready: {seconds:.0f} s; order observed:")
    for key in order.sequence():
        print(f"  {order.first_ready[key]:4d} {order.transition[key]} {key[0]}/{key[1]}")


def test_ready_order_follows_depends_on(
    bootstrapped: tuple[GitopsRun, ReadyOrder, float],
) -> None:
    run, order, _ = bootstrapped
    objects = flux_objects(run)
    wrong = []
    for key, item in objects.items():
        before = dependencies(item)
        if key[0] == "Kustomization":
            # A Kustomization with wait is Ready only after what it applied is: its HelmReleases.
            before |= {k for k, o in objects.items() if k[0] == "HelmRelease" and owner(o) == key}
        for dependency in before:
            assert dependency in order.first_ready, f"{key} depends on unknown {dependency}"
            if (order.first_ready[dependency], order.transition[dependency]) > (
                order.first_ready[key],
                order.transition[key],
            ):
                wrong.append(f"{key[0]}/{key[1]} Ready before its dependency {dependency[1]}")
    assert not wrong, "\n".join(wrong)
    assert any(dependencies(o) for o in objects.values()), "no dependsOn at all: nothing checked"


def test_every_helm_release_is_a_real_install(
    bootstrapped: tuple[GitopsRun, ReadyOrder, float],
) -> None:
    """helm-controller stored a Helm release (a `sh.helm.release.v1` Secret) for each one."""
    run, _, _ = bootstrapped
    assert run.flux is not None
    secrets = run.flux.plane.kubectl(
        "get", "secrets", "-A", "-l", "owner=helm", "-o", "jsonpath={.items[*].metadata.name}"
    ).stdout.split()
    releases = {
        item["spec"].get("releaseName", item["metadata"]["name"])
        for item in run.flux.objects("helmreleases")
    }
    stored = {name.split(".")[4] for name in secrets if name.startswith("sh.helm.release.v1.")}
    assert releases <= stored, f"no Helm release stored for {sorted(releases - stored)}"


# -- prune and rejection ---------------------------------------------------------------------------

VOLATILE_METADATA = {"resourceVersion", "managedFields", "generation", "uid", "creationTimestamp"}
PRUNED_TENANT = "initech"
"""A tenant without overrides, served only in production: removing it touches nothing outside
its own folder."""
REJECTED_TENANT = "globex"
INVALID_TENANT = "acme"


def live_objects(run: GitopsRun, ids: set[ObjectId]) -> dict[ObjectId, dict[str, Any]]:
    """The objects of `ids` as the API server has them now, without status and volatile metadata;
    absent ones are left out."""
    assert run.flux is not None
    kinds = sorted({f"{kind}.{group}" if group else kind for group, kind, _, _ in ids})
    items = json.loads(run.flux.plane.kubectl("get", ",".join(kinds), "-A", "-o", "json").stdout)
    found: dict[ObjectId, dict[str, Any]] = {}
    for item in items["items"]:
        group = item["apiVersion"].rpartition("/")[0]
        meta = item["metadata"]
        key = (group, item["kind"], meta.get("namespace", ""), meta["name"])
        if key not in ids:
            continue
        item.pop("status", None)
        for field in VOLATILE_METADATA:
            meta.pop(field, None)
        meta.get("annotations", {}).pop("reconcile.fluxcd.io/requestedAt", None)
        found[key] = item
    return found


def rendered(run: GitopsRun) -> dict[ObjectId, dict[str, Any]]:
    """Every object dist/<cluster>/ holds, by id."""
    return {
        (
            d["apiVersion"].rpartition("/")[0],
            d["kind"],
            d["metadata"].get("namespace", ""),
            d["metadata"]["name"],
        ): d
        for d in run.documents("")
    }


def applied(run: GitopsRun, commit: str) -> bool:
    """Every Kustomization of the platform repository applied `commit` and is Ready."""
    assert run.flux is not None
    items = [
        k
        for k in run.flux.objects("kustomizations")
        if k["spec"]["sourceRef"]["name"] == "tokenplane"
    ]
    return bool(items) and all(
        k.get("status", {}).get("lastAppliedRevision", "").endswith(commit) and ready(k)
        for k in items
    )


def attempted(run: GitopsRun, name: str, commit: str) -> dict[str, Any] | None:
    """The Kustomization `name` once it has attempted `commit` and is not Ready; else None."""
    assert run.flux is not None
    for k in run.flux.objects("kustomizations"):
        status = k.get("status", {})
        if (
            k["metadata"]["name"] == name
            and status.get("lastAttemptedRevision", "").endswith(commit)
            and any(
                c["type"] == "Ready" and c["status"] == "False"
                for c in status.get("conditions", [])
            )
        ):
            return k
    return None


@pytest.fixture(scope="module")
def pruned(
    bootstrapped: tuple[GitopsRun, ReadyOrder, float],
) -> tuple[
    GitopsRun, dict[ObjectId, dict[str, Any]], dict[ObjectId, dict[str, Any]], set[ObjectId]
]:
    """Removes a tenant in a new commit: (run, live before, live after, removed from dist)."""
    run, _, _ = bootstrapped
    assert run.flux is not None
    everything = set().union(*inventory(run).values())
    before_rendered = rendered(run)
    before = live_objects(run, everything)
    suite_config.remove_tenant(run.config, PRUNED_TENANT)
    commit = run.commit(f"remove tenant {PRUNED_TENANT}")
    run.reconcile_now()
    run.flux.wait_for(lambda: applied(run, commit), f"every Kustomization to apply {commit}")
    after_rendered = rendered(run)
    removed = set(before_rendered) - set(after_rendered)
    changed = {
        k
        for k in set(before_rendered) & set(after_rendered)
        if before_rendered[k] != after_rendered[k]
    }
    assert not changed, f"removing a tenant changed other rendered objects: {sorted(changed)}"
    return run, before, live_objects(run, everything), removed


def test_removing_a_tenant_prunes_exactly_its_objects(
    pruned: tuple[GitopsRun, dict[ObjectId, Any], dict[ObjectId, Any], set[ObjectId]],
) -> None:
    run, before, after, removed = pruned
    assert removed, "the tenant had no objects in dist/: nothing to prune"
    tenant_files = run.dist / "tenants" / PRUNED_TENANT
    assert not tenant_files.exists()
    assert all(k in before for k in removed), "the tenant's objects were not applied before"
    gone = set(before) - set(after)
    assert gone == removed, f"pruned {sorted(gone)}, expected {sorted(removed)}"
    assert all(k in set().union(*inventory(run).values()) for k in after)


def test_removing_a_tenant_changes_no_other_object(
    pruned: tuple[GitopsRun, dict[ObjectId, Any], dict[ObjectId, Any], set[ObjectId]],
) -> None:
    _, before, after, _ = pruned
    changed = sorted(k for k in after if after[k] != before[k])
    assert not changed, f"objects whose live spec changed: {changed}"


def test_a_rejected_commit_keeps_the_last_good_revision_and_prunes_nothing(
    pruned: tuple[GitopsRun, dict[ObjectId, Any], dict[ObjectId, Any], set[ObjectId]],
) -> None:
    """The commit removes a tenant and carries an object the API server refuses (an enum value
    outside the ExternalSecret CRD's schema): the tenants Kustomization must fail as a whole."""
    run, _, _, _ = pruned
    assert run.flux is not None
    good = run.commits[-1]
    everything = set().union(*inventory(run).values())
    before = live_objects(run, everything)
    shutil.rmtree(run.dist / "tenants" / REJECTED_TENANT)
    listing = run.dist / "tenants" / "kustomization.yaml"
    listing.write_text(
        "".join(
            line
            for line in listing.read_text().splitlines(keepends=True)
            if f"- {REJECTED_TENANT}/" not in line
        )
    )
    invalid = sorted((run.dist / "tenants" / INVALID_TENANT).glob("externalsecret-*.yaml"))[0]
    text = invalid.read_text()
    assert "creationPolicy: Owner" in text
    invalid.write_text(text.replace("creationPolicy: Owner", "creationPolicy: Sometimes"))
    bad = run.commit("a commit the API server rejects", synth=False)
    run.reconcile_now()
    failed = run.flux.wait_for(
        lambda: attempted(run, "tokenplane-tenants", bad),
        "the tenants Kustomization to fail on the rejected commit",
    )
    message = " ".join(c.get("message", "") for c in failed["status"]["conditions"])
    assert "creationPolicy" in message or "Sometimes" in message, message
    assert failed["status"]["lastAppliedRevision"].endswith(good)
    after = live_objects(run, everything)
    assert set(after) == set(before), f"pruned: {sorted(set(before) - set(after))}"
    changed = sorted(k for k in after if after[k] != before[k])
    assert not changed, f"objects changed by a rejected commit: {changed}"
    # Back to a commit that applies, for the phases after this one.
    fixed = run.commit("back to tokenplane synth")
    run.reconcile_now()
    run.flux.wait_for(lambda: applied(run, fixed), f"every Kustomization to apply {fixed}")
