"""Replaces the output folder in one step, so a failed run leaves it exactly as it was.

The new tree is written to a sibling staging folder `.<name>.new-<pid>-<random>`; only when
all of it is on disk is it exchanged with the old folder in one atomic `renameat2` call (or,
where the kernel lacks it, two renames), and the old tree is deleted. An interrupted run
(Ctrl-C, SIGTERM) removes its staging folder; one killed outright leaves it behind, and the
next run removes every staging folder whose process is gone.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from tokenplane.output.target import MARKER
from tokenplane.problems import Location, Problem, ProblemsError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class WriteError(ProblemsError):
    """Defines the failure to write the output (permissions, a full disk): one `write`
    Problem naming the file or folder."""

    def __init__(self, where: str | Path, message: str) -> None:
        super().__init__([Problem("write", Location(file=str(where)), message)])


def replace_tree(out: Path, files: Mapping[str, str]) -> None:
    """Makes `out` hold exactly `files` (relative path → text); raises WriteError.

    Files of objects that no longer exist disappear with the old folder. The caller has
    checked with `check_target` that `out` may be replaced.
    """
    out = Path(os.path.abspath(out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WriteError(out.parent, f"cannot create the folder ({_reason(error)})") from None
    clean_stale_staging(out)
    staging = out.parent / f".{out.name}.new-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        staging.mkdir(mode=0o755)
        # The marker first: a staging folder left by a killed run is recognisably ours.
        (staging / MARKER).write_text(files.get(MARKER, ""), encoding="utf-8")
        for folder in sorted({PurePosixPath(relative).parent for relative in files}):
            (staging / folder).mkdir(parents=True, exist_ok=True)
        for relative, text in files.items():
            with open(staging / relative, "w", encoding="utf-8") as stream:
                stream.write(text)
        if os.path.lexists(out):
            _exchange(staging, out)
        else:
            staging.rename(out)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        where = error.filename or out
        raise WriteError(where, f"cannot write ({_reason(error)})") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)  # now holds the old tree


def _exchange(staging: Path, out: Path) -> None:
    """Swaps `staging` and `out` atomically where the kernel can, else by two renames."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        result = renameat2(
            _AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(out), _RENAME_EXCHANGE
        )
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(out))
    aside = out.parent / f".{out.name}.old-{os.getpid()}-{secrets.token_hex(4)}"
    out.rename(aside)
    try:
        staging.rename(out)
    except OSError:
        aside.rename(out)
        raise
    aside.rename(staging)


def clean_stale_staging(out: Path) -> list[Path]:
    """Removes staging folders of `out` left by runs that no longer exist; returns them."""
    pattern = re.compile(rf"^\.{re.escape(out.name)}\.(new|old)-(\d+)-[0-9a-f]{{8}}$")
    removed: list[Path] = []
    try:
        siblings = list(out.parent.iterdir())
    except OSError:
        return removed
    for sibling in siblings:
        match = pattern.match(sibling.name)
        if not match or sibling.is_symlink() or not sibling.is_dir():
            continue
        if _alive(int(match.group(2))):
            continue
        if not (sibling / MARKER).is_file() and any(sibling.iterdir()):
            continue  # not recognisably ours
        if match.group(1) == "old" and not os.path.lexists(out):
            sibling.rename(out)  # killed between the two renames: the old tree goes back
            continue
        shutil.rmtree(sibling, ignore_errors=True)
        removed.append(sibling)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
