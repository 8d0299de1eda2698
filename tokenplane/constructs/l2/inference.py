"""L2 wrappers of Gateway API Inference Extension kinds (`inference.networking.k8s.io/v1`) and
of llm-d Router's InferenceObjective (`llm-d.ai/v1alpha2`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.ai import llm_d
from imports.io.k8s.networking import inference as l1
from tokenplane import versions
from tokenplane.constructs.l2.core import Service
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "inference.networking.k8s.io/v1"


class InferencePool(Resource):
    """Defines an InferencePool: model-server pods that an endpoint picker chooses among.

    The pool selects pods by `selector` and sends to `target_port` on them; every request
    first asks the endpoint picker behind `endpoint_picker` (on its port `picker_port`)
    which pod to use. `fail_open` lets traffic through to any pod when the picker is down;
    default: requests fail (FailClose), so scheduling is never silently bypassed.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        selector: Mapping[str, str],
        target_port: int,
        endpoint_picker: Service,
        picker_port: str,
        fail_open: bool = False,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="InferencePool"
        )
        if not 1 <= len(selector) <= 64:
            raise ValueError(f"InferencePool {name}: the selector needs 1 to 64 labels")
        if endpoint_picker.namespace != namespace:
            raise ValueError(
                f"InferencePool {name}: the endpoint picker Service must be in namespace "
                f"{namespace}, not {endpoint_picker.namespace}"
            )
        self.selector = dict(selector)
        self.target_port = target_port
        self.endpoint_picker = endpoint_picker
        port = endpoint_picker.port(picker_port).port
        failure_mode = (
            l1.InferencePoolSpecEndpointPickerRefFailureMode.FAIL_OPEN
            if fail_open
            else l1.InferencePoolSpecEndpointPickerRefFailureMode.FAIL_CLOSE
        )
        l1.InferencePool(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.InferencePoolSpec(
                selector=l1.InferencePoolSpecSelector(match_labels=self.selector),
                target_ports=[l1.InferencePoolSpecTargetPorts(number=target_port)],
                app_protocol=l1.InferencePoolSpecAppProtocol.HTTP,
                endpoint_picker_ref=l1.InferencePoolSpecEndpointPickerRef(
                    group="",
                    kind="Service",
                    name=endpoint_picker.name,
                    port=l1.InferencePoolSpecEndpointPickerRefPort(number=port),
                    failure_mode=failure_mode,
                ),
            ),
        )


class InferenceObjective(Resource):
    """Defines an InferenceObjective: the priority of the requests that name it (by the
    objective header) on one InferencePool, `pool`, in the pool's namespace.

    Under saturation the pool's endpoint picker dispatches requests of a higher `priority`
    first; fairness is kept only among flows of one priority. The picker treats an unset
    priority as 0; here it is always set.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        pool: InferencePool,
        priority: int,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=pool.namespace,
            api_version=versions.INFERENCE_OBJECTIVE_API_VERSION,
            kind="InferenceObjective",
        )
        if not -(2**31) <= priority < 2**31:
            raise ValueError(f"InferenceObjective {name}: priority {priority} is not an int32")
        self.pool = pool
        self.priority = priority
        llm_d.InferenceObjective(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=llm_d.InferenceObjectiveSpec(
                pool_ref=llm_d.InferenceObjectiveSpecPoolRef(
                    name=pool.name, group=pool.group, kind=pool.kind
                ),
                priority=priority,
            ),
        )
