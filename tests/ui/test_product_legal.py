"""The product editor's legal fields, typed in the real widgets: what is typed is saved in the shop
file and appears on the built product page (net quantity and unit price, food information, product
safety, withdrawal exceptions, and the reduction the law allows instead of a free former price)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.site.pagecheck import read_page
from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.domain.legalinfo import QuantityUnit, WithdrawalException
from wizard.domain.model import Product
from wizard.site import build_site
from wizard.store import shopfile as shopfile_module
from wizard.store.shopfile import ShopFile
from wizard.ui.wizard import PageId


def _products(qtbot, tmp_path: Path, niche: str, lang: str = "en", prepare=None):
    path = make_shop(tmp_path / "s.echoppe", niche=niche, lang=lang, email="lea@example.fr")
    if prepare is not None:
        shop = ShopFile.open(path)
        try:
            prepare(shop)
        finally:
            shop.close()
    _controller, window = start(qtbot, lang)
    open_shop(qtbot, window, path)
    assert click_next(qtbot, window) == PageId.PRODUCTS
    return window, window.products_page


def _page_text(window, tmp_path: Path, slug: str) -> tuple[str, str]:
    out = tmp_path / "site"
    build_site(window.session.shop, out)
    page = out / "product" / f"{slug}.html"
    return read_page(page).text.replace("\xa0", " ").replace("\u202f", " "), page.read_text(encoding="utf-8")


def _choose(combo, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_food_information_and_unit_price_typed_reach_the_page(qtbot, tmp_path):
    window, page = _products(qtbot, tmp_path, "local-food")
    editor = page.add_product()
    box = editor.legal_box
    assert box.has_food and box.has_quantity and not box.has_safety, "food is outside the GPSR"
    assert editor.findChild(type(box.ingredients), "foodIngredients").isVisibleTo(editor)
    qtbot.keyClicks(editor.name_edit, "Honey biscuits")
    qtbot.keyClicks(editor.price_edit, "6.90")
    qtbot.keyClicks(box.quantity_edit, "250")
    assert "unit" in box.unit_price_label.text(), "a quantity without its unit is named"
    _choose(box.unit_combo, "g")
    assert "27.60 per kg" in box.unit_price_label.text()
    qtbot.keyClicks(box.ingredients, "Wheat flour, butter, honey (20 %), eggs, salt")
    assert "wheat, butter, eggs" in box.allergens_found.text().casefold()
    qtbot.keyClicks(box.allergens_note, "May contain traces of sesame.")
    qtbot.keyClicks(box.storage, "Keep in a dry place.")
    qtbot.keyClicks(box.use, "Best within 8 days.")
    _choose(box.withdrawal_combo, WithdrawalException.PERISHABLE.value)
    editor.autosave.flush()
    assert editor.status.text() == "Saved.", editor.problem.text()

    stored = window.session.shop.product_by_id(editor.product.id)
    assert stored.legal.quantity == Decimal("250") and stored.legal.unit == QuantityUnit.G
    assert stored.legal.food.ingredients == "Wheat flour, butter, honey (20 %), eggs, salt"
    assert stored.legal.food.storage == "Keep in a dry place."
    assert stored.legal.withdrawal == WithdrawalException.PERISHABLE

    text, html = _page_text(window, tmp_path, stored.slug)
    assert "€6.90 (€27.60/kg)" in text
    assert '<strong class="allergen">Wheat</strong> flour, <strong class="allergen">butter</strong>' in html
    assert "Net quantity 250 g" in text and "Keep in a dry place." in text and "Best within 8 days." in text
    assert "May contain traces of sesame." in text
    assert "Product safety" not in text
    assert "No right of withdrawal: this item may deteriorate or expire rapidly" in text


def test_a_quantity_that_is_not_a_number_is_refused_and_not_saved(qtbot, tmp_path):
    window, page = _products(qtbot, tmp_path, "local-food")
    editor = page.add_product()
    qtbot.keyClicks(editor.name_edit, "Jam")
    qtbot.keyClicks(editor.price_edit, "5")
    editor.autosave.flush()
    product_id = editor.product.id
    qtbot.keyClicks(editor.legal_box.quantity_edit, "a lot")
    editor.autosave.flush()
    assert "Net quantity: write a number" in editor.problem.text()
    assert window.session.shop.product_by_id(product_id).legal.quantity is None
    editor.legal_box.quantity_edit.clear()
    qtbot.keyClicks(editor.legal_box.quantity_edit, "0,37")
    _choose(editor.legal_box.unit_combo, "l")
    editor.autosave.flush()
    assert window.session.shop.product_by_id(product_id).legal.quantity == Decimal("0.37")


def test_product_safety_typed_reaches_the_page(qtbot, tmp_path):
    window, page = _products(qtbot, tmp_path, "crafts")
    editor = page.add_product()
    box = editor.legal_box
    assert box.has_safety and not box.has_food
    assert box.made_by_seller.isChecked(), "the seller is the maker by default"
    assert not box.maker_name.isEnabled() and not box.responsible_name.isEnabled()
    qtbot.keyClicks(editor.name_edit, "Table lamp")
    qtbot.keyClicks(editor.price_edit, "40")
    box.made_by_seller.click()
    assert box.maker_name.isEnabled() and not box.responsible_name.isEnabled()
    qtbot.keyClicks(box.maker_name, "Far Lights Ltd")
    qtbot.keyClicks(box.maker_address, "1 Harbour Road, Hong Kong")
    qtbot.keyClicks(box.maker_email, "safety@farlights")
    editor.autosave.flush()
    assert "“safety@farlights” is not an email address" in editor.problem.text()
    box.maker_email.clear()
    qtbot.keyClicks(box.maker_email, "safety@farlights.example")
    box.outside_eu.setChecked(True)
    assert box.responsible_name.isEnabled()
    qtbot.keyClicks(box.responsible_name, "EU Rep SAS")
    qtbot.keyClicks(box.responsible_address, "5 quai Est, 69002 Lyon")
    qtbot.keyClicks(box.product_type, "Table lamp, 230 V")
    qtbot.keyClicks(box.reference, "TL-2026-11")
    qtbot.keyClicks(box.warnings, "Use bulbs of 40 W at most.")
    _choose(box.withdrawal_combo, WithdrawalException.CUSTOM_MADE.value)
    editor.autosave.flush()
    assert editor.status.text() == "Saved.", editor.problem.text()

    safety = window.session.shop.product_by_id(editor.product.id).legal.safety
    assert not safety.made_by_seller and safety.manufacturer_outside_eu
    assert safety.responsible_name == "EU Rep SAS" and safety.reference == "TL-2026-11"

    text, _html = _page_text(window, tmp_path, editor.product.slug)
    assert "Manufacturer Far Lights Ltd, 1 Harbour Road, Hong Kong, safety@farlights.example" in text
    assert "Responsible person in the EU EU Rep SAS, 5 quai Est, 69002 Lyon" in text
    assert "Product type Table lamp, 230 V" in text and "Reference TL-2026-11" in text
    assert "Use bulbs of 40 W at most." in text
    assert "No right of withdrawal: this item is made to your specifications" in text


def test_a_services_product_has_no_quantity_and_no_safety_block(qtbot, tmp_path):
    _window, page = _products(qtbot, tmp_path, "services")
    editor = page.add_product()
    assert not editor.legal_box.has_quantity and not editor.legal_box.has_safety
    assert editor.legal_box.withdrawal_combo.isVisibleTo(editor), "the withdrawal exception is for every kind"


def test_variant_net_quantities_give_each_its_unit_price(qtbot, tmp_path):
    window, page = _products(qtbot, tmp_path, "cosmetics")
    editor = page.add_product()
    assert editor.legal_box.withdrawal_combo.currentData() == WithdrawalException.SEALED_HYGIENE.value, \
        "a new product starts with the niche's usual exception"
    qtbot.keyClicks(editor.name_edit, "Hand cream")
    qtbot.keyClicks(editor.price_edit, "9")
    qtbot.keyClicks(editor.options_edit, "Size")
    editor.options_edit.editingFinished.emit()
    assert editor.variants.horizontalHeaderItem(4).text() == "Net quantity"
    editor.add_variant_row()
    editor.variants.item(0, 0).setText("Small")
    editor.variants.item(0, 4).setText("50 grams")
    editor.autosave.flush()
    assert "Variant 1: write the net quantity" in editor.problem.text()
    editor.variants.item(0, 4).setText("50 ml")
    editor.add_variant_row()
    editor.variants.item(1, 0).setText("Large")
    editor.variants.item(1, 1).setText("20")
    editor.variants.item(1, 4).setText("0,2 l")
    editor.autosave.flush()
    stored = window.session.shop.product_by_id(editor.product.id)
    assert [(v.quantity, v.unit) for v in stored.variants] == [(Decimal("50"), QuantityUnit.ML),
                                                                (Decimal("0.2"), QuantityUnit.L)]
    text, _html = _page_text(window, tmp_path, stored.slug)
    assert "€180.00/l" in text and "€100.00/l" in text  # 9 € for 50 ml, 20 € for 0.2 l
    assert "No right of withdrawal once unsealed" in text


def test_a_variant_named_by_its_size_gets_that_net_quantity(qtbot, tmp_path):
    window, page = _products(qtbot, tmp_path, "local-food", lang="fr")
    editor = page.add_product()
    qtbot.keyClicks(editor.name_edit, "Miel de lavande")
    qtbot.keyClicks(editor.price_edit, "6,50")
    qtbot.keyClicks(editor.options_edit, "Contenance")
    editor.options_edit.editingFinished.emit()
    quantity = 1 + 3  # the option, then price, stock, reference and the net quantity
    for row, (label, price) in enumerate([("250 g", ""), ("1,5 kg", "24"), ("Pot familial", "15")]):
        editor.add_variant_row()
        editor.variants.item(row, 0).setText(label)  # as the cell's editor commits what was typed
        editor.variants.item(row, 1).setText(price)
    cells = [(editor.variants.item(r, quantity).text() if editor.variants.item(r, quantity) else "")
             for r in range(3)]
    assert cells == ["250 g", "1,5 kg", ""], "only a size is a quantity, shown in its own cell"
    editor.variants.item(0, quantity).setText("240 g")  # corrected by hand: a new label keeps it
    editor.variants.item(0, 0).setText("Pot de 240 g")
    editor.autosave.flush()
    assert editor.problem.text() == "", editor.problem.text()
    stored = window.session.shop.product_by_id(editor.product.id)
    assert [(v.quantity, v.unit) for v in stored.variants] == [
        (Decimal("240"), QuantityUnit.G), (Decimal("1.5"), QuantityUnit.KG), (None, None)]
    text, _html = _page_text_fr(window, tmp_path, stored.slug)
    assert "27,08 €/kg" in text and "16,00 €/kg" in text  # 6,50 € for 240 g, 24 € for 1,5 kg


def _page_text_fr(window, tmp_path: Path, slug: str) -> tuple[str, str]:
    out = tmp_path / "site"
    build_site(window.session.shop, out)
    page = out / "produit" / f"{slug}.html"
    return read_page(page).text.replace("\xa0", " ").replace("\u202f", " "), page.read_text(encoding="utf-8")


class Clock:
    def __init__(self, when: dt.datetime) -> None:
        self.now = when

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")


@pytest.fixture
def past(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The shop file's clock, 40 days ago (the test moves it back to now)."""
    clock = Clock(dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=40))
    monkeypatch.setattr(shopfile_module, "_now", clock)
    return clock


def test_the_former_price_is_the_one_the_law_allows_not_a_typed_one(qtbot, tmp_path, past):
    def vase_for_20_then_30(shop: ShopFile) -> None:
        shop.add_product(Product(name="Vase", price=Decimal("20"), sku="VASE"))
        past.now += dt.timedelta(days=20)
        vase = shop.product("vase")
        shop.update_product(replace(vase, price=Decimal("30")))  # 30 for 20 days: not the former price
        past.now = dt.datetime.now(dt.UTC)

    window, page = _products(qtbot, tmp_path, "crafts", prepare=vase_for_20_then_30)
    row = next(i for i in range(page.model.rowCount()) if page.model.row(i).slug == "vase")
    editor = page.edit_row(row)
    assert editor.findChild(type(editor.name_edit), "productComparePrice") is None, "no free former price"
    editor.reduction.check.setChecked(True)
    assert "No reduction can be shown now" in editor.reduction.note.text()
    assert "L112-1-1" in editor.reduction.note.text()
    editor.price_edit.selectAll()
    qtbot.keyClicks(editor.price_edit, "15")
    note = editor.reduction.note.text()
    assert "15.00 instead of 20.00 (-25 %)" in note, note
    assert "30.00" not in note
    editor.autosave.flush()
    stored = window.session.shop.product("vase")
    assert stored.price == Decimal("15") and stored.compare_at_price == Decimal("20")
    text, _html = _page_text(window, tmp_path, "vase")
    assert "€15.00 instead of €20.00 -25%" in text and "€30.00" not in text

    editor.reduction.check.setChecked(False)
    editor.autosave.flush()
    assert window.session.shop.product("vase").compare_at_price is None
    text, _html = _page_text(window, tmp_path, "vase")
    assert "instead of" not in text, "no reduction shown once the merchant no longer asks for one"


def test_the_legal_fields_speak_french(qtbot, tmp_path):
    _window, page = _products(qtbot, tmp_path, "local-food", lang="fr")
    editor = page.add_product()
    box = editor.legal_box
    qtbot.keyClicks(editor.price_edit, "6,90")
    qtbot.keyClicks(box.quantity_edit, "250")
    _choose(box.unit_combo, "g")
    assert box.unit_price_label.text() == "27,60 le kg, affiché à côté du prix"
    assert "Aucune réduction ne peut être affichée" in editor.reduction.note.text() or \
        not editor.reduction.note.isVisibleTo(editor)
    editor.reduction.check.setChecked(True)
    assert "L112-1-1 du code de la consommation" in editor.reduction.note.text()
    assert box.withdrawal_combo.itemText(0) == "Le droit de rétractation de 14 jours s'applique"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_editor_fits_its_window_without_a_sideways_scroll(qtbot, tmp_path, lang):
    """The withdrawal choices are long sentences: the editor stays as wide as it opens, in both languages."""
    _window, page = _products(qtbot, tmp_path, "local-food", lang=lang)
    editor = page.edit_row(0)
    qtbot.waitExposed(editor)
    scroll = editor.legal_box.parentWidget()
    while scroll is not None and not hasattr(scroll, "horizontalScrollBar"):
        scroll = scroll.parentWidget()
    assert scroll is not None
    content = scroll.widget().minimumSizeHint().width()
    assert content <= scroll.viewport().width(), (content, scroll.viewport().width())
    assert not scroll.horizontalScrollBar().isVisible()
