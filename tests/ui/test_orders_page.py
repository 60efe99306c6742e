"""The Orders window through its real widgets: list, filter, detail, status changes, notes, the wizard's button."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from urllib.parse import parse_qs, unquote

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.orders.orderdata import add_products, order_data, stock_of, two_line_order, withdrawal_data
from wizard.domain.model import ShopIdentity
from wizard.domain.money import parse_amount
from wizard.domain.order_mail import MailKind
from wizard.domain.orders import OrderStatus, parse_order, parse_withdrawal
from wizard.store import orders as store
from wizard.store.shopfile import ShopFile
from wizard.ui.orders.window import OrdersWindow
from wizard.ui.session import ShopSession

HONEY = (("Pot", "250 g"),)
LEFT = Qt.MouseButton.LeftButton


def _put(shop: ShopFile, data: dict) -> None:
    store.store_order(shop, parse_order(data), json.dumps(data, sort_keys=True))


@pytest.fixture
def shop(shop_path):
    shop = ShopFile.create(shop_path, ShopIdentity(name="Miellerie", language="fr", email="m@example.fr"))
    add_products(shop, honey_stock=5, soap_stock=3)
    _put(shop, order_data("2026-00042"))  # 2 jars of honey, coupon, Colissimo
    _put(shop, two_line_order("2026-00043", honey=1, soap=2))
    _put(shop, {**two_line_order("2026-00044", honey=1, soap=1), "received_at": "2026-12-03T08:00:00+00:00"})
    yield shop
    shop.close()


@pytest.fixture
def window(qtbot, shop):
    session = ShopSession()
    session.attach(shop)
    win = OrdersWindow(session)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    session._shop = None  # the shop fixture closes the file


def _click_row(qtbot, win: OrdersWindow, number: str) -> None:
    row = win.model.row_of(number)
    assert row >= 0, number
    rect = win.table.visualRect(win.model.index(row, 0))
    qtbot.mouseClick(win.table.viewport(), LEFT, pos=rect.center())
    assert win.detail.order is not None and win.detail.order.number == number


def _amount(text: str) -> Decimal | None:
    return parse_amount(text.replace("EUR", "").replace("−", "").strip())


def _rows(win: OrdersWindow) -> list[list[str]]:
    m = win.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_list_shows_every_order_newest_first_with_its_total_and_the_new_count(window) -> None:
    rows = _rows(window)
    assert [r[0] for r in rows] == ["2026-00044", "2026-00043", "2026-00042"]
    by_number = {r[0]: r for r in rows}
    # totals are exact, from the file: 6.90 + 4.50 + 4.95 shipping; 6.90 + 2 x 4.50 + 4.95
    assert {n: _amount(r[3]) for n, r in by_number.items()} == {
        "2026-00044": Decimal("16.35"), "2026-00043": Decimal("20.85"), "2026-00042": Decimal("17.37")}
    assert all(r[3].endswith("EUR") for r in rows)
    assert all(r[2] == "Margaux Lefèvre" and r[4] == "New" for r in rows)
    assert "3" in window.count_label.text()


def test_filter_by_status_lists_only_those_orders(qtbot, window, shop) -> None:
    store.change_status(shop, "2026-00043", OrderStatus.PAID)
    window.set_filter(OrderStatus.PAID)
    assert [r[0] for r in _rows(window)] == ["2026-00043"]
    window.set_filter(OrderStatus.SHIPPED)
    assert _rows(window) == []
    assert window.empty_label.isVisible()
    window.set_filter(None)
    assert len(_rows(window)) == 3
    assert "2" in window.count_label.text()


def test_search_finds_an_order_by_number_or_customer(qtbot, window, shop) -> None:
    qtbot.keyClicks(window.search_edit, "00043")
    assert [r[0] for r in _rows(window)] == ["2026-00043"]
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "margaux LEF")
    assert len(_rows(window)) == 3  # the sample orders share their customer
    qtbot.keyClicks(window.search_edit, "x")
    assert _rows(window) == [] and "search" in window.empty_label.text()
    window.search_edit.clear()
    assert len(_rows(window)) == 3


def test_detail_shows_customer_address_lines_coupon_shipping_total_payment_history(qtbot, window) -> None:
    _click_row(qtbot, window, "2026-00042")
    d = window.detail
    assert "2026-00042" in d.title.text()
    assert d.customer_label.text().splitlines() == ["Margaux Lefèvre", "margaux@example.fr", "06 12 34 56 78"]
    assert d.address_label.text().splitlines() == ["3 rue des Lilas", "69001 Lyon", "FR"]
    assert "18 h" in d.message_label.text()
    table = d.lines_table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(5)]
    assert cells[:3] == ["Miel de lavande", "Pot: 250 g · MIEL-250", "2"]
    assert [_amount(c) for c in cells[3:]] == [Decimal("6.90"), Decimal("13.80")]
    amounts = d.amounts_label.text().splitlines()
    assert len(amounts) == 4
    assert [_amount(line.rsplit(":", 1)[1]) for line in amounts] == [
        Decimal("13.80"), Decimal("1.38"), Decimal("4.95"), Decimal("17.37")]
    assert "MARCHE10" in amounts[1] and "Colissimo" in amounts[2]
    assert "Bank transfer" in d.payment_label.text()
    assert d.history_list.count() == 1 and "New" in d.history_list.item(0).text()
    assert d.status_buttons[OrderStatus.PAID].isEnabled()
    assert not d.status_buttons[OrderStatus.SHIPPED].isEnabled()  # not paid yet
    assert not d.withdrawal_label.isVisible()


def test_mark_paid_then_shipped_with_tracking_updates_the_file(qtbot, window, shop) -> None:
    _click_row(qtbot, window, "2026-00043")
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.PAID], LEFT)
    order = store.get_order(shop, "2026-00043")
    assert order.status == OrderStatus.PAID and order.paid_at is not None
    assert stock_of(shop, "savon") == 3 - 2 - 1  # taken at order, unchanged by payment
    assert window.detail.order is not None and window.detail.order.status == OrderStatus.PAID
    assert window.detail.status_buttons[OrderStatus.SHIPPED].isEnabled()
    assert not window.detail.status_buttons[OrderStatus.PAID].isEnabled()
    qtbot.keyClicks(window.detail.tracking_edit, "6A123456789")
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.SHIPPED], LEFT)
    order = store.get_order(shop, "2026-00043")
    assert order.status == OrderStatus.SHIPPED and order.tracking == "6A123456789"
    assert [c.status for c in order.history] == [OrderStatus.NEW, OrderStatus.PAID, OrderStatus.SHIPPED]
    assert window.detail.history_list.count() == 3
    assert "6A123456789" in window.detail.payment_label.text()
    assert not window.fetch_panel.offer.isVisible()  # no stock moved


def _answer(qtbot, window: OrdersWindow, yes: bool) -> None:
    qtbot.waitUntil(lambda: isinstance(window.dialog, QMessageBox) and window.dialog.isVisible())
    box = window.dialog
    assert box is not None
    name = "confirmStatusYes" if yes else "confirmStatusNo"
    button = next(b for b in box.buttons() if b.objectName() == name)
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: window.dialog is None)


def test_cancelling_asks_first_then_restores_the_stock_and_offers_to_publish(qtbot, window, shop) -> None:
    assert stock_of(shop, "miel-de-lavande", HONEY) == 5 - 2 - 1 - 1
    _click_row(qtbot, window, "2026-00042")
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.CANCELLED], LEFT)
    _answer(qtbot, window, yes=False)
    assert store.get_order(shop, "2026-00042").status == OrderStatus.NEW
    assert stock_of(shop, "miel-de-lavande", HONEY) == 1
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.CANCELLED], LEFT)
    _answer(qtbot, window, yes=True)
    assert store.get_order(shop, "2026-00042").status == OrderStatus.CANCELLED
    assert stock_of(shop, "miel-de-lavande", HONEY) == 3  # the 2 jars are back
    assert window.fetch_panel.offer.isVisible()
    assert "1 → 3" in window.fetch_panel.offer_label.text()
    assert not any(b.isEnabled() for b in window.detail.status_buttons.values())  # final
    window.tabs.setCurrentIndex(1)
    texts = {window.stock_view.table.item(r, 1).text(): window.stock_view.stock_text(r)
             for r in range(window.stock_view.table.rowCount())}
    assert texts["Pot: 250 g"] == "3"


def test_stock_tab_marks_a_variant_sold_out(qtbot, window, shop) -> None:
    _put(shop, two_line_order("2026-00045", honey=1, soap=5))  # soap: 3 - 2 - 1 = 0 left
    window.refresh()
    window.tabs.setCurrentIndex(1)
    table = window.stock_view.table
    soap = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Savon")
    assert "sold out" in window.stock_view.stock_text(soap)


def test_a_note_is_kept_with_the_order(qtbot, window, shop) -> None:
    _click_row(qtbot, window, "2026-00044")
    qtbot.keyClicks(window.detail.note_edit, "Called, pays on Friday")
    qtbot.mouseClick(window.detail.note_button, LEFT)
    assert [n.text for n in store.get_order(shop, "2026-00044").notes] == ["Called, pays on Friday"]
    assert "Friday" in window.detail.notes_list.item(0).text()


def test_the_linked_withdrawal_declaration_shows_in_the_detail(qtbot, window, shop) -> None:
    data = withdrawal_data("W2026-00003", "2026-00043")
    store.store_withdrawal(shop, parse_withdrawal(data), json.dumps(data))
    window.refresh()
    _click_row(qtbot, window, "2026-00043")
    assert window.detail.withdrawal_label.isVisible()
    assert "W2026-00003" in window.detail.withdrawal_label.text()
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.WITHDRAWN], LEFT)
    _answer(qtbot, window, yes=True)
    assert store.get_order(shop, "2026-00043").status == OrderStatus.WITHDRAWN
    assert stock_of(shop, "savon") == 3 - 1  # the 2 bars of 2026-00043 are back; 2026-00044 keeps 1


def test_the_wizard_shows_the_new_count_when_a_shop_is_opened_and_opens_the_window(qtbot, shop, shop_path):
    from wizard.ui.wizard import ShopWizard

    store.change_status(shop, "2026-00044", OrderStatus.PAID)
    shop.close()
    wiz = ShopWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    button = wiz.orders.button
    assert not button.isVisible()  # no shop yet
    wiz.session.open(shop_path)
    assert button.isVisible()
    assert "2" in button.text()
    qtbot.mouseClick(button, LEFT)
    win = wiz.orders.window
    assert win is not None and win.isVisible()
    assert len(_rows(win)) == 3
    _click_row(qtbot, win, "2026-00042")
    qtbot.mouseClick(win.detail.status_buttons[OrderStatus.PAID], LEFT)
    assert "1" in button.text()
    assert store.get_order(wiz.session.shop, "2026-00042").total == Decimal("17.37")
    wiz.session.close()


class _MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def mails():
    catcher = _MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "handle")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("mailto")


def _parts(url: str) -> tuple[str, dict[str, str]]:
    assert url.startswith("mailto:")
    to, _, query = url[len("mailto:"):].partition("?")
    fields = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    return unquote(to), fields


def test_the_emails_open_in_the_mail_client_written_in_the_shop_language(qtbot, window, shop, mails) -> None:
    _click_row(qtbot, window, "2026-00042")
    d = window.detail
    assert not d.mail_buttons[MailKind.PAID].isEnabled()  # not paid yet: nothing to confirm
    qtbot.mouseClick(d.status_buttons[OrderStatus.PAID], LEFT)
    qtbot.mouseClick(d.mail_buttons[MailKind.PAID], LEFT)
    to, fields = _parts(mails[-1])
    assert to == "margaux@example.fr"
    assert fields["subject"] == "Commande 2026-00042 : paiement reçu"  # the shop is French, whatever the UI
    body = fields["body"].replace("\r\n", "\n")
    assert "17,37\u00a0EUR" in body and "2 × Miel de lavande (Pot: 250 g)" in body
    assert body.startswith("Bonjour Margaux Lefèvre,") and body.rstrip().endswith("Miellerie")
    assert not d.mail_buttons[MailKind.SHIPPED].isEnabled()
    qtbot.keyClicks(d.tracking_edit, "6A999")
    qtbot.mouseClick(d.status_buttons[OrderStatus.SHIPPED], LEFT)
    qtbot.mouseClick(d.mail_buttons[MailKind.SHIPPED], LEFT)
    _to, fields = _parts(mails[-1])
    assert "Colissimo" in fields["body"] and "6A999" in fields["body"]


def test_acknowledging_a_withdrawal_by_email_records_it(qtbot, window, shop, mails) -> None:
    data = withdrawal_data("W2026-00003", "2026-00043")
    store.store_withdrawal(shop, parse_withdrawal(data), json.dumps(data))
    window.refresh()
    _click_row(qtbot, window, "2026-00043")
    assert store.list_withdrawals(shop)[0].acknowledged_at is None
    qtbot.mouseClick(window.detail.mail_buttons[MailKind.WITHDRAWAL], LEFT)
    _to, fields = _parts(mails[-1])
    assert "W2026-00003" in fields["body"] and "04/12/2026" in fields["body"] and "20,85" in fields["body"]
    assert store.list_withdrawals(shop)[0].acknowledged_at is not None


def test_the_book_of_receipts_tab_writes_the_paid_orders(qtbot, window, shop, tmp_path) -> None:
    store.change_status(shop, "2026-00042", OrderStatus.PAID, at=dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC))
    store.change_status(shop, "2026-00043", OrderStatus.PAID, at=dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC))
    window.tabs.setCurrentIndex(2)
    panel = window.receipts_panel
    panel.year_spin.setValue(2026)
    panel.month_combo.setCurrentIndex(panel.month_combo.findData(12))
    panel.format_combo.setCurrentIndex(panel.format_combo.findData(".csv"))
    qtbot.keyClicks(panel.path_edit, str(tmp_path / "recettes"))
    qtbot.mouseClick(panel.write_button, LEFT)
    qtbot.waitUntil(lambda: panel.written is not None, timeout=30_000)
    assert panel.written == tmp_path / "recettes.csv"
    text = panel.written.read_text(encoding="utf-8-sig")
    assert "2026-00042" in text and "17,37" in text  # paid in December, the shop's French format
    assert "2026-00043" not in text  # paid in November
    assert "1" in panel.result_label.text()


def test_stock_taken_at_payment_when_the_merchant_chooses_so(qtbot, window, shop) -> None:
    window.tabs.setCurrentIndex(1)
    box = window.stock_view.stock_at_paid
    assert not box.isChecked()
    qtbot.mouseClick(box, LEFT, pos=QPoint(6, box.height() // 2))
    assert store.stock_at_payment(shop)
    assert stock_of(shop, "miel-de-lavande", HONEY) == 1
    _put(shop, two_line_order("2026-00050", honey=1, soap=1))
    assert stock_of(shop, "miel-de-lavande", HONEY) == 1  # not yet: waits for payment
    window.refresh()
    window.tabs.setCurrentIndex(0)
    _click_row(qtbot, window, "2026-00050")
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.PAID], LEFT)
    assert stock_of(shop, "miel-de-lavande", HONEY) == 0
    assert window.fetch_panel.offer.isVisible()
