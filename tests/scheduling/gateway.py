"""The gateway's side of the endpoint picker's ext_proc stream, as Envoy drives it.

Stand-in (docs/inference.md, "The scheduling suite"): no Envoy runs. llm-d Router v0.10.0
supports only `FULL_DUPLEX_STREAMED` request and response bodies (its README; its standalone
chart's Envoy filter, `config/charts/llm-d-router-standalone/values.yaml`, sends headers and
streams both bodies), so per HTTP request Envoy opens one `Process` stream, sends the request
headers, then the body with `end_of_stream`, and waits: the picker answers the headers
(a header mutation `x-gateway-destination-endpoint: <ip>:<port>`, and the same address as
dynamic metadata `envoy.lb`/`x-gateway-destination-endpoint`, from which Envoy picks the upstream
host) and then the body. After the upstream answered, Envoy sends the response headers and body
through the same stream; the picker's response hooks (in-flight accounting, prefix-cache
bookkeeping) run on the body's `end_of_stream`. `Exchange` does exactly those steps, each as a
method, so a test can hold a request in flight or finish it.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import grpc

from tests.scheduling.protos import MESSAGES, PROCESS

DESTINATION_ENDPOINT = "x-gateway-destination-endpoint"
"""Header and metadata key the picker names the chosen endpoint with (`pkg/epp/metadata`)."""
DESTINATION_NAMESPACE = "envoy.lb"
"""Dynamic-metadata namespace of that key, the one Envoy's original-destination cluster reads."""
ANSWER_TIMEOUT = 180.0
"""Deadline of one stream (a bound that keeps a hung picker from hanging the suite)."""


@dataclass(frozen=True)
class Routed:
    """What the picker answered to one request's headers and body."""

    endpoint: str
    """`x-gateway-destination-endpoint` from the header mutation."""
    metadata_endpoint: str
    """The same key from the dynamic metadata (`envoy.lb` namespace)."""
    body: bytes
    """The request body the picker passes on (streamed body mutation)."""


class PickerRefused(AssertionError):
    """The picker answered with an immediate response instead of an endpoint."""


def _header_map(headers: Mapping[str, str]) -> Any:
    return MESSAGES["HeaderMap"](
        headers=[
            MESSAGES["HeaderValue"](key=key, raw_value=value.encode())
            for key, value in headers.items()
        ]
    )


def chat_request(
    model: str, prompt: str, *, request_id: str, headers: Mapping[str, str]
) -> tuple[dict[str, str], bytes]:
    """The headers and body of an OpenAI chat completion as they reach the picker: the pseudo
    headers and `x-request-id` Envoy sets, plus `headers` (what the gateway's auth step added)."""
    body = json.dumps(
        {"model": model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 8}
    ).encode()
    all_headers = {
        ":method": "POST",
        ":path": "/v1/chat/completions",
        ":authority": "gateway.test",
        ":scheme": "https",
        "content-type": "application/json",
        "content-length": str(len(body)),
        "x-request-id": request_id,
        **headers,
    }
    return all_headers, body


class Exchange:
    """One `Process` stream: one HTTP request through the picker."""

    def __init__(self, channel: grpc.Channel) -> None:
        self._outbox: queue.Queue[Any] = queue.Queue()
        method: grpc.StreamStreamMultiCallable[Any, Any] = channel.stream_stream(
            PROCESS,
            request_serializer=lambda message: message.SerializeToString(),
            response_deserializer=MESSAGES["ProcessingResponse"].FromString,
        )
        self._call = method(self._requests(), timeout=ANSWER_TIMEOUT)
        self._answers: Iterator[Any] = iter(self._call)
        self._lock = threading.Lock()

    def _requests(self) -> Iterator[Any]:
        while (message := self._outbox.get()) is not None:
            yield message

    def _send(self, **fields: Any) -> None:
        self._outbox.put(MESSAGES["ProcessingRequest"](**fields))

    def _next(self) -> Any:
        return next(self._answers)

    def send_request(self, headers: Mapping[str, str], body: bytes) -> None:
        """Request headers, then the whole body with `end_of_stream` (FULL_DUPLEX_STREAMED)."""
        self._send(request_headers=MESSAGES["HttpHeaders"](headers=_header_map(headers)))
        self._send(request_body=MESSAGES["HttpBody"](body=body, end_of_stream=True))

    def routed(self) -> Routed:
        """Blocks until the picker answers the request (after flow control dispatched it)."""
        first = self._next()
        kind = first.WhichOneof("response")
        if kind == "immediate_response":
            raise PickerRefused(
                f"picker answered HTTP {first.immediate_response.status.code}: "
                f"{first.immediate_response.body.decode(errors='replace')}"
            )
        if kind != "request_headers":
            raise AssertionError(f"picker answered {kind} before the request headers")
        endpoint = ""
        for option in first.request_headers.response.header_mutation.set_headers:
            if option.header.key == DESTINATION_ENDPOINT:
                endpoint = option.header.raw_value.decode() or option.header.value
        metadata = first.dynamic_metadata.fields.get(DESTINATION_NAMESPACE)
        metadata_endpoint = (
            metadata.struct_value.fields[DESTINATION_ENDPOINT].string_value
            if metadata is not None and DESTINATION_ENDPOINT in metadata.struct_value.fields
            else ""
        )
        body = b""
        while True:
            answer = self._next()
            if answer.WhichOneof("response") != "request_body":
                raise AssertionError(f"expected the request body answer, got {answer}")
            streamed = answer.request_body.response.body_mutation.streamed_response
            body += streamed.body
            if streamed.end_of_stream:
                break
        return Routed(endpoint=endpoint, metadata_endpoint=metadata_endpoint, body=body)

    def finish(self, status: int = 200) -> None:
        """The upstream's answer back through the picker, then the end of the stream."""
        answer = json.dumps({"choices": [], "usage": {"prompt_tokens": 1}}).encode()
        self._send(
            response_headers=MESSAGES["HttpHeaders"](
                headers=_header_map({":status": str(status), "content-type": "application/json"})
            )
        )
        self._send(response_body=MESSAGES["HttpBody"](body=answer, end_of_stream=True))
        for _ in range(2):  # the response-headers answer, then the response-body answer
            self._next()
        self.close()

    def close(self) -> None:
        """Half-closes the stream (Envoy's end of the HTTP request)."""
        self._outbox.put(None)


def route_once(channel: grpc.Channel, headers: Mapping[str, str], body: bytes) -> Routed:
    """One complete request: sent, routed, answered and closed."""
    exchange = Exchange(channel)
    exchange.send_request(headers, body)
    try:
        routed = exchange.routed()
    except BaseException:
        exchange.close()
        raise
    exchange.finish()
    return routed
