"""Which folders `tokenplane synth` may replace, and the marker that says a tree is its own.

A tree tokenplane wrote carries MARKER at its root: the tokenplane version, a digest of the
config files it came from, the first date a key expires (after which the tree is stale even
though the config did not change) and a digest of every other file in the tree. `synth`
replaces a folder only when it is missing, empty, or such a tree holding nothing but the
files tokenplane writes (the marker, and `*.yaml` files, each listed by a kustomization.yaml
of the tree or one itself). Everything else is refused before anything is written: `/`, the
home folder, the config folder or a folder containing it, a Git work tree root, a regular
file, a symbolic link, and a folder holding anything tokenplane did not write.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from tokenplane.problems import Location, Problem, ProblemsError
from tokenplane.version import __version__

MARKER = ".tokenplane-output"
"""The file at the root of every tree tokenplane wrote."""
MARKER_KEY = "tokenplane-output"
CONFIG_FILES = ("models.yaml", "platform.yaml", "tenants.yaml", "tiers.yaml")


class OutputRefused(ProblemsError):
    """Defines the refusal to write to an output folder: one `output` Problem saying why and
    what to do."""

    def __init__(self, out: str, message: str) -> None:
        super().__init__([Problem("output", Location(file=out), message)])


@dataclass(frozen=True)
class Marker:
    """Defines what a tree's marker records."""

    version: str
    config_sha256: str
    stale_after: datetime.date | None
    files_sha256: str

    def text(self) -> str:
        """The marker file's text: a small YAML mapping, same tree, same bytes."""
        stale = self.stale_after.isoformat() if self.stale_after else "never"
        return (
            "# Written by tokenplane: this folder is its output and is replaced on every synth.\n"
            f"{MARKER_KEY}: 1\n"
            f"version: {self.version}\n"
            f"config-sha256: {self.config_sha256}\n"
            f"stale-after: {stale}\n"
            f"files-sha256: {self.files_sha256}\n"
        )


def config_digest(config: Path) -> str:
    """A digest of the config files' bytes (a missing file counts as absent)."""
    digest = hashlib.sha256()
    for name in CONFIG_FILES:
        path = config / name
        digest.update(name.encode() + b"\0")
        try:
            if not path.is_file():
                raise FileNotFoundError(path)  # a folder or FIFO counts as missing
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


def files_digest(files: Mapping[str, str] | Iterable[tuple[str, bytes]]) -> str:
    """A digest of a tree's files (relative path → text or bytes), the marker excluded."""
    items = files.items() if isinstance(files, Mapping) else files
    digest = hashlib.sha256()
    for relative, content in sorted(items):
        if relative == MARKER:
            continue
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest.update(relative.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def make_marker(config: Path, files: Mapping[str, str], stale_after: datetime.date | None) -> str:
    """The marker text for a tree of `files` synthesized from `config`."""
    return Marker(__version__, config_digest(config), stale_after, files_digest(files)).text()


def read_marker(root: Path) -> Marker | None:
    """The marker of a tree, or None when there is none (or it is not tokenplane's)."""
    try:
        data = yaml.safe_load((root / MARKER).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict) or data.get(MARKER_KEY) != 1:
        return None
    stale = data.get("stale-after")
    if isinstance(stale, str) and stale != "never":
        try:
            stale = datetime.date.fromisoformat(stale)
        except ValueError:
            stale = None
    return Marker(
        version=str(data.get("version", "")),
        config_sha256=str(data.get("config-sha256", "")),
        stale_after=stale if isinstance(stale, datetime.date) else None,
        files_sha256=str(data.get("files-sha256", "")),
    )


def tree_files(root: Path) -> list[tuple[str, bytes]]:
    """Every regular file below `root` (relative POSIX path, bytes); links are not followed."""
    found: list[tuple[str, bytes]] = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append((path.relative_to(root).as_posix(), path.read_bytes()))
    return found


def check_target(out: Path, config: Path) -> None:
    """Raises OutputRefused unless `out` may be replaced by a synthesis of `config`."""
    shown = str(out)
    if out.is_symlink():
        raise OutputRefused(shown, "is a symbolic link; give the real folder as --out")
    resolved = out.resolve()
    if resolved == Path(resolved.anchor):
        raise OutputRefused(shown, "is the file system root; give a folder of its own as --out")
    home = Path(os.path.expanduser("~")).resolve()
    if resolved == home:
        raise OutputRefused(shown, "is the home folder; give a folder of its own as --out")
    config_resolved = config.resolve()
    if resolved == config_resolved:
        raise OutputRefused(shown, "is the config folder; give another folder as --out")
    if resolved in config_resolved.parents:
        raise OutputRefused(
            shown, f"contains the config folder {config}; give a folder of its own as --out"
        )
    if not os.path.lexists(resolved):
        return
    mode = os.lstat(resolved).st_mode
    if not stat.S_ISDIR(mode):
        raise OutputRefused(shown, "exists and is not a folder; give a folder as --out")
    if os.path.lexists(resolved / ".git"):
        raise OutputRefused(
            shown, "is the root of a Git work tree; give a folder inside it as --out"
        )
    try:
        entries = os.listdir(resolved)
    except OSError as error:
        raise OutputRefused(shown, f"cannot read the folder ({error.strerror})") from None
    if not entries:
        return
    if read_marker(resolved) is None:
        raise OutputRefused(
            shown,
            f"holds files tokenplane did not write (it has no {MARKER}); "
            "give an empty or new folder as --out, or move its files away",
        )
    foreign = foreign_files(resolved)
    if foreign:
        more = f" and {len(foreign) - 1} more" if len(foreign) > 1 else ""
        raise OutputRefused(
            shown,
            f"holds files tokenplane did not write ({foreign[0]}{more}); "
            "move them out of the output folder, which synth replaces whole",
        )


def foreign_files(root: Path) -> list[str]:
    """Entries below `root` tokenplane would not have written, as relative paths, sorted."""
    foreign: list[str] = []
    listed: set[str] = set()
    yaml_files: list[str] = []
    for folder, dirs, names in os.walk(root):
        base = Path(folder)
        for name in list(dirs):
            if (base / name).is_symlink():
                foreign.append((base / name).relative_to(root).as_posix())
                dirs.remove(name)
        dirs.sort()
        for name in sorted(names):
            path = base / name
            relative = path.relative_to(root).as_posix()
            if relative == MARKER:
                continue
            if path.is_symlink() or not path.is_file() or not name.endswith(".yaml"):
                foreign.append(relative)
                continue
            if name == "kustomization.yaml":
                listed.update(_listed(path, root))
            else:
                yaml_files.append(relative)
    foreign.extend(name for name in yaml_files if name not in listed)
    return sorted(foreign)


def _listed(kustomization: Path, root: Path) -> set[str]:
    try:
        data = yaml.safe_load(kustomization.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return set()
    resources = data.get("resources") if isinstance(data, dict) else None
    if not isinstance(resources, list):
        return set()
    folder = kustomization.parent.relative_to(root)
    return {
        (folder / entry).as_posix()
        for entry in resources
        if isinstance(entry, str) and entry.endswith(".yaml")
    }


def stale_reason(dist: Path, config: Path, today: datetime.date) -> Problem | None:
    """Why `dist` is not what `config` synthesizes now (its marker's config and file digests, and
    its `stale-after` day against `today`), as a `stale` Problem; None when it is current."""
    marker = read_marker(dist)
    fix = "run `make synth` (or `tokenplane synth`) and commit dist/"

    def stale(message: str) -> Problem:
        return Problem("stale", Location(file=str(dist)), message, fix)

    if marker is None:
        return stale(f"has no {MARKER}, so it cannot be checked against {config}")
    if marker.config_sha256 != config_digest(config):
        return stale(f"is stale: {config} changed since it was synthesized")
    if marker.files_sha256 != files_digest(tree_files(dist)):
        return stale("files were changed, added or removed since it was synthesized")
    if marker.stale_after is not None and today > marker.stale_after:
        return stale(
            f"is stale: a key expired on {marker.stale_after.isoformat()} and is still rendered"
        )
    return None
