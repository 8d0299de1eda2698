"""The ext_proc messages the suite's gateway stand-in exchanges with the endpoint picker.

Built at import time from field lists, as `tests/conformance/protos.py` builds the ext_authz and
rate-limit messages (no generated code, no protoc): only the fields Envoy sets on a request and
the picker sets on its answers. Field numbers and the service name are those of Envoy's
`envoy/service/ext_proc/v3/external_processor.proto`, `envoy/config/core/v3/base.proto` and
`envoy/type/v3/http_status.proto`, checked against the struct tags of go-control-plane
`envoy` v1.37.0 (`service/ext_proc/v3/external_processor.pb.go`, `config/core/v3/base.pb.go`),
the release both the picker under test and llm-d Router v0.10.0 require. The wire format
tolerates the fields left out. `google.protobuf.Struct` is the protobuf library's own.
"""

from __future__ import annotations

from google.protobuf import descriptor_pb2, struct_pb2

from tests import proto_builder

_F = descriptor_pb2.FieldDescriptorProto
_STRING, _BYTES, _BOOL, _INT32, _MESSAGE = (
    _F.TYPE_STRING,
    _F.TYPE_BYTES,
    _F.TYPE_BOOL,
    _F.TYPE_INT32,
    _F.TYPE_MESSAGE,
)
_PACKAGE = "tokenplane.extproc"


def _ref(name: str) -> str:
    return f".{_PACKAGE}.{name}"


# (message name, [(field name, number, type, type name or "", repeated, oneof index or None)])
_MESSAGES: list[proto_builder.Message] = [
    # envoy.config.core.v3
    (
        "HeaderValue",
        [
            ("key", 1, _STRING, "", False, None),
            ("value", 2, _STRING, "", False, None),
            ("raw_value", 3, _BYTES, "", False, None),
        ],
        [],
    ),
    ("HeaderMap", [("headers", 1, _MESSAGE, _ref("HeaderValue"), True, None)], []),
    ("HeaderValueOption", [("header", 1, _MESSAGE, _ref("HeaderValue"), False, None)], []),
    # envoy.service.ext_proc.v3: what Envoy sends
    (
        "HttpHeaders",
        [
            ("headers", 1, _MESSAGE, _ref("HeaderMap"), False, None),
            ("end_of_stream", 3, _BOOL, "", False, None),
        ],
        [],
    ),
    (
        "HttpBody",
        [("body", 1, _BYTES, "", False, None), ("end_of_stream", 2, _BOOL, "", False, None)],
        [],
    ),
    (
        "ProcessingRequest",
        [
            ("request_headers", 2, _MESSAGE, _ref("HttpHeaders"), False, 0),
            ("response_headers", 3, _MESSAGE, _ref("HttpHeaders"), False, 0),
            ("request_body", 4, _MESSAGE, _ref("HttpBody"), False, 0),
            ("response_body", 5, _MESSAGE, _ref("HttpBody"), False, 0),
        ],
        ["request"],
    ),
    # what the picker answers
    (
        "HeaderMutation",
        [
            ("set_headers", 1, _MESSAGE, _ref("HeaderValueOption"), True, None),
            ("remove_headers", 2, _STRING, "", True, None),
        ],
        [],
    ),
    (
        "StreamedBodyResponse",
        [("body", 1, _BYTES, "", False, None), ("end_of_stream", 2, _BOOL, "", False, None)],
        [],
    ),
    (
        "BodyMutation",
        [
            ("body", 1, _BYTES, "", False, 0),
            ("clear_body", 2, _BOOL, "", False, 0),
            ("streamed_response", 3, _MESSAGE, _ref("StreamedBodyResponse"), False, 0),
        ],
        ["mutation"],
    ),
    (
        "CommonResponse",
        [
            ("status", 1, _INT32, "", False, None),
            ("header_mutation", 2, _MESSAGE, _ref("HeaderMutation"), False, None),
            ("body_mutation", 3, _MESSAGE, _ref("BodyMutation"), False, None),
            ("clear_route_cache", 5, _BOOL, "", False, None),
        ],
        [],
    ),
    ("HeadersResponse", [("response", 1, _MESSAGE, _ref("CommonResponse"), False, None)], []),
    ("BodyResponse", [("response", 1, _MESSAGE, _ref("CommonResponse"), False, None)], []),
    ("HttpStatus", [("code", 1, _INT32, "", False, None)], []),
    (
        "ImmediateResponse",
        [
            ("status", 1, _MESSAGE, _ref("HttpStatus"), False, None),
            ("headers", 2, _MESSAGE, _ref("HeaderMutation"), False, None),
            ("body", 3, _BYTES, "", False, None),
            ("details", 5, _STRING, "", False, None),
        ],
        [],
    ),
    (
        "ProcessingResponse",
        [
            ("request_headers", 1, _MESSAGE, _ref("HeadersResponse"), False, 0),
            ("response_headers", 2, _MESSAGE, _ref("HeadersResponse"), False, 0),
            ("request_body", 3, _MESSAGE, _ref("BodyResponse"), False, 0),
            ("response_body", 4, _MESSAGE, _ref("BodyResponse"), False, 0),
            ("immediate_response", 7, _MESSAGE, _ref("ImmediateResponse"), False, 0),
            ("dynamic_metadata", 8, _MESSAGE, ".google.protobuf.Struct", False, None),
        ],
        ["response"],
    ),
]

PROCESS = "/envoy.service.ext_proc.v3.ExternalProcessor/Process"
"""The bidirectional streaming method the gateway calls for each HTTP request."""


MESSAGES = proto_builder.build(_PACKAGE, _MESSAGES, [struct_pb2.DESCRIPTOR])
