"""Rendering and writing a build's outputs, on two cores when the process allows it.

Pages are pure work on data already in memory (the shop was read, the pictures planned), so a forked
child renders and writes every other output while this process does the rest; the child then sends
back, as JSON through a pipe, what it wrote (the records of the build state). The files are the same
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
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from wizard.site.output import FileRecord, OutputFolder

MIN_FOR_TWO = 200  # below this many outputs to make, a fork costs more than it saves


class Renderable(Protocol):
    @property
    def path(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    @property
    def render(self) -> Callable[[], bytes]: ...


Step = Callable[[int, str], None]  # (outputs done, path): progress and the cancel check


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
                 requested: int | None = None, finish: Callable[[], None] = lambda: None) -> int:
    """Render and write every output that is not fresh; returns the number of processes used.

    Fresh outputs (same fingerprint as the previous build, file in place) are found first, here: a
    no-op build renders nothing and starts no process.

    ``step`` is called in this process as outputs are done (it may raise to stop the build: the child
    is then killed, and every file either process wrote is complete). ``finish`` is called in each
    process once its share is written (the child's before it reports): what the renderers learnt
    and keep between builds is saved there.
    """
    fresh = sum(1 for out in outputs if folder.is_fresh(out.path, out.fingerprint))  # no-op: stat only
    todo = [out for out in outputs if out.path not in folder.current.files] if fresh else list(outputs)
    if worker_count(len(todo), requested) == 1:
        for done, out in enumerate(todo, start=fresh + 1):
            step(done, out.path)
            folder.write(out.path, out.render(), out.fingerprint)
        finish()
        if not todo and outputs:
            step(len(outputs), outputs[-1].path)
        return 1
    mine, theirs = todo[0::2], todo[1::2]
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its share, then what it did, then out without any clean-up of the parent's
        status = 1
        try:
            os.close(read_fd)
            payload = _child(folder, theirs, finish)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    try:
        for done, out in enumerate(mine, start=1):
            step(min(fresh + 2 * done, len(outputs)), out.path)
            folder.write(out.path, out.render(), out.fingerprint)
        finish()
        with os.fdopen(read_fd, "rb") as pipe:
            read_fd = -1
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
        pid = 0
    finally:
        if read_fd >= 0:
            os.close(read_fd)
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and _merge(folder, theirs, payload)):
        for out in theirs:  # as a one-process build would, with its errors
            folder.write(out.path, out.render(), out.fingerprint)
        finish()
    order = {o.path: i for i, o in enumerate(outputs)}
    folder.written.sort(key=lambda rel: order[rel])
    return 2


def _child(folder: OutputFolder, outputs: list[Renderable], finish: Callable[[], None]) -> bytes:
    folder.written.clear()
    folder.current.files.clear()
    folder.unchanged = 0
    for out in outputs:
        folder.write(out.path, out.render(), out.fingerprint)
    finish()
    files = {rel: [r.fingerprint, r.sha256, r.size] for rel, r in folder.current.files.items()}
    return json.dumps({"files": files, "written": folder.written, "unchanged": folder.unchanged}).encode()


def _merge(folder: OutputFolder, outputs: list[Renderable], payload: bytes) -> bool:
    """Take the child's records into ``folder``; False (nothing taken) unless they are whole."""
    try:
        data: Any = json.loads(payload)
        files = {rel: FileRecord(str(fp), str(sha), int(size)) for rel, (fp, sha, size) in data["files"].items()}
        written = [str(rel) for rel in data["written"]]
        unchanged = int(data["unchanged"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    if set(files) != {o.path for o in outputs} or not set(written) <= set(files):
        return False
    folder.current.files.update(files)
    folder.written.extend(written)
    folder.unchanged += unchanged
    return True
