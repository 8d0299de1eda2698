"""L2 wrappers of Prometheus operator kinds (`monitoring.coreos.com/v1`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from constructs import Construct

from imports.com.coreos import monitoring as l1
from tokenplane.constructs.l2.core import ServiceAccountToken
from tokenplane.constructs.l2.resource import Resource

API_VERSION = "monitoring.coreos.com/v1"


class PodMonitor(Resource):
    """Defines a PodMonitor: Prometheus scrapes `path` on the container port named `port` of
    the pods of its own namespace matching `selector`.

    With `token`, each scrape sends that Secret's token as a bearer credential. Prometheus
    names the scrape job `<namespace>/<name>` (see `job`).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        selector: Mapping[str, str],
        port: str,
        path: str = "/metrics",
        interval: timedelta = timedelta(seconds=30),
        token: ServiceAccountToken | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope, id, name=name, namespace=namespace, api_version=API_VERSION, kind="PodMonitor"
        )
        if not selector:
            raise ValueError(f"PodMonitor {name}: the selector must not be empty")
        self.job = f"{namespace}/{name}"
        authorization = (
            l1.PodMonitorSpecPodMetricsEndpointsAuthorization(
                type="Bearer",
                credentials=l1.PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(
                    name=token.name, key=token.key
                ),
            )
            if token is not None
            else None
        )
        l1.PodMonitor(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.PodMonitorSpec(
                selector=l1.PodMonitorSpecSelector(match_labels=dict(selector)),
                pod_metrics_endpoints=[
                    l1.PodMonitorSpecPodMetricsEndpoints(
                        port=port,
                        path=path,
                        interval=f"{int(interval.total_seconds())}s",
                        authorization=authorization,
                    )
                ],
            ),
        )


@dataclass(frozen=True)
class AlertRule:
    """Defines one alert: it fires when `expr` (PromQL) has returned samples for `for_`."""

    alert: str
    expr: str
    for_: timedelta
    severity: str
    summary: str
    description: str
    labels: Mapping[str, str] = field(default_factory=dict)

    def to_l1(self) -> l1.PrometheusRuleSpecGroupsRules:
        """The rule as the L1 type spells it."""
        return l1.PrometheusRuleSpecGroupsRules(
            alert=self.alert,
            expr=l1.PrometheusRuleSpecGroupsRulesExpr.from_string(self.expr),
            for_=f"{int(self.for_.total_seconds() // 60)}m",
            labels={"severity": self.severity, **self.labels},
            annotations={"summary": self.summary, "description": self.description},
        )


class PrometheusRule(Resource):
    """Defines a PrometheusRule holding one group of alerts."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        group: str,
        rules: Sequence[AlertRule],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            name=name,
            namespace=namespace,
            api_version=API_VERSION,
            kind="PrometheusRule",
        )
        if not rules:
            raise ValueError(f"PrometheusRule {name}: at least one rule is required")
        for rule in rules:
            if rule.for_ % timedelta(minutes=1):
                raise ValueError(f"PrometheusRule {name}: {rule.alert} 'for' must be whole minutes")
        self.rules = tuple(rules)
        l1.PrometheusRule(
            self,
            "Resource",
            metadata=self.metadata(labels),
            spec=l1.PrometheusRuleSpec(
                groups=[
                    l1.PrometheusRuleSpecGroups(name=group, rules=[rule.to_l1() for rule in rules])
                ]
            ),
        )
