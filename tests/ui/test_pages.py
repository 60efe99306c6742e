"""The pages' own behaviour: contrast warning, SIRET check, logo, product editor, CSV import preview."""

from __future__ import annotations

import io
from decimal import Decimal

from PIL import Image
from PySide6.QtCore import Qt

from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.ui.wizard import PageId


def _png(color=(200, 40, 40), size=(40, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def _open(qtbot, tmp_path, niche="crafts"):
    path = make_shop(tmp_path / "s.echoppe", niche=niche, email="lea@example.fr")
    _controller, window = start(qtbot)
    open_shop(qtbot, window, path)
    return window


def test_pale_colour_shows_the_contrast_ratio(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    page = window.shop_page
    assert not page.contrast_warning.isVisible()
    page.primary.set_color("#f5e663")  # pale yellow under white text
    assert page.contrast_warning.isVisible()
    text = page.contrast_warning.text()
    assert "4.5:1" in text and ":1" in text.split("4.5:1")[0], text
    assert window.session.shop.shop().identity.primary_color == "#f5e663", "saved at once"
    page.primary.set_color("#1d3c34")
    assert not page.contrast_warning.isVisible()


def test_siret_says_the_true_reason_lets_the_page_go_on_and_clears_when_fixed(qtbot, tmp_path):
    from wizard.domain.validation import siret_ok

    window = _open(qtbot, tmp_path)
    page = window.shop_page
    assert siret_ok(page.siret_edit.placeholderText()), "the example shown is itself a valid SIRET"
    qtbot.keyClicks(page.siret_edit, "12345678900000")  # 14 digits, wrong check digit
    assert page.siret_problem.isVisible()
    assert "check digit" in page.siret_problem.text() and "needs 14" not in page.siret_problem.text()
    page.siret_edit.clear()
    qtbot.keyClicks(page.siret_edit, "7328293200007")  # one digit short
    assert "13 digits" in page.siret_problem.text()
    page.siret_edit.clear()
    qtbot.keyClicks(page.siret_edit, "732 829 320 00074")  # a valid Luhn SIRET, typed in groups
    assert not page.siret_problem.isVisible(), "the message goes as soon as it is fixed"
    page.siret_edit.clear()
    qtbot.keyClicks(page.siret_edit, "12345678900000")
    assert click_next(qtbot, window) == PageId.PRODUCTS, "a wrong SIRET can be completed later"
    assert window.session.shop.shop().legal.siret == "12345678900000"
    missing = window.session.shop.shop()
    from wizard.domain.validation import missing_legal_fields

    assert any("check digit" in p.text("en") for p in missing_legal_fields(missing.legal, missing.identity))


def test_logo_file_is_stored_and_previewed(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    with qtbot.waitSignal(window.shop_page.logoChanged, timeout=10_000) as done:
        window.shop_page.set_logo_file(logo)
    assert done.args == [True]
    key = window.session.shop.shop().identity.logo
    assert key and window.session.shop.image(key) is not None
    assert not window.shop_page.logo.pixmap().isNull()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    with qtbot.waitSignal(window.shop_page.logoChanged, timeout=10_000) as done:
        window.shop_page.set_logo_file(broken)
    assert done.args == [False]
    assert window.shop_page.problem.isVisible()
    assert window.session.shop.shop().identity.logo == key


def _products_page(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    assert click_next(qtbot, window) == PageId.PRODUCTS
    return window, window.products_page


def test_editor_shows_problems_inline_and_keeps_the_typing(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    before = window.session.shop.product_count()
    editor = page.add_product()
    qtbot.keyClicks(editor.price_edit, "douze")
    editor.autosave.flush()
    assert editor.problem.isVisible()
    assert "not an amount" in editor.problem.text()
    editor.price_edit.clear()
    qtbot.keyClicks(editor.price_edit, "12,50")
    editor.autosave.flush()
    assert "needs a name" in editor.problem.text()
    assert window.session.shop.product_count() == before, "nothing saved while invalid"
    editor.reject()
    assert editor.isVisible(), "closing keeps the editor open the first time, with the reason"
    qtbot.keyClicks(editor.name_edit, "Tasse")
    qtbot.keyClicks(editor.legal_box.quantity_edit, "beaucoup")
    editor.autosave.flush()
    assert "net quantity" in editor.problem.text().lower()
    editor.legal_box.quantity_edit.clear()
    qtbot.waitUntil(lambda: window.session.shop.product_count() == before + 1, timeout=5000)
    stored = window.session.shop.product(editor.product.slug)
    assert stored.name == "Tasse" and stored.price == Decimal("12.50")
    assert not editor.problem.isVisible()


def test_editor_saves_variants_images_and_category(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    editor = page.add_product()
    qtbot.keyClicks(editor.name_edit, "Tote bag")
    qtbot.keyClicks(editor.price_edit, "20")
    qtbot.keyClicks(editor.options_edit, "Colour")
    editor.options_edit.editingFinished.emit()
    editor.add_variant_row()
    editor.variants.item(0, 0).setText("Red")
    editor.variants.item(0, 2).setText("4")
    editor.add_variant_row()
    editor.variants.item(1, 0).setText("Blue")
    editor.variants.item(1, 1).setText("22,00")
    editor.category_combo.setEditText("Bags > Totes")
    one, two = tmp_path / "a.png", tmp_path / "b.png"
    one.write_bytes(_png((10, 10, 10)))
    two.write_bytes(_png((250, 250, 250)))
    with qtbot.waitSignal(editor.imagesAdded, timeout=10_000) as added:
        editor.add_image_files([one, two, tmp_path / "missing.png"])
    assert added.args == [2]
    assert "missing.png" in editor.problem.text(), "a photo that cannot be read is named"
    editor.autosave.flush()
    product = window.session.shop.product_by_id(editor.product.id)
    assert product.option_names == ("Colour",)
    assert [v.label() for v in product.variants] == ["Red", "Blue"]
    assert product.variants[0].stock == 4 and product.variants[1].price == Decimal("22.00")
    assert len(product.images) == 2
    categories = {c.id: c.name for c in window.session.shop.categories()}
    assert categories[product.category_id] == "Totes"
    # reorder the photos: the second becomes the main one
    item = editor.images.takeItem(1)
    editor.images.insertItem(0, item)
    editor.images.orderChanged.emit()
    editor.autosave.flush()
    reordered = window.session.shop.product_by_id(editor.product.id)
    assert [i.key for i in reordered.images] == [product.images[1].key, product.images[0].key]


def test_duplicate_reorder_delete_and_undo(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    shop = window.session.shop
    names = [p.name for p in shop.products()]
    page.select_row(0)
    page.duplicate_selected()
    after = [p.name for p in shop.products()]
    assert len(after) == len(names) + 1 and after[1].endswith("(copy)")
    page.select_row(1)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert shop.products()[0].name.endswith("(copy)")
    page.confirm_deletes = False
    page.select_row(0)
    page.delete_selected()
    assert [p.name for p in shop.products()] == names
    assert page.undo_button.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert shop.products()[0].name.endswith("(copy)")
    assert not page.undo_button.isVisible()


def test_unticking_on_sale_hides_a_product(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    model = page.model
    index = model.index(0, model.PUBLISHED)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not window.session.shop.products()[0].published


CSV = "Nom;Prix;Stock\nBonnet;12,00;5\nEcharpe;douze;2\nGants;15,00;3\n"


def test_csv_rejected_row_is_shown_before_anything_is_written(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    shop = window.session.shop
    before = [p.name for p in shop.products()]
    csv = tmp_path / "produits.csv"
    csv.write_text(CSV, encoding="utf-8")
    dialog = page.import_dialog(csv)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert dialog.rejected.count() == 1
    rejected = dialog.rejected.item(0).text()
    assert "Line 3" in rejected and "douze" in rejected
    assert not dialog.import_button.isEnabled()
    assert [p.name for p in shop.products()] == before, "nothing written by the preview"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in shop.products()] == before, "nothing written on Cancel"


def test_csv_import_valid_rows_only(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    shop = window.session.shop
    count = shop.product_count()
    csv = tmp_path / "produits.csv"
    csv.write_text(CSV, encoding="utf-8")
    dialog = page.import_dialog(csv)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.valid_only_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert shop.product_count() == count + 2
    assert page.model.rowCount() == count + 2


def test_a_code_typed_but_not_saved_is_kept_when_going_on(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    click_next(qtbot, window)
    assert click_next(qtbot, window) == PageId.SELLING
    selling = window.selling_page
    qtbot.keyClicks(selling.coupon_code, "x")  # too short: Next stays and says why, next to the code
    qtbot.keyClicks(selling.coupon_value, "10")
    assert click_next(qtbot, window) == PageId.SELLING
    assert "WELCOME10" in selling.coupon_problem.text() and window.session.shop.coupons() == []
    selling.coupon_code.setText("bienvenue10")
    assert click_next(qtbot, window) == PageId.SHIPPING, "Next saves it, as Save the code would"
    assert [(c.code, c.value) for c in window.session.shop.coupons()] == [("BIENVENUE10", Decimal("10"))]
    window.back()
    selling.coupons.selectRow(0)  # a saved code shown in the fields is not saved again
    assert selling.coupon_code.text() == "BIENVENUE10"
    assert not selling._coupon_typed_not_saved()
    selling.coupon_value.setText("15")
    assert selling._coupon_typed_not_saved()
    assert click_next(qtbot, window) == PageId.SHIPPING
    assert [(c.code, c.value) for c in window.session.shop.coupons()] == [("BIENVENUE10", Decimal("15"))]


def test_shipping_and_coupons_are_validated_and_saved(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    click_next(qtbot, window)
    assert click_next(qtbot, window) == PageId.SELLING
    selling = window.selling_page
    qtbot.keyClicks(selling.coupon_code, "x")
    qtbot.keyClicks(selling.coupon_value, "10")
    assert not selling.save_coupon()
    assert "WELCOME10" in selling.coupon_problem.text()
    selling.coupon_code.setText("WELCOME10")
    assert selling.save_coupon()
    assert [c.code for c in window.session.shop.coupons()] == ["WELCOME10"]
    assert selling.promo_coupon.findData("WELCOME10") >= 0
    qtbot.keyClicks(selling.promo_text, "-10 % with WELCOME10")
    selling.promo_coupon.setCurrentIndex(selling.promo_coupon.findData("WELCOME10"))
    assert click_next(qtbot, window) == PageId.SHIPPING
    payment = window.session.shop.shop().payment
    assert payment.promotion_text == "-10 % with WELCOME10" and payment.promotion_coupon == "WELCOME10"
    shipping = window.shipping_page
    rates = shipping.model.rowCount()
    shipping.kind.setCurrentIndex(shipping.kind.findData("free_above"))
    qtbot.keyClicks(shipping.name_edit, "Mondial Relay")
    qtbot.keyClicks(shipping.price_edit, "4,90")
    assert not shipping.save_rate(new=True)
    assert shipping.problem.isVisible()
    qtbot.keyClicks(shipping.free_above, "50")
    assert shipping.save_rate(new=True)
    assert shipping.model.rowCount() == rates + 1
    saved = next(r for r in window.session.shop.shipping_rates() if r.name == "Mondial Relay")
    assert saved.free_above == Decimal("50") and saved.price == Decimal("4.90")


def test_experience_products_have_a_date_and_a_place(qtbot, tmp_path):
    import datetime as dt

    from PySide6.QtCore import QDateTime

    window = _open(qtbot, tmp_path, niche="experiences")
    assert click_next(qtbot, window) == PageId.PRODUCTS
    editor = window.products_page.add_product()
    assert editor.date_edit.isVisibleTo(editor) and editor.location_edit.isVisibleTo(editor)
    assert not editor.weight_edit.isVisibleTo(editor), "nothing is shipped"
    qtbot.keyClicks(editor.name_edit, "Atelier poterie")
    qtbot.keyClicks(editor.price_edit, "45")
    editor.date_check.setChecked(True)
    editor.date_edit.setDateTime(QDateTime(dt.datetime(2026, 12, 5, 14, 30)))
    qtbot.keyClicks(editor.location_edit, "Lyon 4e")
    editor.duration_spin.setValue(120)
    editor.autosave.flush()
    product = window.session.shop.product_by_id(editor.product.id)
    assert product.event_date == dt.datetime(2026, 12, 5, 14, 30)
    assert product.location == "Lyon 4e" and product.duration_minutes == 120


def test_changing_the_niche_of_an_open_shop_changes_its_look_only(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, niche="crafts")
    products = [p.name for p in window.session.shop.products()]
    window.back()
    assert window.currentId() == PageId.WELCOME
    window.niche_page.initializePage()
    window.niche_page.select_niche("digital")
    assert window.niche_page.validatePage()
    identity = window.session.shop.shop().identity
    assert identity.niche == "digital"
    assert [p.name for p in window.session.shop.products()] == products
    assert not window.needs_shipping()


def test_niche_cards_work_with_the_keyboard(qtbot, tmp_path):
    from tests.ui.wizard_helpers import start

    _c, window = start(qtbot)
    qtbot.keyClicks(window.welcome_page.name_edit, "Clavier")
    window.welcome_page.path_edit.setText(str(tmp_path / "k.echoppe"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    # Enter in a field presses the default button, Next (mnemonics are not delivered offscreen)
    qtbot.keyClick(window.welcome_page.name_edit, Qt.Key.Key_Return)
    assert window.currentId() == PageId.NICHE
    cards = window.niche_page.cards
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Home)
    qtbot.keyClick(cards, Qt.Key.Key_Right)
    qtbot.keyClick(cards, Qt.Key.Key_Space)
    assert window.niche_page.selected_niche_id() == cards.item(1).data(Qt.ItemDataRole.UserRole)
    assert window.niche_page.examples.count() >= 1
    assert cards.accessibleName()
    for button in (window.products_page.up_button, window.products_page.down_button):
        assert button.accessibleName(), "icon-only buttons are named for screen readers"


def test_double_click_opens_one_editor_on_that_product(qtbot, tmp_path):
    from wizard.ui.widgets.product_editor import ProductEditor

    window, page = _products_page(qtbot, tmp_path)
    rect = page.table.visualRect(page.model.index(0, 0))
    # a real double click starts with a press (QTest's mouseDClick alone does not send one)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in page.findChildren(ProductEditor) if e.isVisible()]
    assert len(editors) == 1
    assert editors[0].name_edit.text() == window.session.shop.products()[0].name
    editors[0].reject()


def test_drag_reorders_and_delete_key_deletes(qtbot, tmp_path):
    window, page = _products_page(qtbot, tmp_path)
    shop = window.session.shop
    page.select_row(0)
    page.duplicate_selected()
    page.select_row(0)
    page.duplicate_selected()
    names = [p.name for p in shop.products()]
    assert len(names) >= 3
    model = page.model
    # what the view does on a drop: the dragged rows' data, dropped before row 0
    data = model.mimeData([model.index(2, 0), model.index(2, 1)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert [p.name for p in shop.products()] == [names[2], names[0], names[1], *names[3:]]
    # dropped on the end
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(-1, -1))
    assert shop.products()[-1].name == names[2]
    page.confirm_deletes = False
    page.select_row(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    page.table.setFocus()
    count = shop.product_count()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shop.product_count() == count - 1


def test_going_back_shows_changes_made_on_a_later_page_and_keeps_them(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, niche="services")
    for expected in (PageId.PRODUCTS, PageId.SELLING, PageId.LOOK):
        assert click_next(qtbot, window) == expected
    window.look_page.primary.set_color("#203040")
    for _ in range(3):
        window.back()
    assert window.currentId() == PageId.SHOP
    shop_page = window.shop_page
    assert shop_page.primary.color() == "#203040"
    qtbot.keyClicks(shop_page.tagline_edit, " and more")
    shop_page.autosave.flush()
    identity = window.session.shop.shop().identity
    assert identity.primary_color == "#203040", "the Shop page did not write its old colour back"
    assert identity.tagline.endswith(" and more")


def _drop(widget, paths) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget accepts image files"
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def test_logo_and_photos_can_be_dropped(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png((20, 120, 60)))
    with qtbot.waitSignal(window.shop_page.logoChanged, timeout=10_000):
        _drop(window.shop_page.logo, [logo])
    assert window.session.shop.shop().identity.logo
    click_next(qtbot, window)
    editor = window.products_page.edit_row(0)
    before = len(editor.product.images)
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), (90, 60, 30)).save(photo, "JPEG")
    with qtbot.waitSignal(editor.imagesAdded, timeout=10_000):
        _drop(editor.images.viewport(), [photo])
    stored = window.session.shop.product_by_id(editor.product.id)
    assert len(stored.images) == before + 1


def test_products_page_help_carries_the_niche_tips(qtbot, tmp_path):
    from wizard.domain.niches import niche

    _window, page = _products_page(qtbot, tmp_path)
    tips = niche("crafts").hints("en")
    assert tips and all(tip in page.help_box.text() for tip in tips)


def test_malformed_email_and_address_are_flagged_when_leaving_the_field(qtbot, tmp_path):
    window = _open(qtbot, tmp_path)
    page = window.shop_page
    page.email_edit.clear()
    qtbot.keyClicks(page.email_edit, "lea@example")
    page.email_edit.editingFinished.emit()
    assert page.email_problem.isVisible() and "email" in page.email_problem.text()
    qtbot.keyClicks(page.email_edit, ".fr")
    assert not page.email_problem.isVisible(), "the message goes as soon as it is right"
    qtbot.keyClicks(page.url_edit, "www.example.fr")
    page.url_edit.editingFinished.emit()
    assert "https://" in page.url_problem.text()
    click_next(qtbot, window)
    assert window.currentId() == PageId.SHOP
    assert page.problem.isVisible() and page.problem.isVisibleTo(window), "the reason is in sight"


def test_a_spreadsheet_dropped_on_products_is_imported_after_the_preview(qtbot, tmp_path):
    from tests.transfer.test_workbook import make_xlsx

    window, page = _products_page(qtbot, tmp_path)
    shop = window.session.shop
    count = shop.product_count()
    sheet = tmp_path / "mes produits.xlsx"
    sheet.write_bytes(make_xlsx([["Nom", "Prix"], ["Miel de lavande", 9.5], ["Miel de châtaignier", "8,90"]]))
    _drop(page, [sheet])
    dialog = page.dropped_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.table.rowCount() == 2
    assert shop.product_count() == count, "nothing written before the person says so"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shop.product_count() == count + 2
    assert {p.price for p in shop.products() if p.name.startswith("Miel de")} == {Decimal("9.5"), Decimal("8.90")}
