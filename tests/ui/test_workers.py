"""Workers run off the GUI thread, report only through signals, stop when cancelled."""

from __future__ import annotations

import gc
import io
import threading
import time

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QObject, QThread, Slot

from wizard.i18n import EchoppeError
from wizard.store.shopfile import ShopFile
from wizard.ui import workers
from wizard.ui.workers import CallableWorker, Eta, ImageImportWorker, Worker, run_in_thread


class Recorder(QObject):
    """A GUI-thread receiver noting what arrived and in which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[object] = []
        self.progress: list[tuple[int, int, str]] = []
        self.threads: set[bool] = set()

    def _note_thread(self) -> None:
        self.threads.add(QThread.currentThread() is QCoreApplication.instance().thread())

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self._note_thread()
        self.results.append(result)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self._note_thread()
        self.errors.append(error)

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, label: str) -> None:
        self._note_thread()
        self.progress.append((done, total, label))


def _start(qtbot, worker: Worker) -> Recorder:
    rec = Recorder()
    worker.finished.connect(rec.on_finished)
    worker.failed.connect(rec.on_failed)
    worker.progress.connect(rec.on_progress)
    with qtbot.waitSignal(worker.stopped, timeout=10_000):
        run_in_thread(worker)
    qtbot.waitUntil(lambda: not workers.running_workers(), timeout=5_000)
    return rec


def test_result_arrives_in_gui_thread_and_work_ran_elsewhere(qtbot):
    seen: dict[str, bool] = {}

    def job(cancel: threading.Event) -> int:
        seen["in_gui_thread"] = threading.current_thread() is threading.main_thread()
        return 42

    rec = _start(qtbot, CallableWorker(job))
    assert seen["in_gui_thread"] is False
    assert rec.results == [42]
    assert rec.errors == []
    assert rec.threads == {True}


def test_failure_is_reported_as_the_exception(qtbot):
    def job(cancel: threading.Event) -> None:
        raise ValueError("boom")

    rec = _start(qtbot, CallableWorker(job))
    assert rec.results == []
    assert len(rec.errors) == 1 and isinstance(rec.errors[0], ValueError)


def test_cancel_stops_a_running_job(qtbot):
    started = threading.Event()

    def job(cancel: threading.Event) -> str:
        started.set()
        deadline = time.monotonic() + 20
        while not cancel.is_set():
            if time.monotonic() > deadline:
                return "ran to the end"
            time.sleep(0.01)
        return "stopped"

    worker = CallableWorker(job)
    rec = Recorder()
    worker.finished.connect(rec.on_finished)
    t0 = time.monotonic()
    with qtbot.waitSignal(worker.stopped, timeout=10_000):
        run_in_thread(worker)
        assert started.wait(5)
        worker.cancel()
    assert rec.results == ["stopped"]
    assert time.monotonic() - t0 < 5


class _Chatty(Worker):
    def work(self) -> int:
        for i in range(1, 20_001):
            self._emit_progress(i, 20_000, f"file-{i}")
        return 1


def test_progress_is_throttled_and_the_last_step_always_arrives(qtbot):
    rec = _start(qtbot, _Chatty())
    assert rec.progress, "no progress at all"
    assert len(rec.progress) < 200, len(rec.progress)
    assert rec.progress[-1] == (20_000, 20_000, "file-20000")


def test_stop_all_cancels_and_joins_running_threads(qtbot):
    def job(cancel: threading.Event) -> None:
        cancel.wait(30)

    started = [CallableWorker(job) for _ in range(3)]
    for w in started:
        run_in_thread(w)
    t0 = time.monotonic()
    assert workers.stop_all(5_000) is True
    assert time.monotonic() - t0 < 3
    assert workers.running_workers() == []


def test_dropping_every_reference_never_destroys_a_running_thread(qtbot):
    done = threading.Event()

    def job(cancel: threading.Event) -> None:
        done.wait(1)

    for _ in range(5):
        run_in_thread(CallableWorker(job))
    gc.collect()  # the keeper holds them: no "QThread: Destroyed while thread is still running" abort
    done.set()
    qtbot.waitUntil(lambda: not workers.running_workers(), timeout=5_000)


def _jpeg(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(buf, "JPEG")
    return buf.getvalue()


def test_image_import_downscales_stores_and_lists_refusals(qtbot, tmp_path, shop_path):
    big = tmp_path / "big.jpg"
    big.write_bytes(_jpeg((3000, 1000)))
    small = tmp_path / "small.jpg"
    small.write_bytes(_jpeg((200, 100)))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    missing = tmp_path / "gone.jpg"
    with ShopFile.create(shop_path) as shop:
        rec = _start(qtbot, ImageImportWorker(shop, [big, notes, small, missing]))
        (result,) = rec.results
        assert [p.name for p in result.paths] == ["big.jpg", "small.jpg"]
        assert (result.images[0].width, result.images[0].height) == (2400, 800)
        assert sorted(shop.image_keys()) == sorted(i.key for i in result.images)
        refused = {p.name: e for p, e in result.refused}
        assert set(refused) == {"notes.txt", "gone.jpg"}
        assert all(isinstance(e, EchoppeError) for e in refused.values())
        assert "gone.jpg" in refused["gone.jpg"].text("en")
        assert rec.progress[-1][:2] == (4, 4)


def test_eta_from_bytes_rate():
    eta = Eta()
    assert eta.update(0, 1000, now=0.0) is None
    assert eta.update(100, 1000, now=0.2) is None  # too early to say
    assert eta.update(200, 1000, now=1.0) == pytest.approx(4.0)
    assert eta.update(1000, 1000, now=5.0) == 0.0


def test_csv_import_previews_then_applies_off_the_gui_thread(qtbot, shop_path):
    from tests.conftest import REPO
    from wizard.ui.workers import CsvImportWorker

    csv_file = REPO / "tests" / "fixtures" / "excel-fr-bad-rows.csv"
    with ShopFile.create(shop_path) as shop:
        (preview,) = _start(qtbot, CsvImportWorker(shop, csv_file)).results
        assert preview.items and preview.rejected, "the fixture has good and bad rows"
        assert shop.product_count() == 0, "a preview writes nothing"

        refused = _start(qtbot, CsvImportWorker(shop, preview=preview))
        assert refused.results == [] and isinstance(refused.errors[0], EchoppeError)
        assert shop.product_count() == 0, "no half import"

        rec = _start(qtbot, CsvImportWorker(shop, preview=preview, skip_invalid=True))
        (report,) = rec.results
        assert shop.product_count() == len(report.imported) == len(preview.items)


def test_worker_threads_yield_the_cpu_to_the_gui_thread(qtbot):
    import os

    main_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def job(cancel: threading.Event) -> tuple[int, int]:
        mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen: list[int] = []
        child = threading.Thread(target=lambda: seen.append(os.getpriority(os.PRIO_PROCESS,
                                                                           threading.get_native_id())))
        child.start()
        child.join()
        return mine, seen[0]

    (result,) = _start(qtbot, CallableWorker(job)).results
    assert result[0] >= max(main_nice, Worker.nice), "the worker runs at a lower priority"
    assert result[1] == result[0], "threads it starts (image encoders, SSH) inherit it"
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_nice


def test_background_jobs_defer_full_collections_and_shorten_gil_turns(qtbot):
    import gc
    import sys

    before = (gc.get_threshold(), sys.getswitchinterval())

    def job(cancel: threading.Event) -> tuple[tuple[int, int, int], float]:
        return gc.get_threshold(), sys.getswitchinterval()

    (during,) = _start(qtbot, CallableWorker(job)).results
    assert during[0][2] > 1000 * before[0][2] and during[0][:2] == before[0][:2]
    assert during[1] <= 0.001
    assert (gc.get_threshold(), sys.getswitchinterval()) == before, "restored once the jobs are over"
    assert gc.get_freeze_count() > 0
