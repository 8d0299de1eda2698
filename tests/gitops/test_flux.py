"""GitOps end to end through the real Flux controllers (docs/gitops.md, "End-to-end suite").

The phases run in file order on one cluster (one session fixture), each from the state the one
before left:

1. bootstrap with the README's command, `kubectl apply -k dist/<cluster>/flux`, and wait until
   every Kustomization and HelmRelease is Ready; the order they became Ready must follow dependsOn;
2. (next: prune, rejection, Argo CD.)

Stand-ins (named in flux.py, standins.py, charts.py, run.py): workload statuses, webhook admission
off, loopback copies of the upstream CRD repositories, the chart packaging substitutions.
"""

from __future__ import annotations

from tests.gitops.observe import (
    ReadyOrder,
    dependencies,
    expected_objects,
    flux_objects,
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
