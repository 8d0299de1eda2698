"""Prometheus operator wrappers: monitors with a bearer token from a service-account Secret,
rules of whole-minute alerts."""

from __future__ import annotations

from datetime import timedelta

import cdk8s
import pytest

from tests.constructs.conftest import find
from tokenplane.constructs import (
    AlertRule,
    PodMonitor,
    PrometheusRule,
    ServiceAccount,
    ServiceAccountToken,
)

RULE = AlertRule(
    alert="Down",
    expr="up == 0",
    for_=timedelta(minutes=5),
    severity="critical",
    summary="down",
    description="down for 5 minutes",
)


def test_pod_monitor_sends_the_token_of_a_service_account_secret() -> None:
    chart = cdk8s.Testing.chart()
    account = ServiceAccount(chart, "sa", name="reader", namespace="models")
    token = ServiceAccountToken(chart, "token", name="reader", service_account=account)
    monitor = PodMonitor(
        chart,
        "monitor",
        name="pickers",
        namespace="models",
        selector={"app": "epp"},
        port="metrics",
        token=token,
    )
    objects = list(cdk8s.Testing.synth(chart))
    assert monitor.job == "models/pickers"
    secret = find(objects, "Secret", "reader")
    assert secret["type"] == "kubernetes.io/service-account-token"
    assert secret["metadata"]["annotations"] == {"kubernetes.io/service-account.name": "reader"}
    assert "data" not in secret
    (endpoint,) = find(objects, "PodMonitor", "pickers")["spec"]["podMetricsEndpoints"]
    assert endpoint == {
        "authorization": {"credentials": {"key": "token", "name": "reader"}, "type": "Bearer"},
        "interval": "30s",
        "path": "/metrics",
        "port": "metrics",
    }


def test_prometheus_rule_holds_one_group_of_alerts() -> None:
    chart = cdk8s.Testing.chart()
    PrometheusRule(chart, "rule", name="alerts", namespace="models", group="g", rules=[RULE])
    (group,) = find(list(cdk8s.Testing.synth(chart)), "PrometheusRule", "alerts")["spec"]["groups"]
    assert group == {
        "name": "g",
        "rules": [
            {
                "alert": "Down",
                "annotations": {"description": "down for 5 minutes", "summary": "down"},
                "expr": "up == 0",
                "for": "5m",
                "labels": {"severity": "critical"},
            }
        ],
    }


def test_fails_when_a_pod_monitor_selects_everything() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="selector must not be empty"):
        PodMonitor(chart, "m", name="m", namespace="models", selector={}, port="http")


def test_fails_when_a_rule_waits_part_of_a_minute() -> None:
    chart = cdk8s.Testing.chart()
    odd = AlertRule(
        alert="Odd",
        expr="up == 0",
        for_=timedelta(seconds=90),
        severity="warning",
        summary="s",
        description="d",
    )
    with pytest.raises(ValueError, match="whole minutes"):
        PrometheusRule(chart, "rule", name="alerts", namespace="m", group="g", rules=[odd])


def test_fails_when_a_rule_has_no_alert() -> None:
    chart = cdk8s.Testing.chart()
    with pytest.raises(ValueError, match="at least one rule"):
        PrometheusRule(chart, "rule", name="alerts", namespace="m", group="g", rules=[])
