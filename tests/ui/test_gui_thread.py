"""The GUI never does the heavy work: building, connecting and publishing always run off the GUI thread.

This replaces a timing test (how long the event loop stalled), which machine load alone could fail:
here the verdict is which thread ran the work, so only moving the work onto the GUI thread fails it.
The measured figure lives in ``bench/responsiveness_bench.py``.

A profile hook on the GUI thread (``sys.setprofile`` affects only the calling thread) records every
call into the engine's heavy functions; a hook on the threads the job starts records that the work ran
at all, so a test that silently did nothing cannot pass (QThreads are not started by ``threading``,
so the hook is set from the worker's first call, :func:`wizard.ui.workers._lower_thread_priority`).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from types import CodeType, FrameType

import pytest
from PySide6.QtCore import Qt

from tests.support.sshd import PASSWORD
from tests.ui.test_publish_helpers import fresh_known_hosts_fixture, make_shop, wait_idle  # noqa: F401
from wizard.publish import engine, manifest, sftp
from wizard.publish.hostkeys import KnownHosts
from wizard.site import build as site_build
from wizard.ui import workers
from wizard.ui.pages.publish import PublishPage
from wizard.ui.session import ShopSession

LEFT = Qt.MouseButton.LeftButton

#: The heavy work, by name: any of these called on the GUI thread would freeze the window.
HEAVY: dict[CodeType, str] = {
    site_build.build_site.__code__: "build",
    manifest.scan_site.__code__: "scan",
    sftp.connect.__code__: "connect",
    engine.publish.__code__: "publish",
    engine._Run.go.__code__: "publish",
}


class ThreadWatch:
    """Which heavy functions ran on the GUI thread, and which ran on other threads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch | None = None) -> None:
        self.monkeypatch = monkeypatch
        self.on_gui: list[str] = []
        self.elsewhere: set[str] = set()
        self._lock = threading.Lock()

    def _gui_hook(self, frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code in HEAVY:
            self.on_gui.append(HEAVY[frame.f_code])

    def _worker_hook(self, frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code in HEAVY:
            with self._lock:
                self.elsewhere.add(HEAVY[frame.f_code])

    def __enter__(self) -> ThreadWatch:
        assert threading.current_thread() is threading.main_thread()
        sys.setprofile(self._gui_hook)
        threading.setprofile(self._worker_hook)
        if self.monkeypatch is not None:
            lower = workers._lower_thread_priority

            def hooked(nice: int) -> None:
                if threading.current_thread() is not threading.main_thread():
                    sys.setprofile(self._worker_hook)
                lower(nice)

            self.monkeypatch.setattr(workers, "_lower_thread_priority", hooked)
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.setprofile(None)
        threading.setprofile(None)  # type: ignore[arg-type]
        if self.monkeypatch is not None:
            self.monkeypatch.undo()


@pytest.fixture
def page_for(qtbot) -> Iterator:
    sessions: list[ShopSession] = []

    def make(shop) -> PublishPage:
        session = ShopSession()
        session.attach(shop)
        sessions.append(session)
        page = PublishPage(session)
        qtbot.addWidget(page)
        page.initializePage()
        page.show()
        return page

    yield make
    for s in sessions:
        s.close()


def test_the_hook_sees_heavy_work_run_on_the_gui_thread(tmp_path):
    """The control: the watch does catch a build called directly on the GUI thread."""
    shop = make_shop(tmp_path / "shop.echoppe", products=1)
    try:
        with ThreadWatch() as watch:
            site_build.build_site(shop, tmp_path / "site")
    finally:
        shop.close()
    assert "build" in watch.on_gui


def test_folder_build_and_publish_run_off_the_gui_thread(qtbot, tmp_path, page_for, monkeypatch):
    shop = make_shop(tmp_path / "shop.echoppe")
    page = page_for(shop)
    page.folder_edit.setText(str(tmp_path / "out"))
    page.folder_edit.editingFinished.emit()
    with ThreadWatch(monkeypatch) as watch:
        qtbot.mouseClick(page.publish_button, LEFT)
        wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert (tmp_path / "out" / "index.html").is_file()
    assert watch.on_gui == []
    assert {"build", "scan", "publish"} <= watch.elsewhere, watch.elsewhere


def test_sftp_connect_test_and_publish_run_off_the_gui_thread(qtbot, tmp_path, page_for, monkeypatch,
                                                              sshd_server, fresh_known_hosts):
    shop = make_shop(tmp_path / "shop.echoppe")
    remote, real = sshd_server.jail_folder("gui-thread")
    shop.save_settings(sshd_server.jail_target(remote))
    sshd_server.trust(KnownHosts())
    page = page_for(shop)
    page.password_edit.setText(PASSWORD)
    with ThreadWatch(monkeypatch) as watch:
        qtbot.mouseClick(page.test_button, LEFT)
        wait_idle(qtbot, page)
        assert page.last_error is None, page.error_label.text()
        assert watch.elsewhere == {"connect"}
        qtbot.mouseClick(page.publish_button, LEFT)
        wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert (real / "index.html").is_file()
    assert watch.on_gui == []
    assert {"build", "scan", "connect", "publish"} <= watch.elsewhere, watch.elsewhere
