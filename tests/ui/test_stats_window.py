"""The Statistics window through the real widgets: reached from the wizard's button, the period switch,
the empty state, a picked log file, the host's logs fetched over the real chrooted sshd (with Stop), the
dark theme, and the wizard still starting without pyqtgraph."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import pwd
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWizard

from tests.stats.logdata import FIREFOX, line
from tests.support.sshd import PASSWORD
from tests.test_import_cost import imported_by
from tests.ui.statslog import shop_log
from tests.ui.wizard_helpers import make_shop, open_shop, start
from wizard.domain.model import Product, PublishTarget
from wizard.publish import KnownHosts
from wizard.stats.hostlogs import FetchCancelled
from wizard.stats.ingest import read_file
from wizard.stats.salts import Salts
from wizard.store.shopfile import ShopFile
from wizard.store.stats import stats_days
from wizard.ui.dialogs.hostkey import HostKeyDialog
from wizard.ui.dialogs.password import PasswordDialog
from wizard.ui.session import ShopSession
from wizard.ui.stats import fetch_panel
from wizard.ui.stats.window import StatsWindow
from wizard.ui.stats.worker import LogsFetchWorker
from wizard.ui.widgets.colors import contrast_ratio

LEFT = Qt.MouseButton.LeftButton
LAST = dt.date(2026, 12, 3)
PRODUCTS = {"miel": 5, "figues": 3, "sirop": 1, "ancien-produit": 1}


def _number(text: str) -> int:
    """The first number a figure shows, read back as the locale wrote it ("1,942", "1 942")."""
    first = text.split("\n")[0]
    value, ok = QLocale().toInt(first)
    assert ok, text
    return value


def _log(path: Path, days: int = 200, seed: int = 11):
    lines, expected = shop_log(LAST, days, PRODUCTS, seed=seed)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, expected


def _shop_with_visits(tmp_path: Path):
    """A shop whose stored days come from a generated log read by the engine (never rows written by hand)."""
    path = make_shop(tmp_path / "stats.echoppe", niche="local-food", email="lea@example.fr")
    log, expected = _log(tmp_path / "access.log")
    with ShopFile.open(path) as shop:
        shop.save_settings(PublishTarget(**{**shop.shop().target.__dict__, "public_url": "https://boutique.example/"}))
        shop.add_products([Product(name="Miel de lavande", slug="miel", price=Decimal("6.90")),
                           Product(name="Confiture de figues", slug="figues", price=Decimal("5.20")),
                           Product(name="Sirop de sureau", slug="sirop", price=Decimal("8.90"))])
        read_file(shop, log, Salts(tmp_path / "salts.json"))
    return path, expected


def _figures(win: StatsWindow) -> dict[str, int]:
    return {key: _number(label.text()) for key, label in win.figures.items()}


def test_the_wizard_button_opens_the_window_with_the_stored_visits(qtbot, tmp_path) -> None:
    path, expected = _shop_with_visits(tmp_path)
    _controller, wizard = start(qtbot)
    button = wizard.button(QWizard.WizardButton.CustomButton2)
    assert not button.isVisible()  # no shop open yet: nothing to count
    open_shop(qtbot, wizard, path)
    assert button.isVisible() and button.text() == "Statistics"
    assert wizard.button(QWizard.WizardButton.CustomButton1).isVisible()  # beside Orders
    qtbot.mouseClick(button, LEFT)
    win = wizard.stats.window
    assert isinstance(win, StatsWindow)
    qtbot.waitExposed(win)
    assert not win.empty_label.isVisible() and win.content.isVisible()
    first = LAST - dt.timedelta(days=29)
    figures = _figures(win)
    assert figures["visits"] == expected.total("visits", first, LAST) > 0
    assert figures["pageviews"] == expected.total("pageviews", first, LAST)
    assert figures["cart_adds"] == expected.total("cart_adds", first, LAST)
    assert figures["orders"] == expected.total("orders", first, LAST)
    assert "3 Dec 2026" in win.period_label.text()
    # products by their names (the slug only for a product no longer in the shop), sources in words
    assert win.products.chart.accessibleDescription().startswith("Miel de lavande: ")
    assert "ancien-produit" in win.products.chart.accessibleDescription()
    sources = win.sources.chart.accessibleDescription()
    assert "Google (search engine)" in sources and "your link “flyer-marche”" in sources
    assert "Search engines: " in win.sources.text.text() and "Direct: " in win.sources.text.text()
    assert "→" in win.funnel.text.text()
    assert "searches" in win.searches.chart.accessibleDescription()
    assert win.size().width() <= 1280 and win.size().height() <= 720
    assert "pyqtgraph" in sys.modules  # loaded now, with the window (see the start-up test below)


def test_the_period_switch_changes_the_numbers_shown(qtbot, tmp_path) -> None:
    path, expected = _shop_with_visits(tmp_path)
    with ShopFile.open(path) as shop:
        session = ShopSession()
        session.attach(shop)
        win = StatsWindow(session)
        qtbot.addWidget(win)
        win.show()
        seen = {}
        win.period_combo.setFocus()
        for n, days in enumerate((30, 90, 365)):
            if n:
                qtbot.keyClick(win.period_combo, Qt.Key.Key_Down)  # as a keyboard user picks the next one
            assert win.period_length() == days
            first = LAST - dt.timedelta(days=days - 1)
            figures = _figures(win)
            assert figures["visits"] == expected.total("visits", first, LAST)
            assert figures["pageviews"] == expected.total("pageviews", first, LAST)
            assert figures["orders"] == expected.total("orders", first, LAST)
            assert win.view is not None and len(win.view.days) == days
            seen[days] = figures["visits"]
            assert f"in {days} days" in win.daily.text.text()
        assert seen[30] < seen[90] < seen[365]
        assert seen[365] == sum(expected.visits.values())  # the whole log (200 days) is in the last year
        session._shop = None


def test_an_empty_shop_says_what_to_do(qtbot, tmp_path) -> None:
    path = make_shop(tmp_path / "empty.echoppe")
    with ShopFile.open(path) as shop:
        session = ShopSession()
        session.attach(shop)
        win = StatsWindow(session)
        qtbot.addWidget(win)
        win.show()
        assert win.empty_label.isVisible() and not win.content.isVisible()
        text = win.empty_label.text()
        assert "Fetch the new visits from my host" in text and "Read a log file" in text
        assert "no cookie" in text
        assert not win.period_combo.isEnabled()
        session._shop = None


def test_a_picked_log_file_is_read_like_echoppe_stats_log(qtbot, tmp_path) -> None:
    path = make_shop(tmp_path / "picked.echoppe")
    log, expected = _log(tmp_path / "boutique.example-Dec-2026.gz.txt", days=40, seed=3)
    packed = tmp_path / "boutique.example-Dec-2026.gz"
    packed.write_bytes(gzip.compress(log.read_bytes()))
    with ShopFile.open(path) as shop:
        session = ShopSession()
        session.attach(shop)
        win = StatsWindow(session)
        qtbot.addWidget(win)
        win.show()
        panel = win.logs_panel
        panel.salts = Salts(tmp_path / "salts.json")
        qtbot.mouseClick(panel.file_button, LEFT)
        dialog = panel.dialog
        assert isinstance(dialog, QFileDialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.selectFile(str(packed))
        dialog.accept()
        qtbot.waitUntil(lambda: not panel.busy and panel.last_result is not None, timeout=60_000)
        assert panel.last_error is None
        assert "Logs read: 1 " in panel.status_label.text()
        assert win.content.isVisible()
        assert _figures(win)["visits"] == expected.total("visits", LAST - dt.timedelta(days=29), LAST)
        # the same file again: nothing counted twice
        panel.read_files([packed])
        qtbot.waitUntil(lambda: not panel.busy and panel.last_result is not None, timeout=60_000)
        assert "Nothing new" in panel.status_label.text()
        assert sum(d.visits for d in stats_days(shop)) == sum(expected.visits.values())
        # a file that cannot be opened is said by name, in words
        panel.read_files([tmp_path / "missing.log"])
        qtbot.waitUntil(lambda: not panel.busy and panel.last_result is not None, timeout=60_000)
        assert "missing.log could not be opened" in panel.status_label.text()
        session._shop = None


# ------------------------------------------------------------------ fetching over the real sshd
def _own(path: Path) -> None:
    entry = pwd.getpwnam("echoppe-jail")
    os.chown(path, entry.pw_uid, entry.pw_gid)


@pytest.fixture
def host(tmp_path: Path, sshd_server, shop_path: Path):
    """A shop publishing to the jail, three days of logs in a folder of the jail (as a host keeps them)."""
    name = f"logs-{tmp_path.name}"
    logs = sshd_server.jail / name
    logs.mkdir()
    _own(logs)
    expected = []
    for n, day in enumerate((dt.date(2026, 12, 1), dt.date(2026, 12, 2), dt.date(2026, 12, 3))):
        lines, counted = shop_log(day, 1, PRODUCTS, seed=n)
        file = logs / f"access.log.{3 - n}" if n < 2 else logs / "access.log"
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.utime(file, (1_700_000_000 + n * 86_400,) * 2)
        _own(file)
        expected.append(counted)
    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    shop = ShopFile.create(shop_path)
    target = sshd_server.jail_target()
    shop.save_settings(PublishTarget(**{**target.__dict__, "public_url": "https://boutique.example/"}))
    shop.set_value("stats.log_dir", name)
    yield shop, logs, kh, expected
    shop.close()


@pytest.fixture
def window(qtbot, host, tmp_path):
    shop, _logs, kh, _expected = host
    session = ShopSession()
    session.attach(shop)
    win = StatsWindow(session)
    qtbot.addWidget(win)
    win.logs_panel.known_hosts = kh
    win.logs_panel.salts = Salts(tmp_path / "salts.json")
    win.show()
    yield win
    win.logs_panel.close_dialog()
    session._shop = None  # the host fixture closes the file


def _fetch(qtbot, win: StatsWindow) -> None:
    panel = win.logs_panel
    qtbot.mouseClick(panel.fetch_button, LEFT)
    if isinstance(panel.dialog, PasswordDialog):
        qtbot.keyClicks(panel.dialog.edit, PASSWORD)
        qtbot.keyClick(panel.dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, HostKeyDialog) or (not panel.busy and panel.dialog is None),
                    timeout=60_000)
    if isinstance(panel.dialog, HostKeyDialog):  # first meeting: the server's identity is asked
        qtbot.mouseClick(panel.dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not panel.busy and (panel.last_result is not None or panel.last_error is not None),
                    timeout=60_000)


def test_fetch_over_sftp_asks_the_password_and_the_host_key_then_shows_the_visits(qtbot, window, host) -> None:
    _shop, logs, _kh, expected = host
    before = {p.name: p.read_bytes() for p in logs.iterdir()}
    _fetch(qtbot, window)
    panel = window.logs_panel
    assert panel.last_error is None, panel.last_error
    assert "Logs read: 3 " in panel.status_label.text()
    assert "robots left out: " in panel.status_label.text()
    assert _figures(window)["visits"] == sum(sum(e.visits.values()) for e in expected)
    assert _figures(window)["orders"] == sum(sum(e.orders.values()) for e in expected)
    assert {p.name: p.read_bytes() for p in logs.iterdir()} == before  # read-only on the server
    # only what is new: the live log grows by one visit
    with (logs / "access.log").open("a") as fh:
        fh.write(line("2001:db8:ffff::1", "/contact.html", FIREFOX, day="03/Dec/2026") + "\n")
    panel.last_result = None
    _fetch(qtbot, window)
    assert panel.last_error is None, panel.last_error
    assert "Logs read: 1 " in panel.status_label.text()
    assert _figures(window)["visits"] == sum(sum(e.visits.values()) for e in expected) + 1


def test_a_wrong_password_is_said_and_asked_again(qtbot, window) -> None:
    panel = window.logs_panel
    qtbot.mouseClick(panel.fetch_button, LEFT)
    assert isinstance(panel.dialog, PasswordDialog)
    qtbot.keyClicks(panel.dialog.edit, "not the password")
    qtbot.keyClick(panel.dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, HostKeyDialog) or (not panel.busy and panel.dialog is None),
                    timeout=60_000)
    if isinstance(panel.dialog, HostKeyDialog):
        qtbot.mouseClick(panel.dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: not panel.busy and panel.last_error is not None, timeout=60_000)
    assert panel.status_label.text()
    assert window.empty_label.isVisible()
    qtbot.mouseClick(panel.fetch_button, LEFT)
    assert isinstance(panel.dialog, PasswordDialog)  # asked again, not the wrong one reused


def test_an_unknown_logs_folder_asks_for_it_in_words(qtbot, window, host) -> None:
    shop = host[0]
    shop.set_value("stats.log_dir", "")
    shop.save_settings(PublishTarget(**{**shop.shop().target.__dict__, "preset": ""}))
    panel = window.logs_panel
    qtbot.mouseClick(panel.fetch_button, LEFT)
    assert not panel.busy and panel.folder_row.isVisible()
    assert "does not know where your host keeps" in panel.status_label.text()
    assert "--log-dir" not in panel.status_label.text()  # no command line for a person using the app
    qtbot.keyClicks(panel.folder_edit, host[1].name)
    panel.folder_edit.editingFinished.emit()
    assert shop.get_value("stats.log_dir") == host[1].name


class _GatedWorker(LogsFetchWorker):
    """The real worker, held after the first log until the test has clicked Stop."""

    reached = threading.Event()
    gate = threading.Event()

    def _emit_progress(self, done: int, total: int, label: str, force: bool = False) -> None:
        super()._emit_progress(done, total, label, force)
        if not self.reached.is_set():
            self.reached.set()
            assert self.gate.wait(60), "the test never opened the gate"


def test_stop_ends_the_fetch_between_two_logs_and_the_next_fetch_goes_on(qtbot, window, host, sshd_server,
                                                                         monkeypatch):
    _shop, _logs, kh, expected = host
    sshd_server.trust(kh)  # the host-key question is the test above's; here only the password is asked
    panel = window.logs_panel
    _GatedWorker.reached.clear()
    _GatedWorker.gate.clear()
    monkeypatch.setattr(fetch_panel, "LogsFetchWorker", _GatedWorker)
    qtbot.mouseClick(panel.fetch_button, LEFT)
    assert isinstance(panel.dialog, PasswordDialog)
    qtbot.keyClicks(panel.dialog.edit, PASSWORD)
    qtbot.keyClick(panel.dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(_GatedWorker.reached.is_set, timeout=60_000)
    assert panel.busy and panel.cancel_button.isEnabled() and not panel.fetch_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, LEFT)
    _GatedWorker.gate.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert isinstance(panel.last_error, FetchCancelled)
    assert "stopped after 1 logs" in panel.status_label.text()
    assert _figures(window)["visits"] == sum(expected[0].visits.values())  # the first log, counted whole
    monkeypatch.setattr(fetch_panel, "LogsFetchWorker", LogsFetchWorker)
    _fetch(qtbot, window)  # the password is known now: no question
    assert panel.last_error is None, panel.last_error
    assert "Logs read: 2 " in panel.status_label.text()  # the first one is not read again
    assert _figures(window)["visits"] == sum(sum(e.visits.values()) for e in expected)


# ------------------------------------------------------------------ dark theme, start-up, refcounts
def test_a_dark_desktop_theme_keeps_the_window_readable(qtbot, tmp_path) -> None:
    from wizard.ui.app import light_palette

    path, _expected = _shop_with_visits(tmp_path)
    app = QApplication.instance()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#303134"), (QPalette.ColorRole.ButtonText, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        _c, wizard = start(qtbot)  # configure_application runs here, as at start-up
        open_shop(qtbot, wizard, path)
        win = wizard.stats.open_window()
        qtbot.waitExposed(win)
        checked = 0
        for label in win.findChildren(QLabel):
            if not label.text() or not label.isVisible():
                continue
            image = label.grab().toImage()
            colours = sorted({image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
                              for y in range(0, image.height(), 2)}, key=lambda c: QColor(c).lightnessF())
            if len(colours) >= 2:
                assert contrast_ratio(colours[0], colours[-1]) >= 3.0, label.text()[:40]
                checked += 1
        for box in (win.daily, win.funnel, win.products, win.sources, win.searches):
            chart = box.chart
            assert contrast_ratio(chart.ink.name(), chart.back.name()) >= 4.5  # axes and numbers on the plot
        assert checked > 10
    finally:
        app.setPalette(light_palette())


def test_the_wizard_starts_without_pyqtgraph() -> None:
    names = imported_by("import wizard.ui.wizard, wizard.ui.stats.launcher")
    assert not any(n.split(".")[0] in ("pyqtgraph", "numpy") for n in names)
    assert "pyqtgraph" in imported_by("import wizard.ui.stats.window")  # the control: the check does see it


def test_many_repaints_do_not_drain_none(qtbot, tmp_path) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call; the guard keeps it alive."""
    path, _expected = _shop_with_visits(tmp_path)
    with ShopFile.open(path) as shop:
        session = ShopSession()
        session.attach(shop)
        win = StatsWindow(session)
        qtbot.addWidget(win)
        win.show()
        for n in range(80):  # more than enough to reach zero without the guard (about 35 on this machine)
            win.set_period((30, 90, 365)[n % 3])
            win.grab()
        assert sys.getrefcount(None) > 1000
        session._shop = None


def test_the_charts_draw_without_the_qt_modules_the_bundle_leaves_out(tmp_path) -> None:
    """packaging/echoppe.spec leaves QtTest, QtSql… out of the bundle: pyqtgraph must import and draw without them
    (it needs QtOpenGL and QtOpenGLWidgets, which the spec keeps and names as hidden imports)."""
    import re
    import subprocess

    from tests.conftest import REPO

    spec = (REPO / "packaging" / "echoppe.spec").read_text(encoding="utf-8")
    excluded = re.findall(r'"(PySide6\.Qt\w+)"', spec.split("EXCLUDED = [", 1)[1].split("]", 1)[0])
    assert "PySide6.QtTest" in excluded and "PySide6.QtSql" in excluded  # the control: the list was read
    hidden = spec.split("hidden = ", 1)[1].split("\n", 1)[0]
    assert "PySide6.QtOpenGL" not in excluded and "PySide6.QtOpenGLWidgets" not in excluded
    assert '"PySide6.QtOpenGL"' in hidden and '"PySide6.QtOpenGLWidgets"' in hidden
    script = f"""
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in {excluded!r}:
            raise ImportError("left out of the bundle: " + name)
sys.meta_path.insert(0, Block())
import datetime as dt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from wizard.ui.stats.charts import BarsChart, DailyChart
days = [dt.date(2026, 11, 1) + dt.timedelta(days=i) for i in range(30)]
chart = DailyChart(); chart.resize(600, 240); chart.show_days(days, list(range(30)), list(range(30)))
bars = BarsChart(); bars.resize(300, 200); bars.show_bars([("a", 3), ("b", 1)])
image = chart.grab().toImage()
assert image.width() == 600
assert not any(m in sys.modules for m in {excluded!r})
print("drawn")
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and "drawn" in done.stdout, done.stderr[-2000:]
