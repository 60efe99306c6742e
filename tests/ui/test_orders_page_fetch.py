"""Fetching orders from the Orders window through the real chrooted sshd: password and host-key questions,
a worker with progress, files that fail to open reported by name, the publish offer only when stock moved."""

from __future__ import annotations

import os
import pwd
import shutil
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.orders.orderdata import add_products, make_keys, order_data, seal, stock_of, two_line_order
from tests.support.sshd import BASE, PASSPHRASE, PASSWORD
from wizard.domain.model import Product, ShopIdentity
from wizard.publish.errors import AuthenticationFailed, PassphraseRequired, SecretRequired
from wizard.publish.orders_fetch import FetchCancelled, FetchFinished
from wizard.store import orders as store
from wizard.store.shopfile import ShopFile
from wizard.ui.dialogs.hostkey import HostKeyDialog
from wizard.ui.dialogs.password import PasswordDialog
from wizard.ui.orders import fetch_panel
from wizard.ui.orders.window import OrdersWindow
from wizard.ui.orders.worker import FetchWorker
from wizard.ui.session import ShopSession

LEFT = Qt.MouseButton.LeftButton
HONEY = (("Pot", "250 g"),)


def _own(path: Path) -> None:
    entry = pwd.getpwnam("echoppe-jail")
    os.chown(path, entry.pw_uid, entry.pw_gid)


@pytest.fixture
def desk(tmp_path: Path, sshd_server, shop_path: Path):
    """A shop published to its own folder of the jail, with desk keys and its private folder on the server."""
    name = f"priv-{tmp_path.name}"
    real = sshd_server.jail / name
    for sub in (real, real / "orders", real / "withdrawals"):
        sub.mkdir()
        _own(sub)
    site_path, _site_real = sshd_server.jail_folder(f"site-{tmp_path.name}")
    shop = ShopFile.create(shop_path, ShopIdentity(name="Miellerie", language="fr", email="m@example.fr"))
    shop.save_settings(sshd_server.jail_target(site_path))
    shop.set_value("desk.private_dir", name)
    key = make_keys(shop)
    add_products(shop, honey_stock=5, soap_stock=3)
    shop.add_products([Product(name="Carte cadeau", slug="carte", price=Decimal("20.00"))])
    yield shop, real, key
    shop.close()


@pytest.fixture
def window(qtbot, desk):
    shop = desk[0]
    session = ShopSession()
    session.attach(shop)
    win = OrdersWindow(session)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.fetch_panel.close_dialog()
    session._shop = None  # the desk fixture closes the file


def _place(real: Path, sub: str, name: str, data: bytes) -> None:
    path = real / sub / name
    path.write_bytes(data)
    _own(path)


def _answer_questions(qtbot, win: OrdersWindow, password: str = PASSWORD) -> None:
    """Type the password, then accept the server's fingerprint (first meeting), as a person would."""
    panel = win.fetch_panel
    qtbot.waitUntil(lambda: isinstance(panel.dialog, PasswordDialog))
    dialog = panel.dialog
    assert isinstance(dialog, PasswordDialog)
    qtbot.keyClicks(dialog.edit, password)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(panel.dialog, HostKeyDialog) or (not panel.busy and panel.dialog is None),
                    timeout=60_000)
    if isinstance(panel.dialog, HostKeyDialog):
        qtbot.mouseClick(panel.dialog.accept_button, LEFT)


def _fetch(qtbot, win: OrdersWindow) -> FetchFinished:
    panel = win.fetch_panel
    qtbot.mouseClick(panel.fetch_button, LEFT)
    if panel.dialog is not None:
        _answer_questions(qtbot, win)
    qtbot.waitUntil(lambda: not panel.busy and (panel.last_result is not None or panel.last_error is not None),
                    timeout=60_000)
    assert panel.last_error is None, panel.last_error
    assert panel.last_result is not None
    return panel.last_result


def test_fetch_over_sftp_shows_the_orders_and_reports_a_file_that_does_not_open(qtbot, window, desk) -> None:
    shop, real, key = desk
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001", honey=2, soap=1)))
    _place(real, "orders", "2026-00002.sealed", b"garbage, not sealed with this shop's key")
    _place(real, "orders", "2026-00003.sealed", seal(key, two_line_order("2026-00003", honey=1, soap=1)))
    result = _fetch(qtbot, window)
    assert result.new_orders == ("2026-00001", "2026-00003")
    assert [r.name for r in result.rejected] == ["orders/2026-00002.sealed"]
    panel = window.fetch_panel
    assert panel.refused_label.isVisible()
    assert "orders/2026-00002.sealed" in panel.refused_label.text()
    assert "key" in panel.refused_label.text()
    assert "2" in panel.status_label.text()
    rows = [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]
    assert sorted(rows) == ["2026-00001", "2026-00003"]
    assert "2" in window.count_label.text()
    assert stock_of(shop, "miel-de-lavande", HONEY) == 5 - 2 - 1
    assert stock_of(shop, "savon") == 3 - 1 - 1
    assert sorted(p.name for p in (real / "orders").iterdir()) == ["2026-00002.sealed"]  # kept on the server
    assert panel.offer.isVisible()  # stock moved: publish offered
    # the detail of a fetched order, through the list
    row = window.model.row_of("2026-00001")
    qtbot.mouseClick(window.table.viewport(), LEFT, pos=window.table.visualRect(window.model.index(row, 0)).center())
    assert window.detail.lines_table.rowCount() == 2


def test_no_publish_offer_when_no_stock_moved_then_publish_now_when_it_did(qtbot, window, desk) -> None:
    shop, real, key = desk
    gift = order_data("2026-00010", lines=[{"slug": "carte", "sku": "", "name": "Carte cadeau", "options": {},
                                            "quantity": 1, "unit_price": "20.00", "line_total": "20.00"}],
                      subtotal="20.00", coupon=None, shipping=None, total="20.00")
    _place(real, "orders", "2026-00010.sealed", seal(key, gift))  # stock of a gift card is not counted
    result = _fetch(qtbot, window)
    assert result.new_orders == ("2026-00010",)
    assert not result.stock_changed
    panel = window.fetch_panel
    assert not panel.offer.isVisible()
    assert not panel.refused_label.isVisible()

    _place(real, "orders", "2026-00011.sealed", seal(key, two_line_order("2026-00011", honey=5, soap=1)))
    result = _fetch(qtbot, window)
    assert result.stock_changed
    assert panel.offer.isVisible()
    assert "0" in panel.offer_label.text()
    published: list[object] = []
    panel.published.connect(published.append)
    qtbot.mouseClick(panel.publish_button, LEFT)
    qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
    assert panel.last_error is None, panel.last_error
    assert published, panel.status_label.text()
    assert store.count_new(shop) == 2


def test_a_wrong_password_is_said_and_asked_again(qtbot, window, desk) -> None:
    _shop, real, key = desk
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001")))
    panel = window.fetch_panel
    qtbot.mouseClick(panel.fetch_button, LEFT)
    _answer_questions(qtbot, window, password="not the password")
    qtbot.waitUntil(lambda: not panel.busy and panel.last_error is not None, timeout=60_000)
    assert isinstance(panel.last_error, AuthenticationFailed)
    assert panel.status_label.text()
    assert window.model.rowCount() == 0
    assert (real / "orders" / "2026-00001.sealed").exists()
    qtbot.mouseClick(panel.fetch_button, LEFT)
    assert isinstance(panel.dialog, PasswordDialog)  # asked again, not the wrong one reused


class _GatedFetchWorker(FetchWorker):
    """The real worker, held after the files are listed until the test has clicked Cancel."""

    reached = threading.Event()
    gate = threading.Event()

    def _emit_progress(self, done: int, total: int, label: str, force: bool = False) -> None:
        super()._emit_progress(done, total, label, force)
        if not self.reached.is_set():
            self.reached.set()
            assert self.gate.wait(60), "the test never opened the gate"


def test_cancel_stops_before_the_next_file_and_a_new_fetch_brings_everything(qtbot, window, desk, monkeypatch):
    shop, real, key = desk
    _fetch(qtbot, window)  # nothing waiting yet: answers the password and host-key questions once
    for n in range(1, 6):
        _place(real, "orders", f"2026-0000{n}.sealed", seal(key, two_line_order(f"2026-0000{n}")))
    _GatedFetchWorker.reached.clear()
    _GatedFetchWorker.gate.clear()
    monkeypatch.setattr(fetch_panel, "FetchWorker", _GatedFetchWorker)
    panel = window.fetch_panel
    panel.last_result = None
    qtbot.mouseClick(panel.fetch_button, LEFT)
    assert panel.busy and panel.cancel_button.isEnabled() and not panel.fetch_button.isEnabled()
    qtbot.waitUntil(_GatedFetchWorker.reached.is_set, timeout=60_000)
    qtbot.mouseClick(panel.cancel_button, LEFT)
    _GatedFetchWorker.gate.set()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert isinstance(panel.last_error, FetchCancelled)
    assert "0" in panel.status_label.text()
    assert store.list_orders(shop) == []
    assert len(list((real / "orders").iterdir())) == 5  # all still on the server
    monkeypatch.setattr(fetch_panel, "FetchWorker", FetchWorker)
    result = _fetch(qtbot, window)
    assert len(result.new_orders) == 5
    assert window.model.rowCount() == 5


def test_a_key_with_a_passphrase_is_asked_for_its_passphrase(qtbot, sshd_server, tmp_path, shop_path) -> None:
    """Signing in with a key file: no question first; when the key turns out to need its passphrase, the next
    click asks for it (not for a password), and the fetch goes through."""
    name = f"priv-{tmp_path.name}"
    real = BASE / "home" / name
    for sub in (real, real / "orders", real / "withdrawals"):
        sub.mkdir()
        os.chown(sub, pwd.getpwnam("echoppe-key").pw_uid, pwd.getpwnam("echoppe-key").pw_gid)
    try:
        shop = ShopFile.create(shop_path, ShopIdentity(name="Miellerie", language="fr", email="m@example.fr"))
        shop.save_settings(sshd_server.key_target(real, "rsa"))
        shop.set_value("desk.private_dir", name)
        key = make_keys(shop)
        add_products(shop)
        (real / "orders" / "2026-00001.sealed").write_bytes(seal(key, two_line_order("2026-00001")))
        session = ShopSession()
        session.attach(shop)
        win = OrdersWindow(session)
        qtbot.addWidget(win)
        win.show()
        panel = win.fetch_panel
        qtbot.mouseClick(panel.fetch_button, LEFT)
        assert panel.dialog is None  # a key: nothing asked before trying
        qtbot.waitUntil(lambda: not panel.busy and panel.last_error is not None, timeout=60_000)
        assert isinstance(panel.last_error, PassphraseRequired | SecretRequired), panel.last_error
        assert panel.status_label.text()
        qtbot.mouseClick(panel.fetch_button, LEFT)
        dialog = panel.dialog
        assert isinstance(dialog, PasswordDialog)
        qtbot.keyClicks(dialog.edit, PASSPHRASE)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(panel.dialog, HostKeyDialog), timeout=60_000)  # first meeting
        qtbot.mouseClick(panel.dialog.accept_button, LEFT)
        qtbot.waitUntil(lambda: not panel.busy and (panel.last_result is not None or panel.last_error is not None),
                        timeout=60_000)
        assert panel.last_error is None, panel.last_error
        assert panel.last_result is not None and panel.last_result.new_orders == ("2026-00001",)
        win.close()
        session.close()
    finally:
        shutil.rmtree(real, ignore_errors=True)
