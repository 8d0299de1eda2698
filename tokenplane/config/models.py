"""`config/models.yaml`: the LLMs the platform serves and where they run."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tokenplane.config.base import DnsLabel, StrictSpec


class TolerationSpec(StrictSpec):
    """Defines a toleration of the model server pods."""

    key: str = Field(description="Taint key tolerated.")
    operator: Literal["Exists", "Equal"] = Field("Exists", description="How the key is matched.")
    value: str | None = Field(None, description="Taint value, with operator Equal.")
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = Field(
        None, description="Taint effect tolerated. Default: every effect."
    )


class PlacementSpec(StrictSpec):
    """Defines where a model's pods may be scheduled."""

    node_selector: dict[str, str] = Field(
        default_factory=dict, description="Node labels required. Default: any node."
    )
    tolerations: list[TolerationSpec] = Field(
        default_factory=list, description="Taints tolerated. Default: none."
    )
    runtime_class: DnsLabel | None = Field(
        None, description="RuntimeClass of the pods. Default: the cluster's default runtime."
    )


class ModelSpec(StrictSpec):
    """Defines one model: the OpenAI model name clients send, and its vLLM servers."""

    served_name: str = Field(
        min_length=1, description="The `model` value clients send, e.g. nvidia/Llama-3.1-8B."
    )
    image: str = Field(min_length=1, description="vLLM container image, pinned by tag or digest.")
    args: list[str] = Field(
        default_factory=list, description="Extra vLLM arguments. Default: none."
    )
    gpus: int = Field(1, ge=0, description="nvidia.com/gpu per pod.")
    replicas: int = Field(1, ge=1, description="Number of vLLM pods.")
    placement: PlacementSpec = Field(
        default_factory=PlacementSpec, description="Scheduling. Default: anywhere."
    )


class ModelsFileSpec(StrictSpec):
    """Defines the contents of `config/models.yaml`."""

    version: Literal[1] = Field(description="Schema version of this file.")
    models: dict[DnsLabel, ModelSpec] = Field(min_length=1, description="Models by id.")
