"""The gRPC messages the emulated data plane exchanges with Authorino and Limitador.

Built at import time from field lists (no generated code and no protoc): only the fields the
Kuadrant wasm-shim v0.14.1 sets or reads. Field numbers and fully qualified service/method names
are those of the upstream definitions: Envoy's `envoy/service/auth/v3/{external_auth,
attribute_context}.proto` and `envoy/service/ratelimit/v3/rls.proto` (checked against
go-control-plane's generated struct tags), `google/rpc/status.proto`, and Limitador's
`limitador-server/proto/kuadrantrls.proto` (server-v2.4.0). The wire format tolerates the fields
left out. `google.protobuf.Struct` and `Timestamp` are the protobuf library's own.
"""

from __future__ import annotations

from google.protobuf import descriptor_pb2, struct_pb2
from google.protobuf import timestamp_pb2 as timestamp_pb2
from google.protobuf import wrappers_pb2 as wrappers_pb2

from tests import proto_builder

_F = descriptor_pb2.FieldDescriptorProto
_STRING, _INT32, _UINT32, _BOOL, _MESSAGE = (
    _F.TYPE_STRING,
    _F.TYPE_INT32,
    _F.TYPE_UINT32,
    _F.TYPE_BOOL,
    _F.TYPE_MESSAGE,
)

# (message name, [(field name, number, type, type name or "", repeated)])
_MESSAGES: list[tuple[str, list[proto_builder.Field]]] = [
    # ext_authz
    ("StringMapEntry", [("key", 1, _STRING, "", False), ("value", 2, _STRING, "", False)]),
    (
        "HttpRequest",
        [
            ("id", 1, _STRING, "", False),
            ("method", 2, _STRING, "", False),
            ("headers", 3, _MESSAGE, ".tokenplane.test.StringMapEntry", True),
            ("path", 4, _STRING, "", False),
            ("host", 5, _STRING, "", False),
            ("scheme", 6, _STRING, "", False),
            ("protocol", 10, _STRING, "", False),
        ],
    ),
    (
        "Request",
        [
            ("time", 1, _MESSAGE, ".google.protobuf.Timestamp", False),
            ("http", 2, _MESSAGE, ".tokenplane.test.HttpRequest", False),
        ],
    ),
    (
        "AttributeContext",
        [
            ("request", 4, _MESSAGE, ".tokenplane.test.Request", False),
            ("context_extensions", 10, _MESSAGE, ".tokenplane.test.StringMapEntry", True),
        ],
    ),
    ("CheckRequest", [("attributes", 1, _MESSAGE, ".tokenplane.test.AttributeContext", False)]),
    ("RpcStatus", [("code", 1, _INT32, "", False), ("message", 2, _STRING, "", False)]),
    ("HttpStatus", [("code", 1, _INT32, "", False)]),
    ("HeaderValue", [("key", 1, _STRING, "", False), ("value", 2, _STRING, "", False)]),
    ("HeaderValueOption", [("header", 1, _MESSAGE, ".tokenplane.test.HeaderValue", False)]),
    (
        "DeniedHttpResponse",
        [
            ("status", 1, _MESSAGE, ".tokenplane.test.HttpStatus", False),
            ("headers", 2, _MESSAGE, ".tokenplane.test.HeaderValueOption", True),
            ("body", 3, _STRING, "", False),
        ],
    ),
    ("OkHttpResponse", [("headers", 2, _MESSAGE, ".tokenplane.test.HeaderValueOption", True)]),
    (
        "CheckResponse",
        [
            ("status", 1, _MESSAGE, ".tokenplane.test.RpcStatus", False),
            ("denied_response", 2, _MESSAGE, ".tokenplane.test.DeniedHttpResponse", False),
            ("ok_response", 3, _MESSAGE, ".tokenplane.test.OkHttpResponse", False),
            ("dynamic_metadata", 4, _MESSAGE, ".google.protobuf.Struct", False),
        ],
    ),
    # rate limit
    ("Entry", [("key", 1, _STRING, "", False), ("value", 2, _STRING, "", False)]),
    (
        "RateLimitDescriptor",
        [
            ("entries", 1, _MESSAGE, ".tokenplane.test.Entry", True),
            # envoy/extensions/common/ratelimit/v3/ratelimit.proto: set by Envoy for a rate
            # limit with its own `hits_addend` (Envoy Gateway's request and response costs).
            ("hits_addend", 3, _MESSAGE, ".google.protobuf.UInt64Value", False),
        ],
    ),
    (
        "RateLimitRequest",
        [
            ("domain", 1, _STRING, "", False),
            ("descriptors", 2, _MESSAGE, ".tokenplane.test.RateLimitDescriptor", True),
            ("hits_addend", 3, _UINT32, "", False),
        ],
    ),
    ("RateLimitResponse", [("overall_code", 1, _INT32, "", False)]),
]

MAP_FIELDS = {("HttpRequest", "headers"), ("AttributeContext", "context_extensions")}

AUTHORIZATION_CHECK = "/envoy.service.auth.v3.Authorization/Check"
SHOULD_RATE_LIMIT = "/envoy.service.ratelimit.v3.RateLimitService/ShouldRateLimit"
CHECK_RATE_LIMIT = "/kuadrant.service.ratelimit.v1.RateLimitService/CheckRateLimit"
REPORT = "/kuadrant.service.ratelimit.v1.RateLimitService/Report"

RATE_LIMIT_OK = 1
RATE_LIMIT_OVER_LIMIT = 2


MESSAGES = proto_builder.build(
    "tokenplane.test",
    [(name, fields, ()) for name, fields in _MESSAGES],
    [struct_pb2.DESCRIPTOR, timestamp_pb2.DESCRIPTOR, wrappers_pb2.DESCRIPTOR],
)
"""Message classes by name (see `_MESSAGES`). Map fields are repeated key/value entries, which is
how protobuf encodes a map on the wire."""
