"""Envoy Gateway's translation of the budgets, for real, and what Envoy then does with it,
emulated.

REAL (Envoy Gateway v1.9.1, `tokenplane/versions.py` EGCTL): `egctl x translate --from gateway-api
--to ir,xds` (`internal/cmd/egctl/translate.go`) translates the objects Envoy Gateway would watch
(`translator_input`): our GatewayClass, Gateway, BackendTrafficPolicy, HTTPRoutes, HTTPRouteFilters,
Backend, BackendTLSPolicy and Services as applied to the suite's API server, plus the HTTPRoutes
and HTTPRouteFilters the AI Gateway controller makes (`ai_gateway.py`). From its xDS the suite
takes the HTTPS listener's route table in Envoy's order, each route's action (forward, redirect,
direct response) and its per-route rate limits (`RateLimitPerRoute` per rate-limit filter, the
descriptor actions and hits addends of `buildRouteRateLimits`), and the listener's rate-limit
filters (one per domain). What egctl cannot print comes from `eg-ratelimit-config`
(tools/eg-ratelimit-config, our program calling the same v1.9.1 translator): the rate-limit
service's configuration (`BuildRateLimitServiceConfig`, one YAML document per domain, loaded by
the real ratelimit service) and the rate-limit filters once our EnvoyGateway configuration's
`rateLimit.failClosed` has reached the xDS translator (`failure_mode_deny`), which egctl never
passes (its `TranslateGatewayAPIToXds` sets only the service URL).

STAND-INS in the translator's input (named where they are built): the TLS Secret cert-manager
would issue and the credential Secret External Secrets would write, each generated per run; a
listener's namespace `Selector` opened to `All` once checked here (egctl's loader drops labels); a
Service per InferencePool in place of the pool as a backend (egctl's loader reads no InferencePool,
`internal/gatewayapi/resource/load.go`, so a pool backend would leave its route without a route
action; the rate limits of a route do not depend on its backend kind). Kuadrant's
EnvoyExtensionPolicy and EnvoyPatchPolicy are left out: they add the wasm and ext_authz filters,
not rate limits.

EMULATED (no Envoy here): Envoy choosing a route (the first route of the virtual host whose path
and header matchers hold, in the translator's order), applying its rate-limit actions to a
request (a `generic_key` entry, a `header_value_match` entry when its matcher holds, else no
descriptor, a `request_headers` entry with the header's value, else no descriptor), one
ShouldRateLimit call per rate-limit filter with that filter's per-route descriptors, and, once
the response is done, the `apply_on_stream_done` descriptors with the hits read from dynamic
metadata. Not covered: other rate-limit actions and matchers (refused loudly), local rate limits,
rate-limit response headers, Envoy AI Gateway's extension-server changes to the xDS, and the AI
Gateway metadata itself: the upstream's `usage.total_tokens` stands in for the `llm_total_token`
it would publish.

The route table also says, per route, whether it comes from an HTTPRoute the AI Gateway
controller generated (its `gateway.envoyproxy.io/ai-gateway-generated` annotation, read from
the HTTPRoute the xDS route's name points at): only on those does AI Gateway's ext_proc run
(`ai_gateway.py`); and the direct response (status, body) the translator put on a route.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import secrets
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.conformance import ai_gateway
from tokenplane.contracts import names

RATE_LIMIT_FILTER = "envoy.filters.http.ratelimit"
"""Name (or name prefix, `<name>/<domain>`) of Envoy Gateway's rate-limit filters."""
TRANSLATED_KINDS = frozenset(
    {
        "GatewayClass",
        "Gateway",
        "HTTPRoute",
        "HTTPRouteFilter",
        "BackendTrafficPolicy",
        "ClientTrafficPolicy",
        "SecurityPolicy",
        "Backend",
        "BackendTLSPolicy",
        "ReferenceGrant",
        "Service",
        "Namespace",
        "ConfigMap",
    }
)
"""Kinds of the rendered platform given to the translator (egctl's loader reads these)."""
STAND_IN_CLUSTER_IP = "10.96.1.2"
"""The cluster IP given to a Service without one (egctl's own choice in translateGatewayAPIToIR)."""
TIMEOUT_SECONDS = 600.0
"""Upper bound for one translator run; never an assertion on speed."""


@dataclass(frozen=True)
class Descriptor:
    """One descriptor Envoy sends: its domain, its entries, its own hits_addend (None: the
    request's, 1), or `metadata`, the (namespace, key) the hits are read from once the response
    is done."""

    domain: str
    entries: tuple[tuple[str, str], ...]
    hits_addend: int | None = None
    metadata: tuple[str, str] | None = None


@dataclass(frozen=True)
class Route:
    """One xDS route of the HTTPS listener, as egctl wrote it."""

    name: str
    match: Mapping[str, Any]
    forwards: bool
    rate_limits: Mapping[str, Sequence[Mapping[str, Any]]]
    """Per rate-limit filter name: the `rate_limits` of its `RateLimitPerRoute`."""
    domains: Mapping[str, str]
    """Per rate-limit filter name: the domain its `RateLimitPerRoute` names."""
    generated: bool = False
    """From an HTTPRoute the AI Gateway controller generated: its ext_proc runs on it."""
    direct_response: tuple[int, str] | None = None
    """(status, body) of the direct response the rule answers with, if any."""


@dataclass(frozen=True)
class Filter:
    """One rate-limit HTTP filter of the listener: its name, domain and `failure_mode_deny`."""

    name: str
    domain: str
    failure_mode_deny: bool


@dataclass
class Translation:
    """What Envoy Gateway makes of the objects: egctl's xDS and IR, and `eg-ratelimit-config`'s
    rate-limit service configuration and filters."""

    egctl: Mapping[str, Any]
    ratelimit: Mapping[str, Any]
    listener: str
    host: str
    generated: frozenset[tuple[str, str]] = frozenset()
    """(namespace, name) of the HTTPRoutes the AI Gateway controller generated."""
    routes: list[Route] = field(init=False)
    filters: list[Filter] = field(init=False)

    def __post_init__(self) -> None:
        self.routes = _routes(self.egctl, self.listener, self.host, self.generated)
        self.filters = _filters(_egctl_listeners(self.egctl), self.listener)

    def service_config(self) -> list[dict[str, Any]]:
        """The rate-limit service's configuration, one document per domain, as Envoy Gateway's
        global rate-limit runner builds it."""
        documents: list[dict[str, Any]] = [
            yaml.safe_load(text) for text in self.ratelimit.get("rateLimitConfigs") or []
        ]
        return documents

    def deployed_filters(self) -> list[Filter]:
        """The listener's rate-limit filters with our EnvoyGateway configuration applied."""
        return _filters(self.ratelimit.get("listeners") or [], self.listener)

    def ir_rules(self) -> dict[str, list[dict[str, Any]]]:
        """Route name → the global rate-limit rules the IR holds for it (HTTPS listener)."""
        found: dict[str, list[dict[str, Any]]] = {}
        for xds_ir in (self.egctl.get("xdsIR") or {}).values():
            for listener in xds_ir.get("http") or []:
                if listener.get("name") != self.listener:
                    continue
                for route in listener.get("routes") or []:
                    rules = (
                        ((route.get("traffic") or {}).get("rateLimit") or {}).get("global") or {}
                    ).get("rules")
                    if rules:
                        found[route["name"]] = rules
        return found


def translator_input(
    applied: Iterable[Mapping[str, Any]], ai_routes: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The objects Envoy Gateway would translate: `applied` (the rendered platform and the
    HTTPRoutes as read back from the API server) of the kinds it reads, the AI Gateway's
    HTTPRouteFilters for `ai_routes`, and the STAND-INS named in the module docstring."""
    applied = list(applied)
    found: list[dict[str, Any]] = []
    for document in applied:
        if document.get("kind") in TRANSLATED_KINDS:
            found.append(_clean(document))
    for ai_route in ai_routes:
        found.extend(ai_gateway.http_route_filters_for(dict(ai_route)))
    services = {
        (d["metadata"].get("namespace"), d["metadata"]["name"])
        for d in found
        if d["kind"] == "Service"
    }
    pools = [d for d in applied if d.get("kind") == "InferencePool"]
    for route in found:
        if route["kind"] != "HTTPRoute":
            continue
        for rule in route["spec"].get("rules", []):
            for ref in rule.get("backendRefs", []):
                if ref.get("kind") != "InferencePool":
                    continue
                namespace = ref.get("namespace", route["metadata"]["namespace"])
                name = ref["name"]
                port = _pool_port(pools, namespace, name)
                weight = ref.get("weight")
                ref.clear()
                ref.update({"group": "", "kind": "Service", "name": name, "port": port})
                ref["namespace"] = namespace
                if weight is not None:
                    ref["weight"] = weight
                if (namespace, name) not in services:
                    services.add((namespace, name))
                    found.append(_stand_in_service(namespace, name, port))
    _open_route_selectors(found)
    for service in found:
        if service["kind"] == "Service":
            # STAND-IN for the cluster IP the API server assigns (egctl's xDS path needs one).
            service["spec"].setdefault("clusterIP", STAND_IN_CLUSTER_IP)
    found.extend(_stand_in_secrets(found))
    return found


def _open_route_selectors(documents: Sequence[dict[str, Any]]) -> None:
    """STAND-IN for namespace labels, which egctl's loader drops (it keeps only a Namespace's
    name): a listener admitting routes by namespace `Selector` is opened to `All`, once every
    HTTPRoute that names the listener is checked to be in a namespace whose labels the selector
    matches (`matchLabels`; anything else raises)."""
    labels = {
        d["metadata"]["name"]: d["metadata"].get("labels") or {}
        for d in documents
        if d["kind"] == "Namespace"
    }
    routes = [d for d in documents if d["kind"] == "HTTPRoute"]
    for gateway in (d for d in documents if d["kind"] == "Gateway"):
        for listener in gateway["spec"]["listeners"]:
            allowed = (listener.get("allowedRoutes") or {}).get("namespaces") or {}
            if allowed.get("from") != "Selector":
                continue
            selector = allowed.get("selector") or {}
            if set(selector) - {"matchLabels"}:
                raise NotImplementedError(f"namespace selector {sorted(selector)}")
            wanted = selector.get("matchLabels") or {}
            for route in routes:
                namespace = route["metadata"]["namespace"]
                if not any(
                    ref.get("name") == gateway["metadata"]["name"]
                    and ref.get("sectionName") in (None, listener["name"])
                    for ref in route["spec"].get("parentRefs", [])
                ):
                    continue
                held = labels.get(namespace, {})
                if any(held.get(key) != value for key, value in wanted.items()):
                    raise LookupError(
                        f"HTTPRoute {namespace}/{route['metadata']['name']} names listener "
                        f"{listener['name']}, whose selector {wanted} its namespace does not match"
                    )
            listener["allowedRoutes"]["namespaces"] = {"from": "All"}


def _pool_port(pools: Sequence[Mapping[str, Any]], namespace: str, name: str) -> int:
    for pool in pools:
        metadata = pool["metadata"]
        if (metadata.get("namespace"), metadata["name"]) == (namespace, name):
            return int(pool["spec"]["targetPorts"][0]["number"])
    raise LookupError(f"no InferencePool {namespace}/{name} among the documents")


def _clean(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy without the API server's bookkeeping (status, managed fields, uid)."""
    copied = copy.deepcopy(dict(document))
    copied.pop("status", None)
    metadata = copied.get("metadata", {})
    for key in ("managedFields", "resourceVersion", "uid", "creationTimestamp", "generation"):
        metadata.pop(key, None)
    return copied


def _stand_in_service(namespace: str, name: str, port: int) -> dict[str, Any]:
    """STAND-IN for an InferencePool as a backend: a Service of the pool's name and port."""
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {"ports": [{"name": "http", "port": port, "targetPort": port}]},
    }


def _stand_in_secrets(documents: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """STAND-INS for the Secrets other controllers write: a self-signed certificate per Gateway
    TLS Secret (cert-manager), a random credential per HTTPRouteFilter credential Secret (External
    Secrets). Generated per run; never written to dist/."""
    found: list[dict[str, Any]] = []
    for document in documents:
        namespace = document["metadata"].get("namespace", "default")
        if document["kind"] == "Gateway":
            for listener in document["spec"]["listeners"]:
                for ref in (listener.get("tls") or {}).get("certificateRefs", []):
                    hostname = listener.get("hostname", "localhost")
                    found.append(_tls_secret(namespace, ref["name"], hostname))
        if document["kind"] == "HTTPRouteFilter":
            injection = document["spec"].get("credentialInjection")
            if injection:
                name = injection["credential"]["valueRef"]["name"]
                value = base64.b64encode(secrets.token_urlsafe(24).encode()).decode()
                found.append(_secret(namespace, name, "Opaque", {"credential": value}))
    return found


def _secret(namespace: str, name: str, kind: str, data: Mapping[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "namespace": namespace},
        "type": kind,
        "data": dict(data),
    }


def _tls_secret(namespace: str, name: str, hostname: str) -> dict[str, Any]:
    """A self-signed certificate for `hostname`, valid for a day (openssl, in a temporary
    directory removed at once)."""
    with tempfile.TemporaryDirectory() as folder:
        key, certificate = Path(folder, "tls.key"), Path(folder, "tls.crt")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
            + ["-nodes", "-days", "1", "-subj", f"/CN={hostname}"]
            + ["-addext", f"subjectAltName=DNS:{hostname}"]
            + ["-keyout", str(key), "-out", str(certificate)],
            check=True,
            capture_output=True,
        )
        data = {
            "tls.crt": base64.b64encode(certificate.read_bytes()).decode(),
            "tls.key": base64.b64encode(key.read_bytes()).decode(),
        }
    return _secret(namespace, name, "kubernetes.io/tls", data)


def translate(
    objects: Sequence[Mapping[str, Any]],
    *,
    egctl: Path,
    ratelimit_config: Path,
    envoy_gateway_config: Mapping[str, Any],
    workdir: Path,
    listener: str,
    host: str,
) -> Translation:
    """Runs egctl and eg-ratelimit-config on `objects`; their input and output stay in
    `workdir` (`translator-input.yaml`, `egctl.json`, `eg-ratelimit-config.json`)."""
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / "translator-input.yaml"
    source.write_text(yaml.safe_dump_all([dict(o) for o in objects], sort_keys=True))
    config = workdir / "envoy-gateway.yaml"
    config.write_text(yaml.safe_dump(dict(envoy_gateway_config), sort_keys=True))
    egctl_out = _run(
        [str(egctl), "x", "translate", "--from", "gateway-api", "--to", "ir,xds"]
        + ["--type", "all", "--output", "json", "--file", str(source)],
        workdir / "egctl.json",
    )
    ratelimit_out = _run(
        [str(ratelimit_config), "-f", str(source), "-envoy-gateway", str(config)],
        workdir / "eg-ratelimit-config.json",
    )
    generated = frozenset(
        (o["metadata"].get("namespace", ""), o["metadata"]["name"])
        for o in objects
        if o.get("kind") == "HTTPRoute"
        and GENERATED_ANNOTATION in (o["metadata"].get("annotations") or {})
    )
    return Translation(egctl_out, ratelimit_out, listener=listener, host=host, generated=generated)


def _run(args: Sequence[str], out: Path) -> dict[str, Any]:
    result = subprocess.run(
        args, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
    )
    out.write_text(result.stdout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {result.returncode}:\n{result.stderr}")
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


# -- reading the xDS ------------------------------------------------------------------------------


def _configs(egctl: Mapping[str, Any], suffix: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for dump in (egctl.get("xds") or {}).values():
        for config in dump.get("configs", []):
            if config.get("@type", "").endswith(suffix):
                found.append(config)
    return found


def _egctl_listeners(egctl: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        item["activeState"]["listener"]
        for dump in _configs(egctl, "ListenersConfigDump")
        for item in dump.get("dynamicListeners", [])
    ]


def _filters(listeners: Sequence[Mapping[str, Any]], name: str) -> list[Filter]:
    """The rate-limit filters of the HTTP connection managers of listener `name`'s routes, in
    filter order. Envoy Gateway merges the Gateway's listeners per port into one xDS listener
    whose filter chains carry the HCM of each Gateway listener (`route_config_name` = its name)."""
    found: list[Filter] = []
    for listener in listeners:
        chains = [*listener.get("filterChains", []), listener.get("defaultFilterChain") or {}]
        for chain in chains:
            for network_filter in chain.get("filters", []):
                hcm = network_filter.get("typedConfig", {})
                if (hcm.get("rds") or {}).get("routeConfigName") != name:
                    continue
                for http_filter in hcm.get("httpFilters", []):
                    filter_name = http_filter.get("name", "")
                    if filter_name.split("/", 1)[0] != RATE_LIMIT_FILTER:
                        continue
                    config = http_filter.get("typedConfig", {})
                    found.append(
                        Filter(
                            filter_name,
                            config.get("domain", ""),
                            bool(config.get("failureModeDeny", False)),
                        )
                    )
    unique: dict[str, Filter] = {}
    for item in found:
        unique.setdefault(item.name, item)
    return list(unique.values())


GENERATED_ANNOTATION = "gateway.envoyproxy.io/ai-gateway-generated"
"""Set by the AI Gateway controller on the HTTPRoutes it writes (envoyproxy/ai-gateway v1.1.0
`internal/controller/ai_gateway_route.go`); its extension server enables the ext_proc filter on
exactly those routes (`internal/extensionserver/post_translate_modify.go`,
`isRouteGeneratedByAIGateway`)."""


def _source_route(route: Mapping[str, Any]) -> tuple[str, str] | None:
    """(namespace, name) of the HTTPRoute an xDS route was translated from, read from the
    `envoy-gateway` filter metadata Envoy Gateway writes on it."""
    metadata = ((route.get("metadata") or {}).get("filterMetadata") or {}).get("envoy-gateway")
    for resource in (metadata or {}).get("resources") or []:
        if resource.get("kind") == "HTTPRoute":
            return resource.get("namespace", ""), resource["name"]
    return None


def _direct_response(route: Mapping[str, Any]) -> tuple[int, str] | None:
    """(status, body) of an xDS route's `direct_response`, else None."""
    answer = route.get("directResponse")
    if answer is None:
        return None
    source = answer.get("body") or (answer.get("bodyFormat") or {}).get("textFormatSource") or {}
    if "inlineString" in source:
        body = str(source["inlineString"])
    elif "inlineBytes" in source:
        body = base64.b64decode(source["inlineBytes"]).decode()
    elif source:
        raise NotImplementedError(f"direct response body {sorted(source)}")
    else:
        body = ""
    return int(answer["status"]), body


def _routes(
    egctl: Mapping[str, Any], listener: str, host: str, generated: frozenset[tuple[str, str]]
) -> list[Route]:
    found: list[Route] = []
    for dump in _configs(egctl, "RoutesConfigDump"):
        for item in dump.get("dynamicRouteConfigs", []):
            config = item["routeConfig"]
            if config.get("name") != listener:
                continue
            for virtual_host in config.get("virtualHosts", []):
                if not any(_domain_matches(d, host) for d in virtual_host.get("domains", [])):
                    continue
                for route in virtual_host.get("routes", []):
                    per_filter = route.get("typedPerFilterConfig") or {}
                    limits = {
                        name: config.get("rateLimits", [])
                        for name, config in per_filter.items()
                        if name.split("/", 1)[0] == RATE_LIMIT_FILTER
                    }
                    domains = {
                        name: config.get("domain", "")
                        for name, config in per_filter.items()
                        if name.split("/", 1)[0] == RATE_LIMIT_FILTER
                    }
                    if route.get("rateLimits"):
                        raise NotImplementedError(f"{route['name']}: route-level rate_limits")
                    found.append(
                        Route(
                            name=route["name"],
                            match=route.get("match", {}),
                            forwards="route" in route,
                            rate_limits=limits,
                            domains=domains,
                            generated=_source_route(route) in generated,
                            direct_response=_direct_response(route),
                        )
                    )
                return found
    raise LookupError(f"no virtual host for {host} in route configuration {listener}")


def _domain_matches(pattern: str, host: str) -> bool:
    pattern = pattern.split(":", 1)[0] if not pattern.startswith("[") else pattern
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return pattern == host


# -- Envoy's part, EMULATED -----------------------------------------------------------------------


def select_route(routes: Sequence[Route], path: str, headers: Mapping[str, str]) -> Route | None:
    """The route Envoy picks: the first whose matchers hold (`headers` include `:method`)."""
    for route in routes:
        if _path_matches(route.match, path) and all(
            _header_matches(matcher, headers) for matcher in route.match.get("headers", [])
        ):
            return route
    return None


def _path_matches(match: Mapping[str, Any], path: str) -> bool:
    if "path" in match:
        return bool(path == match["path"])
    if "prefix" in match:
        return path.startswith(str(match["prefix"]))
    if "pathSeparatedPrefix" in match:
        prefix = match["pathSeparatedPrefix"]
        return path == prefix or path.startswith(prefix + "/")
    raise NotImplementedError(f"route match {sorted(match)}")


def _header_matches(matcher: Mapping[str, Any], headers: Mapping[str, str]) -> bool:
    value = headers.get(matcher["name"].lower())
    if "presentMatch" in matcher:
        held = value is not None
    elif "stringMatch" in matcher:
        held = value is not None and _string_matches(matcher["stringMatch"], value)
    else:
        raise NotImplementedError(f"header matcher {sorted(matcher)}")
    return held != bool(matcher.get("invertMatch", False))


def _string_matches(matcher: Mapping[str, Any], value: str) -> bool:
    if matcher.get("ignoreCase"):
        value = value.lower()
        matcher = {k: (v.lower() if isinstance(v, str) else v) for k, v in matcher.items()}
    if "exact" in matcher:
        return bool(value == matcher["exact"])
    if "prefix" in matcher:
        return value.startswith(str(matcher["prefix"]))
    if "safeRegex" in matcher:
        return re.fullmatch(matcher["safeRegex"]["regex"], value) is not None
    raise NotImplementedError(f"string matcher {sorted(matcher)}")


def descriptors(route: Route, filter_name: str, headers: Mapping[str, str]) -> list[Descriptor]:
    """What Envoy's rate-limit filter `filter_name` sends for a request served by `route`,
    request and response phase together (the latter carry `metadata`)."""
    domain = route.domains.get(filter_name, "")
    found: list[Descriptor] = []
    for rate_limit in route.rate_limits.get(filter_name, []):
        entries: list[tuple[str, str]] = []
        for action in rate_limit.get("actions", []):
            entry = _entry(action, headers)
            if entry is None:
                break
            entries.append(entry)
        else:
            hits, metadata = _hits(rate_limit.get("hitsAddend"))
            if rate_limit.get("applyOnStreamDone"):
                if metadata is None:
                    raise NotImplementedError("a response-phase rate limit with a fixed cost")
                found.append(Descriptor(domain, tuple(entries), metadata=metadata))
            else:
                found.append(Descriptor(domain, tuple(entries), hits_addend=hits))
    return found


def _entry(action: Mapping[str, Any], headers: Mapping[str, str]) -> tuple[str, str] | None:
    if "genericKey" in action:
        generic = action["genericKey"]
        return generic.get("descriptorKey", "generic_key"), generic["descriptorValue"]
    if "headerValueMatch" in action:
        match = action["headerValueMatch"]
        expect = (match.get("expectMatch") if "expectMatch" in match else True) is not False
        held = all(_header_matches(m, headers) for m in match.get("headers", []))
        if held != expect:
            return None
        return match.get("descriptorKey", "header_match"), match["descriptorValue"]
    if "requestHeaders" in action:
        request = action["requestHeaders"]
        value = headers.get(request["headerName"].lower())
        if value is None:
            return None  # skip_if_absent is never set by Envoy Gateway: no descriptor
        return request["descriptorKey"], value
    raise NotImplementedError(f"rate-limit action {sorted(action)}")


_METADATA_FORMAT = re.compile(r"^%DYNAMIC_METADATA\(([^:]+):([^)]+)\)%$")


def _hits(addend: Mapping[str, Any] | None) -> tuple[int | None, tuple[str, str] | None]:
    if addend is None:
        return None, None
    if "format" in addend:
        found = _METADATA_FORMAT.match(addend["format"])
        if found is None:
            raise NotImplementedError(f"hits_addend format {addend['format']}")
        return None, (found.group(1), found.group(2))
    return int(addend.get("number", 0)), None


def envoy_gateway_config(documents: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The EnvoyGateway configuration the Envoy Gateway HelmRelease we render gives the
    controller (the chart's `config.envoyGateway`, written as its EnvoyGateway file)."""
    for document in documents:
        if (
            document.get("kind") == "HelmRelease"
            and document["metadata"]["name"] == "envoy-gateway"
        ):
            config = dict(document["spec"]["values"]["config"]["envoyGateway"])
            return {
                "apiVersion": "gateway.envoyproxy.io/v1alpha1",
                "kind": "EnvoyGateway",
                **config,
            }
    raise LookupError("no envoy-gateway HelmRelease among the documents")


def response_metadata(body: Mapping[str, Any]) -> dict[tuple[str, str], int]:
    """STAND-IN for Envoy AI Gateway: the dynamic metadata its `llmRequestCosts` (TotalToken)
    would publish for an OpenAI-format response body."""
    total = (body.get("usage") or {}).get("total_tokens")
    if total is None:
        return {}
    return {(names.AI_GATEWAY_METADATA, names.LLM_TOTAL_TOKEN): int(total)}
