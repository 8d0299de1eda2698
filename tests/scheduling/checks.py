"""The scheduling checks, shared by the tests and their broken variants.

Each check drives the running picker through the gateway's ext_proc stream and asserts on what
it chose: which endpoint (the header and the metadata the gateway routes by) and, under flow
control, the order in which it released held requests. No check measures time; waits are for
states (the picker scraped the fakes, the picker holds N requests), with bounds that only keep
a broken stack from hanging the suite.
"""

from __future__ import annotations

import itertools
import json
import time
from collections import Counter
from collections.abc import Mapping, Sequence

from tests.scheduling.gateway import Exchange, Routed, chat_request, route_once
from tests.scheduling.model_servers import Load
from tests.scheduling.stack import SchedulingStack

_ids = itertools.count(1)

SATURATED = Load(waiting=50, running=8, kv_cache=0.99)
"""Above the utilization detector's defaults (queue 5, KV cache 0.8) on every pod."""
HOLD_TIMEOUT = 60.0
"""Bound on waiting for the picker to hold the requests sent (a liveness bound)."""


def prompt(topic: str) -> str:
    """A prompt of several prefix-cache blocks, distinct from its first characters on."""
    return f"{topic}: " + " ".join(f"{topic} sentence {n} about scheduling." for n in range(40))


def request_id(label: str) -> str:
    return f"{label}-{next(_ids)}"


def _send(stack: SchedulingStack, text: str, rid: str, headers: Mapping[str, str]) -> Routed:
    channel, _ = stack.require()
    all_headers, body = chat_request(stack.served_name, text, request_id=rid, headers=headers)
    routed = route_once(channel, all_headers, body)
    assert routed.endpoint == routed.metadata_endpoint, (
        f"header names {routed.endpoint}, dynamic metadata {routed.metadata_endpoint}"
    )
    assert json.loads(routed.body) == json.loads(body), "the picker changed the request"
    return routed


def check_least_loaded(stack: SchedulingStack, headers: Mapping[str, str]) -> None:
    """With one pod idle and the others loaded, every new prompt goes to the idle pod."""
    busy, idle, busier = stack.endpoints
    stack.report(
        {
            busy: Load(waiting=3, running=4, kv_cache=0.5),
            idle: Load(waiting=0, running=1, kv_cache=0.05),
            busier: Load(waiting=4, running=6, kv_cache=0.7),
        }
    )
    chosen = [
        _send(stack, prompt(f"least-loaded {n}"), request_id("least"), headers).endpoint
        for n in range(6)
    ]
    assert chosen == [idle] * len(chosen), f"expected all on {idle}, got {chosen}"


def check_prefix_affinity(stack: SchedulingStack, headers: Mapping[str, str]) -> None:
    """A repeated prompt stays on the pod that served it, even once that pod is a little busier
    than the others; a new prompt at the same moment goes elsewhere (so the load difference is
    one the picker acts on)."""
    stack.report({})
    text = prompt("prefix affinity")
    first = _send(stack, text, request_id("prefix"), headers).endpoint
    stack.report({first: Load(waiting=1, running=2, kv_cache=0.0)})
    repeats = [_send(stack, text, request_id("prefix"), headers).endpoint for _ in range(5)]
    fresh = _send(stack, prompt("a different topic"), request_id("prefix"), headers).endpoint
    assert repeats == [first] * len(repeats), f"repeated prompt left {first}: {repeats}"
    assert fresh != first, f"a new prompt also went to the busier {first}"


def _wait_held(stack: SchedulingStack, count: int) -> None:
    _, picker = stack.require()
    deadline = time.monotonic() + HOLD_TIMEOUT
    held = 0.0
    while time.monotonic() < deadline:
        picker.check_alive()
        held = picker.gauge("inference_extension_flow_control_queue_size")
        if held >= count:
            return
        time.sleep(0.2)
    raise AssertionError(
        f"the picker held {held:.0f} requests in flow control, expected {count}: "
        "a saturated pool does not queue requests"
    )


def dispatch_order(
    stack: SchedulingStack, batches: Sequence[tuple[str, Mapping[str, str], int]]
) -> list[str]:
    """Saturates every pod, sends each batch `(label, headers, count)` in turn (waiting until
    the picker holds it), then lets the pool drain and returns the labels in the order the
    picker's flow control dispatched the requests (its own trace log)."""
    channel, picker = stack.require()
    stack.report(dict.fromkeys(stack.endpoints, SATURATED))
    sent: list[tuple[str, str, Exchange]] = []
    try:
        for label, headers, count in batches:
            for n in range(count):
                rid = request_id(f"{label}-{n}")
                exchange = Exchange(channel)
                all_headers, body = chat_request(
                    stack.served_name, prompt(f"{label} {n}"), request_id=rid, headers=headers
                )
                exchange.send_request(all_headers, body)
                sent.append((label, rid, exchange))
            _wait_held(stack, len(sent))
        stack.report({})
        for _, _, exchange in sent:
            exchange.routed()
        for _, _, exchange in sent:
            exchange.finish()
    finally:
        for _, _, exchange in sent:
            exchange.close()
    label_of = {rid: label for label, rid, _ in sent}
    order = [
        label_of[entry["reqID"]]
        for entry in picker.dispatch_log()
        if entry.get("reqID") in label_of
    ]
    assert Counter(order) == Counter(label for label, _, _ in sent), (
        f"dispatch log lists {order}, sent {[label for label, _, _ in sent]}"
    )
    return order


def check_priority(
    stack: SchedulingStack, *, high: Mapping[str, str], low: Mapping[str, str], count: int = 3
) -> None:
    """Under saturation, the higher-priority tier's requests, though sent after the lower
    tier's, are all dispatched first."""
    order = dispatch_order(stack, [("low", low, count), ("high", high, count)])
    assert order == ["high"] * count + ["low"] * count, f"dispatch order {order}"


def check_fair_share(
    stack: SchedulingStack, *, first: Mapping[str, str], second: Mapping[str, str], count: int = 4
) -> None:
    """Two tenants of one tier: the first sends `count` requests, then the second as many; in
    the first half of the dispatches each tenant gets half (round robin between their flows),
    instead of the first tenant's backlog going out before the second tenant is served."""
    order = dispatch_order(stack, [("first", first, count), ("second", second, count)])
    assert Counter(order[:count]) == Counter({"first": count // 2, "second": count // 2}), (
        f"dispatch order {order}"
    )
