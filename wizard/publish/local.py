"""The "publish to a folder" target: the same manifest logic, writing into a local folder.

Each file is written to a temporary name in its folder, flushed, then ``os.replace``-d over the old
one, so the folder always holds whole files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from wizard.publish.backend import PutItem, RemoveItem
from wizard.publish.errors import (
    InTheWay,
    LinkOnServer,
    PermissionDenied,
    PublishError,
    QuotaExceeded,
    ServerFileTooLarge,
    TransferFailed,
)
from wizard.publish.manifest import JOURNAL_NAME, MANIFEST_NAME, FileState, hash_file, part_name


def _map_os_error(exc: OSError, path: Path) -> PublishError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PermissionDenied(str(path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return QuotaExceeded(str(path), exc.strerror or "")
    return TransferFailed(str(path), exc.strerror or str(exc))


class LocalBackend:
    kind = "folder"

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder).expanduser()
        self._journal: BinaryIO | None = None

    def _path(self, rel: str = "") -> Path:
        target = (self.folder / rel) if rel else self.folder
        if rel and not target.resolve().is_relative_to(self.folder.resolve()):
            raise TransferFailed(str(target), "outside the publish folder")
        return target

    def check_folders(self, dirs: Iterable[str]) -> None:
        """Refuse a sub-folder of the publish folder that is a link or a file (the folder itself may
        be a link: it is this computer's, chosen by its user)."""
        for rel in dirs:
            path = self.folder / rel
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue
            if stat.S_ISLNK(mode):
                raise LinkOnServer(str(path), os.readlink(path))
            if not stat.S_ISDIR(mode):
                raise InTheWay(str(path), "file")

    def await_checks(self) -> None:
        """Folder checks are answered at once here."""

    def deletable(self, files: Mapping[str, FileState]) -> set[str]:
        ours: set[str] = set()
        for rel, state in files.items():
            path = self._path(rel)
            try:
                st = path.lstat()
                if stat.S_ISREG(st.st_mode) and st.st_size == state.size and hash_file(path)[0] == state.sha256:
                    ours.add(rel)
            except OSError:
                continue
        return ours

    def read_files(self, paths: Sequence[str], max_bytes: int | None = None) -> dict[str, bytes | None]:
        result: dict[str, bytes | None] = {}
        for rel in paths:
            try:
                if max_bytes is not None and (size := self._path(rel).stat().st_size) > max_bytes:
                    raise ServerFileTooLarge(str(self._path(rel)), size, max_bytes)
                result[rel] = self._path(rel).read_bytes()
            except FileNotFoundError:
                result[rel] = None
            except OSError as exc:
                raise _map_os_error(exc, self._path(rel)) from exc
        return result

    def list_root(self) -> list[str] | None:
        try:
            return sorted(os.listdir(self.folder))
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _map_os_error(exc, self.folder) from exc

    def ensure_root(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _map_os_error(exc, self.folder) from exc

    def sizes(self, paths: Sequence[str]) -> dict[str, int | None]:
        found: dict[str, int | None] = {}
        for rel in paths:
            try:
                found[rel] = self._path(rel).stat().st_size
            except OSError:
                found[rel] = None
        return found

    def make_dirs(self, dirs: Iterable[str]) -> dict[str, tuple[int, str]]:
        for rel in dirs:
            try:
                self._path(rel).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _map_os_error(exc, self._path(rel)) from exc
        return {}

    def start_journal(self, existing: bytes | None) -> None:
        try:
            self._journal = open(self._path(JOURNAL_NAME), "ab")  # noqa: SIM115 - closed by end_journal
        except OSError as exc:
            raise _map_os_error(exc, self.folder) from exc
        if existing and not existing.endswith(b"\n"):
            self._append(b"\n")

    def _append(self, line: bytes) -> None:
        assert self._journal is not None
        self._journal.write(line)
        self._journal.flush()
        os.fsync(self._journal.fileno())

    def end_journal(self, remove: bool) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if remove:
            with contextlib.suppress(FileNotFoundError):
                self._path(JOURNAL_NAME).unlink()

    def _write_one(self, rel: str, data: bytes) -> None:
        final = self._path(rel)
        tmp = self._path(part_name(rel))
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise _map_os_error(exc, final) from exc

    def put_files(self, items: Sequence[PutItem], cancel: threading.Event | None = None) -> Iterator[str]:
        for item in items:
            rel, load, line = item[0], item[1], item[2]
            if cancel is not None and cancel.is_set():
                return
            self._write_one(rel, load())
            if line is not None:
                self._append(line)
            yield rel

    def remove_files(self, items: Sequence[RemoveItem],
                     cancel: threading.Event | None = None) -> Iterator[str]:
        for rel, line in items:
            if cancel is not None and cancel.is_set():
                return
            try:
                self._path(rel).unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise _map_os_error(exc, self._path(rel)) from exc
            if line is not None:
                self._append(line)
            yield rel

    def remove_dirs(self, dirs: Sequence[str]) -> None:
        for rel in dirs:
            with contextlib.suppress(OSError):
                self._path(rel).rmdir()

    def write_atomic(self, rel: str, data: bytes) -> None:
        self._write_one(rel, data)

    def abort(self) -> None:
        self.end_journal(remove=False)

    def expect_upload(self, files: int, bytes_total: int) -> None:
        """Nothing to prepare for a folder."""

    def prefetch_root(self) -> None:
        """A folder is listed when asked: nothing to start ahead."""

    def clear_stage(self, paths: Iterable[str]) -> None:
        """A folder publish never stages: nothing to clear."""

    def staging(self) -> None:
        """A folder publish writes in place (renames here cost no round trip)."""
        return None

    def commit(self, manifest: bytes) -> None:
        self._write_one(MANIFEST_NAME, manifest)
        self.end_journal(remove=True)

    def remove_parts(self, paths: Iterable[str]) -> None:
        """Remove the temporary files (our own name pattern) an interrupted publish left for ``paths``."""
        for rel in paths:
            with contextlib.suppress(OSError):
                self._path(part_name(rel)).unlink()

    def remove_quiet(self, rel: str) -> None:
        with contextlib.suppress(OSError):
            self._path(rel).unlink()

    def close(self) -> None:
        self.end_journal(remove=False)
