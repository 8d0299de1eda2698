"""STAND-IN for the kubelet and the workload and disruption controllers of kube-controller-manager,
which do not run here: a loop that marks every Deployment, StatefulSet and DaemonSet available,
every Job complete and every PodDisruptionBudget met, by patching their `/status` as those
controllers would once the pods ran.

Only status is written, never spec, so what Flux and Helm applied is untouched. Without it no
Helm release with workloads could become Ready (helm-controller waits for them) and neither could
a Kustomization with `wait: true`.
"""

from __future__ import annotations

import datetime
import threading
from typing import Any

from tests.gitops.rest import Rest

WORKLOADS = (
    ("apps/v1", "deployments"),
    ("apps/v1", "statefulsets"),
    ("apps/v1", "daemonsets"),
    ("batch/v1", "jobs"),
    ("policy/v1", "poddisruptionbudgets"),
)
MESSAGE = "stand-in (tests/gitops/standins.py): no kubelet runs in the GitOps suite"


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _condition(kind: str, reason: str) -> dict[str, str]:
    now = _now()
    return {
        "type": kind,
        "status": "True",
        "reason": reason,
        "message": MESSAGE,
        "lastTransitionTime": now,
        "lastUpdateTime": now,
    }


def desired_status(resource: str, item: dict[str, Any]) -> dict[str, Any] | None:
    """The status its controller would write once every pod ran; None when it already has it."""
    spec = item.get("spec", {})
    status = item.get("status", {})
    generation = item["metadata"].get("generation", 1)
    if resource == "jobs":
        if any(c.get("type") == "Complete" for c in status.get("conditions", [])):
            return None
        now = _now()
        complete = [
            {k: v for k, v in _condition(t, "CompletionsReached").items() if k != "lastUpdateTime"}
            | {"lastProbeTime": now}
            for t in ("SuccessCriteriaMet", "Complete")
        ]
        return {
            "startTime": status.get("startTime", now),
            "completionTime": now,
            "succeeded": spec.get("completions") or 1,
            "active": 0,
            "ready": 0,
            "conditions": complete,
        }
    if resource == "poddisruptionbudgets":
        want = {
            "observedGeneration": generation,
            "currentHealthy": 1,
            "desiredHealthy": 1,
            "expectedPods": 1,
            "disruptionsAllowed": 0,
        }
        if all(status.get(k) == v for k, v in want.items()):
            return None
        return want | {"conditions": [_condition("DisruptionAllowed", "InsufficientPods")]}
    if resource == "daemonsets":
        want = {
            "observedGeneration": generation,
            "currentNumberScheduled": 1,
            "desiredNumberScheduled": 1,
            "numberAvailable": 1,
            "numberReady": 1,
            "updatedNumberScheduled": 1,
            "numberMisscheduled": 0,
        }
        return None if all(status.get(k) == v for k, v in want.items()) else want
    replicas = spec.get("replicas", 1)
    want = {
        "observedGeneration": generation,
        "replicas": replicas,
        "readyReplicas": replicas,
        "availableReplicas": replicas,
        "updatedReplicas": replicas,
    }
    if resource == "statefulsets":
        want |= {
            "currentReplicas": replicas,
            "currentRevision": "standin",
            "updateRevision": "standin",
        }
    if all(status.get(k) == v for k, v in want.items()):
        return None
    if resource == "deployments":
        want["conditions"] = [
            _condition("Available", "MinimumReplicasAvailable"),
            _condition("Progressing", "NewReplicaSetAvailable"),
        ]
    return want


class WorkloadStandIn:
    """Runs the stand-in loop in a thread until `stop()`; `patched` lists what it marked."""

    def __init__(self, rest: Rest, interval: float = 1.0) -> None:
        self.rest = rest
        self.interval = interval
        self.patched: list[str] = []
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.sweep()
            except Exception as error:  # kept for the failure message, the loop goes on
                self.errors.append(str(error))
                del self.errors[:-20]
            self._stop.wait(self.interval)

    def sweep(self) -> None:
        for api, resource in WORKLOADS:
            for item in self.rest.list(api, resource):
                status = desired_status(resource, item)
                if status is None:
                    continue
                meta = item["metadata"]
                self.rest.patch_status(api, resource, meta["namespace"], meta["name"], status)
                self.patched.append(f"{resource}/{meta['namespace']}/{meta['name']}")
