"""One pipelined upload of many files (what ``SftpBackend.put_files`` runs).

Every file goes OPEN (temporary name, O_EXCL) → WRITE… + CLOSE → posix-rename → journal line, each step
sent from the reply to the previous one, up to the backend's window of files at once. A file of group
``g`` is renamed into place only after every file of the groups before ``g`` is (assets before pages
before the home page), while its upload already overlaps theirs. When ``cancel`` is set no new file
starts; files in flight are finished. A file is renamed over the old one only when every write and the
close succeeded, so the server holds either the old or the new version of each page, never a partial one.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from paramiko.message import Message as SftpMessage
from paramiko.sftp import (
    CMD_ATTRS,
    CMD_CLOSE,
    CMD_EXTENDED,
    CMD_HANDLE,
    CMD_LSTAT,
    CMD_OPEN,
    CMD_REMOVE,
    CMD_WRITE,
    SFTP_FAILURE,
    SFTP_FLAG_CREATE,
    SFTP_FLAG_EXCL,
    SFTP_FLAG_WRITE,
    SFTP_NO_SUCH_FILE,
    SFTP_OK,
    SFTP_PERMISSION_DENIED,
    int64,
)
from paramiko.sftp_attr import SFTPAttributes

from wizard.publish import sftp_wire
from wizard.publish.backend import EntryKind, PutItem
from wizard.publish.errors import InTheWay, PermissionDenied
from wizard.publish.manifest import part_name
from wizard.publish.pipeline import Lane, ignore, map_status, status
from wizard.publish.remote import entry_of

if TYPE_CHECKING:
    from wizard.publish.sftp import SftpBackend

MAX_BYTES_IN_FLIGHT = 16 * 1024 * 1024  # file contents read but not yet renamed into place


@dataclass
class FileJob:
    """One file of an upload and where it stands."""

    path: str  # relative to the site root
    load: Callable[[], bytes]
    journal_line: bytes | None
    group: int = 0
    lane: Lane | None = None
    handle: bytes = b""
    pending: int = 0  # WRITE and CLOSE replies still due
    loaded: int = 0  # bytes of its content held in memory
    reopened: bool = False  # its temporary name was taken (left over, or a planted link): removed once
    error: tuple[int, str, bool] | None = None  # (code, text, writing)
    part: str = ""  # its temporary name (set from path)
    parent: str = ""  # its folder, relative ("." at the root)
    direct: bool = False  # written at its own name (in a staging folder): no temporary name, no rename

    def __post_init__(self) -> None:
        self.part = self.path if self.direct else part_name(self.path)
        self.parent = self.path.rpartition("/")[0] or "."


class Upload:
    """The state of one ``put_files`` call, with names: files waiting, in flight, written but held
    back by their group, renamed and waiting for their journal line, completed."""

    def __init__(self, backend: SftpBackend, items: Sequence[PutItem],
                 cancel: threading.Event | None = None, direct: bool = False) -> None:
        self.backend = backend
        self.pipe = backend.pipe
        self.cancel = cancel
        jobs = [FileJob(it[0], it[1], it[2], group=it[3] if len(it) == 4 else 0, direct=direct) for it in items]
        self.waiting: deque[FileJob] = deque(jobs)
        self.completed: deque[str] = deque()  # renamed and journaled: yielded next
        self.unfinished: dict[int, int] = {}  # group → files not yet renamed into place
        for job in jobs:
            self.unfinished[job.group] = self.unfinished.get(job.group, 0) + 1
        self.held: list[FileJob] = []  # written at their temporary name, waiting for earlier groups
        self.active = 0  # started, not yet renamed (nor failed), not held
        self.journal_pending = 0  # renamed, journal line not yet confirmed
        self.loaded_bytes = 0

    # -- the loop
    def run(self) -> Iterator[str]:
        """Yield each path once it is renamed in place and journaled; raise the first failure."""
        pipe, backend = self.pipe, self.backend
        while True:
            pipe.adopt_lanes()
            if self.stopping():
                self.waiting.clear()
            # While sessions are still opening (or folders being made), do not pile the whole window
            # on one session: it would then carry most of the upload through its single window.
            cap = max(16, backend.window // max(1, pipe.lanes_expected, len(pipe.lanes)))
            while self.waiting and self.active < backend.window and self.loaded_bytes < MAX_BYTES_IN_FLIGHT:
                lane = self.lane_for(self.waiting[0])
                if lane.jobs >= cap:
                    break
                self.start(self.waiting.popleft(), lane)
            if not (self.active or self.journal_pending):
                break
            pipe.pump()
            while self.completed:
                yield self.completed.popleft()
        for job in self.held:  # their assets did not all arrive: they stay unpublished
            backend.remove_part(job.part, lane=job.lane)
        self.held.clear()
        failure, pipe.failure = pipe.failure, None
        pipe.drain()  # temporary files removed, journal lines of the files in place written
        pipe.failure = pipe.failure or failure
        while self.completed:
            yield self.completed.popleft()
        pipe.raise_failure()

    def stopping(self) -> bool:
        return (self.pipe.failure is not None or self.backend.aborting
                or (self.cancel is not None and self.cancel.is_set()))

    def lane_for(self, job: FileJob) -> Lane:
        if job.parent in self.backend.dirs_pending:
            # Sessions run in parallel on the server: only the session that sent the MKDIR
            # is sure to have made the folder before this OPEN.
            return self.pipe.lanes[0]
        return min(self.pipe.lanes, key=lambda lane: lane.jobs)  # handles belong to one session

    # -- each file's steps
    def start(self, job: FileJob, lane: Lane) -> None:
        self.active += 1
        job.lane = lane
        lane.jobs += 1
        self.backend.parts.add(job.part)
        self.send_open(job)

    def send_open(self, job: FileJob) -> None:
        """Create the temporary file, O_EXCL: never opened through a link planted at its name."""
        attrs = SFTPAttributes()
        attrs.st_mode = 0o644
        self.pipe.send(lambda t, m: self.on_open(job, t, m), CMD_OPEN, self.backend.path(job.part),
                       SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL, attrs, lane=job.lane)

    def on_open(self, job: FileJob, t: int, message: SftpMessage) -> None:
        if t != CMD_HANDLE:
            code, text = status(t, message)
            if code not in (SFTP_NO_SUCH_FILE, SFTP_PERMISSION_DENIED) and not job.reopened and not self.stopping():
                # The temporary name is taken: a file left by a stopped publish, or a link planted
                # there. REMOVE drops the name itself (a link goes, never what it points to).
                job.reopened = True
                self.pipe.send(ignore, CMD_REMOVE, self.backend.path(job.part), lane=job.lane)
                self.send_open(job)
                return
            job.error = (code, text, False)
            self.finish_failed(job)
            return
        job.handle = message.get_binary()
        if self.stopping():  # cancelled or failed meanwhile: send no data; close and remove in one flight
            self.pipe.send(lambda _t, _m: self.settle(job), CMD_CLOSE, job.handle, lane=job.lane)
            self.backend.remove_part(job.part, lane=job.lane)
            return
        data = job.load()
        job.loaded = len(data)
        self.loaded_bytes += job.loaded
        chunk = self.backend.chunk
        offsets = range(0, len(data), chunk)
        job.pending = len(offsets) + 1
        for offset in offsets:
            self.pipe.send(lambda t2, m2: self.on_written(job, True, t2, m2), CMD_WRITE, job.handle,
                           int64(offset), data[offset:offset + chunk], lane=job.lane)
        self.pipe.send(lambda t2, m2: self.on_written(job, True, t2, m2), CMD_CLOSE, job.handle, lane=job.lane)

    def on_written(self, job: FileJob, writing: bool, t: int, message: SftpMessage) -> None:
        code, text = status(t, message)
        if code != SFTP_OK and job.error is None:
            job.error = (code, text, writing)
        job.pending -= 1
        if job.pending:
            return
        if job.error is not None:
            self.finish_failed(job)
        elif self.stopping():
            self.abandon(job)
        elif job.direct:  # staged: complete at its own name (kept in backend.parts until moved)
            self.settle(job)
            self.completed.append(job.path)
        elif self.may_rename(job):
            self.send_rename(job)
        else:  # written at its temporary name; renamed once the files it may use are in place
            self.settle(job)
            self.held.append(job)

    def may_rename(self, job: FileJob) -> bool:
        return all(count == 0 for group, count in self.unfinished.items() if group < job.group)

    def send_rename(self, job: FileJob) -> None:
        self.pipe.send(lambda t, m: self.on_rename(job, t, m), CMD_EXTENDED, "posix-rename@openssh.com",
                       self.backend.path(job.part), self.backend.path(job.path), lane=job.lane)

    def on_rename(self, job: FileJob, t: int, message: SftpMessage) -> None:
        code, text = status(t, message)
        if code != SFTP_OK:
            job.error = (code, text, False)
            # A folder at the file's name cannot be renamed over: say so, not "publish again".
            self.pipe.send(lambda t2, m2: self.on_blocked(job, t2, m2), CMD_LSTAT,
                           self.backend.path(job.path), lane=job.lane)
            return
        self.settle(job)
        self.backend.parts.discard(job.part)
        self.unfinished[job.group] -= 1
        if self.unfinished[job.group] == 0:
            self.release()  # a whole group is in place: the next one may be renamed
        if job.journal_line is None:
            self.completed.append(job.path)
            return
        self.journal_pending += 1
        self.backend.append_journal(job.journal_line, lambda: self.journaled(job),
                                    on_error=self.journal_failed)

    def on_blocked(self, job: FileJob, t: int, message: SftpMessage) -> None:
        if t == CMD_ATTRS and entry_of(job.path, sftp_wire.read_attrs(message)).kind is EntryKind.FOLDER:
            self.pipe.fail(InTheWay(self.backend.path(job.path), "folder"))
        self.finish_failed(job)

    def journaled(self, job: FileJob) -> None:
        self.journal_pending -= 1
        self.completed.append(job.path)

    def journal_failed(self) -> None:
        self.journal_pending -= 1

    def release(self) -> None:
        """Rename the held files whose earlier groups are all in place."""
        if not self.held or self.stopping():
            return
        gate = min((g for g, count in self.unfinished.items() if count), default=None)
        ready = [j for j in self.held if gate is None or j.group <= gate]
        self.held = [j for j in self.held if not (gate is None or j.group <= gate)]
        for job in ready:
            self.active += 1
            assert job.lane is not None
            job.lane.jobs += 1
            self.send_rename(job)

    # -- endings
    def settle(self, job: FileJob) -> None:
        """The file no longer counts as in flight (renamed, held, failed or dropped)."""
        self.active -= 1
        if job.lane is not None:
            job.lane.jobs -= 1
        self.loaded_bytes -= job.loaded
        job.loaded = 0

    def abandon(self, job: FileJob) -> None:
        """Stopped before its rename: the old version stays; drop the temporary file."""
        self.settle(job)
        self.backend.remove_part(job.part, lane=job.lane)

    def finish_failed(self, job: FileJob) -> None:
        self.settle(job)
        backend = self.backend
        if job.handle:  # the temporary file exists: drop it, the old version stays
            backend.remove_part(job.part, lane=job.lane)
        code, text, writing = job.error or (SFTP_FAILURE, "", False)
        parent = job.parent
        mkdir_errors = backend.mkdir_errors
        if parent in mkdir_errors and mkdir_errors[parent][0] == SFTP_PERMISSION_DENIED:
            self.pipe.fail(PermissionDenied(backend.path(parent)))
        elif code == SFTP_NO_SUCH_FILE and parent in mkdir_errors:
            self.pipe.fail(map_status(*mkdir_errors[parent], backend.path(parent), False))
        else:
            self.pipe.fail(map_status(code, text, backend.path(job.path), writing))
