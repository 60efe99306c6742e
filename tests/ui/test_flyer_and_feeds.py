"""The "Print a flyer" dialog and the publish page's shopping-feed sentences, through the real widgets:
a real publish to the chrooted sshd, the dialog saving a real PDF whose QR code zbarimg reads back."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import required_tool
from tests.support.sshd import PASSWORD
from tests.ui.test_publish_helpers import (  # noqa: F401 - fixtures
    click,
    fresh_known_hosts_fixture,
    open_page,
    opened_urls_fixture,
    wait_idle,
)
from wizard.domain.model import Coupon, CouponKind, ImageRef, Product, ShopIdentity
from wizard.store.shopfile import ShopFile
from wizard.ui.dialogs.flyer import FlyerDialog
from wizard.ui.i18n import install_language

URL = "https://www.atelier-lea.fr/"
LEFT = Qt.MouseButton.LeftButton


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (80, 80), (180, 90, 40)).save(buf, "PNG")
    return buf.getvalue()


def make_shop(path: Path, url: str = URL) -> ShopFile:
    shop = ShopFile.create(path, ShopIdentity(name="Atelier Léa", language="fr", email="lea@example.fr",
                                              public_url=url))
    picture = shop.add_image(_png())
    shop.add_product(Product(name="Bol en grès", slug="bol", price=Decimal("18"), images=(ImageRef(key=picture.key),)))
    shop.add_product(Product(name="Tasse sans photo", slug="tasse", price=Decimal("9")))
    shop.add_product(Product(name="Vase sans photo", slug="vase", price=Decimal("30")))
    shop.save_coupon(Coupon(code="MARCHE10", kind=CouponKind.PERCENT, value=Decimal("10"),
                            ends=dt.date.today() + dt.timedelta(days=30)))
    shop.save_coupon(Coupon(code="VIEUX", kind=CouponKind.PERCENT, value=Decimal("5"), ends=dt.date(2020, 1, 31)))
    shop.save_coupon(Coupon(code="PAUSE", kind=CouponKind.PERCENT, value=Decimal("5"), active=False))
    return shop


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def _decode(pdf: Path, tmp_path: Path) -> list[str]:
    required_tool("pdftoppm", "/usr/bin/pdftoppm")
    required_tool("zbarimg", "/usr/bin/zbarimg")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    done = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")], capture_output=True,
                          text=True, timeout=60)
    return done.stdout.splitlines()


@pytest.fixture
def dialog_for(qtbot):
    made: list[FlyerDialog] = []

    def make(shop: ShopFile, **kwargs) -> FlyerDialog:
        dialog = FlyerDialog(shop, "en", **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    return make


# ----------------------------------------------------------------------------------------- the publish page
def test_after_a_publish_the_page_gives_the_feeds_and_where_to_register_them(
        qtbot, shop_path, sshd_server, fresh_known_hosts, opened_urls):
    from wizard.publish import KnownHosts

    sshd_server.trust(KnownHosts())
    shop = make_shop(shop_path)
    page = open_page(qtbot, shop)
    assert not page.flyer_button.isVisible() and not page.feeds_label.isVisible()
    remote, real = sshd_server.jail_folder("feeds")
    click(qtbot, page.mode_host)
    _type(qtbot, page.host_edit, sshd_server.host)
    page.port_spin.setValue(sshd_server.port)
    _type(qtbot, page.user_edit, "echoppe-jail")
    _type(qtbot, page.path_edit, remote)
    _type(qtbot, page.password_edit, PASSWORD)
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    text = page.feeds_label.text()
    assert page.feeds_label.isVisible()
    sentences = text.split("\n")
    assert f"{URL}feeds/google-merchant.xml for Google" in sentences[0]
    assert f"{URL}feeds/meta-catalogue.xml for Facebook and Instagram" in sentences[0]
    assert "Google Merchant Center under Products › Feeds" in sentences[1]
    assert "Meta Commerce Manager under Catalogue › Data sources" in sentences[1]
    assert sentences[2].startswith("Left out of the feeds because they have no picture (2): Tasse sans photo, "
                                   "Vase sans photo.")
    # Said once, beside the feeds, not again in the list of what the site lacks.
    assert "shopping feeds" not in page.warnings_label.text()
    assert (real / "feeds" / "google-merchant.xml").is_file()  # the address given is a file that was sent
    # The flyer is one click away once the shop is online.
    assert page.flyer_button.isVisible()
    qtbot.mouseClick(page.flyer_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, FlyerDialog) and dialog.isVisible()
    assert dialog.url_label.text() == f"The QR code leads to: {URL}?src=flyer-market"
    dialog.reject()
    # Published again with nothing changed (the build is not redone): the same sentences and names.
    page.feeds_label.setText("")
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert page.feeds_label.text() == text
    # The next time the page opens, the shop is known to be online: the flyer button is there at once.
    again = open_page(qtbot, shop)
    assert again.flyer_button.isVisible()


def test_a_folder_publish_says_nothing_of_feeds_nor_flyers(qtbot, shop_path, tmp_path, opened_urls):
    shop = make_shop(shop_path)
    page = open_page(qtbot, shop)
    _type(qtbot, page.folder_edit, str(tmp_path / "site"))
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert page.open_button.isVisible()
    assert not page.feeds_label.isVisible() and not page.flyer_button.isVisible()


# ----------------------------------------------------------------------------------------- the dialog
def test_the_dialog_saves_a_flyer_whose_qr_code_is_the_chosen_page(qtbot, shop_path, tmp_path, dialog_for,
                                                                   opened_urls, monkeypatch):
    shop = make_shop(shop_path)
    dialog = dialog_for(shop)
    # Only the codes a customer can use are offered.
    codes = [dialog.coupon_combo.itemData(i) for i in range(dialog.coupon_combo.count())]
    assert codes == ["", "MARCHE10"]
    assert not dialog.qr_label.pixmap().isNull()
    dialog.target_combo.setFocus()
    qtbot.keyClicks(dialog.target_combo, "Bol")
    assert dialog.target_combo.currentData() == "bol"
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("A6"))
    dialog.coupon_combo.setCurrentIndex(dialog.coupon_combo.findData("MARCHE10"))
    _type(qtbot, dialog.source_edit, "marche-samedi")
    qtbot.waitUntil(lambda: "marche-samedi" in dialog.url_label.text(), timeout=3000)
    url = f"{URL}produit/bol.html?src=marche-samedi"
    assert dialog.url_label.text() == f"The QR code leads to: {url}"
    chosen = tmp_path / "mon flyer"  # typed without .pdf: the file still ends in .pdf
    asked: list[str] = []

    def fake_save(_parent, _title, start, _filter):
        asked.append(start)
        return str(chosen), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=60_000)
    pdf = tmp_path / "mon flyer.pdf"
    assert dialog.saved == pdf and asked[0].endswith("flyer-marche-samedi.pdf")
    assert _decode(pdf, tmp_path) == [url]
    assert opened_urls == [f"file://{pdf}"]  # opened in the system's viewer
    assert str(pdf) in dialog.status_label.text()
    assert dialog.save_button.isEnabled()


def test_a_bad_source_name_is_said_and_nothing_can_be_saved(qtbot, shop_path, dialog_for):
    dialog = dialog_for(make_shop(shop_path))
    _type(qtbot, dialog.source_edit, "marche du samedi")
    qtbot.waitUntil(dialog.problem_label.isVisible, timeout=3000)
    assert "cannot be a source name" in dialog.problem_label.text()
    assert not dialog.save_button.isEnabled() and dialog.qr_label.pixmap().isNull()
    _type(qtbot, dialog.source_edit, "marche")
    qtbot.waitUntil(lambda: not dialog.problem_label.isVisible(), timeout=3000)
    assert dialog.save_button.isEnabled()


def test_without_a_public_address_the_dialog_says_what_to_do(qtbot, shop_path, dialog_for):
    dialog = dialog_for(make_shop(shop_path, url=""))
    assert dialog.problem_label.isVisible()
    assert "no public web address" in dialog.problem_label.text()
    assert "Publish page" in dialog.problem_label.text()
    assert not dialog.save_button.isEnabled()


def test_an_unwritable_place_is_said_in_the_dialog(qtbot, shop_path, tmp_path, dialog_for):
    dialog = dialog_for(make_shop(shop_path))
    taken = tmp_path / "taken.pdf"
    taken.mkdir()
    dialog.save(taken)
    qtbot.waitUntil(dialog.problem_label.isVisible, timeout=60_000)
    assert "could not be written" in dialog.problem_label.text()
    assert dialog.saved is None and dialog.save_button.isEnabled()


def test_the_selling_page_opens_the_dialog_with_the_selected_code(qtbot, shop_path):
    from wizard.ui.pages.selling import SellingPage
    from wizard.ui.session import ShopSession

    shop = make_shop(shop_path)
    session = ShopSession()
    session.attach(shop)
    try:
        page = SellingPage(session)
        qtbot.addWidget(page)
        page.initializePage()
        page.show()
        row = next(r for r in range(page.coupon_model.rowCount()) if page.coupon_model.row(r).code == "MARCHE10")
        page.coupons.selectRow(row)
        qtbot.mouseClick(page.coupon_flyer, LEFT)
        dialog = page.flyer_dialog
        assert isinstance(dialog, FlyerDialog) and dialog.isVisible()
        assert dialog.coupon_combo.currentData() == "MARCHE10"
        dialog.reject()
    finally:
        session.close()


def test_the_dialog_speaks_french(qtbot, shop_path, dialog_for):
    install_language("fr")
    try:
        shop = make_shop(shop_path)
        shop.save_settings(replace(shop.shop().identity, public_url=""))
        dialog = FlyerDialog(shop, "fr")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Imprimer un prospectus"
        assert dialog.source_edit.text() == "flyer-marche"
        assert dialog.save_button.text() == "&Enregistrer en PDF…"
        assert "n'a pas d'adresse Web publique" in dialog.problem_label.text()
    finally:
        install_language("en")
