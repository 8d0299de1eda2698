"""Replaces the output folder in one step, so a failed run leaves it exactly as it was."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath


def replace_tree(out: Path, files: Mapping[str, str]) -> None:
    """Makes `out` hold exactly `files` (relative path → text).

    Everything is written to a sibling temporary folder first; only when all of it is on disk
    is the old folder moved aside and the new one renamed into place. Files of objects that
    no longer exist disappear with the old folder.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        # mkdtemp makes its folder 0700; the output should read like any checkout. Folders
        # made below it get the usual mode from the umask.
        staging.chmod(0o755)
        for folder in sorted({PurePosixPath(relative).parent for relative in files}):
            (staging / folder).mkdir(parents=True, exist_ok=True)
        for relative, text in files.items():
            with open(staging / relative, "w", encoding="utf-8") as stream:
                stream.write(text)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        out.rename(previous)
    staging.rename(out)
    shutil.rmtree(previous, ignore_errors=True)
