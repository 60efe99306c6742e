"""Writing the built site: paths kept inside the output folder, atomic writes, only on change.

A build state (JSON, kept in Échoppe's cache, keyed by the output folder) remembers for each
file it wrote the input fingerprint of its page, the SHA-256 and the size of what was written.
A page whose fingerprint did not change and whose file is still there is not rendered again;
files of the previous build that are no longer produced are removed, and only those.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from wizard.i18n import EchoppeError, msg
from wizard.paths import cache_dir

STATE_VERSION = 1


class OutputPathError(EchoppeError):
    """A page would be written outside the output folder."""


class FolderNotOurs(EchoppeError):
    """The output folder holds files that no earlier build of Échoppe wrote there."""


def state_path(out_dir: Path) -> Path:
    """Where the build state of ``out_dir`` lives (outside the folder that gets published)."""
    key = hashlib.sha256(str(out_dir.resolve()).encode()).hexdigest()[:24]
    folder = cache_dir() / "builds"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{key}.json"


@dataclass
class FileRecord:
    fingerprint: str
    sha256: str
    size: int


@dataclass
class BuildState:
    """What the previous build of one output folder wrote."""

    files: dict[str, FileRecord] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> BuildState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                state = cls()
            else:
                state = cls({k: FileRecord(*v) for k, v in data.get("files", {}).items()},
                            dict(data.get("meta", {})))
        except (OSError, ValueError, TypeError, AttributeError):
            state = cls()
        try:
            claimed = json.loads(claim_path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return state
        except (OSError, ValueError):
            return cls()
        # A build stopped while writing these: none of them is known to be what its record says.
        if not isinstance(claimed, list):
            return cls()
        for rel in claimed:
            if isinstance(rel, str):
                state.files[rel] = FileRecord("", "", -1)
        state.meta = {}
        return state

    def save(self, path: Path) -> None:
        data = {
            "version": STATE_VERSION,
            "meta": self.meta,
            "files": {k: [r.fingerprint, r.sha256, r.size] for k, r in sorted(self.files.items())},
        }
        atomic_write(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def claim_path(state_file: Path) -> Path:
    """The list of files a build is writing (present only while it writes)."""
    return state_file.with_name(state_file.name + ".claim")


def atomic_write(target: Path | str, data: bytes) -> None:
    """Write ``data`` to a temporary file in the same folder, then rename it over ``target``.

    Readers (a web server, the publisher) see the old file or the new one, never a part of it.
    Plain ``os`` calls: a build writes thousands of files, and a Python file object costs four more
    system calls each (``fstat``, ``ioctl``, ``lseek``, ``fcntl``).
    """
    tmp = _temp_name(str(target))
    try:
        fd = os.open(tmp, _CREATE, 0o644)
    except FileNotFoundError:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, _CREATE, 0o644)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_SUFFIX: list[str] = []  # this process's id, for temporary names (``os.getpid`` is a system call)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_SUFFIX.clear)


def _temp_name(target: str) -> str:
    """A temporary name beside ``target``, private to this process and thread."""
    if not _SUFFIX:
        _SUFFIX.append(str(os.getpid()))
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}.{_SUFFIX[0]}-{threading.get_ident()}.part")


# The temporary names our own writers use (``atomic_write`` here, ``ImagePipeline._place``): a killed
# build can leave one behind, and only names of exactly this shape are ever swept away.
_OUR_TEMPORARY = re.compile(r"(\..+\.\d+-\d+\.part|\.tmp-\d+-\d+-.+)")


class OutputFolder:
    """The output folder of one build, with the previous build's state."""

    def __init__(self, out_dir: Path, state_file: Path | None = None) -> None:
        self.root = Path(out_dir).resolve()
        self.root.mkdir(parents=True, exist_ok=True)
        self.state_file = state_file or state_path(self.root)
        self.previous = BuildState.load(self.state_file)
        self.current = BuildState()
        self.written: list[str] = []
        self.unchanged = 0
        self._parents: dict[str, str] = {}  # folder of a page → the resolved folder
        self._root_text = str(self.root)

    def target(self, rel: str) -> Path:
        """The absolute path of ``rel``; refuses anything that would land outside the folder.

        The folder part is resolved (symbolic links followed) once per folder; the file itself is
        replaced by a rename, which never follows a link.
        """
        return Path(self._target_text(rel))

    def _target_text(self, rel: str) -> str:
        pure = PurePosixPath(rel)
        if pure.is_absolute() or not rel or "\\" in rel or ".." in pure.parts or pure.name in ("", "."):
            raise _escape(rel)
        parent = str(pure.parent)
        resolved = self._parents.get(parent)
        if resolved is None:
            folder = (self.root / parent).resolve()
            if not folder.is_relative_to(self.root):
                raise _escape(rel)
            resolved = self._parents[parent] = str(folder)
        return os.path.join(resolved, pure.name)

    def sweep_temporaries(self) -> list[str]:
        """Delete the temporary files a killed build of ours left (never any other file)."""
        removed: list[str] = []
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
            for name in files:
                if _OUR_TEMPORARY.fullmatch(name):
                    path = os.path.join(folder, name)
                    with contextlib.suppress(OSError):
                        if not os.path.islink(path):
                            os.unlink(path)
                            removed.append(os.path.relpath(path, self.root))
        return removed

    def claim(self, rels: list[str]) -> None:
        """Before writing anything, save a state in which ``rels`` are ours but unverified.

        A build killed half-way (power cut, kill -9) then leaves a state that never claims a file is
        what it describes: the next build renders those files again and compares their content.
        """
        # A short list beside the state (not the state saved again): read with it until the next save.
        atomic_write(claim_path(self.state_file), json.dumps(sorted(rels), separators=(",", ":")).encode("utf-8"))

    def foreign(self, rels: list[str]) -> list[str]:
        """Files of ``rels`` that are in the way and were not written by an earlier build here.

        The merchant's other files (a host's verification page, their notes) are not in the way and
        are kept, as publishing keeps the files on a server it did not send.
        """
        return [rel for rel in rels if rel not in self.previous.files and os.path.lexists(f"{self._root_text}/{rel}")]

    def refuse_foreign(self, rels: list[str]) -> None:
        """Raise :class:`FolderNotOurs` when :meth:`foreign` finds anything."""
        found = self.foreign(rels)
        if found:
            shown = ", ".join("".join(c if c.isprintable() else "?" for c in name) for name in found[:3])
            raise FolderNotOurs(
                msg("The folder {folder} already holds files Échoppe did not write ({names}).",
                    folder=str(self.root), names=shown + (", …" if len(found) > 3 else "")),
                msg("Choose an empty folder, or build again with --replace to let Échoppe replace them."),
            )

    def intact(self) -> bool:
        """True when every file of the previous build is still there with its size."""
        for rel, record in self.previous.files.items():
            try:
                if os.stat(f"{self._root_text}/{rel}").st_size != record.size:
                    return False
            except OSError:
                return False
        return bool(self.previous.files)

    def is_fresh(self, rel: str, fingerprint: str) -> bool:
        """True when the previous build wrote ``rel`` from the same inputs and the file is intact."""
        record = self.previous.files.get(rel)
        if record is None or not record.fingerprint or record.fingerprint != fingerprint:
            return False
        try:
            size = os.stat(f"{self._root_text}/{rel}").st_size
        except OSError:
            return False
        if size != record.size:
            return False
        self.current.files[rel] = record
        self.unchanged += 1
        return True

    def write(self, rel: str, data: bytes, fingerprint: str = "") -> bool:
        """Write ``data`` at ``rel`` unless the file already holds exactly these bytes."""
        path = self._target_text(rel)
        digest = hashlib.sha256(data).hexdigest()
        self.current.files[rel] = FileRecord(fingerprint, digest, len(data))
        if _same_content(path, data):
            self.unchanged += 1
            return False
        atomic_write(path, data)
        self.written.append(rel)
        return True

    def adopt(self, rel: str) -> None:
        """Record a file written by someone else (image derivatives) as part of this build."""
        path = self.target(rel)
        with contextlib.suppress(OSError):
            self.current.files[rel] = FileRecord("", "", path.stat().st_size)

    def remove_stale(self) -> list[str]:
        """Delete files the previous build wrote that this build did not produce."""
        removed: list[str] = []
        for rel in sorted(set(self.previous.files) - set(self.current.files)):
            try:
                path = self.target(rel)
            except OutputPathError:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                continue
            removed.append(rel)
            parent = path.parent
            while parent != self.root and parent.is_relative_to(self.root):
                try:
                    parent.rmdir()
                except OSError:
                    break
                parent = parent.parent
        return removed

    def save_state(self, keep_previous: bool = False, meta: dict[str, Any] | None = None) -> None:
        """Save what this build wrote (after a cancel, also what the previous build left in place)."""
        if keep_previous:
            merged = dict(self.previous.files)
            merged.update(self.current.files)
            BuildState(merged).save(self.state_file)
        else:
            self.current.meta = dict(meta or {})
            self.current.save(self.state_file)
        with contextlib.suppress(FileNotFoundError):
            claim_path(self.state_file).unlink()


def _escape(rel: str) -> OutputPathError:
    return OutputPathError(
        msg("The page path {path} would leave the site folder.", path=rel),
        msg("Rename the product or category so that its address is a simple name."),
    )


def _same_content(path: str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as fh:
            return fh.read() == data
    except OSError:
        return False
