"""Each page sends the person where a legal field really is: the Your shop page names the host as filled
in on Publish, and the Shipping page's F1 help says what the page itself requires of a pickup."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.domain.model import LegalIdentity, VatStatus
from wizard.store.shopfile import ShopFile
from wizard.ui.help import help_text
from wizard.ui.wizard import PageId


@pytest.fixture(autouse=True)
def _collect_qt_garbage():
    """Delete and collect this test's Qt objects on the GUI thread once qtbot closed them, so that no
    later collection frees them in another test's worker thread."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


NO_HOST = LegalIdentity(owner_name="Louise Martin", address="12 rue des Lilas\n69001 Lyon", siret="73282932000074",
                        vat_status=VatStatus.FRANCHISE, mediator_name="Médiateur Exemple")


def _open(qtbot, tmp_path, legal: LegalIdentity):
    path = make_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    shop = ShopFile.open(path)
    shop.save_settings(legal)
    shop.close()
    _controller, window = start(qtbot)
    open_shop(qtbot, window, path)
    return window


def test_the_host_is_said_to_be_filled_in_on_publish(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, NO_HOST)
    text = window.shop_page.legal_missing.text()
    assert "Still needed" not in text, "nothing this page holds is missing"
    assert "web host" in text and "Publish page (Who hosts your site)" in text


def test_the_host_is_not_listed_with_what_this_page_still_needs(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, replace(NO_HOST, siret=""))
    text = window.shop_page.legal_missing.text()
    still, _sep, rest = text.partition("Publish page")
    assert "Still needed before publishing" in still and "SIRET" in still
    assert "web host's name is missing" not in text
    assert "Who hosts your site" in rest


def test_with_the_host_given_the_page_has_everything(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, replace(NO_HOST, host_name="OVH SAS", host_address="2 rue Kellermann, "
                                            "59100 Roubaix", host_phone="1007"))
    assert window.shop_page.legal_missing.text() == "Everything the legal pages need is there."


def test_shipping_help_asks_for_the_pickup_address_the_page_requires(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, NO_HOST)
    for _ in range(3):
        click_next(qtbot, window)
    assert window.currentId() == PageId.SHIPPING
    help_html = help_text("shippingPage")
    assert "needs no address" not in help_html
    assert "address and opening hours" in help_html
    page = window.shipping_page
    page.name_edit.setText("Atelier")
    page.pickup.setChecked(True)
    assert not page.save_rate(new=True), "the page refuses a pickup without an address, as the help says"
    assert "address" in page.problem.text()
