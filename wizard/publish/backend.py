"""What the engine asks of a place to publish to: the :class:`Backend` protocol, and what a server
folder holds (:class:`RemoteEntry`, as ``lstat`` sees it: a link is never followed).

Two backends satisfy it: :class:`~wizard.publish.sftp.SftpBackend` (a host over SFTP) and
:class:`~wizard.publish.local.LocalBackend` (a folder of this computer). Paths are relative to the
site's folder, POSIX, and never lead out of it.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from wizard.publish.manifest import FileState

# (path, loader, journal line) or (path, loader, journal line, group): one file to upload
PutItem = tuple[str, Callable[[], bytes], bytes | None] | tuple[str, Callable[[], bytes], bytes | None, int]
RemoveItem = tuple[str, bytes | None]  # (path, journal line)


class EntryKind(enum.Enum):
    FILE = "file"
    FOLDER = "folder"
    LINK = "link"
    OTHER = "other"


@dataclass(frozen=True)
class RemoteEntry:
    """One name in a folder, as ``lstat`` describes it (for a link: the link itself)."""

    name: str
    kind: EntryKind
    size: int
    mtime: int  # seconds since the epoch, as the server says


class Backend(Protocol):
    """The operations one publish runs against its target (see :mod:`wizard.publish.engine`).

    Errors are :class:`~wizard.publish.errors.PublishError` subclasses. Requests may be queued and
    answered later (SFTP pipelines them): a failure is raised at the latest by the next call that waits.
    """

    kind: str

    def check_folders(self, dirs: Iterable[str]) -> None:
        """Refuse (``LinkOnServer`` / ``InTheWay``) when the site's folder, or one of ``dirs`` that
        exists, is a link or not a folder. Missing folders are fine (they will be created)."""
        ...

    def await_checks(self) -> None:
        """Wait for the answers of the checks still due and raise what they found."""
        ...

    def read_files(self, paths: Sequence[str], max_bytes: int | None = None) -> dict[str, bytes | None]:
        """Whole files (``None`` if absent); a link, a folder, or a file over ``max_bytes`` is refused."""
        ...

    def prefetch_root(self) -> None:
        """Start listing the site's folder ahead of :meth:`list_root` (a no-op where a listing waits
        for no round trip)."""
        ...

    def list_root(self) -> list[str] | None: ...

    def ensure_root(self) -> None: ...

    def sizes(self, paths: Sequence[str]) -> dict[str, int | None]:
        """Sizes of regular files (``None``: missing, or not a regular file)."""
        ...

    def deletable(self, files: Mapping[str, FileState]) -> set[str]:
        """The paths among ``files`` that are regular files whose content is still exactly what the
        manifest says we sent (same size and SHA-256): the only files a publish may delete."""
        ...

    def make_dirs(self, dirs: Iterable[str]) -> dict[str, tuple[int, str]]: ...

    def start_journal(self, existing: bytes | None) -> None: ...

    def end_journal(self, remove: bool) -> None: ...

    def put_files(self, items: Sequence[PutItem], cancel: threading.Event | None = None) -> Iterator[str]:
        ...

    def remove_files(self, items: Sequence[RemoveItem], cancel: threading.Event | None = None) -> Iterator[str]:
        ...

    def remove_dirs(self, dirs: Sequence[str]) -> None: ...

    def remove_parts(self, paths: Iterable[str]) -> None: ...

    def clear_stage(self, paths: Iterable[str]) -> None:
        """After an interrupted staged publish, remove the staged files of ``paths`` (a no-op for a
        backend that never stages)."""
        ...

    def staging(self) -> Stager | None:
        """The staging operations where this target has them (a big first publish), else ``None``."""
        ...

    def write_atomic(self, rel: str, data: bytes) -> None: ...

    def expect_upload(self, files: int, bytes_total: int) -> None: ...

    def commit(self, manifest: bytes) -> None: ...

    def abort(self) -> None: ...

    def close(self) -> None: ...


class Stager(Protocol):
    """A big first publish: files uploaded into a staging folder, then its top-level entries moved
    into place wave after wave (see :meth:`wizard.publish.sftp.SftpBackend.stage_files`)."""

    def make_dirs(self, dirs: Iterable[str]) -> dict[str, tuple[int, str]]: ...

    def stage_files(self, items: Sequence[PutItem], cancel: threading.Event | None = None) -> Iterator[str]:
        ...

    def unstage(self, waves: Sequence[Sequence[tuple[str, bytes]]], manifest: bytes | None = None) -> Iterator[str]:
        ...
