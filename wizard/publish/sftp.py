"""The SFTP backend: what a publish asks of a host, over the pipelined requests of
:mod:`wizard.publish.pipeline` (connection and login: :mod:`wizard.publish.ssh`; the upload of many
files: :mod:`wizard.publish.upload`; paramiko's private parts: :mod:`wizard.publish.sftp_wire`).

Reads, deletions and folder checks are sent all at once and take one or two round trips whatever
their number; an upload keeps up to :data:`WINDOW` files in flight and, when big, opens up to
:data:`LANES` SFTP sessions on the same connection (each has its own flow-control window and server
process). No link on the server is ever followed (everything is looked at with ``LSTAT``; files are
created ``O_EXCL``).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath

from paramiko.message import Message as SftpMessage
from paramiko.sftp import (
    CMD_ATTRS,
    CMD_CLOSE,
    CMD_DATA,
    CMD_EXTENDED,
    CMD_EXTENDED_REPLY,
    CMD_HANDLE,
    CMD_LSTAT,
    CMD_MKDIR,
    CMD_NAME,
    CMD_OPEN,
    CMD_OPENDIR,
    CMD_READ,
    CMD_READDIR,
    CMD_READLINK,
    CMD_REMOVE,
    CMD_RENAME,
    CMD_RMDIR,
    CMD_WRITE,
    SFTP_EOF,
    SFTP_FAILURE,
    SFTP_FLAG_CREATE,
    SFTP_FLAG_EXCL,
    SFTP_FLAG_READ,
    SFTP_FLAG_WRITE,
    SFTP_NO_SUCH_FILE,
    SFTP_OK,
    int64,
)
from paramiko.sftp_attr import SFTPAttributes

from wizard.publish import sftp_wire
from wizard.publish.backend import EntryKind, PutItem, RemoteEntry, RemoveItem
from wizard.publish.errors import (
    InTheWay,
    LinkOnServer,
    PermissionDenied,
    PublishError,
    ServerFileTooLarge,
    TransferFailed,
)
from wizard.publish.manifest import (
    JOURNAL_NAME,
    MANIFEST_NAME,
    STAGE_NAME,
    FileState,
    parent_dirs,
    part_name,
    safe_path,
)
from wizard.publish.pipeline import (
    REPLY_TIMEOUT,
    ConnectionDropped,
    Lane,
    Pipeline,
    ignore,
    map_status,
    status,
)
from wizard.publish.remote import entry_of, remote_path, root_chain
from wizard.publish.ssh import (
    AUTH_TIMEOUT,
    BANNER_TIMEOUT,
    CONNECT_TIMEOUT,
    Connection,
    ConnectionInfo,
    Secret,
    connect,
    load_key,
    test_connection,
)
from wizard.publish.upload import MAX_BYTES_IN_FLIGHT, Upload

__all__ = [  # the connection side is re-exported: callers and tests import it from here
    "AUTH_TIMEOUT", "BANNER_TIMEOUT", "CONNECT_TIMEOUT", "MAX_BYTES_IN_FLIGHT", "REPLY_TIMEOUT", "Connection",
    "ConnectionDropped", "ConnectionInfo", "PublishError", "Secret", "SftpBackend", "connect", "load_key",
    "map_status", "remote_path", "test_connection",
]

@dataclass
class _Listing:
    """A folder being listed."""

    handle: bytes = b""
    missing: bool = False
    done: bool = False
    due: int = 0  # READDIR replies not in yet
    error: PublishError | None = None
    entries: list[RemoteEntry] = field(default_factory=list)


WINDOW = 512  # files in flight at once (all sessions together)
CHUNK = 32 * 1024  # bytes per WRITE request (safe with every server)
MAX_CHUNK = 255 * 1024  # when the server says it takes more (OpenSSH: 256 KiB messages)
READ_CHUNK = 128 * 1024
READ_BATCH = 8  # reads sent at once per file (1 MiB)
LANES = 4  # SFTP sessions on the one connection for a big upload
LANES_MIN_FILES = 300
LANES_IN_BACKGROUND = True
LANES_MIN_BYTES = 8 * 1024 * 1024


def _keep_failure(errors: list[tuple[int, str]], t: int, message: SftpMessage) -> None:
    """A reply's (code, text) appended to ``errors`` unless it is a success."""
    code, text = status(t, message)
    if code != SFTP_OK:
        errors.append((code, text))


class SftpBackend:
    """The server side of a publish over SFTP: pipelined reads, uploads, deletions and journal appends
    (satisfies :class:`~wizard.publish.backend.Backend`).

    Beyond what a publish needs, a small API other features reuse (the order desk fetches and removes
    sealed orders, and uploads its probe): :meth:`list_folder`, :meth:`download`, :meth:`remove` and
    :meth:`upload`, all relative to the site's folder, none following a link.
    """

    kind = "sftp"

    def __init__(self, conn: Connection, root: str) -> None:
        self.conn = conn
        self.sftp = conn.sftp
        self.pipe = Pipeline(conn.transport, conn.sftp)
        self.pipe.before_wait = self._flush_journal
        self.pipe.has_unsent = lambda: bool(self._journal_buffer)
        self.root = root
        self.dirs_pending: set[str] = set()  # MKDIRs sent on the main session, not answered yet
        self.mkdir_errors: dict[str, tuple[int, str]] = {}  # folder → (code, text) of a refused MKDIR
        self.parts: set[str] = set()  # temporary names (ours) that may exist on the server now
        self.aborting = False  # set by abort(): files in flight are dropped, none renamed
        self._journal_handle: bytes | None = None
        self._journal_offset = 0
        self._journal_opening = False
        self._manifest_handle: bytes | None = None
        self._manifest_early: tuple[bytes, list[tuple[int, str]]] | None = None  # see unstage
        self._journal_buffer: list[tuple[bytes, Callable[[], None], Callable[[], None] | None]] = []
        self._checked: set[str] = set()  # server folders whose LSTAT was asked (links refused)
        self._checks_due = 0  # folder LSTATs not answered yet: no write is sent before they are
        self._root_checked = False
        self._lanes_asked = False
        self._root_listing: _Listing | None = None
        self.chunk = CHUNK
        self.window = WINDOW
        # OpenSSH (8.5+) tells its limits: bigger writes mean fewer requests and replies. The reply
        # comes with the first reads; servers without the extension keep the safe defaults.
        self.pipe.send(self._on_limits, CMD_EXTENDED, "limits@openssh.com")

    def _on_limits(self, t: int, message: SftpMessage) -> None:
        if t != CMD_EXTENDED_REPLY:
            return
        try:
            _max_packet, _max_read, max_write, max_handles = (message.get_int64() for _ in range(4))
        except Exception:  # a malformed reply: keep the defaults
            return
        if max_write >= CHUNK:
            self.chunk = min(int(max_write), MAX_CHUNK)
        if max_handles > 0:
            self.window = max(8, min(WINDOW, int(max_handles) // 2))

    # -- plumbing
    def path(self, rel: str = "") -> str:
        """``rel`` (relative to the site's folder) as the server names it."""
        return remote_path(self.root, rel)

    @property
    def lanes(self) -> list[Lane]:
        return self.pipe.lanes

    def open_lanes(self, count: int) -> None:
        """Open ``count`` more SFTP sessions on the same connection (see :meth:`Pipeline.open_lanes`)."""
        self.pipe.open_lanes(count, background=LANES_IN_BACKGROUND)

    def expect_upload(self, files: int, bytes_total: int) -> None:
        """Open extra sessions when an upload is big enough to be limited by one session's window."""
        if self._lanes_asked or len(self.pipe.lanes) > 1:
            return
        if files >= LANES_MIN_FILES or bytes_total >= LANES_MIN_BYTES:
            self._lanes_asked = True
            self.open_lanes(LANES - 1)

    def remove_part(self, rel: str, lane: Lane | None = None) -> None:
        """Remove the temporary file ``rel`` (a name of ours); forgotten once the server answers."""

        def on_reply(t: int, message: SftpMessage) -> None:
            if status(t, message)[0] in (SFTP_OK, SFTP_NO_SUCH_FILE):
                self.parts.discard(rel)

        self.pipe.send(on_reply, CMD_REMOVE, self.path(rel), lane=lane)

    def remove_parts(self, paths: Iterable[str]) -> None:
        """Remove the temporary files of ``paths`` (site files) that an interrupted publish may have
        left; only names of our own temporary pattern are touched, and a missing one is fine. The
        folder checks still due are awaited first: nothing is removed inside a linked folder."""
        self.await_checks()
        for rel in paths:
            self.remove_part(part_name(rel))
            self.pipe.pump_if_full(4 * self.window)
        self.pipe.drain()

    # -- links and what is in the way
    def check_folders(self, dirs: Iterable[str]) -> None:
        """Queue an LSTAT of the site's folder (first call) and of each of ``dirs``: a link there is
        refused with :class:`LinkOnServer`, a file with :class:`InTheWay`, at the latest by the next
        call that waits (so checking the site's folders costs no round trip of its own)."""
        paths: list[str] = []
        if not self._root_checked:
            self._root_checked = True
            paths.extend(root_chain(self.root))
        paths.extend(self.path(rel) for rel in dirs)
        for path in paths:
            if path in self._checked:
                continue
            self._checked.add(path)
            self._checks_due += 1
            self.pipe.send(partial(self._on_folder_attrs, path), CMD_LSTAT, path)
            self.pipe.pump_if_full(4 * self.window)

    def _on_folder_attrs(self, path: str, t: int, message: SftpMessage) -> None:
        self._checks_due -= 1
        if t != CMD_ATTRS:
            return  # missing (it will be made) or unreadable (the write that needs it will say so)
        entry = entry_of(path, sftp_wire.read_attrs(message))
        if entry.kind is not EntryKind.FOLDER:
            self._checked.discard(path)  # refused: asked again next time
        if entry.kind is EntryKind.LINK:
            self._refuse_link(path)
        elif entry.kind is not EntryKind.FOLDER:
            self.pipe.fail(InTheWay(path, "file"))

    def await_checks(self) -> None:
        """Wait for the folder checks still due and raise what they found (every write does first)."""
        if self._checks_due:
            self.pipe.drain()
        if isinstance(self.pipe.failure, (LinkOnServer, InTheWay)):
            self.pipe.raise_failure()

    def _refuse_link(self, path: str) -> None:
        """Fail with :class:`LinkOnServer`, naming where the link leads once the server says."""
        error = LinkOnServer(path)
        self.pipe.fail(error)

        def on_target(t: int, message: SftpMessage) -> None:
            if t == CMD_NAME and self.pipe.failure is error and message.get_int() > 0:
                self.pipe.failure = LinkOnServer(path, message.get_text())

        self.pipe.send(on_target, CMD_READLINK, path)

    def lstat_many(self, paths: Sequence[str]) -> dict[str, RemoteEntry | None]:
        """What each path is (``None``: missing), links not followed; all asked at once."""
        found: dict[str, RemoteEntry | None] = {}

        def on_attrs(rel: str, t: int, message: SftpMessage) -> None:
            found[rel] = (entry_of(PurePosixPath(rel).name, sftp_wire.read_attrs(message))
                          if t == CMD_ATTRS else None)

        for rel in paths:
            self.pipe.send(partial(on_attrs, rel), CMD_LSTAT, self.path(rel))
            self.pipe.pump_if_full(4 * self.window)
        self.pipe.drain()
        self.pipe.raise_failure()
        return found

    def deletable(self, files: Mapping[str, FileState]) -> set[str]:
        """The files of ``files`` still exactly as we sent them (a regular file, same size, same
        SHA-256): the only ones a publish deletes. Costs two flights, only when something is deleted."""
        entries = self.lstat_many(sorted(files))
        candidates = [p for p, e in entries.items()
                      if e is not None and e.kind is EntryKind.FILE and e.size == files[p].size]
        ours: set[str] = set()
        batch: list[str] = []
        batch_bytes = 0
        for rel in [*candidates, None]:
            if rel is not None and (not batch or batch_bytes + files[rel].size <= MAX_BYTES_IN_FLIGHT):
                batch.append(rel)
                batch_bytes += files[rel].size
                continue
            for path, data in self.read_files(batch).items():
                if data is not None and hashlib.sha256(data).hexdigest() == files[path].sha256:
                    ours.add(path)
            batch, batch_bytes = ([rel], files[rel].size) if rel is not None else ([], 0)
        return ours

    # -- reading
    def read_files(self, paths: Sequence[str], max_bytes: int | None = None) -> dict[str, bytes | None]:
        """Whole files by relative path (``None`` when absent), all read at once: LSTAT + OPEN, then
        reads of :data:`READ_BATCH` chunks until a short read or EOF; about two round trips for small
        files. A link, a folder or a file over ``max_bytes`` is refused (and not read)."""
        result: dict[str, bytes | None] = {}
        refused: set[str] = set()
        received: dict[str, int] = {p: 0 for p in paths}
        pieces: dict[str, dict[int, bytes]] = {p: {} for p in paths}
        handles: dict[str, bytes] = {}
        next_offset: dict[str, int] = {}
        batch_left: dict[str, int] = {}
        ended: set[str] = set()

        def on_attrs(rel: str, t: int, message: SftpMessage) -> None:
            if t != CMD_ATTRS:
                return  # missing: the OPEN says so
            entry = entry_of(rel, sftp_wire.read_attrs(message))
            path = self.path(rel)
            if entry.kind is EntryKind.LINK:
                refused.add(rel)
                self._refuse_link(path)
            elif entry.kind is not EntryKind.FILE:
                refused.add(rel)
                self.pipe.fail(InTheWay(path, "folder"))
            elif max_bytes is not None and entry.size > max_bytes:
                refused.add(rel)
                self.pipe.fail(ServerFileTooLarge(path, entry.size, max_bytes))

        def ask_batch(rel: str) -> None:
            batch_left[rel] = READ_BATCH
            for _ in range(READ_BATCH):
                offset = next_offset[rel]
                next_offset[rel] = offset + READ_CHUNK
                self.pipe.send(partial(on_data, rel, offset), CMD_READ, handles[rel],
                           int64(offset), READ_CHUNK)

        def on_open(rel: str, t: int, message: SftpMessage) -> None:
            if t == CMD_HANDLE:
                handles[rel] = message.get_binary()
                if rel in refused:
                    self.pipe.send(ignore, CMD_CLOSE, handles[rel], wait=False)
                    result[rel] = None
                    return
                next_offset[rel] = 0
                ask_batch(rel)
                return
            code, text = status(t, message)
            result[rel] = None
            if code != SFTP_NO_SUCH_FILE:
                self.pipe.fail(map_status(code, text, self.path(rel), False))

        def on_data(rel: str, offset: int, t: int, message: SftpMessage) -> None:
            batch_left[rel] -= 1
            if t == CMD_DATA:
                data = message.get_string()
                pieces[rel][offset] = data
                received[rel] += len(data)
                if len(data) < READ_CHUNK:
                    ended.add(rel)
                if max_bytes is not None and received[rel] > max_bytes and rel not in refused:
                    refused.add(rel)  # it grew since the LSTAT
                    ended.add(rel)
                    self.pipe.fail(ServerFileTooLarge(self.path(rel), received[rel], max_bytes))
            else:
                code, text = status(t, message)
                ended.add(rel)
                if code != SFTP_EOF:
                    self.pipe.fail(map_status(code, text, self.path(rel), False))
            if batch_left[rel] == 0:
                if rel in ended:
                    self.pipe.send(ignore, CMD_CLOSE, handles[rel], wait=False)
                else:
                    ask_batch(rel)

        for rel in paths:
            self.pipe.send(partial(on_attrs, rel), CMD_LSTAT, self.path(rel))
            self.pipe.send(partial(on_open, rel), CMD_OPEN, self.path(rel), SFTP_FLAG_READ,
                       SFTPAttributes())
        self.pipe.drain()
        self.pipe.raise_failure()
        for rel in paths:
            if rel in result:
                continue
            got = pieces[rel]
            data = b""
            for offset in sorted(got):
                if offset != len(data):  # a read came back short in the middle: read it plainly
                    self.pipe.quiesce()
                    with self.sftp.open(self.path(rel), "rb") as fh:
                        data = fh.read()
                    break
                data += got[offset]
            result[rel] = data
        return result

    def prefetch_root(self) -> None:
        """Start listing the site's folder now, so its round trips overlap the manifest's reads (a
        first publish needs it; otherwise it costs a few requests, no wait: nothing waits for it)."""
        if self._root_listing is None:
            self._root_listing = self._start_list(self.path(), wait=False)

    def list_root(self) -> list[str] | None:
        """Names in the target folder (only used to protect a first publish); ``None`` if missing."""
        listing, self._root_listing = self._root_listing or self._start_list(self.path(), wait=False), None
        entries = self._end_list(listing)
        return None if entries is None else sorted(e.name for e in entries)

    def _list(self, path: str) -> list[RemoteEntry] | None:
        return self._end_list(self._start_list(path, wait=False))

    def _start_list(self, path: str, wait: bool) -> _Listing:
        """OPENDIR, then READDIRs two at a time until EOF: two round trips for a small folder. Each
        entry is what LSTAT would say (OpenSSH's READDIR attributes come from lstat). A failure is
        kept in the listing (raised by :meth:`_end_list`)."""
        listing = _Listing()

        def ask() -> None:
            listing.due += 2
            for _ in range(2):
                self.pipe.send(on_names, CMD_READDIR, listing.handle, wait=wait)

        def on_open(t: int, message: SftpMessage) -> None:
            if t == CMD_HANDLE:
                listing.handle = message.get_binary()
                ask()
                return
            code, text = status(t, message)
            listing.done = True
            if code == SFTP_NO_SUCH_FILE:
                listing.missing = True
            else:
                listing.error = map_status(code, text, path, False)

        def on_names(t: int, message: SftpMessage) -> None:
            listing.due -= 1
            if listing.done:
                return
            if t == CMD_NAME:
                for _ in range(message.get_int()):
                    filename = message.get_text()
                    message.get_text()  # long name
                    attrs = sftp_wire.read_attrs(message)
                    if filename not in (".", ".."):
                        listing.entries.append(entry_of(filename, attrs))
                if listing.due == 0:
                    ask()
                return
            code, text = status(t, message)
            listing.done = True
            self.pipe.send(ignore, CMD_CLOSE, listing.handle, wait=False)
            if code != SFTP_EOF:
                listing.error = map_status(code, text, path, False)

        self.pipe.send(on_open, CMD_OPENDIR, path, wait=wait)
        return listing

    def _end_list(self, listing: _Listing) -> list[RemoteEntry] | None:
        """Wait for ``listing`` to end; its entries, sorted by name (``None``: the folder is missing)."""
        while not listing.done:
            self.pipe.pump()
        self.pipe.raise_failure()
        if listing.error is not None:
            raise listing.error
        return None if listing.missing else sorted(listing.entries, key=lambda e: e.name)

    def ensure_root(self) -> None:
        """Create the target folder and its parents if needed."""
        self.await_checks()
        path = self.path()
        if path in (".", "/"):
            return
        self.pipe.quiesce()  # plain paramiko calls follow
        parts = PurePosixPath(path).parts
        current = ""
        for part in parts:
            current = part if not current else ("/" + part if current == "/" else f"{current}/{part}")
            if current == "/":
                continue
            try:
                self.sftp.stat(current)
            except FileNotFoundError:
                try:
                    self.sftp.mkdir(current, 0o755)
                except PermissionError as exc:
                    raise PermissionDenied(current) from exc
                except OSError as exc:
                    raise TransferFailed(current, str(exc)) from exc
            except PermissionError as exc:
                raise PermissionDenied(current) from exc

    def sizes(self, paths: Sequence[str]) -> dict[str, int | None]:
        """The size of each regular file on the server (``None`` if missing, a link or a folder)."""
        return {rel: (e.size if e is not None and e.kind is EntryKind.FILE else None)
                for rel, e in self.lstat_many(paths).items()}

    # -- writing
    def make_dirs(self, dirs: Iterable[str]) -> dict[str, tuple[int, str]]:
        """Send MKDIR for each folder (parents first) without waiting for them (only for the folder
        checks still due); errors are only remembered."""
        self.await_checks()
        errors: dict[str, tuple[int, str]] = {}

        def on_reply(rel: str, t: int, message: SftpMessage) -> None:
            self.dirs_pending.discard(rel)
            code, text = status(t, message)
            if code != SFTP_OK:
                errors[rel] = (code, text)

        for rel in dirs:
            attrs = SFTPAttributes()
            attrs.st_mode = 0o755
            self.dirs_pending.add(rel)
            self.pipe.send(partial(on_reply, rel), CMD_MKDIR, self.path(rel), attrs)
        self.mkdir_errors = errors
        return errors

    def start_journal(self, existing: bytes | None) -> None:
        """Open the journal (without waiting) to append lines after ``existing``; a torn last line
        is closed off first."""

        def on_open(t: int, message: SftpMessage) -> None:
            self._journal_opening = False
            if t == CMD_HANDLE:
                self._journal_handle = message.get_binary()
                return
            code, text = status(t, message)
            self.pipe.fail(map_status(code, text, self.path(), False))

        def on_manifest_open(t: int, message: SftpMessage) -> None:
            if t == CMD_HANDLE:
                self._manifest_handle = message.get_binary()
            # else its temporary name is taken (or the folder unwritable): commit writes it afresh

        self._journal_opening = True
        self.parts.add(part_name(MANIFEST_NAME))
        self._journal_offset = len(existing or b"")  # lines go after what is there
        attrs = SFTPAttributes()
        attrs.st_mode = 0o644
        # The new manifest's temporary file is opened now, so committing costs two round trips.
        # O_EXCL never opens through a link planted at the name; an existing journal was just read
        # (and checked not to be a link) by read_files.
        self.pipe.send(on_manifest_open, CMD_OPEN, self.path(part_name(MANIFEST_NAME)),
                   SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL, attrs)
        journal_flags = SFTP_FLAG_WRITE if existing is not None else SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL
        self.pipe.send(on_open, CMD_OPEN, self.path(JOURNAL_NAME), journal_flags, SFTPAttributes())
        if existing and not existing.endswith(b"\n"):
            self.append_journal(b"\n", lambda: None)

    def append_journal(self, line: bytes, then: Callable[[], None],
                        on_error: Callable[[], None] | None = None) -> None:
        """Queue a journal line; lines are written together (one WRITE) when the client would wait."""
        self._journal_buffer.append((line, then, on_error))
        if len(self._journal_buffer) >= 256:
            self._flush_journal()

    def _flush_journal(self) -> None:
        if not self._journal_buffer:
            return
        if self._journal_handle is None:
            if self._journal_opening:
                return  # written once the journal's OPEN reply is in
            self.pipe.raise_failure()
            return
        batch, self._journal_buffer = self._journal_buffer, []
        data = b"".join(line for line, _t, _e in batch)
        offset = self._journal_offset
        self._journal_offset += len(data)

        def on_reply(t: int, message: SftpMessage) -> None:
            code, text = status(t, message)
            if code != SFTP_OK:
                self.pipe.fail(map_status(code, text, self.path(".echoppe-journal"), True))
                for _line, _then, on_error in batch:
                    if on_error is not None:
                        on_error()
                return
            for _line, then, _on_error in batch:
                then()

        self.pipe.send(on_reply, CMD_WRITE, self._journal_handle, int64(offset), data)

    def _write_manifest_early(self, manifest: bytes) -> None:
        """Send ``manifest``'s bytes and the CLOSE of its temporary file now, without waiting; the
        replies' failures are kept for :meth:`commit`."""
        handle, self._manifest_handle = self._manifest_handle, None
        if handle is None:
            return
        errors: list[tuple[int, str]] = []
        self._manifest_early = (manifest, errors)
        self._send_manifest(handle, manifest, errors)

    def _send_manifest(self, handle: bytes, manifest: bytes, errors: list[tuple[int, str]]) -> None:
        check = partial(_keep_failure, errors)
        for offset in range(0, len(manifest), self.chunk):
            self.pipe.send(check, CMD_WRITE, handle, int64(offset), manifest[offset:offset + self.chunk])
        self.pipe.send(check, CMD_CLOSE, handle)

    def commit(self, manifest: bytes) -> None:
        """Write the new manifest and rename it into place; the journal it absorbed is removed in the
        same flight (if the rename failed, the next publish would only resend this publish's files).

        The manifest's bytes go to its temporary file in the same flight as the last journal lines;
        the rename is sent only once every earlier request has answered without a failure. When they
        were sent early (:meth:`unstage`) and answered, the last journal lines, the rename and the
        journal's removal go in one flight: once the rename is done the journal is not needed."""
        early, self._manifest_early = self._manifest_early, None
        if early is not None and early[0] == manifest:
            self._commit_early(early[1])
            return
        handle = self._manifest_handle
        if handle is None:
            self.pipe.drain()
            self.pipe.raise_failure()
            self.write_atomic(MANIFEST_NAME, manifest)
            self.end_journal(remove=True)
            return
        self._manifest_handle = None
        errors: list[tuple[int, str]] = []
        self._send_manifest(handle, manifest, errors)
        self.pipe.drain()
        self._rename_manifest(errors)

    def _commit_early(self, errors: list[tuple[int, str]]) -> None:
        """Commit a manifest written by :meth:`_write_manifest_early` (its replies are in: they came
        before the last moves' on the same session)."""
        self._flush_journal()
        self._rename_manifest(errors)

    def _rename_manifest(self, errors: list[tuple[int, str]]) -> None:
        """Rename the written manifest into place and remove the journal (one flight), unless writing
        it failed (``errors``)."""
        self.pipe.raise_failure()
        if errors:
            raise map_status(*errors[0], self.path(MANIFEST_NAME), True)
        self.pipe.send(partial(_keep_failure, errors), CMD_EXTENDED, "posix-rename@openssh.com", self.path(part_name(MANIFEST_NAME)),
                       self.path(MANIFEST_NAME))
        self.end_journal(remove=True)
        if errors:
            raise map_status(*errors[0], self.path(MANIFEST_NAME), False)
        self.parts.discard(part_name(MANIFEST_NAME))

    def abort(self) -> None:
        """After a failure, a cancel or a caller that stopped reading: drop the files in flight (none
        is renamed any more), write the journal lines of the files already in place, close the journal
        (kept for the next publish) and remove every temporary file of ours, the new manifest's too."""
        self.aborting = True
        with contextlib.suppress(ConnectionDropped, PublishError):
            self.pipe.failure = None
            self.pipe.drain()  # replies still due (the manifest's OPEN among them) come in first
            self.pipe.failure = None
            if self._manifest_handle is not None:
                self.pipe.send(ignore, CMD_CLOSE, self._manifest_handle)
                self._manifest_handle = None
            for rel in sorted(self.parts):
                self.remove_part(rel)
            self.pipe.drain()
            self.end_journal(remove=False)

    def end_journal(self, remove: bool) -> None:
        if self._journal_handle is not None:
            self.pipe.send(ignore, CMD_CLOSE, self._journal_handle)
            self._journal_handle = None
        if remove:
            self.pipe.send(ignore, CMD_REMOVE, self.path(".echoppe-journal"))
        self.pipe.drain()

    def put_files(self, items: Sequence[PutItem], cancel: threading.Event | None = None) -> Iterator[str]:
        """Upload (path, loader, journal line[, group]) items; yield each path once it is renamed in place
        and journaled (see :class:`~wizard.publish.upload.Upload`). Waits for the folder checks due."""
        self.await_checks()
        yield from Upload(self, items, cancel).run()

    # -- a big first publish: upload into a staging folder, then move a few entries into place
    def staging(self) -> SftpBackend:
        """This backend stages (see :meth:`stage_files`)."""
        return self

    def stage_files(self, items: Sequence[PutItem], cancel: threading.Event | None = None) -> Iterator[str]:
        """Upload items into :data:`STAGE_NAME` (made with :meth:`make_dirs` first, after the journal
        is opened, so an interrupted stage is always known by its journal) at their own names, O_EXCL:
        no temporary name and no rename per file. Yield each path once it is wholly written there.
        Nothing is live until :meth:`unstage`; the staged files stay in ``parts`` until then (an abort
        removes them)."""
        self.await_checks()
        staged = [(f"{STAGE_NAME}/{it[0]}", it[1], None) for it in items]
        cut = len(STAGE_NAME) + 1
        for path in Upload(self, staged, cancel, direct=True).run():
            yield path[cut:]

    def unstage(self, waves: Sequence[Sequence[tuple[str, bytes]]], manifest: bytes | None = None) -> Iterator[str]:
        """Move staged top-level entries (name, their journal lines) into place, wave after wave: a
        wave's moves are sent together, the next wave only once every move of this one succeeded (the
        home page's wave last). RENAME (not posix-rename) never replaces an existing name. Yield each
        name once moved; its journal lines go with the next flight.

        ``manifest``, the one :meth:`commit` will get if every move succeeds, is written to its
        temporary file in the last wave's flight (renamed only by :meth:`commit`)."""
        for n, wave in enumerate(waves):
            if manifest is not None and n == len(waves) - 1:
                self._write_manifest_early(manifest)
            moved, errors = self._move_wave(wave)
            yield from moved
            if errors:
                raise errors[0]
            self.pipe.raise_failure()
        self.parts = {p for p in self.parts if not p.startswith(STAGE_NAME + "/")}
        self.pipe.send(ignore, CMD_RMDIR, self.path(STAGE_NAME), wait=False)

    def _move_wave(self, wave: Sequence[tuple[str, bytes]]) -> tuple[list[str], list[PublishError]]:
        """Send one wave's moves together and wait for their replies (not for the journal lines)."""
        errors: list[PublishError] = []
        moved: list[str] = []
        due = [len(wave)]

        def on_moved(name: str, lines: bytes, t: int, message: SftpMessage) -> None:
            due[0] -= 1
            code, text = status(t, message)
            if code != SFTP_OK:  # OpenSSH answers FAILURE when the name is taken
                errors.append(InTheWay(self.path(name), "file") if code == SFTP_FAILURE
                              else map_status(code, text, self.path(name), False))
                return
            moved.append(name)
            self.append_journal(lines, lambda: None)

        for name, lines in wave:
            self.pipe.send(partial(on_moved, name, lines), CMD_RENAME, self.path(f"{STAGE_NAME}/{name}"),
                           self.path(name))
        while due[0]:
            self.pipe.pump()
        return moved, errors

    def clear_stage(self, paths: Iterable[str]) -> None:
        """After an interrupted staged publish: remove from the staging folder the files of ``paths``
        (names we know; anything else there stays), then its folders that became empty. A link at the
        staging folder is left alone; a link inside it is refused (:class:`LinkOnServer`), never followed."""
        entry = self.lstat_many([STAGE_NAME])[STAGE_NAME]
        if entry is None or entry.kind is not EntryKind.FOLDER:
            return
        files = sorted(paths)
        dirs = sorted(parent_dirs(files), key=lambda d: (-d.count("/"), d))
        self.check_folders(f"{STAGE_NAME}/{d}" for d in sorted(dirs))
        self.await_checks()
        for rel in files:
            self.pipe.send(ignore, CMD_REMOVE, self.path(f"{STAGE_NAME}/{rel}"))
            self.pipe.pump_if_full(4 * self.window)
        self.pipe.drain()
        for rel in [*(f"{STAGE_NAME}/{d}" for d in dirs), STAGE_NAME]:
            self.pipe.send(ignore, CMD_RMDIR, self.path(rel))
        self.pipe.drain()

    def remove_files(self, items: Sequence[RemoveItem],
                     cancel: threading.Event | None = None) -> Iterator[str]:
        """Remove (path, journal line) items; yield each path once removed and journaled."""
        self.await_checks()
        completed: deque[str] = deque()
        queue = deque(items)
        inflight = 0

        def on_removed(rel: str, line: bytes | None, t: int, message: SftpMessage) -> None:
            nonlocal inflight
            code, text = status(t, message)
            if code not in (SFTP_OK, SFTP_NO_SUCH_FILE):
                inflight -= 1
                self.pipe.fail(map_status(code, text, self.path(rel), False))
                return

            def journaled() -> None:
                nonlocal inflight
                inflight -= 1
                completed.append(rel)

            if line is None:
                journaled()
            else:
                self.append_journal(line, journaled)

        while queue or inflight:
            stopping = self.pipe.failure is not None or (cancel is not None and cancel.is_set())
            while queue and inflight < self.window and not stopping:
                rel, line = queue.popleft()
                inflight += 1
                self.pipe.send(partial(on_removed, rel, line), CMD_REMOVE,
                           self.path(rel))
            if stopping:
                queue.clear()
            if inflight:
                self.pipe.pump()
            while completed:
                yield completed.popleft()
        self.pipe.raise_failure()

    def remove_dirs(self, dirs: Sequence[str]) -> None:
        """Remove folders that became empty (deepest first); a folder still holding files stays."""
        for rel in dirs:
            self.pipe.send(ignore, CMD_RMDIR, self.path(rel))
        self.pipe.drain()

    def write_atomic(self, rel: str, data: bytes) -> None:
        for _done in self.put_files([(rel, lambda: data, None)]):
            pass
        self.pipe.drain()

    # -- single files: a small API for other features (the order desk), links never followed
    def list_folder(self, rel: str = "") -> list[RemoteEntry] | None:
        """The entries of the folder ``rel`` of the site (``""``: the site's folder), each as LSTAT
        sees it (a link is listed as a link, never followed); ``None`` if the folder is missing.
        Raises :class:`LinkOnServer` if the folder or one above it (up to the site's) is a link."""
        self._check_ancestors(rel, itself=True)
        return self._list(self.path(rel))

    def download(self, rel: str, max_bytes: int) -> bytes | None:
        """The content of the regular file ``rel`` (``None`` if missing). A link or a folder is
        refused (:class:`LinkOnServer`, :class:`InTheWay`), a file over ``max_bytes`` too
        (:class:`ServerFileTooLarge`, nothing of it read beyond the limit)."""
        self._check_ancestors(rel)
        return self.read_files([rel], max_bytes=max_bytes)[rel]

    def remove(self, rel: str) -> bool:
        """Remove the regular file ``rel``; ``False`` if it was not there. A link or a folder at that
        name is refused, not removed."""
        self._check_ancestors(rel)
        entry = self.lstat_many([rel])[rel]
        if entry is None:
            return False
        if entry.kind is EntryKind.LINK:
            raise LinkOnServer(self.path(rel))
        if entry.kind is not EntryKind.FILE:
            raise InTheWay(self.path(rel), "folder")
        errors: list[tuple[int, str]] = []

        def on_reply(t: int, message: SftpMessage) -> None:
            code, text = status(t, message)
            if code not in (SFTP_OK, SFTP_NO_SUCH_FILE):
                errors.append((code, text))

        self.pipe.send(on_reply, CMD_REMOVE, self.path(rel))
        self.pipe.drain()
        self.pipe.raise_failure()
        if errors:
            raise map_status(*errors[0], self.path(rel), False)
        return True

    def upload(self, rel: str, data: bytes) -> None:
        """Put ``data`` at ``rel`` atomically (temporary name created O_EXCL, then posix-rename over the
        old file), creating missing folders; nothing is written through a link."""
        self._check_ancestors(rel)
        folders = sorted(parent_dirs([rel]), key=lambda d: d.count("/"))
        if folders:
            missing = [d for d, e in self.lstat_many(folders).items() if e is None]
            self.make_dirs(missing)
        self.write_atomic(rel, data)

    def _check_ancestors(self, rel: str, itself: bool = False) -> None:
        if rel and not safe_path(rel):
            raise TransferFailed(rel, "not a path inside the site's folder")
        self.check_folders(sorted(parent_dirs([rel])) + ([rel] if itself and rel else []))
        self.pipe.drain()
        self.pipe.raise_failure()

    def remove_quiet(self, rel: str) -> None:
        self.pipe.send(ignore, CMD_REMOVE, self.path(rel))
        self.pipe.drain()

    def close(self) -> None:
        self.pipe.close_extra_lanes()
        self.conn.close()
