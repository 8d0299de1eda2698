"""No key material in the committed output, the example config, the tests or the docs."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.conftest import REPO

SCANNED = ("dist", "config", "tests", "docs", "README.md")
TEXT_SUFFIXES = {".yaml", ".yml", ".json", ".py", ".md", ".txt"}
LOOKS_LIKE_A_KEY = re.compile(
    "|".join(
        (
            r"\b(?:tlabs_)?sk[-_][A-Za-z0-9_-]{16,}",  # OpenAI-style and token-labs keys
            r"\b[0-9a-f]{40,}\b",  # long hex strings (openssl rand -hex)
            r"\bBearer [A-Za-z0-9._~+/-]{20,}",  # a bearer token written out
            r"redis://:[^@\s]+@",  # a URL with its password
            r"\bnvapi-[A-Za-z0-9_-]{20,}",  # an NVIDIA API (NIM) key
            r"\bhf_[A-Za-z0-9]{20,}",  # a Hugging Face token
        )
    )
)


def _files() -> list[Path]:
    return sorted(
        path
        for root in SCANNED
        for path in ((REPO / root).rglob("*") if (REPO / root).is_dir() else [REPO / root])
        if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts
    )


def test_nothing_looks_like_an_api_key() -> None:
    this_file = Path(__file__).resolve()
    found = [
        f"{path.relative_to(REPO)}: {match.group(0)[:12]}..."
        for path in _files()
        if path.resolve() != this_file
        for match in LOOKS_LIKE_A_KEY.finditer(path.read_text())
    ]
    assert not found, "key material found:\n" + "\n".join(found)


def test_no_secret_in_dist_or_config_holds_data() -> None:
    offenders = []
    for path in _files():
        if path.suffix not in {".yaml", ".yml"}:
            continue
        for document in yaml.safe_load_all(path.read_text()):
            if isinstance(document, dict) and document.get("kind") == "Secret":
                if document.get("data") or document.get("stringData"):
                    offenders.append(str(path.relative_to(REPO)))
    assert not offenders, f"Secrets with data: {offenders}"


def test_dist_renders_credentials_as_external_secrets_only() -> None:
    # A PushSecret (a minted key) carries no value: it names a generator and a store path.
    kinds = {
        yaml.safe_load(path.read_text())["kind"]
        for path in (REPO / "dist").rglob("*.yaml")
        if "tenants" in path.parts and path.name != "kustomization.yaml"
    }
    assert kinds == {"ExternalSecret", "PushSecret"}
