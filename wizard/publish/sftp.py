"""SFTP with paramiko: a checked connection and a pipelined file transfer.

paramiko's SFTPClient waits for each reply before the next request; on a host 40 ms away that costs
four or five round trips a file. Here requests are queued and written in batches (many SFTP requests
in one SSH packet) just before the client would wait, and a small state machine reacts to each reply
as it comes: OPEN → WRITE… + CLOSE → posix-rename → journal line. Up to :data:`WINDOW` files are in
flight, so a thousand files take a few dozen round trips; a big upload also opens up to :data:`LANES`
SFTP sessions on the same connection (each has its own flow-control window and server process).

A file is renamed over the old one only when every write and the close succeeded, so the server
holds either the old or the new version of each page, never a partial one.
"""

from __future__ import annotations

import contextlib
import hashlib
import select
import socket
import stat
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import paramiko
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
    CMD_RMDIR,
    CMD_STATUS,
    CMD_WRITE,
    SFTP_EOF,
    SFTP_FAILURE,
    SFTP_FLAG_CREATE,
    SFTP_FLAG_EXCL,
    SFTP_FLAG_READ,
    SFTP_FLAG_WRITE,
    SFTP_NO_SUCH_FILE,
    SFTP_OK,
    SFTP_PERMISSION_DENIED,
    int64,
)
from paramiko.sftp_attr import SFTPAttributes

from wizard.domain.model import AuthMethod, PublishTarget
from wizard.publish.backend import EntryKind, RemoteEntry
from wizard.publish.errors import (
    AuthenticationFailed,
    ConnectionTimeout,
    HostKeyChanged,
    HostUnreachable,
    InTheWay,
    KeyFileUnreadable,
    LinkOnServer,
    PassphraseRequired,
    PermissionDenied,
    PortClosed,
    PublishError,
    QuotaExceeded,
    SecretRequired,
    ServerFileTooLarge,
    TransferFailed,
    UnknownHostKey,
)
from wizard.publish.hostkeys import KnownHosts, fingerprint
from wizard.publish.manifest import JOURNAL_NAME, MANIFEST_NAME, FileState, part_name

CONNECT_TIMEOUT = 15.0
BANNER_TIMEOUT = 15.0
AUTH_TIMEOUT = 20.0
REPLY_TIMEOUT = 60.0  # no reply at all for this long: the connection is considered lost
WINDOW = 512  # files in flight at once (all sessions together)
MAX_BYTES_IN_FLIGHT = 16 * 1024 * 1024  # file contents read but not yet renamed into place
CHUNK = 32 * 1024  # bytes per WRITE request (safe with every server)
MAX_CHUNK = 255 * 1024  # when the server says it takes more (OpenSSH: 256 KiB messages)
READ_CHUNK = 128 * 1024
READ_BATCH = 8  # reads sent at once per file (1 MiB)
LANES = 4  # SFTP sessions on the one connection for a big upload
LANES_MIN_FILES = 300
LANES_IN_BACKGROUND = True
LANES_MIN_BYTES = 8 * 1024 * 1024
OUT_BATCH = 256 * 1024  # queued request bytes written to the channel at once

Secret = str  # a password, or the passphrase of the target's key file


class ConnectionDropped(Exception):
    """The SSH connection died (the engine turns it into ``ConnectionLost`` with counts)."""


@dataclass(frozen=True)
class ConnectionInfo:
    host: str
    port: int
    key_type: str
    fingerprint: str
    folder: str
    folder_exists: bool
    writable: bool


# --------------------------------------------------------------------------- connection

def load_key(key_file: str, passphrase: str | None) -> paramiko.PKey:
    """An OpenSSH private key (ed25519, ECDSA or RSA), decrypted with ``passphrase`` when needed."""
    path = Path(key_file).expanduser()
    try:
        # paramiko hands the passphrase to cryptography, which wants bytes
        return paramiko.PKey.from_path(path, passphrase.encode("utf-8") if passphrase else None)
    except paramiko.PasswordRequiredException as exc:
        raise PassphraseRequired(str(path)) from exc
    except TypeError as exc:  # cryptography: "Key is password-protected, but password was not provided."
        if "password" in str(exc).lower():
            raise PassphraseRequired(str(path)) from exc
        raise KeyFileUnreadable(str(path), str(exc)) from exc
    except FileNotFoundError as exc:
        raise KeyFileUnreadable(str(path), "not found") from exc
    except (paramiko.SSHException, ValueError, OSError) as exc:
        if passphrase:
            raise KeyFileUnreadable(str(path), "wrong passphrase or not a private key") from exc
        raise KeyFileUnreadable(str(path), str(exc) or type(exc).__name__) from exc


def _open_socket(host: str, port: int) -> socket.socket:
    try:
        sock = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
        # Small requests go out at once: with Nagle's algorithm a request can wait for the ACK of
        # the previous one, which the server delays (up to 200 ms a round trip on Linux).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    except socket.gaierror as exc:
        raise HostUnreachable(host, str(exc)) from exc
    except ConnectionRefusedError as exc:
        raise PortClosed(host, port) from exc
    except TimeoutError as exc:
        raise ConnectionTimeout(host, port) from exc
    except OSError as exc:
        raise HostUnreachable(host, exc.strerror or str(exc)) from exc


class Connection:
    """An authenticated SSH transport with its SFTP channel (use as a context manager)."""

    def __init__(self, transport: paramiko.Transport, sftp: paramiko.SFTPClient, key: paramiko.PKey) -> None:
        self.transport = transport
        self.sftp = sftp
        self.key_type = key.get_name()
        self.fingerprint = fingerprint(key)

    def close(self) -> None:
        try:
            self.sftp.close()
        finally:
            self.transport.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(
    target: PublishTarget,
    secret: Secret | None,
    known_hosts: KnownHosts | None = None,
    accept_fingerprint: str | None = None,
) -> Connection:
    """Connect, check the server's identity *before* sending any credential, log in, open SFTP."""
    known_hosts = known_hosts or KnownHosts()
    host, port = target.host, int(target.port or 22)
    pkey = None
    if target.auth == AuthMethod.KEY:
        pkey = load_key(target.key_file, secret)
    elif secret is None:
        raise SecretRequired(target.user, host)
    sock = _open_socket(host, port)
    transport = paramiko.Transport(sock)
    try:
        transport.banner_timeout = BANNER_TIMEOUT
        transport.handshake_timeout = BANNER_TIMEOUT
        transport.auth_timeout = AUTH_TIMEOUT
        preferred = known_hosts.preferred_types(host, port)
        if preferred:
            opts = transport.get_security_options()
            offered = list(opts.key_types)
            opts.key_types = [t for t in preferred if t in offered] + [t for t in offered if t not in preferred]
        try:
            transport.start_client(timeout=BANNER_TIMEOUT)
        except (paramiko.SSHException, EOFError, OSError) as exc:
            raise ConnectionTimeout(host, port) from exc
        key = transport.get_remote_server_key()
        fp = fingerprint(key)
        state = known_hosts.check(host, port, key)
        if state == "changed":
            raise HostKeyChanged(host, port, key.get_name(), fp,
                                 known_hosts.recorded_fingerprint(host, port, key.get_name()))
        if state == "unknown":
            if accept_fingerprint is None or accept_fingerprint.strip() != fp:
                raise UnknownHostKey(host, port, key.get_name(), fp)
            known_hosts.add(host, port, key)
        _authenticate(transport, target, secret, pkey)
        try:
            sftp = paramiko.SFTPClient.from_transport(transport)
        except (paramiko.SSHException, EOFError, OSError) as exc:
            raise TransferFailed(target.path or "/", "SFTP is not available for this login") from exc
        if sftp is None:
            raise TransferFailed(target.path or "/", "SFTP is not available for this login")
        sftp.get_channel().settimeout(REPLY_TIMEOUT)
        return Connection(transport, sftp, key)
    except BaseException:
        transport.close()
        raise


def _authenticate(transport: paramiko.Transport, target: PublishTarget, secret: Secret | None,
                  pkey: paramiko.PKey | None) -> None:
    user = target.user
    try:
        if pkey is not None:
            transport.auth_publickey(user, pkey)
            return
        assert secret is not None
        try:
            transport.auth_password(user, secret)
        except paramiko.BadAuthenticationType as exc:
            if "keyboard-interactive" not in exc.allowed_types:
                raise
            transport.auth_interactive(user, lambda _t, _i, prompts: [secret for _p in prompts])
    except paramiko.AuthenticationException as exc:
        raise AuthenticationFailed(user, target.host, with_key=pkey is not None) from exc
    except (paramiko.SSHException, EOFError, OSError) as exc:
        raise ConnectionTimeout(target.host, int(target.port or 22)) from exc
    if not transport.is_authenticated():
        raise AuthenticationFailed(user, target.host, with_key=pkey is not None)


def remote_path(root: str, rel: str = "") -> str:
    """``rel`` inside the target folder (``root`` may be relative to the login folder, or absolute)."""
    root = root.strip()
    if root in ("", ".", "./"):
        return rel or "."
    root = root.rstrip("/") or "/"
    if not rel:
        return root
    return f"{root}/{rel}" if root != "/" else f"/{rel}"


def test_connection(
    target: PublishTarget,
    secret: Secret | None,
    known_hosts: KnownHosts | None = None,
    accept_fingerprint: str | None = None,
) -> ConnectionInfo:
    """Log in and really try to write in the site folder (a test that passes means publishing can).
    For a folder target (no host), check the local folder instead."""
    if target.local_folder and not target.host:
        return _test_folder(Path(target.local_folder).expanduser())
    with connect(target, secret, known_hosts, accept_fingerprint) as conn:
        folder = remote_path(target.path)
        try:
            conn.sftp.stat(folder)
            exists = True
        except OSError:
            exists = False
        writable = False
        probe = remote_path(target.path, ".echoppe-write-test")
        if exists:
            try:
                with contextlib.suppress(OSError):
                    conn.sftp.remove(probe)  # a link planted there goes, never what it points to
                with conn.sftp.open(probe, "wxb") as fh:  # O_EXCL: never opened through a link
                    fh.write(b"echoppe")
                conn.sftp.remove(probe)
                writable = True
            except OSError:
                writable = False
        return ConnectionInfo(target.host, int(target.port or 22), conn.key_type, conn.fingerprint,
                              folder, exists, writable)


def _test_folder(folder: Path) -> ConnectionInfo:
    exists = folder.is_dir()
    writable = False
    probe = folder / ".echoppe-write-test"
    try:
        if not exists:
            folder.mkdir(parents=True)
            folder.rmdir()
        else:
            probe.write_bytes(b"echoppe")
            probe.unlink()
        writable = True
    except OSError:
        writable = False
    return ConnectionInfo("", 0, "", "", str(folder), exists, writable)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test when imported in tests


# --------------------------------------------------------------------------- pipeline

class _Request:
    """Receives the reply to one pipelined request (paramiko calls ``_async_response``)."""

    __slots__ = ("__weakref__", "callback")  # paramiko keeps pending requests in a WeakValueDictionary

    def __init__(self, callback: Callable[[int, SftpMessage], None]) -> None:
        self.callback = callback

    def _async_response(self, t: int, message: SftpMessage, num: int) -> None:
        self.callback(t, message)


def _status(t: int, message: SftpMessage) -> tuple[int, str]:
    """(code, text) of a STATUS reply; (SFTP_OK, "") for any other reply type."""
    if t != CMD_STATUS:
        return SFTP_OK, ""
    code = message.get_int()
    try:
        text = message.get_text()
    except Exception:
        text = ""
    return code, text


def map_status(code: int, text: str, path: str, writing: bool) -> PublishError:
    """Our error for an SFTP failure status on ``path``."""
    lowered = text.lower()
    if code == SFTP_PERMISSION_DENIED:
        return PermissionDenied(path)
    if "quota" in lowered or "space" in lowered or (code == SFTP_FAILURE and writing):
        return QuotaExceeded(path, text)
    return TransferFailed(path, text or f"SFTP status {code}")


def entry_of(name: str, attrs: SFTPAttributes) -> RemoteEntry:
    """What ``attrs`` (from LSTAT or READDIR) says ``name`` is."""
    mode = attrs.st_mode or 0
    if stat.S_ISLNK(mode):
        kind = EntryKind.LINK
    elif stat.S_ISDIR(mode):
        kind = EntryKind.FOLDER
    elif stat.S_ISREG(mode):
        kind = EntryKind.FILE
    else:
        kind = EntryKind.OTHER
    return RemoteEntry(name, kind, int(attrs.st_size or 0), int(attrs.st_mtime or 0))


def root_chain(root: str) -> list[str]:
    """The folders to check for links on the way to the site's folder: every component of a path
    relative to the login folder (all inside the account), only the last one of an absolute path."""
    root = root.strip()
    if root in ("", ".", "./", "/"):
        return []
    if root.startswith("/"):
        return [root.rstrip("/")]
    parts = [p for p in root.rstrip("/").split("/") if p not in ("", ".")]
    return ["/".join(parts[:i + 1]) for i in range(len(parts))]


@dataclass
class _Put:
    path: str  # relative to the site root
    load: Callable[[], bytes]
    journal_line: bytes | None
    group: int = 0
    lane: _Lane | None = None
    handle: bytes = b""
    pending: int = 0
    loaded: int = 0
    reopened: bool = False  # its temporary name was taken (left over, or a planted link): removed once
    error: tuple[int, str, bool] | None = None  # (code, text, writing)


class _Lane:
    """One SFTP session (channel) and the requests queued on it."""

    def __init__(self, sftp: paramiko.SFTPClient) -> None:
        self.sftp = sftp
        self.channel = sftp.get_channel()
        self.out: list[bytes] = []
        self.out_size = 0
        self.outstanding = 0
        self.jobs = 0  # files of put_files using this session
        self.live: set[_Request] = set()

    def send(self, callback: Callable[[int, SftpMessage], None], cmd: int, args: tuple, wait: bool) -> None:
        def done(t: int, message: SftpMessage) -> None:
            if wait:
                self.outstanding -= 1
            self.live.discard(request)
            callback(t, message)

        request = _Request(done)
        self.live.add(request)  # paramiko only holds a weak reference
        sftp = self.sftp
        with sftp._lock:
            num = sftp.request_number
            sftp.request_number += 1
            sftp._expecting[num] = request
        message = SftpMessage()
        message.add_int(num)
        for item in args:
            if isinstance(item, int64):
                message.add_int64(item)
            elif isinstance(item, int):
                message.add_int(item)
            elif isinstance(item, SFTPAttributes):
                item._pack(message)
            else:
                message.add_string(item)
        payload = message.asbytes()
        self.out.append(struct.pack(">IB", len(payload) + 1, cmd) + payload)
        self.out_size += len(payload) + 5
        if wait:
            self.outstanding += 1
        if self.out_size >= OUT_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.out:
            return
        data = b"".join(self.out)
        self.out.clear()
        self.out_size = 0
        try:
            self.channel.sendall(data)
        except (OSError, EOFError, paramiko.SSHException) as exc:
            raise ConnectionDropped(str(exc)) from exc

    def read_one(self) -> None:
        try:
            self.sftp._read_response()
        except (OSError, EOFError, paramiko.SSHException) as exc:
            raise ConnectionDropped(str(exc)) from exc

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.sftp.close()


class SftpBackend:
    """The server side of a publish: pipelined reads, uploads, deletions and journal appends."""

    kind = "sftp"

    def __init__(self, conn: Connection, root: str) -> None:
        self.conn = conn
        self.sftp = conn.sftp
        self.lanes = [_Lane(conn.sftp)]
        self._new_lanes: list[_Lane] = []  # opened by a helper thread, adopted by the loop
        self._dirs_pending: set[str] = set()  # MKDIRs sent on the main session, not answered yet
        self._lanes_expected = 0  # sessions being opened in the background (0: none coming)
        self.root = root
        self._journal_handle: bytes | None = None
        self._journal_offset = 0
        self._failure: PublishError | None = None
        self._journal_opening = False
        self._manifest_handle: bytes | None = None
        self._journal_buffer: list[tuple[bytes, Callable[[], None], Callable[[], None] | None]] = []
        self._parts: set[str] = set()  # temporary names (ours) that may exist on the server now
        self._aborting = False  # set by abort(): files in flight are dropped, none renamed
        self._checked: set[str] = set()  # server folders whose LSTAT was asked (links refused)
        self._root_checked = False
        self.chunk = CHUNK
        self.window = WINDOW
        # OpenSSH (8.5+) tells its limits: bigger writes mean fewer requests and replies. The reply
        # comes with the first reads; servers without the extension keep the safe defaults.
        self._send(self._on_limits, CMD_EXTENDED, "limits@openssh.com")

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
    def _path(self, rel: str = "") -> str:
        return remote_path(self.root, rel)

    @property
    def _outstanding(self) -> int:
        return sum(lane.outstanding for lane in self.lanes)

    def _send(self, callback: Callable[[int, SftpMessage], None], cmd: int, *args: object,
              wait: bool = True, lane: _Lane | None = None) -> None:
        """Queue a request (on the main SFTP session unless ``lane`` is given); ``callback`` gets its
        reply. Requests are written in batches (many SFTP requests in one SSH packet) just before the
        client would wait for a reply. ``wait=False``: nothing waits for this reply (the CLOSE of a
        file already read); it is handled whenever it comes."""
        (lane or self.lanes[0]).send(callback, cmd, args, wait)

    def _flush(self) -> None:
        """Write the queued requests of every session."""
        for lane in self.lanes:
            lane.flush()

    def _pump(self) -> None:
        """Wait for a reply on any session and dispatch it (queued requests and journal lines are
        sent first when no reply is ready, so the client never waits with unsent work)."""
        ready = [lane for lane in self.lanes if lane.channel.recv_ready()]
        if not ready:
            self._flush_journal()
            self._flush()
            waiting = [lane for lane in self.lanes if lane.outstanding] or self.lanes[:1]
            if len(waiting) == 1:
                ready = waiting
            else:
                readable = select.select([lane.channel for lane in waiting], [], [], REPLY_TIMEOUT)[0]
                if not readable:
                    raise ConnectionDropped("no reply")
                ready = [lane for lane in waiting if lane.channel in readable]
        for lane in ready:
            lane.read_one()

    def open_lanes(self, count: int) -> None:
        """Open ``count`` more SFTP sessions on the same connection, in the background: each brings
        its own 2 MiB flow-control window and its own server process, which a big upload needs on a
        far host. Sessions the server refuses are simply not used."""

        self._lanes_expected = len(self.lanes) + count

        def work() -> None:
            try:
                for _ in range(count):
                    try:
                        sftp = paramiko.SFTPClient.from_transport(self.conn.transport)
                    except (paramiko.SSHException, EOFError, OSError):
                        return
                    if sftp is None:
                        return
                    sftp.get_channel().settimeout(REPLY_TIMEOUT)
                    self._new_lanes.append(_Lane(sftp))
            finally:
                self._lanes_expected = 0  # no more sessions coming: use those there are

        if LANES_IN_BACKGROUND:
            threading.Thread(target=work, name="echoppe-sftp-lanes", daemon=True).start()
        else:  # tests: every session exists before the first file starts
            work()
            self._adopt_lanes()

    def expect_upload(self, files: int, bytes_total: int) -> None:
        """Open extra sessions when an upload is big enough to be limited by one session's window."""
        if len(self.lanes) == 1 and (files >= LANES_MIN_FILES or bytes_total >= LANES_MIN_BYTES):
            self.open_lanes(LANES - 1)

    def _adopt_lanes(self) -> None:
        while self._new_lanes:
            self.lanes.append(self._new_lanes.pop(0))

    def _drain(self) -> None:
        while self._outstanding or self._journal_buffer:
            if not self._outstanding:
                self._flush_journal()
                if not self._outstanding:
                    self._raise_failure()
                    break
            self._pump()

    def _remove_part(self, rel: str, lane: _Lane | None = None) -> None:
        """Remove the temporary file ``rel`` (a name of ours); forgotten once the server answers."""

        def on_reply(t: int, message: SftpMessage) -> None:
            if _status(t, message)[0] in (SFTP_OK, SFTP_NO_SUCH_FILE):
                self._parts.discard(rel)

        self._send(on_reply, CMD_REMOVE, self._path(rel), lane=lane)

    def remove_parts(self, paths: Iterable[str]) -> None:
        """Remove the temporary files of ``paths`` (site files) that an interrupted publish may have
        left; only names of our own temporary pattern are touched, and a missing one is fine."""
        for rel in paths:
            self._remove_part(_part(rel))
            if self._outstanding > 4 * self.window:
                self._pump()
        self._drain()

    def _fail(self, error: PublishError) -> None:
        if self._failure is None:
            self._failure = error

    def _raise_failure(self) -> None:
        if self._failure is not None:
            error, self._failure = self._failure, None
            raise error

    # -- links and what is in the way
    def check_folders(self, dirs: Iterable[str]) -> None:
        """Queue an LSTAT of the site's folder (first call) and of each of ``dirs``: a link there is
        refused with :class:`LinkOnServer`, a file with :class:`InTheWay`, at the latest by the next
        call that waits (so checking the site's folders costs no round trip of its own)."""
        paths: list[str] = []
        if not self._root_checked:
            self._root_checked = True
            paths.extend(root_chain(self.root))
        paths.extend(self._path(rel) for rel in dirs)
        for path in paths:
            if path in self._checked:
                continue
            self._checked.add(path)
            self._send(lambda t, m, path=path: self._on_folder_attrs(path, t, m), CMD_LSTAT, path)
            if self._outstanding > 4 * self.window:
                self._pump()

    def _on_folder_attrs(self, path: str, t: int, message: SftpMessage) -> None:
        if t != CMD_ATTRS:
            return  # missing (it will be made) or unreadable (the write that needs it will say so)
        entry = entry_of(path, SFTPAttributes._from_msg(message))
        if entry.kind is EntryKind.LINK:
            self._refuse_link(path)
        elif entry.kind is not EntryKind.FOLDER:
            self._fail(InTheWay(path, "file"))

    def _refuse_link(self, path: str) -> None:
        """Fail with :class:`LinkOnServer`, naming where the link leads once the server says."""
        error = LinkOnServer(path)
        self._fail(error)

        def on_target(t: int, message: SftpMessage) -> None:
            if t == CMD_NAME and self._failure is error and message.get_int() > 0:
                self._failure = LinkOnServer(path, message.get_text())

        self._send(on_target, CMD_READLINK, path)

    def lstat_many(self, paths: Sequence[str]) -> dict[str, RemoteEntry | None]:
        """What each path is (``None``: missing), links not followed; all asked at once."""
        found: dict[str, RemoteEntry | None] = {}

        def on_attrs(rel: str, t: int, message: SftpMessage) -> None:
            found[rel] = (entry_of(PurePosixPath(rel).name, SFTPAttributes._from_msg(message))
                          if t == CMD_ATTRS else None)

        for rel in paths:
            self._send(lambda t, m, rel=rel: on_attrs(rel, t, m), CMD_LSTAT, self._path(rel))
            if self._outstanding > 4 * self.window:
                self._pump()
        self._drain()
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
            entry = entry_of(rel, SFTPAttributes._from_msg(message))
            path = self._path(rel)
            if entry.kind is EntryKind.LINK:
                refused.add(rel)
                self._refuse_link(path)
            elif entry.kind is not EntryKind.FILE:
                refused.add(rel)
                self._fail(InTheWay(path, "folder"))
            elif max_bytes is not None and entry.size > max_bytes:
                refused.add(rel)
                self._fail(ServerFileTooLarge(path, entry.size, max_bytes))

        def ask_batch(rel: str) -> None:
            batch_left[rel] = READ_BATCH
            for _ in range(READ_BATCH):
                offset = next_offset[rel]
                next_offset[rel] = offset + READ_CHUNK
                self._send(lambda t, m, offset=offset: on_data(rel, offset, t, m), CMD_READ, handles[rel],
                           int64(offset), READ_CHUNK)

        def on_open(rel: str, t: int, message: SftpMessage) -> None:
            if t == CMD_HANDLE:
                handles[rel] = message.get_binary()
                if rel in refused:
                    self._send(lambda *_: None, CMD_CLOSE, handles[rel], wait=False)
                    result[rel] = None
                    return
                next_offset[rel] = 0
                ask_batch(rel)
                return
            code, text = _status(t, message)
            result[rel] = None
            if code != SFTP_NO_SUCH_FILE:
                self._fail(map_status(code, text, self._path(rel), False))

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
                    self._fail(ServerFileTooLarge(self._path(rel), received[rel], max_bytes))
            else:
                code, text = _status(t, message)
                ended.add(rel)
                if code != SFTP_EOF:
                    self._fail(map_status(code, text, self._path(rel), False))
            if batch_left[rel] == 0:
                if rel in ended:
                    self._send(lambda *_: None, CMD_CLOSE, handles[rel], wait=False)
                else:
                    ask_batch(rel)

        for rel in paths:
            self._send(lambda t, m, rel=rel: on_attrs(rel, t, m), CMD_LSTAT, self._path(rel))
            self._send(lambda t, m, rel=rel: on_open(rel, t, m), CMD_OPEN, self._path(rel), SFTP_FLAG_READ,
                       SFTPAttributes())
        self._drain()
        self._raise_failure()
        for rel in paths:
            if rel in result:
                continue
            got = pieces[rel]
            data = b""
            for offset in sorted(got):
                if offset != len(data):  # a read came back short in the middle: read it plainly
                    self._flush()
                    with self.sftp.open(self._path(rel), "rb") as fh:
                        data = fh.read()
                    break
                data += got[offset]
            result[rel] = data
        return result

    def list_root(self) -> list[str] | None:
        """Names in the target folder (only used to protect a first publish); ``None`` if missing.
        OPENDIR, then READDIRs two at a time until EOF: two round trips for a small folder."""
        names: list[str] = []
        state: dict[str, object] = {"handle": None, "missing": False, "done": False}

        def ask() -> None:
            for _ in range(2):
                self._send(on_names, CMD_READDIR, state["handle"])

        def on_open(t: int, message: SftpMessage) -> None:
            if t == CMD_HANDLE:
                state["handle"] = message.get_binary()
                ask()
                return
            code, text = _status(t, message)
            state["done"] = True
            if code == SFTP_NO_SUCH_FILE:
                state["missing"] = True
            else:
                self._fail(map_status(code, text, self._path(), False))

        def on_names(t: int, message: SftpMessage) -> None:
            if state["done"]:
                return
            if t == CMD_NAME:
                for _ in range(message.get_int()):
                    filename = message.get_text()
                    message.get_text()  # long name
                    SFTPAttributes._from_msg(message)
                    if filename not in (".", ".."):
                        names.append(filename)
                if self._outstanding == 0:
                    ask()
                return
            code, text = _status(t, message)
            state["done"] = True
            self._send(lambda *_: None, CMD_CLOSE, state["handle"], wait=False)
            if code != SFTP_EOF:
                self._fail(map_status(code, text, self._path(), False))

        self._send(on_open, CMD_OPENDIR, self._path())
        self._drain()
        self._raise_failure()
        return None if state["missing"] else sorted(names)

    def ensure_root(self) -> None:
        """Create the target folder and its parents if needed."""
        path = self._path()
        if path in (".", "/"):
            return
        self._flush()
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
        """Send MKDIR for each folder (parents first) without waiting; errors are only remembered."""
        errors: dict[str, tuple[int, str]] = {}

        def on_reply(rel: str, t: int, message: SftpMessage) -> None:
            self._dirs_pending.discard(rel)
            code, text = _status(t, message)
            if code != SFTP_OK:
                errors[rel] = (code, text)

        for rel in dirs:
            attrs = SFTPAttributes()
            attrs.st_mode = 0o755
            self._dirs_pending.add(rel)
            self._send(lambda t, m, rel=rel: on_reply(rel, t, m), CMD_MKDIR, self._path(rel), attrs)
        self._mkdir_errors = errors
        return errors

    def start_journal(self, existing: bytes | None) -> None:
        """Open the journal (without waiting) to append lines after ``existing``; a torn last line
        is closed off first."""

        def on_open(t: int, message: SftpMessage) -> None:
            self._journal_opening = False
            if t == CMD_HANDLE:
                self._journal_handle = message.get_binary()
                return
            code, text = _status(t, message)
            self._fail(map_status(code, text, self._path(), False))

        def on_manifest_open(t: int, message: SftpMessage) -> None:
            if t == CMD_HANDLE:
                self._manifest_handle = message.get_binary()
            # else its temporary name is taken (or the folder unwritable): commit writes it afresh

        self._journal_opening = True
        self._parts.add(_part(MANIFEST_NAME))
        self._journal_offset = len(existing or b"")  # lines go after what is there
        attrs = SFTPAttributes()
        attrs.st_mode = 0o644
        # The new manifest's temporary file is opened now, so committing costs two round trips.
        # O_EXCL never opens through a link planted at the name; an existing journal was just read
        # (and checked not to be a link) by read_files.
        self._send(on_manifest_open, CMD_OPEN, self._path(_part(MANIFEST_NAME)),
                   SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL, attrs)
        journal_flags = SFTP_FLAG_WRITE if existing is not None else SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL
        self._send(on_open, CMD_OPEN, self._path(JOURNAL_NAME), journal_flags, SFTPAttributes())
        if existing and not existing.endswith(b"\n"):
            self._append_journal(b"\n", lambda: None)

    def _append_journal(self, line: bytes, then: Callable[[], None],
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
            self._raise_failure()
            return
        batch, self._journal_buffer = self._journal_buffer, []
        data = b"".join(line for line, _t, _e in batch)
        offset = self._journal_offset
        self._journal_offset += len(data)

        def on_reply(t: int, message: SftpMessage) -> None:
            code, text = _status(t, message)
            if code != SFTP_OK:
                self._fail(map_status(code, text, self._path(".echoppe-journal"), True))
                for _line, _then, on_error in batch:
                    if on_error is not None:
                        on_error()
                return
            for _line, then, _on_error in batch:
                then()

        self._send(on_reply, CMD_WRITE, self._journal_handle, int64(offset), data)

    def commit(self, manifest: bytes) -> None:
        """Write the new manifest and rename it into place; the journal it absorbed is removed in the
        same flight (if the rename failed, the next publish would only resend this publish's files)."""
        self._drain()
        self._raise_failure()
        handle = self._manifest_handle
        if handle is None:
            self.write_atomic(MANIFEST_NAME, manifest)
            self.end_journal(remove=True)
            return
        self._manifest_handle = None
        errors: list[tuple[int, str]] = []

        def check(t: int, message: SftpMessage) -> None:
            code, text = _status(t, message)
            if code != SFTP_OK:
                errors.append((code, text))

        for offset in range(0, len(manifest), self.chunk):
            self._send(check, CMD_WRITE, handle, int64(offset), manifest[offset:offset + self.chunk])
        self._send(check, CMD_CLOSE, handle)
        self._drain()
        if errors:
            raise map_status(*errors[0], self._path(MANIFEST_NAME), True)
        self._send(check, CMD_EXTENDED, "posix-rename@openssh.com", self._path(_part(MANIFEST_NAME)),
                   self._path(MANIFEST_NAME))
        self.end_journal(remove=True)
        if not errors:
            self._parts.discard(_part(MANIFEST_NAME))
        if errors:
            raise map_status(*errors[0], self._path(MANIFEST_NAME), False)

    def abort(self) -> None:
        """After a failure, a cancel or a caller that stopped reading: drop the files in flight (none
        is renamed any more), write the journal lines of the files already in place, close the journal
        (kept for the next publish) and remove every temporary file of ours, the new manifest's too."""
        self._aborting = True
        with contextlib.suppress(ConnectionDropped, PublishError):
            self._failure = None
            self._drain()  # replies still due (the manifest's OPEN among them) come in first
            self._failure = None
            if self._manifest_handle is not None:
                self._send(lambda *_: None, CMD_CLOSE, self._manifest_handle)
                self._manifest_handle = None
            for rel in sorted(self._parts):
                self._remove_part(rel)
            self._drain()
            self.end_journal(remove=False)

    def end_journal(self, remove: bool) -> None:
        if self._journal_handle is not None:
            self._send(lambda *_: None, CMD_CLOSE, self._journal_handle)
            self._journal_handle = None
        if remove:
            self._send(lambda *_: None, CMD_REMOVE, self._path(".echoppe-journal"))
        self._drain()

    def put_files(
        self,
        items: Sequence[tuple[str, Callable[[], bytes], bytes | None] | tuple[str, Callable[[], bytes], bytes | None, int]],
        cancel: threading.Event | None = None,
    ) -> Iterator[str]:
        """Upload (path, loader, journal line[, group]) items; yield each path once it is renamed in place
        and journaled.

        Every file goes OPEN → WRITE… + CLOSE → posix-rename → journal line, each step sent as soon as
        the previous reply arrives, up to :data:`WINDOW` files at once. A file of group ``g`` is renamed
        into place only after every file of the groups before ``g`` is (assets before pages before the
        home page), while its upload already overlaps theirs. When ``cancel`` is set no new file starts;
        files in flight are finished.
        """
        jobs = [_Put(it[0], it[1], it[2], group=it[3] if len(it) > 3 else 0) for it in items]  # type: ignore[misc]
        queue = deque(jobs)
        completed: deque[str] = deque()
        unfinished: dict[int, int] = {}
        for job in jobs:
            unfinished[job.group] = unfinished.get(job.group, 0) + 1
        held: list[_Put] = []
        active = 0  # started, not yet renamed (nor failed), not held
        journal_pending = 0
        loaded_bytes = 0
        mkdir_errors = getattr(self, "_mkdir_errors", {})

        def settle(job: _Put) -> None:
            nonlocal active, loaded_bytes
            active -= 1
            if job.lane is not None:
                job.lane.jobs -= 1
            loaded_bytes -= job.loaded
            job.loaded = 0

        def finish_failed(job: _Put) -> None:
            settle(job)
            if job.handle:  # the temporary file exists: drop it, the old version stays
                self._remove_part(_part(job.path), lane=job.lane)
            code, text, writing = job.error or (SFTP_FAILURE, "", False)
            parent = str(PurePosixPath(job.path).parent)
            if parent in mkdir_errors and mkdir_errors[parent][0] == SFTP_PERMISSION_DENIED:
                self._fail(PermissionDenied(self._path(parent)))
            elif code == SFTP_NO_SUCH_FILE and parent in mkdir_errors:
                self._fail(map_status(*mkdir_errors[parent], self._path(parent), False))
            else:
                self._fail(map_status(code, text, self._path(job.path), writing))

        def stopping() -> bool:
            return self._failure is not None or self._aborting or (cancel is not None and cancel.is_set())

        def abandon(job: _Put) -> None:
            """Stopped before its rename: the old version stays; drop the temporary file."""
            settle(job)
            self._remove_part(_part(job.path), lane=job.lane)

        def may_rename(job: _Put) -> bool:
            return all(count == 0 for group, count in unfinished.items() if group < job.group)

        def send_rename(job: _Put) -> None:
            self._send(lambda t, m: on_rename(job, t, m), CMD_EXTENDED, "posix-rename@openssh.com",
                       self._path(_part(job.path)), self._path(job.path), lane=job.lane)

        def release() -> None:
            nonlocal active
            if not held or stopping():
                return
            gate = min((g for g, count in unfinished.items() if count), default=None)
            ready = [j for j in held if gate is None or j.group <= gate]
            held[:] = [j for j in held if not (gate is None or j.group <= gate)]
            for job in ready:
                active += 1
                job.lane.jobs += 1
                send_rename(job)

        def on_rename(job: _Put, t: int, message: SftpMessage) -> None:
            nonlocal journal_pending
            code, text = _status(t, message)
            if code != SFTP_OK:
                job.error = (code, text, False)
                # A folder at the file's name cannot be renamed over: say so, not "publish again".
                self._send(lambda t2, m2: on_blocked(job, t2, m2), CMD_LSTAT, self._path(job.path),
                           lane=job.lane)
                return
            settle(job)
            self._parts.discard(_part(job.path))
            unfinished[job.group] -= 1
            if unfinished[job.group] == 0:
                release()  # a whole group is in place: the next one may be renamed
            if job.journal_line is None:
                completed.append(job.path)
                return

            def journaled() -> None:
                nonlocal journal_pending
                journal_pending -= 1
                completed.append(job.path)

            journal_pending += 1
            self._append_journal(job.journal_line, journaled, on_error=lambda: _journal_failed())

        def on_blocked(job: _Put, t: int, message: SftpMessage) -> None:
            if t == CMD_ATTRS and entry_of(job.path, SFTPAttributes._from_msg(message)).kind is EntryKind.FOLDER:
                self._fail(InTheWay(self._path(job.path), "folder"))
            finish_failed(job)

        def _journal_failed() -> None:
            nonlocal journal_pending
            journal_pending -= 1

        def on_written(job: _Put, writing: bool, t: int, message: SftpMessage) -> None:
            code, text = _status(t, message)
            if code != SFTP_OK and job.error is None:
                job.error = (code, text, writing)
            job.pending -= 1
            if job.pending:
                return
            if job.error is not None:
                finish_failed(job)
            elif stopping():
                abandon(job)
            elif may_rename(job):
                send_rename(job)
            else:  # written at its temporary name; renamed once the files it may use are in place
                settle(job)
                held.append(job)

        def on_open(job: _Put, t: int, message: SftpMessage) -> None:
            nonlocal loaded_bytes
            if t != CMD_HANDLE:
                code, text = _status(t, message)
                if code not in (SFTP_NO_SUCH_FILE, SFTP_PERMISSION_DENIED) and not job.reopened and not stopping():
                    # The temporary name is taken: a file left by a stopped publish, or a link planted
                    # there. REMOVE drops the name itself (a link goes, never what it points to).
                    job.reopened = True
                    self._send(lambda *_: None, CMD_REMOVE, self._path(_part(job.path)), lane=job.lane)
                    send_open(job)
                    return
                job.error = (code, text, False)
                finish_failed(job)
                return
            job.handle = message.get_binary()
            if stopping():  # cancelled or failed meanwhile: send no data; close and remove in one flight
                self._send(lambda *_: settle(job), CMD_CLOSE, job.handle, lane=job.lane)
                self._remove_part(_part(job.path), lane=job.lane)
                return
            data = job.load()
            job.loaded = len(data)
            loaded_bytes += job.loaded
            chunk = self.chunk
            offsets = range(0, len(data), chunk)
            job.pending = len(offsets) + 1
            for offset in offsets:
                self._send(lambda t2, m2: on_written(job, True, t2, m2), CMD_WRITE, job.handle, int64(offset),
                           data[offset:offset + chunk], lane=job.lane)
            self._send(lambda t2, m2: on_written(job, True, t2, m2), CMD_CLOSE, job.handle, lane=job.lane)

        def lane_for(job: _Put) -> _Lane:
            if str(PurePosixPath(job.path).parent) in self._dirs_pending:
                # Sessions run in parallel on the server: only the session that sent the MKDIR
                # is sure to have made the folder before this OPEN.
                return self.lanes[0]
            return min(self.lanes, key=lambda lane: lane.jobs)  # handles belong to one session

        def start(job: _Put, lane: _Lane) -> None:
            nonlocal active
            active += 1
            job.lane = lane
            job.lane.jobs += 1
            self._parts.add(_part(job.path))
            send_open(job)

        def send_open(job: _Put) -> None:
            """Create the temporary file, O_EXCL: never opened through a link planted at its name."""
            attrs = SFTPAttributes()
            attrs.st_mode = 0o644
            self._send(lambda t, m: on_open(job, t, m), CMD_OPEN, self._path(_part(job.path)),
                       SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL, attrs, lane=job.lane)

        while True:
            self._adopt_lanes()
            if stopping():
                queue.clear()
            # While sessions are still opening (or folders being made), do not pile the whole window
            # on one session: it would then carry most of the upload through its single window.
            cap = max(16, self.window // max(1, self._lanes_expected, len(self.lanes)))
            while queue and active < self.window and loaded_bytes < MAX_BYTES_IN_FLIGHT:
                lane = lane_for(queue[0])
                if lane.jobs >= cap:
                    break
                start(queue.popleft(), lane)
            if not (active or journal_pending):
                break
            self._pump()
            while completed:
                yield completed.popleft()
        for job in held:  # their assets did not all arrive: they stay unpublished
            self._remove_part(_part(job.path), lane=job.lane)
        held.clear()
        failure, self._failure = self._failure, None
        self._drain()  # temporary files removed, journal lines of the files in place written
        self._failure = self._failure or failure
        while completed:
            yield completed.popleft()
        self._raise_failure()

    def remove_files(self, items: Sequence[tuple[str, bytes | None]],
                     cancel: threading.Event | None = None) -> Iterator[str]:
        """Remove (path, journal line) items; yield each path once removed and journaled."""
        completed: deque[str] = deque()
        queue = deque(items)
        inflight = 0

        def on_removed(rel: str, line: bytes | None, t: int, message: SftpMessage) -> None:
            nonlocal inflight
            code, text = _status(t, message)
            if code not in (SFTP_OK, SFTP_NO_SUCH_FILE):
                inflight -= 1
                self._fail(map_status(code, text, self._path(rel), False))
                return

            def journaled() -> None:
                nonlocal inflight
                inflight -= 1
                completed.append(rel)

            if line is None:
                journaled()
            else:
                self._append_journal(line, journaled)

        while queue or inflight:
            stopping = self._failure is not None or (cancel is not None and cancel.is_set())
            while queue and inflight < self.window and not stopping:
                rel, line = queue.popleft()
                inflight += 1
                self._send(lambda t, m, rel=rel, line=line: on_removed(rel, line, t, m), CMD_REMOVE,
                           self._path(rel))
            if stopping:
                queue.clear()
            if inflight:
                self._pump()
            while completed:
                yield completed.popleft()
        self._raise_failure()

    def remove_dirs(self, dirs: Sequence[str]) -> None:
        """Remove folders that became empty (deepest first); a folder still holding files stays."""
        for rel in dirs:
            self._send(lambda *_: None, CMD_RMDIR, self._path(rel))
        self._drain()

    def write_atomic(self, rel: str, data: bytes) -> None:
        for _done in self.put_files([(rel, lambda: data, None)]):
            pass
        self._drain()

    def remove_quiet(self, rel: str) -> None:
        self._send(lambda *_: None, CMD_REMOVE, self._path(rel))
        self._drain()

    def close(self) -> None:
        for lane in self.lanes[1:] + self._new_lanes:
            lane.close()
        self.conn.close()


def _part(path: str) -> str:
    return part_name(path)
