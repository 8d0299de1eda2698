"""L2 wrappers of Gateway API Inference Extension kinds (`inference.networking.k8s.io/v1`)."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.io.k8s.networking import inference as l1
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
