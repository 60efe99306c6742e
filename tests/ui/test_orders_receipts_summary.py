"""The book of receipts tab says what the book of the chosen period holds before it is written."""

from __future__ import annotations

import datetime as dt
import json

from tests.orders.orderdata import add_products, order_data, two_line_order
from wizard.domain.model import ShopIdentity
from wizard.domain.orders import OrderStatus, parse_order
from wizard.store import orders as store
from wizard.store.shopfile import ShopFile
from wizard.ui.orders.window import OrdersWindow
from wizard.ui.session import ShopSession

PAID = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)


def test_the_summary_counts_payments_refunds_and_the_amount_of_the_period(qtbot, shop_path) -> None:
    shop = ShopFile.create(shop_path, ShopIdentity(name="Miellerie", language="fr", email="m@example.fr"))
    add_products(shop)
    for data in (order_data("2026-00042"), two_line_order("2026-00043", honey=1, soap=2)):
        store.store_order(shop, parse_order(data), json.dumps(data, sort_keys=True))
    session = ShopSession()
    session.attach(shop)
    win = OrdersWindow(session)
    qtbot.addWidget(win)
    panel = win.receipts_panel
    panel.year_spin.setValue(2026)
    assert "Nothing for 2026 yet" in panel.summary_label.text()
    store.change_status(shop, "2026-00042", OrderStatus.PAID, at=PAID)  # 17.37
    store.change_status(shop, "2026-00043", OrderStatus.PAID, at=PAID)  # 20.85
    session.changed.emit("orders")
    win.refresh()
    assert panel.summary_label.text() == "For 2026: payments received: 2, 38.22\u00a0EUR in all."
    store.change_status(shop, "2026-00043", OrderStatus.CANCELLED, at=PAID + dt.timedelta(days=1))
    win.refresh()
    assert panel.summary_label.text() == "For 2026: payments received: 2, refunds: 1, 17.37\u00a0EUR in all."
    panel.month_combo.setCurrentIndex(panel.month_combo.findData(11))
    assert "Nothing for 11/2026 yet" in panel.summary_label.text()
    win.close()
    session._shop = None
    shop.close()
