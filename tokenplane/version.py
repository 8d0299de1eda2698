"""The tokenplane version, as installed (pyproject.toml's `version`)."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("tokenplane")
except metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0.1.0"
