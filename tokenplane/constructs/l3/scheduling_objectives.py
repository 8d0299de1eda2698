"""L3: the scheduling classes of the tenants, as InferenceObjectives of one model's pool."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from tokenplane.constructs.l2.inference import InferenceObjective, InferencePool
from tokenplane.contracts import names


class SchedulingObjectives(Construct):
    """Defines one InferenceObjective per scheduling class on `pool`: `classes` maps a class
    id (a tier, or a tenant's own priority) to its priority.

    Each objective is named `<pool>.<class>` (`names.inference_objective`), the value the
    AuthPolicy sets in the objective header for that class's requests to this pool's model;
    the pool's endpoint picker reads only its own pool's objectives. Their number grows with
    the classes in use, never with tenants.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        pool: InferencePool,
        classes: Mapping[str, int],
        labels: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        if not classes:
            raise ValueError(f"pool {pool.name}: at least one scheduling class is required")
        self.objectives = {
            class_id: InferenceObjective(
                self,
                class_id,
                name=names.inference_objective(pool.name, class_id),
                pool=pool,
                priority=priority,
                labels=labels,
            )
            for class_id, priority in sorted(classes.items())
        }
