"""Reads the four config files into one PlatformSpec, or raises ConfigError with every problem."""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from tokenplane.config.base import DNS_LABEL_PATTERN, PATTERN_MEANINGS
from tokenplane.config.errors import ConfigError, config_problem
from tokenplane.config.models import ModelsFileSpec, ModelSpec
from tokenplane.config.platform import (
    ClusterOverridesSpec,
    CredentialsSpec,
    NamespacesSpec,
    PlatformSettingsSpec,
)
from tokenplane.config.references import Parsed, check_references
from tokenplane.config.source import KeyPath, SourceFile, dotted, load_yaml
from tokenplane.config.spec import PlatformSpec
from tokenplane.config.tenants import TenantsFileSpec, TenantSpec
from tokenplane.config.tiers import TiersFileSpec, TierSpec
from tokenplane.problems import Problem
from tokenplane.secrets import CREDENTIAL_NAME, redact, secret_kind

FILES: dict[str, type[BaseModel]] = {
    "platform.yaml": PlatformSettingsSpec,
    "tiers.yaml": TiersFileSpec,
    "tenants.yaml": TenantsFileSpec,
    "models.yaml": ModelsFileSpec,
}
"""Each config file and the class its whole document must satisfy."""

M = TypeVar("M", bound=BaseModel)


def load_config(root: Path, *, display_root: str | None = None) -> PlatformSpec:
    """Loads `root/*.yaml`; `display_root` is how file names are shown (default: `root`).

    Raises ConfigError with every problem at once: the schema problems of every file and the
    cross-reference problems among the entries that passed their schema (see
    `config/references.py`), with a note for each reference check that could not be made.
    """
    shown = (display_root if display_root is not None else str(root)).rstrip("/")
    problems: list[Problem] = [
        config_problem(
            f"{shown}/{path.name}",
            0,
            "",
            f"unknown config file; the config is exactly {', '.join(sorted(FILES))}",
        )
        for path in sorted(root.glob("*.y*ml"))
        if path.name not in FILES
    ]
    sources: dict[str, SourceFile] = {}
    parsed: dict[str, BaseModel] = {}
    for name, cls in FILES.items():
        display = f"{shown}/{name}"
        try:
            source = load_yaml(root / name, display)
        except ConfigError as error:
            problems.extend(error.problems)
            continue
        sources[name] = source
        problems.extend(source.problems)
        secrets = _secret_issues(source)
        problems.extend(secrets)
        try:
            parsed[name] = _validate(cls, source)
        except ConfigError as error:
            # A value the YAML loader could not build is already reported; skip its echo.
            unreadable = {problem.location.key for problem in (*source.problems, *secrets)}
            problems.extend(p for p in error.problems if p.location.key not in unreadable)

    def lines(file: str, key_path: KeyPath) -> tuple[str, int]:
        source = sources.get(file)
        if source is None:
            return f"{shown}/{file}", 0
        return source.path, source.line_of(key_path)

    if problems:
        problems.extend(check_references(_partial(sources, parsed), lines))
        raise ConfigError(problems)
    platform = _get(parsed, "platform.yaml", PlatformSettingsSpec)
    tiers = _get(parsed, "tiers.yaml", TiersFileSpec)
    tenants = _get(parsed, "tenants.yaml", TenantsFileSpec)
    models = _get(parsed, "models.yaml", ModelsFileSpec)
    spec = PlatformSpec(
        platform=platform,
        tiers=tiers.tiers,
        tenants=tenants.tenants,
        models=models.models,
        audio=models.audio,
    )
    found = check_references(spec, lines)
    if found:
        raise ConfigError(found)
    return spec


def _partial(sources: Mapping[str, SourceFile], parsed: Mapping[str, BaseModel]) -> Parsed:
    """What the reference checks can judge of a config with schema problems: each file's
    entries (and sections) that pass their own schema, and the ids each file names."""

    def section(file: str, key: str) -> Any:
        model = parsed.get(file)
        if model is not None:
            return getattr(model, key)
        source = sources.get(file)
        data = source.data if source is not None else None
        if not isinstance(data, dict):
            return _UNREAD
        if key not in data:
            field = FILES[file].model_fields[key]
            return _UNREAD if field.is_required() else field.get_default(call_default_factory=True)
        return data[key]

    def entries(file: str, key: str, cls: type[M]) -> dict[str, M]:
        value = section(file, key)
        if not isinstance(value, dict):
            return {}
        found: dict[str, M] = {}
        for entry_id, item in value.items():
            entry = item if isinstance(item, cls) else _parse(cls, item)
            if isinstance(entry_id, str) and _ID.fullmatch(entry_id) and entry is not None:
                found[entry_id] = entry
        return found

    def ids(file: str, key: str) -> frozenset[str] | None:
        value = section(file, key)
        if not isinstance(value, dict):
            return None
        return frozenset(entry_id for entry_id in value if isinstance(entry_id, str))

    def one(file: str, key: str, cls: type[M]) -> M | None:
        value = section(file, key)
        if isinstance(value, cls):
            return value
        return None if value is _UNREAD else _parse(cls, value)

    return Parsed(
        tiers=entries("tiers.yaml", "tiers", TierSpec),
        tenants=entries("tenants.yaml", "tenants", TenantSpec),
        models=entries("models.yaml", "models", ModelSpec),
        clusters=entries("platform.yaml", "clusters", ClusterOverridesSpec),
        namespaces=one("platform.yaml", "namespaces", NamespacesSpec),
        credentials=one("platform.yaml", "credentials", CredentialsSpec),
        tier_ids=ids("tiers.yaml", "tiers"),
        tenant_ids=ids("tenants.yaml", "tenants"),
        model_ids=ids("models.yaml", "models"),
    )


_UNREAD = object()
"""Stands for a section of a file that could not be read (the file, or a required key)."""
_ID = re.compile(DNS_LABEL_PATTERN)


def _parse(cls: type[M], value: Any) -> M | None:
    """`value` as `cls`, or None when it breaks its schema (already reported for the file)."""
    try:
        return cls.model_validate(value)
    except ValidationError:
        return None


def _secret_issues(source: SourceFile) -> list[Problem]:
    """One issue per secret-looking key or value, and per credential set as plain `env` text."""
    issues: list[Problem] = []

    def visit(value: Any, key_path: KeyPath) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                child = (*key_path, key)
                kind = secret_kind(key) if isinstance(key, str) else None
                if kind:
                    issues.append(_secret_issue(source, child, kind, "key"))
                    continue
                if (
                    len(key_path) >= 1
                    and key_path[-1] == "env"
                    and isinstance(key, str)
                    and CREDENTIAL_NAME.search(key)
                    and isinstance(item, str)
                    and item
                ):
                    issues.append(
                        config_problem(
                            source.path,
                            source.line_of(child),
                            dotted(child),
                            f"{key} looks like a credential and is set as plain text "
                            f"(value {redact(item)}); credentials come from a Secret: use "
                            "`hf_token` for HF_TOKEN, and keep the value in the credentials "
                            "store, never in config",
                        )
                    )
                    continue
                visit(item, child)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, (*key_path, index))
        elif isinstance(value, str):
            kind = secret_kind(value)
            if kind:
                issues.append(_secret_issue(source, key_path, kind, "value"))

    visit(source.data, ())
    return issues


def _secret_issue(source: SourceFile, key_path: KeyPath, kind: str, what: str) -> Problem:
    return config_problem(
        source.path,
        source.line_of(key_path),
        dotted(key_path),
        f"this {what} looks like {kind} (redacted); secrets never go in config or Git: keep "
        "the value in the credentials store and refer to it (rotate it if it was committed)",
    )


def _get(parsed: dict[str, BaseModel], name: str, cls: type[M]) -> M:
    value = parsed[name]
    assert isinstance(value, cls)
    return value


def _validate(cls: type[M], source: SourceFile) -> M:
    if source.data is None:
        raise ConfigError([config_problem(source.path, 0, "", "the file is empty")])
    if not isinstance(source.data, dict):
        keys = ", ".join(cls.model_fields)
        raise ConfigError(
            [
                config_problem(
                    source.path,
                    1,
                    "",
                    f"the file must be a mapping with the keys {keys}; "
                    f"received a {type(source.data).__name__}",
                )
            ]
        )
    try:
        return cls.model_validate(source.data)
    except ValidationError as error:
        raise ConfigError(
            _issue(cls, source, detail) for detail in error.errors(include_url=False)
        ) from None


def _issue(cls: type[BaseModel], source: SourceFile, detail: ErrorDetails) -> Problem:
    key_path: KeyPath = tuple(part for part in detail["loc"] if not _is_internal(part))
    received = detail.get("input")
    kind = detail["type"]
    if kind == "missing":
        message = "required key is missing"
    elif kind == "extra_forbidden":
        owner = _model_at(cls, key_path[:-1])
        allowed = ", ".join(owner.model_fields) if owner else "none"
        message = f"unknown key {key_path[-1]!r}; allowed keys: {allowed}"
    elif kind == "string_pattern_mismatch" and detail.get("ctx", {}).get("pattern") in (
        PATTERN_MEANINGS
    ):
        message = f"{PATTERN_MEANINGS[detail['ctx']['pattern']]}; received {_show(received)}"
    else:
        message = f"{_lower_first(detail['msg'])}; received {_show(received)}"
    return config_problem(source.path, source.line_of(key_path), dotted(key_path), message)


def _is_internal(part: str | int) -> bool:
    # pydantic adds `[key]` segments for dict-key errors; they are not user key paths.
    return isinstance(part, str) and part.startswith("[") and part.endswith("]")


def _model_at(cls: type[BaseModel], key_path: KeyPath) -> type[BaseModel] | None:
    """The config class found at `key_path` below `cls`, following dict values and list items."""
    current: Any = cls
    for part in key_path:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = field.annotation
        elif typing.get_origin(current) in (dict, list):
            current = typing.get_args(current)[-1]
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return members[0] if len(members) == 1 else annotation
    if origin is typing.Annotated:
        return typing.get_args(annotation)[0]
    return annotation


def _show(value: Any) -> str:
    if isinstance(value, str) and secret_kind(value):
        return redact(value)
    if isinstance(value, dict | list) and secret_kind(repr(value)):
        return "<redacted>"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
