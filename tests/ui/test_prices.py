"""Prices typed in the real widgets: a typo is refused next to its field and never saved."""

from __future__ import annotations

from decimal import Decimal

from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.ui.wizard import PageId


def _window(qtbot, tmp_path, lang="en"):
    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot, lang)
    open_shop(qtbot, window, path)
    return window


def _editor_on_first_product(qtbot, window):
    assert click_next(qtbot, window) == PageId.PRODUCTS
    page = window.products_page
    product = page.model.row(0)
    editor = page.edit_row(0)
    assert editor.product.id == product.id
    return editor, product


def _retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def test_a_typo_in_the_price_is_refused_next_to_the_field_and_not_saved(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    editor, product = _editor_on_first_product(qtbot, window)
    _retype(qtbot, editor.price_edit, "12,5,0")
    assert editor.price_check.problem.isVisible(), "the reason shows under the price field itself"
    reason = editor.price_check.problem.text()
    assert "12,5,0" in reason and "thousands" in reason
    editor.autosave.flush()
    assert editor.status.text() != "Saved."
    assert window.session.shop.product_by_id(product.id).price == product.price, "nothing saved"
    assert "Price: " in editor.problem.text()
    _retype(qtbot, editor.price_edit, "1 234,50")
    assert not editor.price_check.problem.isVisible(), "the message goes as soon as it is fixed"
    editor.autosave.flush()
    assert window.session.shop.product_by_id(product.id).price == Decimal("1234.50")


def test_a_bare_thousand_offers_both_readings_in_french(qtbot, tmp_path):
    window = _window(qtbot, tmp_path, lang="fr")
    editor, product = _editor_on_first_product(qtbot, window)
    _retype(qtbot, editor.price_edit, "1.234")
    reason = editor.price_check.problem.text()
    assert "« 1.234 »" in reason and "1\u202f234,00" in reason and "1,234" in reason and "1,23" in reason
    editor.autosave.flush()
    assert window.session.shop.product_by_id(product.id).price == product.price


def test_a_variant_price_typo_is_named_with_its_row(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    assert click_next(qtbot, window) == PageId.PRODUCTS
    editor = window.products_page.add_product()
    qtbot.keyClicks(editor.name_edit, "Bonnet")
    qtbot.keyClicks(editor.price_edit, "20")
    editor.autosave.flush()
    product = window.session.shop.product_by_id(editor.product.id)
    qtbot.keyClicks(editor.options_edit, "Size")
    editor.options_edit.editingFinished.emit()
    editor.add_variant_row()
    editor.variants.item(0, 0).setText("S")
    editor.variants.item(0, 1).setText("1,2,3")
    editor.autosave.flush()
    assert "Variant 1: In “1,2,3”" in editor.problem.text()
    assert window.session.shop.product_by_id(product.id).variants == product.variants
    editor.variants.item(0, 1).setText("9,90")
    editor.autosave.flush()
    assert [v.price for v in window.session.shop.product_by_id(product.id).variants] == [Decimal("9.90")]


def test_coupon_and_shipping_amounts_are_checked_the_same_way(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    click_next(qtbot, window)
    assert click_next(qtbot, window) == PageId.SELLING
    selling = window.selling_page
    selling.coupon_code.setText("WELCOME10")
    qtbot.keyClicks(selling.coupon_value, "10")
    qtbot.keyClicks(selling.coupon_min, "1.234")
    assert selling.coupon_min_check.problem.isVisible()
    assert not selling.save_coupon()
    assert "Minimum order: “1.234” could be 1,234.00 or 1.234" in selling.coupon_problem.text()
    assert window.session.shop.coupons() == []
    _retype(qtbot, selling.coupon_min, "1,234.00")
    assert not selling.coupon_min_check.problem.isVisible()
    assert selling.save_coupon()
    assert window.session.shop.coupons()[0].min_order == Decimal("1234.00")

    assert click_next(qtbot, window) == PageId.SHIPPING
    shipping = window.shipping_page
    rates = shipping.model.rowCount()
    qtbot.keyClicks(shipping.name_edit, "Colissimo")
    qtbot.keyClicks(shipping.price_edit, "6,9,0")
    assert shipping.price_check.problem.isVisible()
    assert not shipping.save_rate(new=True)
    assert "Price: In “6,9,0”" in shipping.problem.text()
    assert shipping.model.rowCount() == rates
    _retype(qtbot, shipping.price_edit, "6,90")
    assert shipping.save_rate(new=True)
    assert shipping.model.rowCount() == rates + 1
