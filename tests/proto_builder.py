"""Protobuf message classes built at import time from field lists, for the suites that speak a
real program's gRPC API without generated code or protoc (`tests/conformance/protos.py`:
ext_authz and rate limiting; `tests/scheduling/protos.py`: ext_proc).

Each suite lists only the fields it sets or reads, with the upstream field numbers; the wire
format tolerates the fields left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.descriptor import FileDescriptor

Field = tuple[str, int, int, str, bool] | tuple[str, int, int, str, bool, int | None]
"""(name, number, type, type name or "", repeated[, oneof index or None])."""
Message = tuple[str, Sequence[Field], Sequence[str]]
"""(message name, fields, oneof names)."""


def build(
    package: str, messages: Sequence[Message], dependencies: Sequence[FileDescriptor] = ()
) -> dict[str, Any]:
    """The message classes of `messages` in `package`, by message name; `dependencies` are the
    protobuf library's own files the fields refer to (`google.protobuf.Struct`, …)."""
    pool = descriptor_pool.DescriptorPool()
    for dependency in dependencies:
        pool.AddSerializedFile(dependency.serialized_pb)
    file = descriptor_pb2.FileDescriptorProto(
        name=f"{package.replace('.', '_')}.proto",
        package=package,
        syntax="proto3",
        dependency=[dependency.name for dependency in dependencies],
    )
    for name, fields, oneofs in messages:
        message = file.message_type.add(name=name)
        for oneof in oneofs:
            message.oneof_decl.add(name=oneof)
        for field_name, number, kind, type_name, repeated, *oneof_index in fields:
            field = message.field.add(
                name=field_name,
                number=number,
                type=kind,
                label=(
                    descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED
                    if repeated
                    else descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL
                ),
            )
            if type_name:
                field.type_name = type_name
            if oneof_index and oneof_index[0] is not None:
                field.oneof_index = oneof_index[0]
    pool.Add(file)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{package}.{name}"))
        for name, _, _ in messages
    }
