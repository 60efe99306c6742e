"""Long jobs off the GUI thread: build, publish, connection test, image and CSV import.

Each worker is a ``QObject`` moved to its own ``QThread`` by :func:`run_in_thread`. Workers never
touch a widget: they report only through signals (queued to the GUI thread) and stop early when
their ``threading.Event`` is set by :meth:`Worker.cancel`. Progress signals are throttled so a fast
job cannot flood the GUI thread's event queue.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from wizard import transfer
from wizard.domain.model import PublishTarget
from wizard.i18n import EchoppeError, msg
from wizard.publish.events import Deleted, FileSent, Finished, Planned, Probed, PublishEvent, Verified
from wizard.publish.host_backup import HostCopy
from wizard.publish.options import PublishOptions
from wizard.publish.sftp import ConnectionInfo, Secret, test_connection
from wizard.publish.shop import Built, publish_shop
from wizard.site.build import BuildReport, build_site
from wizard.store.images import PreparedImage, prepare_image
from wizard.store.shopfile import ShopFile
from wizard.transfer.results import ImportPreview, ImportReport

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between two progress signals (the last one always goes)


class Stage:
    """What a worker is doing now (sent through ``Worker.stage``; the page words it)."""

    BUILD = "build"
    CONNECT = "connect"
    PLAN = "plan"
    SEND = "send"
    DELETE = "delete"
    CHECK = "check"
    IMPORT = "import"


class Worker(QObject):
    """Base of all workers: run :meth:`work` in a thread, report through signals only."""

    progress = Signal(int, int, str)  # done, total, label (a path or a name; not translated)
    stage = Signal(str)  # one of :class:`Stage`
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception (an EchoppeError for everything we foresaw)
    stopped = Signal()  # always last, after finished or failed

    #: Niceness added to the worker's thread (and the threads it starts, which inherit it) so that the
    #: GUI thread wins the CPU when both want it: the event loop stays smooth on a busy 2-core machine.
    nice = 10

    def __init__(self) -> None:
        super().__init__()
        self.cancel_event = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next check (safe from any thread)."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def work(self) -> object:
        """Do the job in the worker thread and return its result."""
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        _lower_thread_priority(self.nice)
        try:
            result = self.work()
        except Exception as exc:
            if not _is_foreseen(exc):
                log.exception("%s failed", type(self).__name__)
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            app = QCoreApplication.instance()
            if app is not None:
                # Hand the object back to the GUI thread so it is deleted there, never in a dead thread.
                self.moveToThread(app.thread())
            self.stopped.emit()

    def _emit_progress(self, done: int, total: int, label: str, force: bool = False) -> None:
        now = time.monotonic()
        if force or done >= total or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self.progress.emit(done, total, label)


def _lower_thread_priority(nice: int) -> None:
    """Make the calling thread yield the CPU to the GUI thread (Linux: per-thread nice value)."""
    if nice <= 0 or not sys.platform.startswith("linux"):
        return  # elsewhere a thread id is no process id: QThread.LowPriority does the job there
    try:
        tid = threading.get_native_id()
        current = os.getpriority(os.PRIO_PROCESS, tid)
        os.setpriority(os.PRIO_PROCESS, tid, min(19, max(current, nice)))
    except OSError:  # not allowed or not per-thread here: the worker simply runs at normal priority
        pass


def _is_foreseen(exc: BaseException) -> bool:
    return isinstance(exc, EchoppeError)


class _ThreadKeeper(QObject):
    """Lives in the GUI thread; holds every running thread and its worker until both are done."""

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[QThread, Worker] = {}

    @Slot()
    def release(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait()
            if self.running.pop(thread, None) is not None:
                _background.leave()


_keeper: _ThreadKeeper | None = None


def _get_keeper() -> _ThreadKeeper:
    global _keeper
    if _keeper is None:
        _keeper = _ThreadKeeper()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_all)
    return _keeper


BACKGROUND_SWITCH_INTERVAL = 0.001  # s: how long a worker may keep the GIL when the GUI asks for it


class _BackgroundMode:
    """Interpreter settings that keep the GUI thread responsive while background jobs run.

    * The objects alive before the first job (modules, Qt wrappers…) are frozen once: a full garbage
      collection stops every thread, the GUI's included, and scanning them took 50–90 ms.
    * While a job runs, full (generation 2) collections wait until the jobs are over, and the GIL is
      handed over every millisecond instead of every 5 ms, so the GUI thread gets it quickly even with
      several worker threads (build, image encoders, SSH) competing for it. Both are restored after.
    """

    def __init__(self) -> None:
        self.frozen = False
        self.active = 0
        self.saved: tuple[tuple[int, int, int], float] | None = None

    def enter(self) -> None:
        if not self.frozen:
            self.frozen = True
            gc.freeze()
        if self.active == 0:
            self.saved = (gc.get_threshold(), sys.getswitchinterval())
            gen0, gen1, _gen2 = self.saved[0]
            gc.set_threshold(gen0, gen1, 1_000_000)
            sys.setswitchinterval(min(self.saved[1], BACKGROUND_SWITCH_INTERVAL))
        self.active += 1

    def leave(self) -> None:
        self.active = max(0, self.active - 1)
        if self.active == 0 and self.saved is not None:
            thresholds, interval = self.saved
            gc.set_threshold(*thresholds)
            sys.setswitchinterval(interval)
            self.saved = None


_background = _BackgroundMode()


def run_in_thread(worker: Worker) -> QThread:
    """Start ``worker`` in a new QThread; the thread and the worker are kept alive until it ends.

    Connect to the worker's signals before calling this. Call from the GUI thread.
    """
    keeper = _get_keeper()
    thread = QThread()
    thread.setObjectName(type(worker).__name__)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: quit() is thread-safe and must not wait for a GUI thread that may be in stop_all().
    worker.stopped.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(keeper.release)
    keeper.running[thread] = worker
    _background.enter()
    thread.start(QThread.Priority.LowPriority)
    return thread


def running_workers() -> list[Worker]:
    """Workers whose thread has not been released yet."""
    return list(_keeper.running.values()) if _keeper is not None else []


def stop_all(timeout_ms: int = 10_000) -> bool:
    """Cancel every worker and wait for its thread (at quit). True when all stopped in time."""
    if _keeper is None:
        return True
    ok = True
    for thread, worker in list(_keeper.running.items()):
        worker.cancel()
        ok = thread.wait(timeout_ms) and ok
        if _keeper.running.pop(thread, None) is not None:
            _background.leave()
    return ok


# --------------------------------------------------------------------------------------------- helpers
@dataclass
class Eta:
    """Estimate the time left from bytes sent so far (ignores the first, slow, second)."""

    total: int = 0
    started: float | None = None
    samples: list[tuple[float, int]] = field(default_factory=list)

    def update(self, done: int, total: int, now: float | None = None) -> float | None:
        """Record progress; return seconds left, or None while unknown."""
        now = time.monotonic() if now is None else now
        self.total = total
        if self.started is None:
            self.started = now
            self.samples = [(now, done)]
            return None
        self.samples.append((now, done))
        # A sliding window of the last ~10 s keeps the estimate honest when speed changes.
        while len(self.samples) > 2 and now - self.samples[0][0] > 10:
            self.samples.pop(0)
        t0, d0 = self.samples[0]
        elapsed = now - t0
        if elapsed < 0.5 or done <= d0:
            return None
        rate = (done - d0) / elapsed
        return max(0.0, (total - done) / rate)


# --------------------------------------------------------------------------------------------- workers
class BuildWorker(Worker):
    """Build the shop's site into ``out_dir``; ``finished(BuildReport)``."""

    def __init__(self, shop: ShopFile, out_dir: Path, theme: str | None = None) -> None:
        super().__init__()
        self.shop = shop
        self.out_dir = Path(out_dir)
        self.theme = theme

    def work(self) -> BuildReport:
        self.stage.emit(Stage.BUILD)
        return build_site(
            self.shop,
            self.out_dir,
            theme=self.theme,
            progress=lambda p: self._emit_progress(p.done, p.total, p.path),
            cancel=self.cancel_event,
            replace_foreign=True,  # the preview's own cache folder
        )


@dataclass(frozen=True)
class PublishResult:
    """What a publish did (``events``: the engine's events in order, without the FileSent ones)."""

    finished: Finished | None  # the engine's Finished event
    planned: Planned | None  # the engine's Planned event
    events: tuple[PublishEvent | HostCopy, ...]
    dry_run: bool
    built: Built | None = None  # the build before sending (None when a built folder was given)


class PublishWorker(Worker):
    """Build the site and publish it to the shop's saved target (:func:`publish_shop` does both);
    engine events go out as signals.

    Besides ``progress(files_done, files_total, path)`` it sends
    ``bytesProgress(bytes_done, bytes_total, seconds_left or None)`` and ``event(PublishEvent)`` for
    every event except the (many) ``FileSent`` ones, which the throttled signals summarise.
    The outcome is recorded in the shop's publish history by the engine.
    """

    event = Signal(object)  # type: ignore[assignment]  # the engine event; shadows QObject.event, which no one calls on a worker
    bytesProgress = Signal(object, object, object)

    def __init__(self, shop: ShopFile, secret: Secret | None, options: PublishOptions | None = None, *,
                 site_dir: Path | None = None) -> None:
        super().__init__()
        self.shop = shop
        self.secret = secret
        self.options = options or PublishOptions()
        self.site_dir = Path(site_dir) if site_dir else None
        self.files_sent_events = 0

    @property
    def dry_run(self) -> bool:
        return self.options.dry_run

    def work(self) -> PublishResult:
        self.stage.emit(Stage.BUILD if self.site_dir is None else Stage.CONNECT)
        eta = Eta()
        events: list[PublishEvent | HostCopy] = []
        planned = finished = None
        built: Built | None = None
        for ev in publish_shop(
            self.shop,
            self.secret,
            self.options,
            cancel=self.cancel_event,
            site_dir=self.site_dir,
            build_progress=lambda p: self._emit_progress(p.done, p.total, p.path),
        ):
            if isinstance(ev, Built):
                built = ev
                self.stage.emit(Stage.CONNECT)
                continue
            if isinstance(ev, FileSent):
                self.files_sent_events += 1
                left = eta.update(ev.bytes_done, ev.bytes_total)
                now = time.monotonic()
                if ev.files_done >= ev.files_total or now - self._last_progress >= PROGRESS_INTERVAL:
                    self._emit_progress(ev.files_done, ev.files_total, ev.path, force=True)
                    self.bytesProgress.emit(ev.bytes_done, ev.bytes_total, left)
                continue
            events.append(ev)
            if isinstance(ev, Planned):
                planned = ev
                self.stage.emit(Stage.SEND)
                self._emit_progress(0, ev.to_send, "", force=True)
                self.bytesProgress.emit(0, ev.bytes_total, None)
            elif isinstance(ev, Deleted):
                self.stage.emit(Stage.DELETE)
            elif isinstance(ev, Probed | Verified):
                self.stage.emit(Stage.CHECK)
            elif isinstance(ev, Finished):
                finished = ev
            self.event.emit(ev)
        return PublishResult(finished, planned, tuple(events), self.dry_run, built)


class ConnectionTestWorker(Worker):
    """Log in to the host and check the folder; ``finished(ConnectionInfo)``."""

    def __init__(self, target: PublishTarget, secret: Secret | None, accept_fingerprint: str | None = None) -> None:
        super().__init__()
        self.target = target
        self.secret = secret
        self.accept_fingerprint = accept_fingerprint

    def work(self) -> ConnectionInfo:
        self.stage.emit(Stage.CONNECT)
        return test_connection(self.target, self.secret, accept_fingerprint=self.accept_fingerprint)


@dataclass(frozen=True)
class ImageImportResult:
    """Images stored (in the order given) and the files refused with the reason."""

    images: tuple[PreparedImage, ...]
    paths: tuple[Path, ...]  # the source file of each stored image
    refused: tuple[tuple[Path, Exception], ...]


class ImageImportWorker(Worker):
    """Downscale image files and store them in the shop file; ``finished(ImageImportResult)``."""

    def __init__(self, shop: ShopFile, paths: Sequence[str | Path]) -> None:
        super().__init__()
        self.shop = shop
        self.paths = [Path(p) for p in paths]

    def work(self) -> ImageImportResult:
        self.stage.emit(Stage.IMPORT)
        images: list[PreparedImage] = []
        stored_from: list[Path] = []
        refused: list[tuple[Path, Exception]] = []
        total = len(self.paths)
        for i, path in enumerate(self.paths):
            if self.cancelled:
                break
            self._emit_progress(i, total, path.name)
            try:
                raw = path.read_bytes()
                prepared = prepare_image(raw)
            except OSError as exc:
                refused.append(
                    (path, EchoppeError(msg("{name} could not be read: {error}", name=path.name,
                                            error=exc.strerror or str(exc))))
                )
                continue
            except EchoppeError as exc:
                refused.append((path, exc))
                continue
            self.shop.store_prepared_image(prepared)
            images.append(prepared)
            stored_from.append(path)
        self._emit_progress(total, total, "", force=True)
        return ImageImportResult(tuple(images), tuple(stored_from), tuple(refused))


class CsvImportWorker(Worker):
    """Read a CSV into a preview (nothing written), or apply a preview to the shop.

    ``finished(ImportPreview)`` when ``preview`` is None, else ``finished(ImportReport)``.
    """

    def __init__(
        self,
        shop: ShopFile,
        path: str | Path | None = None,
        *,
        preview: ImportPreview | None = None,
        skip_invalid: bool = False,
        file_format: str = "auto",
    ) -> None:
        super().__init__()
        self.shop = shop
        self.path = Path(path) if path else None
        self.preview = preview
        self.skip_invalid = skip_invalid
        self.file_format = file_format

    def work(self) -> ImportPreview | ImportReport:
        self.stage.emit(Stage.IMPORT)
        if self.preview is None:
            if self.path is None:
                raise ValueError("CsvImportWorker needs a path or a preview")
            return transfer.read_products(self.path, format=self.file_format)
        return transfer.apply_import(self.shop, self.preview, skip_invalid=self.skip_invalid,
                                     progress=self._import_progress, cancel=self.cancel_event)

    def _import_progress(self, done: int, total: int) -> None:
        self._emit_progress(done, total, "")


class CallableWorker(Worker):
    """Run any function off the GUI thread (it receives the cancel event)."""

    def __init__(self, fn: Callable[[threading.Event], object]) -> None:
        super().__init__()
        self.fn = fn

    def work(self) -> object:
        return self.fn(self.cancel_event)
