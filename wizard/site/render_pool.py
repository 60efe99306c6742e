"""Rendering and writing a build's outputs, on two cores when the process allows it.

Pages are pure work on data already in memory (the shop was read, the pictures planned), so a forked
child and this process take the outputs a few at a time from one queue and render and write them;
the child then sends back, as JSON through a pipe, what it wrote (the records of the build state). The files are the same
bytes whoever writes them (``tests/site/test_reproducible.py``).

A fork is only safe in a process with one thread (a lock another thread held at the fork would stay
held in the child), so the app, whose build runs in a worker thread beside Qt's, renders in one
process; the command line uses both cores. Whatever goes wrong in the child (an error in a page, a
killed process, a payload that does not parse), this process renders the child's share itself, so
the error a one-process build would raise is the one raised.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

from wizard.site.output import FileRecord, OutputFolder

MIN_FOR_TWO = 200  # below this many outputs to make, a fork costs more than it saves
MIN_CHUNK = 4  # outputs taken from the queue at a time (more when there are many)
MAX_CHUNKS = 2048  # numbers in the queue: 8 KiB, less than any system's pipe buffer (a write never blocks)


class Renderable(Protocol):
    @property
    def path(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    @property
    def render(self) -> Callable[[], bytes]: ...


Step = Callable[[int, str], None]  # (outputs done, path): progress and the cancel check


def _nothing() -> None:
    pass


def worker_count(outputs: int, requested: int | None = None) -> int:
    """How many processes render ``outputs`` outputs: 2 on a multi-core machine with one thread."""
    if requested is not None and requested <= 1:
        return 1
    if not hasattr(os, "fork") or threading.active_count() != 1 or (os.cpu_count() or 1) < 2:
        return 1
    if requested is None and outputs < MIN_FOR_TWO:
        return 1
    return 2


def make_outputs(folder: OutputFolder, outputs: Sequence[Renderable], step: Step,
                 requested: int | None = None, finish: Callable[[], None] = _nothing,
                 meanwhile: Callable[[], None] = _nothing) -> int:
    """Render and write every output that is not fresh; returns the number of processes used.

    Fresh outputs (same fingerprint as the previous build, file in place) are found first, here: a
    no-op build renders nothing and starts no process.

    ``step`` is called in this process as outputs are done (it may raise to stop the build: the child
    is then killed, and every file either process wrote is complete). ``finish`` is called in each
    process once its share is written (the child's before it reports): what the renderers learnt
    and keep between builds is saved there. ``meanwhile`` is work of this process only (checks,
    records), done here once the child has started on the pages, before this process joins it.

    The two processes take the outputs a few at a time from one queue (a pipe filled before the
    fork), so that neither waits for the other at the end, whatever ``meanwhile`` costs.
    """
    fresh = sum(1 for out in outputs if folder.is_fresh(out.path, out.fingerprint))  # no-op: stat only
    todo = [out for out in outputs if out.path not in folder.current.files] if fresh else list(outputs)
    if worker_count(len(todo), requested) == 1:
        meanwhile()
        for done, out in enumerate(todo, start=fresh + 1):
            step(done, out.path)
            folder.write(out.path, out.render(), out.fingerprint)
        finish()
        if not todo and outputs:
            step(len(outputs), outputs[-1].path)
        return 1
    size = max(MIN_CHUNK, -(-len(todo) // MAX_CHUNKS))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    queue_fd, fill_fd = os.pipe()
    try:
        os.write(fill_fd, b"".join(i.to_bytes(4, "little") for i in range(len(chunks))))  # < any pipe's buffer
    finally:
        os.close(fill_fd)  # the queue ends once every chunk is taken
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: chunks from the queue, then what it did, then out without the parent's clean-up
        status = 1
        try:
            os.close(read_fd)
            payload = _child(folder, chunks, queue_fd, finish)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    try:
        meanwhile()
        for number, chunk in _taken(queue_fd, chunks):
            for done, out in enumerate(chunk, start=fresh + number * size + 1):
                step(min(done, len(outputs)), out.path)  # every earlier chunk is taken: a fair count
                folder.write(out.path, out.render(), out.fingerprint)
        finish()
        with os.fdopen(read_fd, "rb") as pipe:
            read_fd = -1
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
        pid = 0
    finally:
        os.close(queue_fd)
        if read_fd >= 0:
            os.close(read_fd)
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        _merge(folder, todo, payload)  # or nothing of it, when it is not whole
    left = [out for out in todo if out.path not in folder.current.files]  # the child's, had it failed
    for out in left:  # as a one-process build would, with its errors
        folder.write(out.path, out.render(), out.fingerprint)
    if left:
        finish()
    step(len(outputs), outputs[-1].path)
    order = {o.path: i for i, o in enumerate(outputs)}
    folder.written.sort(key=lambda rel: order[rel])
    return 2


def _taken(queue_fd: int, chunks: list[list[Renderable]]) -> Iterator[tuple[int, list[Renderable]]]:
    """The chunks this process takes from the queue, each (number, outputs), until none is left."""
    while True:
        data = os.read(queue_fd, 4)  # every read takes exactly one number: they were written as a whole
        if len(data) != 4:
            return
        number = int.from_bytes(data, "little")
        if number < len(chunks):
            yield number, chunks[number]


def _child(folder: OutputFolder, chunks: list[list[Renderable]], queue_fd: int, finish: Callable[[], None]) -> bytes:
    folder.written.clear()
    folder.current.files.clear()
    folder.unchanged = 0
    for _number, chunk in _taken(queue_fd, chunks):
        for out in chunk:
            folder.write(out.path, out.render(), out.fingerprint)
    finish()
    files = {rel: [r.fingerprint, r.sha256, r.size] for rel, r in folder.current.files.items()}
    return json.dumps({"files": files, "written": folder.written, "unchanged": folder.unchanged}).encode()


def _merge(folder: OutputFolder, outputs: list[Renderable], payload: bytes) -> bool:
    """Take the child's records (of some of ``outputs``) into ``folder``; False (nothing taken) unless
    they are whole and every one is of an output to make that this process did not make."""
    try:
        data: Any = json.loads(payload)
        files = {rel: FileRecord(str(fp), str(sha), int(size)) for rel, (fp, sha, size) in data["files"].items()}
        written = [str(rel) for rel in data["written"]]
        unchanged = int(data["unchanged"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    if not set(files) <= {o.path for o in outputs} - set(folder.current.files) or not set(written) <= set(files):
        return False
    folder.current.files.update(files)
    folder.written.extend(written)
    folder.unchanged += unchanged
    return True
