"""The SFTP request pipeline: requests queued on one or more SFTP sessions, written in batches just
before the client would wait, each reply handed to the callback of its request as it arrives.

paramiko's ``SFTPClient`` waits for each reply before the next request; on a host 40 ms away that costs
four or five round trips a file. A :class:`Pipeline` keeps many requests in flight instead: the
backend (:mod:`wizard.publish.sftp`) and the upload (:mod:`wizard.publish.upload`) chain the next step
of each file in the callback of the previous one. A failure is remembered (:meth:`Pipeline.fail`, the
first one wins) and raised when the caller next waits, so a reply never raises inside paramiko.
"""

from __future__ import annotations

import contextlib
import select
import threading
import time
from collections import deque
from collections.abc import Callable

import paramiko
from paramiko.message import Message as SftpMessage
from paramiko.sftp import CMD_STATUS, SFTP_FAILURE, SFTP_OK, SFTP_PERMISSION_DENIED

from wizard.publish import sftp_wire
from wizard.publish.errors import PermissionDenied, PublishError, QuotaExceeded, TransferFailed
from wizard.publish.sftp_wire import Arg, Reply

REPLY_TIMEOUT = 60.0  # no reply at all for this long: the connection is considered lost
OUT_BATCH = 256 * 1024  # queued request bytes written to the channel at once
PUSH_POLL = 0.002  # while a session's window is full: how often the others are looked at (s)
PUSH_PIECE = 32 * 1024  # bytes handed to the channel per call (it sends one packet of at most that)


class ConnectionDropped(Exception):
    """The SSH connection died (the engine turns it into ``ConnectionLost`` with counts)."""


def status(t: int, message: SftpMessage) -> tuple[int, str]:
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


def ignore(_t: int, _message: SftpMessage) -> None:
    """A reply nobody needs (the CLOSE of a file already read, a best-effort REMOVE)."""


class Lane:
    """One SFTP session (channel): the requests queued on it, and the replies read from it.

    Replies are read from the channel in large chunks and split into SFTP packets here (paramiko's own
    reader takes two locked reads and a lookup per reply); each goes to the callback registered under
    its request id. Request ids come from the session's paramiko counter, so the few plain paramiko
    calls made between flights (:meth:`quiesce` first) never reuse one.
    """

    READ_SIZE = 256 * 1024

    def __init__(self, sftp: paramiko.SFTPClient) -> None:
        self.sftp = sftp
        channel = sftp.get_channel()
        if channel is None:
            raise ConnectionDropped("no SFTP channel")
        self.channel: paramiko.Channel = channel
        self.out: list[bytes] = []
        self.out_size = 0
        self.outstanding = 0  # replies someone waits for
        self.jobs = 0  # files of an upload using this session
        self.pending: dict[int, Reply] = {}  # request id → its callback (every reply due)
        self.inbuf = bytearray()  # the start of a reply not wholly read yet
        self.backlog: deque[bytes] = deque()  # flushed, not yet taken by the channel (window full)
        self.backlog_at = 0  # bytes of backlog[0] already sent

    def send(self, callback: Reply, cmd: int, args: tuple[Arg, ...], wait: bool) -> None:
        num = sftp_wire.next_request_id(self.sftp)
        if wait:
            self.outstanding += 1

            def done(t: int, message: SftpMessage) -> None:
                self.outstanding -= 1
                callback(t, message)

            self.pending[num] = done
        else:
            self.pending[num] = callback
        packet = sftp_wire.encode(num, cmd, args)
        self.out.append(packet)
        self.out_size += len(packet)
        if self.out_size >= OUT_BATCH:
            self.flush()

    def flush(self) -> None:
        """Hand the queued requests to the channel, as far as its flow-control window takes them
        now; the rest waits in ``backlog`` (:meth:`push`). Never waits: while this session's window
        is full, the client goes on reading replies and feeding the other sessions."""
        if self.out:
            self.backlog.append(b"".join(self.out))
            self.out.clear()
            self.out_size = 0
        self.push()

    def push(self) -> None:
        """Send backlog bytes while the window has room."""
        backlog, channel = self.backlog, self.channel
        try:
            while backlog and channel.send_ready():
                head = backlog[0]
                sent = channel.send(head[self.backlog_at:self.backlog_at + PUSH_PIECE])
                if sent <= 0:
                    raise ConnectionDropped("the SFTP session is closed")
                self.backlog_at += sent
                if self.backlog_at >= len(head):
                    backlog.popleft()
                    self.backlog_at = 0
        except (OSError, EOFError, paramiko.SSHException) as exc:
            raise ConnectionDropped(str(exc)) from exc

    def read_one(self) -> None:
        """Read what has arrived (waiting for at least one byte) and dispatch every whole reply."""
        try:
            data = self.channel.recv(self.READ_SIZE)
        except (OSError, EOFError, paramiko.SSHException) as exc:  # socket.timeout is an OSError
            raise ConnectionDropped(str(exc) or "no reply") from exc
        if not data:
            raise ConnectionDropped("the server closed the SFTP session")
        buf = self.inbuf
        buf += data
        start = 0
        end = len(buf)
        replies: list[tuple[int, bytes]] = []
        while end - start >= 4:
            size = int.from_bytes(buf[start:start + 4], "big")
            if end - start - 4 < size:
                break
            replies.append((buf[start + 4], bytes(buf[start + 5:start + 4 + size])))
            start += 4 + size
        del buf[:start]
        for t, body in replies:
            message = SftpMessage(body)
            callback = self.pending.pop(message.get_int(), None)
            if callback is not None:  # else a reply nobody asked for: dropped, as paramiko does
                callback(t, message)

    @property
    def quiet(self) -> bool:
        """No reply due and none half read: plain paramiko calls may use the session."""
        return not self.pending and not self.inbuf and not self.out and not self.backlog

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.sftp.close()


def open_session(transport: paramiko.Transport) -> paramiko.SFTPClient | None:
    """One more SFTP session on ``transport`` (``None`` when the server refuses it)."""
    try:
        sftp = paramiko.SFTPClient.from_transport(transport)
    except (paramiko.SSHException, EOFError, OSError):
        return None
    if sftp is not None:
        channel = sftp.get_channel()
        assert channel is not None
        channel.settimeout(REPLY_TIMEOUT)
    return sftp


class Pipeline:
    """Requests in flight on the SFTP sessions of one connection, and the first failure seen.

    ``before_wait`` runs before the client waits for a reply with nothing ready (the backend writes
    its batched journal lines then); ``has_unsent`` says whether it still holds work to send.
    """

    def __init__(self, transport: paramiko.Transport, sftp: paramiko.SFTPClient) -> None:
        self.transport = transport
        self.lanes = [Lane(sftp)]
        self._new_lanes: list[Lane] = []  # opened by a helper thread, adopted by the loop
        self.lanes_expected = 0  # sessions being opened in the background (0: none coming)
        self.failure: PublishError | None = None
        self.before_wait: Callable[[], None] = lambda: None
        self.has_unsent: Callable[[], bool] = lambda: False
        self._quiet_since: float | None = None  # since when only window waits went by (see pump)

    @property
    def outstanding(self) -> int:
        return sum(lane.outstanding for lane in self.lanes)

    def send(self, callback: Reply, cmd: int, *args: Arg, wait: bool = True, lane: Lane | None = None) -> None:
        """Queue a request (on the main session unless ``lane`` is given); ``callback`` gets its reply.
        ``wait=False``: nothing waits for this reply; it is handled whenever it comes."""
        (lane or self.lanes[0]).send(callback, cmd, args, wait)

    def flush(self) -> None:
        """Write the queued requests of every session."""
        for lane in self.lanes:
            lane.flush()

    def pump(self) -> None:
        """Wait for a reply on any session and dispatch it (queued requests are written first when no
        reply is ready, so the client never waits with unsent work). While a session's window is
        full its bytes wait in its backlog, sent as soon as the server makes room: looked at every
        :data:`PUSH_POLL` (a window's widening comes with no reply to wake on)."""
        lanes = self.lanes
        for lane in lanes:
            if lane.backlog:
                lane.push()
        ready = [lane for lane in lanes if lane.channel.recv_ready()]
        if not ready:
            self.before_wait()
            self.flush()
            held = self.backlogged
            waiting = [lane for lane in lanes if lane.outstanding] or lanes[:1]
            if len(waiting) == 1 and not held:
                ready = waiting
            else:
                readable = select.select([lane.channel for lane in waiting], [], [],
                                         PUSH_POLL if held else REPLY_TIMEOUT)[0]
                if not readable:
                    if not held:
                        raise ConnectionDropped("no reply")
                    self._check_stall()
                    return
                ready = [lane for lane in waiting if lane.channel in readable]
        self._quiet_since = None
        for lane in ready:
            lane.read_one()

    def _check_stall(self) -> None:
        """Nothing read and no window opened for :data:`REPLY_TIMEOUT`: the connection is lost."""
        now = time.monotonic()
        if self._quiet_since is None:
            self._quiet_since = now
        elif now - self._quiet_since > REPLY_TIMEOUT:
            raise ConnectionDropped("no reply")

    def pump_if_full(self, limit: int) -> None:
        """Take in replies while more than ``limit`` are due (a long list of requests)."""
        if self.outstanding > limit:
            self.pump()

    def drain(self) -> None:
        """Wait until every reply is in and nothing is left to send. A failure is kept for
        :meth:`raise_failure` (raised here only when it leaves work unsendable)."""
        while self.outstanding or self.has_unsent() or self.backlogged:
            if not self.outstanding:
                self.before_wait()
                if not self.outstanding and not self.backlogged:
                    self.raise_failure()
                    break
            self.pump()

    @property
    def backlogged(self) -> bool:
        """Some session holds bytes its window did not take yet."""
        return any(lane.backlog for lane in self.lanes)

    def quiesce(self) -> None:
        """Wait until the main session has no reply due at all (those nobody waits for included), so
        a plain paramiko call can use it."""
        lane = self.lanes[0]
        lane.flush()
        while not lane.quiet:
            if lane.backlog and not lane.channel.recv_ready():
                lane.push()
                if lane.backlog and not select.select([lane.channel], [], [], PUSH_POLL)[0]:
                    self._check_stall()
                    continue
            self._quiet_since = None
            lane.read_one()

    def fail(self, error: PublishError) -> None:
        if self.failure is None:
            self.failure = error

    def raise_failure(self) -> None:
        if self.failure is not None:
            error, self.failure = self.failure, None
            raise error

    def open_lanes(self, count: int, background: bool) -> None:
        """Open ``count`` more SFTP sessions on the same connection (each in its own helper thread
        when ``background``, so they open in parallel: three round trips each, not one after the
        other): each brings its own 2 MiB flow-control window and its own server process, which a big
        upload needs on a far host. Sessions the server refuses are simply not used."""
        self.lanes_expected = len(self.lanes) + count
        opening = [count]
        lock = threading.Lock()

        def work() -> None:
            try:
                sftp = open_session(self.transport)
                if sftp is not None:
                    self._new_lanes.append(Lane(sftp))  # list.append is atomic
            finally:
                with lock:
                    opening[0] -= 1
                    if opening[0] == 0:
                        self.lanes_expected = 0  # no more sessions coming: use those there are

        if background:
            for n in range(count):
                threading.Thread(target=work, name=f"echoppe-sftp-lane-{n + 1}", daemon=True).start()
        else:  # tests: every session exists before the first file starts
            for _ in range(count):
                work()
            self.adopt_lanes()

    def adopt_lanes(self) -> None:
        while self._new_lanes:
            self.lanes.append(self._new_lanes.pop(0))

    def close_extra_lanes(self) -> None:
        for lane in self.lanes[1:] + self._new_lanes:
            lane.close()
