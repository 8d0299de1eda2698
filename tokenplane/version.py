"""The tokenplane version (pyproject.toml's `version`; tests/test_versions.py keeps them equal).

A constant rather than a metadata look-up, so `tokenplane --version` and a config error stay
fast."""

__version__ = "0.1.0"
