"""Before the first publish, a shop still holding its niche's example products asks whether to keep
them (issue 15, item 13). Through the real dialog's buttons, publishing to a real folder."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_publish_helpers import open_page, wait_idle
from wizard.domain.model import Product
from wizard.store.newshop import create_shop
from wizard.ui.pages.publish import PublishPage
from wizard.ui.pages.publish.examples import ExamplesBox, example_products

LEFT = Qt.MouseButton.LeftButton
OWN = "Vase bleu nuit"


def _shop(tmp_path, keep_examples: bool = True):
    shop = create_shop(tmp_path / "s.echoppe", "Atelier Terre", "crafts", "en", keep_examples=keep_examples)
    shop.add_product(Product(name=OWN, price=Decimal("35.00")))
    settings = shop.shop()
    shop.save_settings(replace(settings.target, local_folder=str(tmp_path / "site")))
    return shop


def _page(qtbot, shop) -> PublishPage:
    return open_page(qtbot, shop)


def _published_pages(tmp_path) -> set[str]:
    return {p.stem for p in (tmp_path / "site" / "product").glob("*.html")}


def test_keep_the_examples_publishes_them_and_never_asks_again(qtbot, tmp_path):
    shop = _shop(tmp_path)
    examples = example_products(shop)
    assert examples, "the crafts niche brings examples"
    page = _page(qtbot, shop)
    qtbot.mouseClick(page.publish_button, LEFT)
    box = page.dialog
    assert isinstance(box, ExamplesBox) and box.isVisible()
    assert not page.busy and not (tmp_path / "site").exists(), "nothing runs before the answer"
    assert all(p.name in box.informativeText() for p in examples[:8])
    assert OWN not in box.informativeText()
    qtbot.mouseClick(box.keep_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert {p.slug for p in examples} <= _published_pages(tmp_path)

    qtbot.mouseClick(page.publish_button, LEFT)
    assert not isinstance(page.dialog, ExamplesBox)
    wait_idle(qtbot, page)
    assert len(shop.products()) == len(examples) + 1


def test_remove_the_examples_publishes_only_the_merchants_products(qtbot, tmp_path):
    shop = _shop(tmp_path)
    examples = example_products(shop)
    page = _page(qtbot, shop)
    qtbot.mouseClick(page.publish_button, LEFT)
    box = page.dialog
    assert isinstance(box, ExamplesBox)
    qtbot.mouseClick(box.remove_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert [p.name for p in shop.products()] == [OWN]
    published = _published_pages(tmp_path)
    assert not {p.slug for p in examples} & published
    assert shop.products()[0].slug in published


def test_cancel_publishes_nothing_and_asks_again(qtbot, tmp_path):
    shop = _shop(tmp_path)
    page = _page(qtbot, shop)
    qtbot.mouseClick(page.publish_button, LEFT)
    box = page.dialog
    assert isinstance(box, ExamplesBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert page.dialog is None and not page.busy
    assert not (tmp_path / "site").exists()
    qtbot.mouseClick(page.publish_button, LEFT)
    assert isinstance(page.dialog, ExamplesBox)


def test_no_question_for_a_dry_run_or_a_shop_without_examples(qtbot, tmp_path):
    shop = _shop(tmp_path)
    page = _page(qtbot, shop)
    qtbot.mouseClick(page.dry_run_button, LEFT)
    assert not isinstance(page.dialog, ExamplesBox)
    wait_idle(qtbot, page)
    page.dialog.reject()

    other = tmp_path / "other"
    other.mkdir()
    plain = _shop(other, keep_examples=False)
    assert example_products(plain) == []
    page = _page(qtbot, plain)
    qtbot.mouseClick(page.publish_button, LEFT)
    assert not isinstance(page.dialog, ExamplesBox)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
