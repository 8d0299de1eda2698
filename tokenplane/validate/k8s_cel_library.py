"""The Kubernetes CEL library (lists, regex, URLs, IPs, CIDRs, quantities) as Python functions.

cel-expr-python cannot carry opaque Python objects through an expression, so each Kubernetes
library type is modelled as its canonical string: `ip('::1')` is the string `"::1"`, a quantity
is a decimal string. Conversions raise on bad input, which cel-expr-python turns into an
ERROR-typed result, as the Kubernetes library returns an error. A side effect (a known gap) is
that the type checker accepts e.g. `'abc'.getHost()`, which Kubernetes would refuse to compile.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cel_expr_python import cel

_S = cel.Type.STRING
_B = cel.Type.BOOL
_I = cel.Type.INT
_D = cel.Type.DOUBLE
_DYN = cel.Type.DYN
_LIST = cel.Type.List(cel.Type.DYN)


# lists


def _is_sorted(items: list[Any]) -> bool:
    return all(left <= right for left, right in zip(items, items[1:], strict=False))


def _sum(items: list[Any]) -> Any:
    return sum(items)


def _min(items: list[Any]) -> Any:
    if not items:
        raise ValueError("min called on empty list")
    return min(items)


def _max(items: list[Any]) -> Any:
    if not items:
        raise ValueError("max called on empty list")
    return max(items)


def _index_of(items: list[Any], item: Any) -> int:
    return items.index(item) if item in items else -1


def _last_index_of(items: list[Any], item: Any) -> int:
    for index in range(len(items) - 1, -1, -1):
        if items[index] == item:
            return index
    return -1


# regex


def _find(text: str, pattern: str) -> str:
    match = re.search(pattern, text)
    return match.group(0) if match else ""


def _find_all(text: str, pattern: str, limit: int = -1) -> list[str]:
    found = [match.group(0) for match in re.finditer(pattern, text)]
    return found if limit < 0 else found[:limit]


# URLs


def _url(text: str) -> str:
    if not _is_url(text):
        raise ValueError(f"URL parse error during conversion from string: {text}")
    return text


def _is_url(text: str) -> bool:
    try:
        parts = urlsplit(text)
        _ = parts.port
    except ValueError:
        return False
    return bool(parts.scheme) or text.startswith("/")


def _get_scheme(url: str) -> str:
    return urlsplit(url).scheme


def _get_host(url: str) -> str:
    return urlsplit(url).netloc.rpartition("@")[2]


def _get_hostname(url: str) -> str:
    return urlsplit(url).hostname or ""


def _get_port(url: str) -> str:
    port = urlsplit(url).port
    return "" if port is None else str(port)


def _get_escaped_path(url: str) -> str:
    return urlsplit(url).path


def _get_query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


# IPs and CIDRs


def _ip(text: str) -> str:
    if "%" in text:
        raise ValueError(f"IP address with zone value is not allowed: {text}")
    try:
        address = ipaddress.ip_address(text)
    except ValueError as error:
        raise ValueError(
            f"IP Address {text!r} parse error during conversion from string"
        ) from error
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        raise ValueError(f"IPv4-mapped IPv6 address is not allowed: {text}")
    return str(address)


def _is_ip(text: str) -> bool:
    try:
        _ip(text)
    except ValueError:
        return False
    return True


def _ip_is_canonical(text: str) -> bool:
    return _ip(text) == text


def _family(ip: str) -> int:
    return ipaddress.ip_address(ip).version


def _ip_predicate(name: str) -> Callable[[str], bool]:
    def check(ip: str) -> bool:
        address = ipaddress.ip_address(ip)
        if name == "isGlobalUnicast":
            return not (
                address.is_multicast
                or address.is_loopback
                or address.is_link_local
                or address.is_unspecified
                or ip == "255.255.255.255"
            )
        if name == "isLinkLocalMulticast":
            if isinstance(address, ipaddress.IPv4Address):
                return address in ipaddress.ip_network("224.0.0.0/24")
            return address in ipaddress.ip_network("ff02::/16")
        if name == "isLinkLocalUnicast":
            return address.is_link_local
        if name == "isLoopback":
            return address.is_loopback
        return address.is_unspecified

    return check


def _cidr(text: str) -> str:
    try:
        network = ipaddress.ip_interface(text)
    except ValueError as error:
        raise ValueError(
            f"network address parse error during conversion from string: {text}"
        ) from error
    if "/" not in text:
        raise ValueError(f"network address parse error during conversion from string: {text}")
    return f"{network.ip}/{network.network.prefixlen}"


def _is_cidr(text: str) -> bool:
    try:
        _cidr(text)
    except ValueError:
        return False
    return True


def _cidr_ip(cidr: str) -> str:
    return str(ipaddress.ip_interface(cidr).ip)


def _masked(cidr: str) -> str:
    return str(ipaddress.ip_interface(cidr).network)


def _prefix_length(cidr: str) -> int:
    return ipaddress.ip_interface(cidr).network.prefixlen


def _contains_ip(cidr: str, ip: str) -> bool:
    return ipaddress.ip_address(_ip(ip)) in ipaddress.ip_interface(cidr).network


def _contains_cidr(cidr: str, other: str) -> bool:
    inner = ipaddress.ip_interface(_cidr(other)).network
    outer = ipaddress.ip_interface(cidr).network
    if inner.version != outer.version:
        return False
    # typeshed types subnet_of per address family; the family was just compared at run time
    return inner.subnet_of(outer)  # type: ignore[arg-type]


# quantities

_QUANTITY = re.compile(
    r"^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$"
)
_SUFFIXES = {
    "Ki": Decimal(2) ** 10,
    "Mi": Decimal(2) ** 20,
    "Gi": Decimal(2) ** 30,
    "Ti": Decimal(2) ** 40,
    "Pi": Decimal(2) ** 50,
    "Ei": Decimal(2) ** 60,
    "n": Decimal("1e-9"),
    "u": Decimal("1e-6"),
    "m": Decimal("1e-3"),
    "": Decimal(1),
    "k": Decimal("1e3"),
    "M": Decimal("1e6"),
    "G": Decimal("1e9"),
    "T": Decimal("1e12"),
    "P": Decimal("1e15"),
    "E": Decimal("1e18"),
}


def _amount(text: str) -> Decimal:
    match = _QUANTITY.match(text)
    if not match:
        raise ValueError(f"quantities must match the regular expression: {text}")
    number, suffix = match.group(1), match.group(2) or ""
    try:
        if suffix[:1] in ("e", "E"):
            return Decimal(number) * (Decimal(10) ** int(suffix[1:]))
        return Decimal(number) * _SUFFIXES[suffix]
    except InvalidOperation as error:
        raise ValueError(f"invalid quantity {text}") from error


def _quantity(text: str) -> str:
    _amount(text)
    return text


def _is_quantity(text: str) -> bool:
    try:
        _amount(text)
    except ValueError:
        return False
    return True


def _render(amount: Decimal) -> str:
    text = format(amount.normalize(), "f")
    return text


def _operand(value: Any) -> Decimal:
    return Decimal(value) if isinstance(value, int) else _amount(str(value))


def _compare(left: str, right: Any) -> int:
    a, b = _amount(left), _operand(right)
    return (a > b) - (a < b)


def _as_integer(quantity: str) -> int:
    amount = _amount(quantity)
    if amount != amount.to_integral_value() or abs(amount) > 2**63 - 1:
        raise ValueError(f"cannot convert value to integer: {quantity}")
    return int(amount)


def _overload(
    name: str,
    result: cel.Type,
    parameters: Sequence[cel.Type],
    impl: Callable[..., Any],
    *,
    member: bool,
) -> cel.Overload:
    kinds = "_".join(parameter.name() for parameter in parameters)
    return cel.Overload(
        f"k8s_{name}_{'member' if member else 'global'}_{kinds}",
        result,
        list(parameters),
        is_member=member,
        impl=impl,
    )


def _declarations() -> list[cel.FunctionDecl]:
    def g(
        name: str, result: cel.Type, params: Sequence[cel.Type], impl: Callable[..., Any]
    ) -> cel.Overload:
        return _overload(name, result, params, impl, member=False)

    def m(
        name: str, result: cel.Type, params: Sequence[cel.Type], impl: Callable[..., Any]
    ) -> cel.Overload:
        return _overload(name, result, params, impl, member=True)

    ip_predicates = (
        "isUnspecified",
        "isLoopback",
        "isLinkLocalMulticast",
        "isLinkLocalUnicast",
        "isGlobalUnicast",
    )
    table: dict[str, list[cel.Overload]] = {
        # lists
        "isSorted": [m("isSorted", _B, [_LIST], _is_sorted)],
        "sum": [m("sum", _DYN, [_LIST], _sum)],
        "min": [m("min", _DYN, [_LIST], _min)],
        "max": [m("max", _DYN, [_LIST], _max)],
        "indexOf": [m("indexOf", _I, [_LIST, _DYN], _index_of)],
        "lastIndexOf": [m("lastIndexOf", _I, [_LIST, _DYN], _last_index_of)],
        # regex
        "find": [m("find", _S, [_S, _S], _find)],
        "findAll": [
            m("findAll", cel.Type.List(_S), [_S, _S], _find_all),
            m("findAll", cel.Type.List(_S), [_S, _S, _I], _find_all),
        ],
        # URLs
        "url": [g("url", _S, [_S], _url)],
        "isURL": [g("isURL", _B, [_S], _is_url)],
        "getScheme": [m("getScheme", _S, [_S], _get_scheme)],
        "getHost": [m("getHost", _S, [_S], _get_host)],
        "getHostname": [m("getHostname", _S, [_S], _get_hostname)],
        "getPort": [m("getPort", _S, [_S], _get_port)],
        "getEscapedPath": [m("getEscapedPath", _S, [_S], _get_escaped_path)],
        "getQuery": [
            m("getQuery", cel.Type.Map(_S, cel.Type.List(_S)), [_S], _get_query),
        ],
        # IPs and CIDRs
        "ip": [g("ip", _S, [_S], _ip), m("ip", _S, [_S], _cidr_ip)],
        "isIP": [g("isIP", _B, [_S], _is_ip)],
        "ip.isCanonical": [g("ip.isCanonical", _B, [_S], _ip_is_canonical)],
        "family": [m("family", _I, [_S], _family)],
        "cidr": [g("cidr", _S, [_S], _cidr)],
        "isCIDR": [g("isCIDR", _B, [_S], _is_cidr)],
        "containsIP": [m("containsIP", _B, [_S, _S], _contains_ip)],
        "containsCIDR": [m("containsCIDR", _B, [_S, _S], _contains_cidr)],
        "masked": [m("masked", _S, [_S], _masked)],
        "prefixLength": [m("prefixLength", _I, [_S], _prefix_length)],
        # quantities
        "quantity": [g("quantity", _S, [_S], _quantity)],
        "isQuantity": [g("isQuantity", _B, [_S], _is_quantity)],
        "isInteger": [
            m("isInteger", _B, [_S], lambda q: _amount(q) == _amount(q).to_integral_value())
        ],
        "asInteger": [m("asInteger", _I, [_S], _as_integer)],
        "asApproximateFloat": [m("asApproximateFloat", _D, [_S], lambda q: float(_amount(q)))],
        "sign": [m("sign", _I, [_S], lambda q: (_amount(q) > 0) - (_amount(q) < 0))],
        "add": [m("add", _S, [_S, _DYN], lambda q, o: _render(_amount(q) + _operand(o)))],
        "sub": [m("sub", _S, [_S, _DYN], lambda q, o: _render(_amount(q) - _operand(o)))],
        "isGreaterThan": [m("isGreaterThan", _B, [_S, _S], lambda q, o: _compare(q, o) > 0)],
        "isLessThan": [m("isLessThan", _B, [_S, _S], lambda q, o: _compare(q, o) < 0)],
        "compareTo": [m("compareTo", _I, [_S, _S], _compare)],
    }
    for predicate in ip_predicates:
        table[predicate] = [m(predicate, _B, [_S], _ip_predicate(predicate))]
    return [cel.FunctionDecl(name, overloads) for name, overloads in table.items()]


def kubernetes_library() -> cel.CelExtension:
    """The extension for `cel.NewEnv`, next to the strings, optional, math and encoders ones."""
    return cel.CelExtension("kubernetes", _declarations())
