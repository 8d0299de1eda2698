"""Secret-looking values: recognised so the config refuses them and no message echoes them.

Config holds references to secrets (store paths, Secret names), never their values. Every
text in the config (keys and values, in every file) is checked before anything else reads
it; a match is refused with the field named and the value redacted.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a private key", re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY")),
    (
        "an OpenAI or Anthropic API key",
        re.compile(r"\bsk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_-]{16,}"),
    ),
    ("an API key (sk_…)", re.compile(r"\b(?:tlabs_)?sk_(?:live_|test_)?[A-Za-z0-9]{16,}")),
    ("a Hugging Face token", re.compile(r"\bhf_[A-Za-z0-9]{20,}")),
    ("an NVIDIA API key", re.compile(r"\bnvapi-[A-Za-z0-9_-]{20,}")),
    (
        "a GitHub token",
        re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"),
    ),
    ("a GitLab token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}")),
    ("an AWS access key id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Groq API key", re.compile(r"\bgsk_[A-Za-z0-9]{20,}")),
    ("a JSON Web Token", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}")),
    ("a bearer token", re.compile(r"(?i)\b(?:bearer|basic)\s+[A-Za-z0-9._~+/=-]{16,}")),
    ("a URL with a password", re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]*:[^/\s@]+@")),
)
_TOKEN = re.compile(r"[A-Za-z0-9+=]{24,}")
"""A run of key characters long enough to be a key; words joined by - _ . / are not one."""
_HEX = re.compile(r"^[0-9a-fA-F]+$")

CREDENTIAL_NAME = re.compile(
    r"(?i)(?:^|_)(?:TOKEN|API_?KEY|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|PRIVATE_KEY|"
    r"ACCESS_KEY|AUTH)(?:_|$)"
)
"""Environment variable names that hold credentials: their values come from a Secret."""


def _entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def secret_kind(text: str) -> str | None:
    """What kind of secret `text` looks like ("a Hugging Face token", …), or None."""
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    for token in _TOKEN.findall(text):
        if _HEX.match(token):
            continue  # digests (sha256:…) and commit ids are not secrets
        classes = sum(
            1
            for members in (
                "abcdefghijklmnopqrstuvwxyz",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "0123456789",
            )
            if any(c in members for c in token)
        )
        if classes == 3 and _entropy(token) >= 4.0:
            return "a high-entropy string (a key or token)"
    return None


def redact(text: str) -> str:
    """`text` as messages may show it: '<redacted, N characters>' when it looks secret."""
    return f"<redacted, {len(text)} characters>" if secret_kind(text) else repr(text)


def scrub(text: str) -> str:
    """`text` with everything that looks secret replaced by `<redacted>`: the last guard
    before a message is printed."""
    for _, pattern in _PATTERNS:
        text = pattern.sub("<redacted>", text)
    return _TOKEN.sub(lambda m: "<redacted>" if secret_kind(m.group(0)) else m.group(0), text)
