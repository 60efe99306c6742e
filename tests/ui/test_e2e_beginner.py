"""End to end, the path a real beginner takes (issue 15): a honey maker makes her own shop in French.

A niche (without its examples), the whole legal identity (her host's too), her own product with a
photo, two jar sizes and its ingredients, a discount code, a theme, publish to a folder, quit; reopen,
change a price, publish again. Every user action is counted as in ``test_e2e_wizard`` (a typed text, a
click, a key press): at most 45 of them. The legal checklist is empty before the first publish; then the
published pages are read: prices, unit prices, variants, photo, coupon, legal pages, nothing left
"to be completed".
"""

from __future__ import annotations

import html
import io
import json
import re
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QTableWidget, QWizard

from tests.ui.test_e2e_wizard import User
from tests.ui.test_publish_helpers import site_files, wait_idle
from tests.ui.wizard_helpers import pick_from_list
from wizard.domain.validation import siret_problem
from wizard.ui.i18n import install_language
from wizard.ui.pages.niche import NICHE_ROLE
from wizard.ui.wizard import PageId, ShopWizard

MAX_ACTIONS = 45
NICHE = "local-food"
SIRET = "831 245 678 00006"
OWNER, ADDRESS = "Margaux Lefèvre", "12 chemin des Abeilles, 04500 Riez"
MEDIATOR, MEDIATOR_URL = "CM2C", "https://www.cm2c.net"


class Beginner(User):
    """The counting user of the first end-to-end test, with the few gestures this path needs more."""

    def drop_files(self, view: QListWidget, paths: list[Path]) -> None:
        """Drag files from the file manager and drop them on ``view``: one action."""
        self.actions += 1
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        target = view.viewport()
        pos = QPointF(target.rect().center())
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, enter)
        assert enter.isAccepted(), "the photo strip takes dropped files"
        drop = QDropEvent(pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, drop)

    def _keys(self, widget, text: str, *, focused: bool = False) -> None:
        for char in text:
            # The widget of that window with the keyboard focus (a cell's editor once one key opened it).
            target = widget.window().focusWidget() if focused else widget
            if char.isascii():
                self.qtbot.keyClicks(target, char)
            else:  # "è" as a French keyboard sends it (QTest only knows ASCII keys)
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def type(self, widget, text: str) -> None:
        self.actions += 1
        widget.setFocus()
        self._keys(widget, text)

    def type_here(self, window, text: str) -> None:
        """Type into what has the focus in ``window`` (a table cell starts editing on the first key)."""
        self.actions += 1
        self._keys(window, text, focused=True)

    def press(self, window, key: Qt.Key) -> None:
        self.actions += 1
        self.qtbot.keyClick(window.window().focusWidget(), key)

    def click_cell(self, table: QTableWidget, row: int, column: int) -> None:
        self.actions += 1
        index = table.model().index(row, column)
        table.scrollTo(index)
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())

    def untick(self, view: QListWidget, row: int) -> None:
        """Click an item's check box (at the left of its row)."""
        self.actions += 1
        rect = view.visualItemRect(view.item(row))
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                              pos=QPoint(rect.left() + 11, rect.center().y()))

    def choose(self, combo, value: str) -> None:
        """Open a list with a click and click one of its items: two actions."""
        self.actions += 2
        pick_from_list(self.qtbot, combo, value)

    def step(self, wiz: ShopWizard, page_id: PageId) -> None:
        """Click a step in the sidebar."""
        self.actions += 1
        steps = wiz.steps
        row = next(i for i in range(steps.count())
                   if steps.item(i).data(Qt.ItemDataRole.UserRole) == page_id)
        self.qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton,
                              pos=steps.visualItemRect(steps.item(row)).center())


def _window(qtbot) -> ShopWizard:
    wiz = ShopWizard()
    qtbot.addWidget(wiz)
    wiz.resize(1280, 720)
    wiz.show()
    qtbot.waitExposed(wiz)
    _activate(qtbot, wiz)
    return wiz


def _activate(qtbot, window) -> None:
    """What the desktop does for a window that opens: give it the keyboard (a cell then commits its
    text when the focus moves on, as on a real desktop)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def _wait_page(qtbot, wiz: QWizard, page_id: PageId) -> None:
    qtbot.waitUntil(lambda: wiz.currentId() == page_id, timeout=10_000)


def _photo(path: Path) -> Path:
    """A phone photo of a honey jar (a JPEG, golden)."""
    out = io.BytesIO()
    Image.new("RGB", (800, 600), (222, 160, 40)).save(out, "JPEG", quality=90)
    path.write_bytes(out.getvalue())
    return path


def _config(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="shop-config">(.*?)</script>', page, re.S)
    assert found, "the page carries the cart's configuration"
    return json.loads(found.group(1))


@pytest.fixture
def french():
    install_language("fr")
    yield
    install_language("en")


def test_a_beginner_makes_her_own_shop_publishes_it_then_changes_a_price(qtbot, tmp_path, french):
    assert siret_problem(SIRET) is None
    photo = _photo(tmp_path / "IMG_2041.jpg")
    shop_name = f"Les Ruches de Margaux {uuid.uuid4().hex[:4]}"
    wiz, user = _window(qtbot), Beginner(qtbot)

    # Welcome: a new shop, by its name
    user.type(wiz.welcome_page.name_edit, shop_name)
    user.next(wiz)

    # What you sell: local food; she sells her own honey, so she unticks the two examples
    _wait_page(qtbot, wiz, PageId.NICHE)
    cards = wiz.niche_page.cards
    user.click_item(cards, next(i for i in range(cards.count()) if cards.item(i).data(NICHE_ROLE) == NICHE))
    examples = wiz.niche_page.examples
    assert examples.count() == 2
    for row in range(examples.count()):
        user.untick(examples, row)
    assert wiz.niche_page.kept_examples() == []
    user.next(wiz)

    # Your shop: contact and the whole legal identity (VAT franchise and "EI" are the defaults)
    _wait_page(qtbot, wiz, PageId.SHOP)
    shop_page = wiz.currentPage()
    user.type(shop_page.email_edit, "margaux@ruches.fr")
    user.type(shop_page.owner_edit, OWNER)
    user.type(shop_page.address_edit, ADDRESS)  # on one line, as most people type it
    user.type(shop_page.siret_edit, SIRET)
    user.type(shop_page.mediator_edit, MEDIATOR)
    user.type(shop_page.mediator_url_edit, MEDIATOR_URL)
    assert shop_page.form_edit.text() == "EI"
    assert not shop_page.siret_problem.isVisible()
    user.next(wiz)

    # Products: her lavender honey, a photo and two jar sizes
    _wait_page(qtbot, wiz, PageId.PRODUCTS)
    products_page = wiz.products_page
    assert products_page.model.rowCount() == 0
    user.click(products_page.findChild(object, "addProduct"))
    editor = products_page.editor
    _activate(qtbot, editor)
    user.type(editor.name_edit, "Miel de lavande")
    user.type(editor.price_edit, "6,50")
    user.drop_files(editor.images, [photo])
    qtbot.waitUntil(lambda: editor.images.count() == 1, timeout=30_000)
    user.type(editor.options_edit, "Contenance")
    user.click(editor.add_variant_button)
    user.type_here(editor, "250 g")  # the price stays empty: the product's price
    user.click(editor.add_variant_button)
    user.type_here(editor, "500 g")
    user.press(editor, Qt.Key.Key_Tab)
    user.type_here(editor, "11,00")
    user.type(editor.legal_box.ingredients, "Miel de lavande")  # the jar sizes are its net quantities
    user.click(editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: products_page.model.rowCount() == 1, timeout=5_000)
    user.next(wiz)

    # Selling: orders by e-mail (the default) and a discount code
    _wait_page(qtbot, wiz, PageId.SELLING)
    selling = wiz.currentPage()
    user.type(selling.coupon_code, "BIENVENUE10")
    user.type(selling.coupon_value, "10")
    user.next(wiz)  # saves the code she typed, as "Save the code" would
    _wait_page(qtbot, wiz, PageId.SHIPPING)  # the niche's rates and deadlines are fine
    assert [c.code for c in wiz.session.shop.coupons()] == ["BIENVENUE10"]
    user.next(wiz)

    # Look: the gallery theme
    _wait_page(qtbot, wiz, PageId.LOOK)
    themes = wiz.look_page.themes
    user.click_item(themes, next(i for i in range(themes.count())
                                 if themes.item(i).data(Qt.ItemDataRole.UserRole) == "gallery"))
    user.next(wiz)

    # Publish to a folder on this computer (the default when there is no host yet)
    _wait_page(qtbot, wiz, PageId.PUBLISH)
    page = wiz.publish_page
    assert page.mode_folder.isChecked()
    out = Path(page.folder_edit.text())
    assert not out.exists()
    assert [f.code for f in page.checklist.findings] == ["identity.host_name"], "only her host is left"
    user.choose(page.host_identity.choice, "ovh")  # she will put it on her OVH hosting later
    qtbot.waitUntil(lambda: page.checklist.findings == [], timeout=5_000)
    user.click(page.publish_button)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    first = site_files(out)
    user.click(wiz.button(QWizard.WizardButton.FinishButton))  # and quit
    assert not wiz.isVisible()
    wiz.flush()
    wiz.session.close()
    first_run = user.actions

    # Reopen: "Continue with <her shop>", the Products step in the sidebar, the 500 g price
    wiz = _window(qtbot)
    welcome = wiz.welcome_page
    assert welcome.continue_button.isVisible() and shop_name in welcome.continue_button.text()
    user.click(welcome.continue_button)
    _wait_page(qtbot, wiz, PageId.SHOP)
    user.step(wiz, PageId.PRODUCTS)
    _wait_page(qtbot, wiz, PageId.PRODUCTS)
    products_page = wiz.products_page
    user.click_item(products_page.table, 0, double=True)
    editor = products_page.editor
    assert editor is not None and editor.variants.rowCount() == 2
    _activate(qtbot, editor)
    user.click_cell(editor.variants, 1, 1)  # the price of the 500 g jar
    user.type_here(editor, "11,50")
    user.click(editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    shop = wiz.session.shop
    qtbot.waitUntil(lambda: shop.products()[0].variants[1].price == Decimal("11.50"), timeout=5_000)
    user.step(wiz, PageId.PUBLISH)
    _wait_page(qtbot, wiz, PageId.PUBLISH)
    page = wiz.publish_page
    assert page.publish_button.text().replace("&", "") == "Publier mes modifications"
    user.click(page.publish_button)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()

    print(f"\nbeginner's actions: {first_run} to a published shop, {user.actions} with the price change")
    assert user.actions <= MAX_ACTIONS

    # The shop file says what she typed
    settings = shop.shop()
    legal = settings.legal
    assert (legal.owner_name, legal.siret.replace(" ", ""), legal.mediator_name) == (
        OWNER, SIRET.replace(" ", ""), MEDIATOR)
    assert legal.address == ADDRESS
    assert settings.identity.theme == "gallery" and settings.identity.name == shop_name
    [product] = shop.products()
    assert product.price == Decimal("6.50") and len(product.images) == 1
    assert [(v.options, v.price) for v in product.variants] == [
        ((("Contenance", "250 g"),), None), ((("Contenance", "500 g"),), Decimal("11.50"))]
    assert [(c.code, c.value) for c in shop.coupons()] == [("BIENVENUE10", Decimal("10"))]
    assert [(v.quantity, v.unit) for v in product.variants] == [(Decimal("250"), "g"), (Decimal("500"), "g")]
    assert product.legal.food.ingredients == "Miel de lavande"
    assert legal.host_name.startswith("OVH") and legal.host_address and legal.host_phone
    wiz.session.close()

    # The published pages
    after = site_files(out)
    changed = {p for p, h in after.items() if first.get(p) != h}
    product_file = f"produit/{product.slug}.html"
    assert product_file in changed and len(changed) < len(after) / 2
    page_html = html.unescape((out / product_file).read_text())
    assert "Miel de lavande" in page_html and "250 g" in page_html and "500 g" in page_html
    assert "11,50" in page_html and "6,50" in page_html and "11,00" not in page_html
    assert "26,00 €/kg" in page_html.replace("\u202f", " ").replace("\xa0", " ")  # 6,50 € for 250 g
    assert "23,00 €/kg" in page_html.replace("\u202f", " ").replace("\xa0", " ")  # 11,50 € for 500 g
    pictures = re.findall(r'src="([^"]+\.(?:jpe?g|webp|png))"', page_html) + re.findall(
        r'srcset="([^" ,]+)', page_html)
    assert pictures and all((out / product_file).parent.joinpath(p).resolve().is_file()
                            for p in pictures if not p.startswith(("http", "data:")))
    config = _config(page_html)
    assert [(c["code"], c["kind"], c["value"]) for c in config["coupons"]] == [("BIENVENUE10", "percent", "10")]
    assert config["shopName"] == shop_name
    notice = html.unescape((out / "mentions-legales.html").read_text())
    for needed in (OWNER, "EI", ADDRESS, "293 B", legal.host_name, legal.host_phone):
        assert needed in notice, needed
    unfinished = [p for p in after if p.endswith(".html") and "[à compléter" in (out / p).read_text()]
    assert unfinished == [], unfinished
    assert re.sub(r"\D", "", SIRET) in re.sub(r"[\s\u00a0\u202f]", "", notice)
    terms = html.unescape((out / "cgv.html").read_text())  # the mediator is in the terms of sale
    for needed in (OWNER, MEDIATOR, MEDIATOR_URL, "rétractation"):
        assert needed in terms, needed
    assert "gallery" in (out / "index.html").read_text()  # the theme she chose
    assert "Tidewear" not in "".join((out / p).read_text(errors="replace") for p in after
                                     if p.endswith(".html"))
