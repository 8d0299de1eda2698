"""L3: everything that serves one model: vLLM servers, their InferencePool and its picker."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from tokenplane.config import ModelSpec
from tokenplane.constructs.l2.core import Namespace
from tokenplane.constructs.l2.inference import InferencePool
from tokenplane.constructs.l2.rbac import ClusterRole
from tokenplane.constructs.l3.endpoint_picker import EndpointPicker
from tokenplane.constructs.l3.model_autoscaler import ModelAutoscaler
from tokenplane.constructs.l3.model_server import ModelServer
from tokenplane.constructs.l3.scheduling_objectives import SchedulingObjectives
from tokenplane.contracts import names


class ModelServing(Construct):
    """Defines one model's serving path: vLLM servers, an InferencePool over them, its EPP,
    one InferenceObjective per scheduling class in `scheduling_classes` (class id →
    priority), and a KEDA autoscaler of the servers when the model autoscales.

    The pool selects exactly the vLLM pods' labels on the vLLM port and asks the model's
    own endpoint picker which pod serves each request. Every object carries `labels`
    (including the model label), so the writer puts them under `models/<model-id>/`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model_id: str,
        model: ModelSpec,
        namespace: Namespace,
        metrics_auth: ClusterRole,
        scheduling_classes: Mapping[str, int],
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        self.model_id = model_id
        self.served_name = model.served_name
        self.route_timeout_seconds = model.route_timeout_seconds
        self.server = ModelServer(
            self,
            "server",
            model_id=model_id,
            model=model,
            namespace=namespace,
            labels={**labels, **names.component("model-server")},
        )
        pool_name = names.model_server(model_id)
        self.picker = EndpointPicker(
            self,
            "picker",
            name=names.endpoint_picker(model_id),
            pool_name=pool_name,
            namespace=namespace,
            weights=model.scheduler,
            flow_control=model.flow_control,
            metrics_auth=metrics_auth,
            metrics_auth_binding=names.endpoint_picker_auth(namespace.name, model_id),
            labels={**labels, **names.component("endpoint-picker")},
        )
        self.pool = InferencePool(
            self,
            "pool",
            name=pool_name,
            namespace=namespace.name,
            selector=self.server.pod_labels,
            target_port=self.server.port,
            endpoint_picker=self.picker.service,
            picker_port="grpc",
            labels={**labels, **names.component("inference-pool")},
        )
        self.objectives = SchedulingObjectives(
            self,
            "objectives",
            pool=self.pool,
            classes=scheduling_classes,
            labels={**labels, **names.component("inference-objective")},
        )
        self.autoscaler = (
            ModelAutoscaler(
                self,
                "autoscaler",
                model_id=model_id,
                served_name=model.served_name,
                autoscaling=model.autoscaling,
                deployment=self.server.deployment,
                labels={**labels, **names.component("autoscaler")},
            )
            if model.autoscaling is not None
            else None
        )
