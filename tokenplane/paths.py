"""Where the shared upstream data lives: the pinned CRDs and the Kubernetes OpenAPI schema."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The checkout this package was loaded from."""


def shared_root() -> Path:
    """The shared folder: `$TOKENPLANE_SHARED` if set, else `../shared` beside the checkout."""
    override = os.environ.get("TOKENPLANE_SHARED")
    return Path(override) if override else REPO_ROOT.parent / "shared"
