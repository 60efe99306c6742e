"""End to end on the replica cheap host: orders placed through the real PHP order desk (Apache + mod_php) are
fetched from the Orders window over the real chrooted sshd; stock goes down, "Publish now" makes the site show
the sold-out variant, paying one puts it in the book of receipts, cancelling the other restores its stock."""

from __future__ import annotations

import re
import urllib.request
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop, this_year
from tests.ui.test_orders_page_fetch import _fetch
from wizard.domain.orders import OrderStatus
from wizard.store import orders as store
from wizard.ui.orders.window import OrdersWindow
from wizard.ui.session import ShopSession

LEFT = Qt.MouseButton.LeftButton
POT_500 = (("Pot", "500 g"),)
POT_250 = (("Pot", "250 g"),)


@pytest.fixture
def host(tmp_path, sshd_server, apache_site) -> DeskHost:
    from wizard.publish import KnownHosts

    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    sshd_server.trust(kh)
    desk = publish_desk_shop(tmp_path, sshd_server, apache_site, kh)
    yield desk
    desk.shop.close()


@pytest.fixture
def window(qtbot, host):
    session = ShopSession()
    session.attach(host.shop)
    win = OrdersWindow(session)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.fetch_panel.close_dialog()
    session._shop = None  # the host fixture closes the file


def _variant_stock(host: DeskHost, options: tuple[tuple[str, str], ...]) -> int | None:
    product = host.shop.product("miel-de-lavande")
    assert product is not None
    return next(v.stock for v in product.variants if v.options == options)


def _big_pot_option(host: DeskHost) -> str:
    """The 500 g pot's <option> on the product page as the host serves it now."""
    with urllib.request.urlopen(host.site.url + "produit/miel-de-lavande.html", timeout=30) as response:
        page = response.read().decode("utf-8")
    return next(tag for tag in re.findall(r"<option\b[^>]*>[^<]*", page) if "500 g" in tag)


def _click_row(qtbot, win: OrdersWindow, number: str) -> None:
    row = win.model.row_of(number)
    assert row >= 0, number
    qtbot.mouseClick(win.table.viewport(), LEFT, pos=win.table.visualRect(win.model.index(row, 0)).center())


def test_orders_from_the_real_desk_through_the_orders_window(qtbot, host, window, tmp_path) -> None:
    year = this_year()
    # 1. Two customers order on the site: the desk recomputes, seals and keeps each order.
    status, page = host.post("order.php", order_fields())  # 2 x MIEL-250 + a candle, MARCHE10: 24.31
    assert status == 200 and f"{year}-00001" in page, page
    three_big_pots = order_fields(**{"item[0][variant]": "MIEL-500", "item[0][qty]": "3", "item[1][slug]": "pollen",
                                     "item[1][qty]": "1", "coupon": "", "shown_total": "40.29",
                                     "name": "Jean Martin", "email": "jean@example.fr"})
    status, page = host.post("order.php", three_big_pots)  # 3 x 11.45 + 0.99 + Colissimo 4.95
    assert status == 200 and f"{year}-00002" in page, page
    assert len(host.orders()) == 2
    assert "disabled" not in _big_pot_option(host)  # 3 left before the orders come in

    # 2. The merchant fetches them from the Orders window.
    result = _fetch(qtbot, window)
    first, second = f"{year}-00001", f"{year}-00002"
    assert result.new_orders == (first, second) and not result.rejected
    assert host.orders() == []
    assert window.model.rowCount() == 2
    a, b = store.get_order(host.shop, first), store.get_order(host.shop, second)
    assert a.total == Decimal("24.31") and b.total == Decimal("40.29")
    assert [(ln.slug, ln.sku, ln.quantity, ln.unit_price) for ln in b.lines] == [
        ("miel-de-lavande", "MIEL-500", 3, Decimal("11.45")), ("pollen", "", 1, Decimal("0.99"))]
    assert _variant_stock(host, POT_250) == 40 - 2
    assert _variant_stock(host, POT_500) == 0
    _click_row(qtbot, window, second)
    cells = [window.detail.lines_table.item(0, c).text() for c in range(3)]
    assert cells[1].startswith("Pot: 500 g") and cells[2] == "3"

    # 3. Stock changed: publishing right away shows the 500 g pot as sold out on the site.
    panel = window.fetch_panel
    assert panel.offer.isVisible()
    qtbot.mouseClick(panel.publish_button, LEFT)
    qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
    assert panel.last_error is None, panel.last_error
    assert "disabled" in _big_pot_option(host)

    # 4. One is paid: it enters the book of receipts.
    _click_row(qtbot, window, first)
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.PAID], LEFT)
    receipts = window.receipts_panel
    window.tabs.setCurrentIndex(2)
    receipts.year_spin.setValue(int(year))
    receipts.format_combo.setCurrentIndex(receipts.format_combo.findData(".csv"))
    qtbot.keyClicks(receipts.path_edit, str(tmp_path / "book.csv"))
    qtbot.mouseClick(receipts.write_button, LEFT)
    qtbot.waitUntil(lambda: receipts.written is not None, timeout=30_000)
    book = (tmp_path / "book.csv").read_text(encoding="utf-8-sig")
    assert first in book and "24,31" in book and second not in book

    # 5. The other is cancelled (confirmed): its three pots are back on the shelf.
    window.tabs.setCurrentIndex(0)
    _click_row(qtbot, window, second)
    qtbot.mouseClick(window.detail.status_buttons[OrderStatus.CANCELLED], LEFT)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    assert window.dialog is not None
    yes = next(btn for btn in window.dialog.buttons() if btn.objectName() == "confirmStatusYes")
    qtbot.mouseClick(yes, LEFT)
    assert store.get_order(host.shop, second).status == OrderStatus.CANCELLED
    assert _variant_stock(host, POT_500) == 3
    assert store.count_new(host.shop) == 0
