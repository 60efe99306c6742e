"""Delivery deadlines and pickup on the Shipping page, typed in the real widgets, reach the terms of
sale (art. L216-1: "delivered within N days", 30 days when none is given)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from tests.site.pagecheck import read_page
from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.site import build_site
from wizard.ui.wizard import PageId


def _shipping_page(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot)
    open_shop(qtbot, window, path)
    for expected in (PageId.PRODUCTS, PageId.SELLING, PageId.SHIPPING):
        assert click_next(qtbot, window) == expected
    return window, window.shipping_page


def _cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_deadlines_and_pickup_typed_reach_the_terms_of_sale(qtbot, tmp_path):
    window, page = _shipping_page(qtbot, tmp_path)
    shop = window.session.shop
    first, *others = shop.shipping_rates()
    assert others, "the niche starts with more than one rate"
    # A new shop's rates promise the zone's usual deadline (France 7 days, Europe 10), shown to be checked
    assert (first.delivery_days, others[0].delivery_days) == (7, 10)
    assert "7 day(s)" in _cells(page.model, 0) and "10 day(s)" in _cells(page.model, 1)
    page.table.selectRow(0)
    assert page.name_edit.text() == first.name and page.days.value() == 7
    page.days.selectAll()
    qtbot.keyClicks(page.days, "3")
    assert page.save_rate(new=False)
    assert shop.shipping_rates()[0].delivery_days == 3
    assert "3 day(s)" in _cells(page.model, 0)
    page.table.selectRow(1)  # no deadline at all: the law's 30 days, said as such
    page.days.selectAll()
    qtbot.keyClicks(page.days, "0")
    assert page.save_rate(new=False)
    assert shop.shipping_rates()[1].delivery_days is None
    assert "30 day(s) (not said)" in _cells(page.model, 1)
    page.table.selectRow(1)
    assert page.days.value() == 0 and page.days.text().startswith("not said: 30 day(s)")

    page.table.clearSelection()
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Workshop pickup")
    page.price_edit.clear()
    page.pickup.click()
    assert not page.kind.isEnabled() and page.address.isEnabled() and page.hours.isEnabled()
    assert page.days_label.text().replace("&", "") == "Ready for pickup within:"
    page.days.selectAll()
    qtbot.keyClicks(page.days, "2")
    assert not page.save_rate(new=True), "a pickup needs its address and hours"
    assert "address and opening hours" in page.problem.text()
    qtbot.keyClicks(page.address, "12 Lilac Street")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.keyClicks(page.address, "69001 Lyon")
    qtbot.keyClicks(page.hours, "Saturday 9 am - 12 pm")
    assert page.save_rate(new=True)
    pickup = next(r for r in shop.shipping_rates() if r.name == "Workshop pickup")
    assert pickup.pickup and pickup.price == Decimal("0") and pickup.delivery_days == 2
    assert pickup.address == "12 Lilac Street\n69001 Lyon" and pickup.hours == "Saturday 9 am - 12 pm"
    assert any("pickup, 2 day(s)" in _cells(page.model, r) for r in range(page.model.rowCount()))

    out = tmp_path / "site"
    build_site(shop, out)
    terms = read_page(out / "terms.html").text.replace("\xa0", " ")
    assert f"{first.name}: delivered within 3 days" in terms
    assert f"{others[0].name}: delivered within 30 days" in terms, "no deadline given: 30 days"
    assert "Workshop pickup: ready for pickup within 2 days" in terms
    assert "12 Lilac Street, 69001 Lyon" in terms and "Saturday 9 am - 12 pm" in terms
