"""The wizard's page order: every branch of nextId, and every mandatory field blocking Next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.wizard_helpers import click_next, make_shop, new_shop, next_button, open_shop, start
from wizard.ui.wizard import PageId, StartMode


def test_new_shop_goes_through_niche_and_creates_the_file(qtbot, tmp_path):
    _c, window = start(qtbot)
    assert window.currentId() == PageId.WELCOME
    assert window.nextId() == PageId.NICHE
    path = tmp_path / "atelier.echoppe"
    new_shop(qtbot, window, path)
    assert path.is_file()
    shop = window.session.shop
    assert shop.shop().identity.name == "Atelier Test"
    assert shop.shop().identity.niche == "crafts"
    assert shop.products(), "the niche's example products were kept"


def test_dropping_every_example_creates_a_shop_without_products(qtbot, tmp_path):
    _c, window = start(qtbot)
    qtbot.keyClicks(window.welcome_page.name_edit, "Vide")
    window.welcome_page.path_edit.setText(str(tmp_path / "vide.echoppe"))
    click_next(qtbot, window)
    window.niche_page.select_niche("crafts")
    examples = window.niche_page.examples
    assert examples.count() >= 1
    for i in range(examples.count()):
        examples.item(i).setCheckState(examples.item(i).checkState().Unchecked)
    assert click_next(qtbot, window) == PageId.SHOP
    assert window.session.shop.products() == []


def test_opened_shop_skips_the_niche_page(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    assert window.start_mode == StartMode.OPEN
    assert window.currentId() == PageId.SHOP


def test_publish_my_changes_jumps_to_publish(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    from wizard.store.shopfile import ShopFile

    with ShopFile.open(path) as shop:
        shop.record_publish("sftp://example", "ok", "2026-01-01T00:00:00+00:00", files_sent=3)
    _c, window = start(qtbot)
    assert window.welcome_page.open_existing(path)
    button = window.welcome_page.publish_now
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.currentId() == PageId.PUBLISH


def test_never_published_shop_does_not_offer_publish_my_changes(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe")
    _c, window = start(qtbot)
    assert window.welcome_page.open_existing(path)
    assert not window.welcome_page.publish_now.isVisible()


@pytest.mark.parametrize(
    ("niche", "after_selling"),
    [("crafts", PageId.SHIPPING), ("services", PageId.LOOK), ("digital", PageId.LOOK),
     ("experiences", PageId.LOOK)],
)
def test_selling_leads_to_shipping_only_for_goods(qtbot, tmp_path, niche, after_selling):
    path = make_shop(tmp_path / "s.echoppe", niche=niche, email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    assert click_next(qtbot, window) == PageId.PRODUCTS
    assert click_next(qtbot, window) == PageId.SELLING
    assert click_next(qtbot, window) == after_selling
    if after_selling == PageId.SHIPPING:
        assert window.shipping_page.model.rowCount() >= 1, "goods start with a shipping rate"
        assert click_next(qtbot, window) == PageId.LOOK
    assert click_next(qtbot, window) == PageId.PUBLISH
    assert window.currentPage().isCommitPage()
    assert window.nextId() == -1
    titles = [t for _id, t in window.step_titles()]
    assert ("Shipping" in titles) == (after_selling == PageId.SHIPPING)


def test_welcome_needs_a_name_and_a_free_file(qtbot, tmp_path):
    _c, window = start(qtbot)
    assert not next_button(window).isEnabled()
    qtbot.keyClicks(window.welcome_page.name_edit, "Mon atelier")
    assert next_button(window).isEnabled()
    taken = tmp_path / "taken.echoppe"
    taken.write_bytes(b"")
    window.welcome_page.path_edit.setText(str(taken))
    assert not next_button(window).isEnabled()
    assert window.welcome_page.problem.isVisible()
    window.welcome_page.open_radio.setChecked(True)
    assert not next_button(window).isEnabled(), "continuing needs an opened shop"


def test_niche_must_be_chosen(qtbot, tmp_path):
    _c, window = start(qtbot)
    qtbot.keyClicks(window.welcome_page.name_edit, "X")
    window.welcome_page.path_edit.setText(str(tmp_path / "x.echoppe"))
    click_next(qtbot, window)
    assert window.currentId() == PageId.NICHE
    assert not next_button(window).isEnabled()
    window.niche_page.select_niche("books")
    assert next_button(window).isEnabled()


def test_shop_name_and_email_are_mandatory(qtbot, tmp_path):
    _c, window = start(qtbot)
    new_shop(qtbot, window, tmp_path / "a.echoppe")
    page = window.shop_page
    assert page.name_edit.text() == "Atelier Test"
    assert not next_button(window).isEnabled(), "the email is still empty"
    qtbot.keyClicks(page.email_edit, "lea@example.fr")
    assert next_button(window).isEnabled()
    page.name_edit.clear()
    assert not next_button(window).isEnabled(), "the name was removed"
    qtbot.keyClicks(page.name_edit, "Atelier")
    page.email_edit.setText("not-an-email")
    assert next_button(window).isEnabled()
    click_next(qtbot, window)
    assert window.currentId() == PageId.SHOP, "validatePage refuses a malformed email"
    assert "email" in page.problem.text()


def test_products_page_needs_one_product(qtbot, tmp_path):
    _c, window = start(qtbot)
    qtbot.keyClicks(window.welcome_page.name_edit, "X")
    window.welcome_page.path_edit.setText(str(tmp_path / "x.echoppe"))
    click_next(qtbot, window)
    window.niche_page.select_niche("crafts")
    examples = window.niche_page.examples
    for i in range(examples.count()):
        examples.item(i).setCheckState(examples.item(i).checkState().Unchecked)
    click_next(qtbot, window)
    qtbot.keyClicks(window.shop_page.email_edit, "x@example.fr")
    assert click_next(qtbot, window) == PageId.PRODUCTS
    assert not next_button(window).isEnabled()
    editor = window.products_page.add_product()
    qtbot.keyClicks(editor.name_edit, "Bol en gres")
    qtbot.keyClicks(editor.price_edit, "24,50")
    editor.name_edit.editingFinished.emit()
    editor.autosave.flush()
    editor.reject()
    qtbot.waitUntil(lambda: next_button(window).isEnabled(), timeout=5000)


def test_selling_needs_a_way_to_order(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    click_next(qtbot, window)
    assert click_next(qtbot, window) == PageId.SELLING
    page = window.selling_page
    assert next_button(window).isEnabled(), "order by email to the contact address by default"
    page.order_by_email.setChecked(False)
    assert not next_button(window).isEnabled()
    qtbot.keyClicks(page.paypal_me, "leabocaux")
    assert next_button(window).isEnabled()


def test_recent_shops_are_listed_and_open_in_one_click(qtbot, tmp_path):
    path = make_shop(tmp_path / "recent.echoppe", email="lea@example.fr")
    _controller, window = start(qtbot)
    assert window.welcome_page.open_existing(path)
    window.session.close()
    _c2, again = start(qtbot)
    recent = again.welcome_page.recent_list
    paths = [recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(recent.count())]
    assert str(path.resolve()) in paths
    row = paths.index(str(path.resolve()))
    again.welcome_page.open_radio.setChecked(True)
    rect = recent.visualItemRect(recent.item(row))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert again.session.is_open and again.session.path == path
    assert click_next(qtbot, again) == PageId.SHOP


def test_a_shop_open_elsewhere_is_refused_with_a_clear_message(qtbot, tmp_path):
    from wizard.store.shopfile import ShopFile

    path = make_shop(tmp_path / "busy.echoppe")
    with ShopFile.open(path):
        _c, window = start(qtbot)
        assert not window.welcome_page.open_existing(path)
        assert "already open" in window.welcome_page.problem.text()
        assert not next_button(window).isEnabled()
    assert window.welcome_page.open_existing(path), "works once the other program let go"
