"""Publishing said in plain words: what changes for a customer, where the shop is, what to do next;
file names and sizes only behind "Details". Through the real widgets, publishing to a real folder."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_publish_helpers import make_shop, open_page, wait_idle
from wizard.ui.i18n import install_language
from wizard.ui.pages.publish import PublishPage
from wizard.ui.pages.publish.dryrun import ChangesDialog

LEFT = Qt.MouseButton.LeftButton
TECHNICAL = re.compile(r"\d\s*(B|KiB|MiB|kB|KB|MB|Ko|Mo|Kio|Mio|octets|bytes)\b|\.html|\.webp|\.xml|\.css|"
                       r"files sent|fichiers envoyés|sitemap|canonical|feed", re.IGNORECASE)


def _page(qtbot, shop) -> PublishPage:
    return open_page(qtbot, shop)


def _publish(qtbot, page: PublishPage, button) -> None:
    qtbot.mouseClick(button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()


def test_a_folder_publish_says_what_customers_see_where_the_shop_is_and_what_next(qtbot, shop_path, tmp_path):
    shop = make_shop(shop_path, products=3)
    category = shop.add_category("Bols du jardin")
    bowl = shop.products()[0]
    shop.update_product(replace(bowl, category_id=category.id))
    page = _page(qtbot, shop)
    out = tmp_path / "site"
    page.folder_edit.setText(str(out))
    _publish(qtbot, page, page.publish_button)

    summary = page.progress_label.text()
    assert "Your shop is ready in its folder" in summary
    assert "the home page" in summary and "the Bol en grès n°1 page" in summary
    assert "the Bols du jardin category" in summary
    assert not TECHNICAL.search(summary), summary
    where = page.live_label.text()
    assert str(out) in where and "not on the Internet yet" in where and "On my web host" in where
    assert not page.progress_bar.isVisible(), "no full bar beside the words"

    # The files are behind "Details".
    details = page.panel.details_label
    assert page.panel.details_button.isVisible() and not details.isVisible()
    qtbot.mouseClick(page.panel.details_button, LEFT)
    assert details.isVisible()
    assert "files written" in details.text() and "index.html" in details.text()
    assert "files sent" not in details.text(), "nothing is sent to a folder on this computer"


def test_the_dry_run_names_the_pages_a_price_change_touches(qtbot, shop_path, tmp_path):
    shop = make_shop(shop_path, products=4)
    page = _page(qtbot, shop)
    page.folder_edit.setText(str(tmp_path / "site"))
    _publish(qtbot, page, page.publish_button)
    product = shop.products()[1]
    shop.update_product(replace(product, price=Decimal("42.00")))

    _publish(qtbot, page, page.dry_run_button)
    assert page.progress_label.text() == "Nothing was sent." and not page.progress_bar.isVisible()
    dialog = page.dialog
    assert isinstance(dialog, ChangesDialog)
    summary = dialog.summary.text()
    assert "Pages updated" in summary and f"the {product.name} page" in summary
    assert f"the {shop.products()[2].name} page" not in summary, "a page the price is not on is not named"
    assert not TECHNICAL.search(summary), summary
    assert not dialog.list.isVisible() and not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, LEFT)
    assert dialog.list.isVisible() and dialog.details.isVisible()
    assert any(product.slug in dialog.list.item(i).text() for i in range(dialog.list.count()))
    dialog.reject()

    _publish(qtbot, page, page.publish_button)
    summary = page.progress_label.text()
    assert "Pages updated" in summary and f"the {product.name} page" in summary
    assert not TECHNICAL.search(summary), summary

    _publish(qtbot, page, page.publish_button)
    assert "nothing changed for your customers" in page.progress_label.text()


def test_a_deleted_product_is_said_removed(qtbot, shop_path, tmp_path):
    shop = make_shop(shop_path, products=3)
    page = _page(qtbot, shop)
    page.folder_edit.setText(str(tmp_path / "site"))
    _publish(qtbot, page, page.publish_button)
    gone = shop.products()[2]
    shop.delete_product(gone.id)
    _publish(qtbot, page, page.publish_button)
    assert "Pages removed (1): the " in page.progress_label.text()


@pytest.fixture
def french_app():
    install_language("fr")
    yield
    install_language("en")


def test_the_french_app_says_it_in_french_without_units_or_file_names(qtbot, shop_path, tmp_path, french_app):
    shop = make_shop(shop_path, products=2)  # a French shop: its pages are produit/… and boutique.html
    page = _page(qtbot, shop)
    page.folder_edit.setText(str(tmp_path / "site"))
    _publish(qtbot, page, page.publish_button)
    summary = page.progress_label.text()
    assert summary.startswith("Votre boutique est prête dans son dossier.")
    assert "la page d'accueil" in summary and "la page Bol en grès n°1" in summary
    assert "la liste de tous les produits" in summary
    assert not TECHNICAL.search(summary), summary
    assert "pas encore sur Internet" in page.live_label.text()
    qtbot.mouseClick(page.panel.details_button, LEFT)
    assert "fichiers écrits" in page.panel.details_label.text()
