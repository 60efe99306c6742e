"""A shop file the system asks the app to open (macOS Finder sends a QFileOpenEvent, not argv)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from tests.ui.wizard_helpers import make_shop, open_shop, start
from wizard.ui.app import FileOpenHandler
from wizard.ui.wizard import PageId


def _send_open(qtbot, controller, path) -> None:
    app = QApplication.instance()
    handler = FileOpenHandler(controller)
    app.installEventFilter(handler)
    try:
        assert QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(path))))
        qtbot.wait(50)  # the shop opens just after the event
    finally:
        app.removeEventFilter(handler)


def test_a_shop_file_sent_by_the_system_opens_on_its_first_page(qtbot, tmp_path) -> None:
    path = make_shop(tmp_path / "miel.echoppe", niche="local-food")
    controller, window = start(qtbot)
    _send_open(qtbot, controller, path)
    qtbot.waitUntil(lambda: window.currentId() == PageId.SHOP)
    assert controller.session.is_open and controller.session.path == path


def test_another_shop_replaces_the_open_one(qtbot, tmp_path) -> None:
    first = make_shop(tmp_path / "a.echoppe")
    second = make_shop(tmp_path / "b.echoppe", niche="local-food")
    controller, window = start(qtbot)
    open_shop(qtbot, window, first)
    window.next()  # somewhere further in the first shop
    _send_open(qtbot, controller, second)
    qtbot.waitUntil(lambda: controller.session.path == second)
    assert window.currentId() == PageId.SHOP


def test_a_file_that_is_no_shop_says_why_and_opens_nothing(qtbot, tmp_path) -> None:
    junk = tmp_path / "notes.echoppe"
    junk.write_bytes(b"not a shop at all" * 50)
    controller, window = start(qtbot)
    _send_open(qtbot, controller, junk)
    qtbot.waitUntil(lambda: bool(window.welcome_page.problem.isVisible()))
    assert not controller.session.is_open
    assert window.currentId() == PageId.WELCOME
