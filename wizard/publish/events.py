"""Typed progress events yielded by :func:`wizard.publish.publish` (shown by the CLI and the wizard)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.publish.errors import PublishError


@dataclass(frozen=True)
class Connecting:
    host: str
    port: int


@dataclass(frozen=True)
class Connected:
    fingerprint: str  # "SHA256:…" of the server key, "" for a local folder


@dataclass(frozen=True)
class Verified:
    """``--verify``: every file listed in the manifest was checked on the server."""

    checked: int
    missing: tuple[str, ...]  # missing or of the wrong size: sent again


@dataclass(frozen=True)
class Planned:
    to_send: int
    to_delete: int
    bytes_total: int
    files: tuple[str, ...]
    deletions: tuple[str, ...]
    first_publish: bool = False


@dataclass(frozen=True)
class FileSent:
    """A file is in place on the server *and* recorded there (a later publish will not resend it)."""

    path: str
    size: int
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    seconds: float = 0.0  # since the transfer started, for "time left"


@dataclass(frozen=True)
class Deleted:
    path: str


@dataclass(frozen=True)
class Probed:
    """The shop's address was fetched to check the folder is the one the web server shows."""

    url: str
    ok: bool
    problem: PublishError | None = None  # WrongDocumentRoot when the file is not served


@dataclass(frozen=True)
class Finished:
    sent: int
    deleted: int
    bytes: int
    seconds: float
    url: str
    dry_run: bool = False


PublishEvent = Connecting | Connected | Verified | Planned | FileSent | Deleted | Probed | Finished
