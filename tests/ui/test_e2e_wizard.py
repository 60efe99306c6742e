"""End to end: a person walks the whole wizard with keys and clicks, and the shop goes live on a real sshd.

Every user action (typing into a field, a click, a key press) is counted: the journey from first
launch to a published shop must take at most 40 of them.
"""

from __future__ import annotations

import http.server
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QRadioButton, QWizard

from tests.support.sshd import PASSWORD
from tests.ui.test_publish_helpers import (  # noqa: F401 - fixtures
    fresh_known_hosts_fixture,
    opened_urls_fixture,
    site_files,
    wait_idle,
)
from wizard.domain.model import AuthMethod, PublishTarget
from wizard.ui.dialogs.hostkey import HostKeyDialog
from wizard.ui.pages.niche import NICHE_ROLE
from wizard.ui.session import remember_recent
from wizard.ui.wizard import PageId, ShopWizard

LEFT = Qt.MouseButton.LeftButton
NICHE = "crafts"
MAX_ACTIONS = 40


class User:
    """Drives real widgets the way a person does, counting each action."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.actions = 0

    def click(self, widget) -> None:
        self.actions += 1
        if isinstance(widget, QRadioButton | QCheckBox):
            self.qtbot.mouseClick(widget, LEFT, pos=QPoint(6, widget.height() // 2))
        else:
            self.qtbot.mouseClick(widget, LEFT)

    def click_item(self, view: QAbstractItemView, row: int, double: bool = False) -> None:
        self.actions += 1
        index = view.model().index(row, 0)
        view.scrollTo(index)
        pos = view.visualRect(index).center()
        if double:
            self.qtbot.mouseClick(view.viewport(), LEFT, pos=pos)
            self.qtbot.mouseDClick(view.viewport(), LEFT, pos=pos)
        else:
            self.qtbot.mouseClick(view.viewport(), LEFT, pos=pos)

    def type(self, widget, text: str) -> None:
        self.actions += 1
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)

    def retype(self, widget, text: str) -> None:
        """Select all (Ctrl+A) and type over it: two actions."""
        self.actions += 1
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(widget, text)

    def next(self, wiz: QWizard) -> None:
        self.click(wiz.button(QWizard.WizardButton.NextButton))


def _wait_page(qtbot, wiz: QWizard, page_id: PageId) -> None:
    qtbot.waitUntil(lambda: wiz.currentId() == page_id, timeout=10_000)


@pytest.fixture
def wizard_window(qtbot):
    wiz = ShopWizard()
    qtbot.addWidget(wiz)
    wiz.resize(1100, 820)
    wiz.show()
    qtbot.waitExposed(wiz)
    yield wiz
    wiz.session.close()


@pytest.fixture
def web_server(sshd_server) -> Iterator[str]:
    """The host's web server: serves the chroot's www/ folder over HTTP on loopback."""
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(sshd_server.jail / "www"))
    handler.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_first_launch_to_a_live_shop_on_sshd(qtbot, wizard_window, sshd_server, fresh_known_hosts,
                                             opened_urls, web_server):
    wiz, user = wizard_window, User(qtbot)
    shop_name = f"Atelier Terre {uuid.uuid4().hex[:6]}"
    remote_path, real = f"www/{shop_name[-6:]}", sshd_server.jail / "www" / shop_name[-6:]
    shop_url = f"{web_server}{shop_name[-6:]}/"

    # Welcome → a new shop
    assert wiz.currentId() == PageId.WELCOME
    user.type(wiz.welcome_page.name_edit, shop_name)
    shop_path = wiz.welcome_page.new_shop_path()
    assert shop_path is not None and not shop_path.exists()
    user.next(wiz)

    # What you sell: a niche card, keeping its example products
    _wait_page(qtbot, wiz, PageId.NICHE)
    cards = wiz.niche_page.cards
    row = next(i for i in range(cards.count()) if cards.item(i).data(NICHE_ROLE) == NICHE)
    user.click_item(cards, row)
    assert wiz.niche_page.selected_niche_id() == NICHE
    examples = wiz.niche_page.kept_examples()
    assert examples, "the niche brings example products"
    user.next(wiz)

    # Your shop: the contact e-mail is required
    _wait_page(qtbot, wiz, PageId.SHOP)
    assert shop_path.is_file(), "the shop file exists once the niche is chosen"
    user.type(wiz.findChild(object, "shopEmail"), "lea@atelier-terre.fr")
    user.next(wiz)

    # Products: the examples are there; add one of our own
    _wait_page(qtbot, wiz, PageId.PRODUCTS)
    products_page = wiz.products_page
    assert products_page.model.rowCount() == len(examples)
    user.click(wiz.findChild(object, "addProduct"))
    editor = products_page.editor
    assert editor is not None and editor.isVisible()
    user.type(editor.findChild(object, "productName"), "Vase bleu nuit")
    user.type(editor.findChild(object, "productPrice"), "35,00")
    user.click(editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: products_page.model.rowCount() == len(examples) + 1, timeout=5_000)
    user.next(wiz)

    # Selling (order by e-mail to the contact address is the default), shipping, look
    _wait_page(qtbot, wiz, PageId.SELLING)
    user.next(wiz)
    _wait_page(qtbot, wiz, PageId.SHIPPING)
    user.next(wiz)
    _wait_page(qtbot, wiz, PageId.LOOK)
    user.next(wiz)

    # Publish: to the host over SFTP, accepting its key, with the password
    _wait_page(qtbot, wiz, PageId.PUBLISH)
    page = wiz.publish_page
    assert wiz.page(PageId.PUBLISH).isCommitPage()
    user.click(page.findChild(QRadioButton, "modeHost"))
    user.type(page.findChild(object, "hostEdit"), sshd_server.host)
    user.retype(page.findChild(object, "portSpin"), str(sshd_server.port))
    user.type(page.findChild(object, "userEdit"), "echoppe-jail")
    user.type(page.findChild(object, "passwordEdit"), PASSWORD)
    user.retype(page.findChild(object, "remotePathEdit"), remote_path)
    user.type(page.findChild(object, "publicUrlEdit"), shop_url)
    user.click(page.findChild(object, "publishButton"))
    # Before the first publish: keep the niche's examples (they are on sale in this shop)
    user.click(page.dialog.findChild(object, "keepExamples"))
    qtbot.waitUntil(lambda: isinstance(page.dialog, HostKeyDialog), timeout=60_000)
    user.click(page.dialog.findChild(object, "acceptHostKey"))
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    probes = [e for e in page.last_outcome.events if type(e).__name__ == "Probed"]
    assert probes and probes[0].ok, "the shop's address serves the files just sent"
    open_button = page.findChild(object, "openShopButton")
    assert open_button.isVisible() and shop_url in page.live_label.text()
    user.click(open_button)
    assert opened_urls == [shop_url]
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    user.click(finish)
    assert not wiz.isVisible()

    print(f"\nuser actions from first launch to a live shop: {user.actions}")
    assert user.actions <= MAX_ACTIONS

    # The files on the server (the chroot's www folder)
    assert (real / "index.html").is_file()
    manifest = json.loads((real / ".echoppe-manifest.json").read_text())["files"]
    on_server = site_files(real)
    assert {p: h for p, (h, _size) in manifest.items()} == on_server, "the manifest lists exactly what is there"
    assert not (real / ".echoppe-journal").exists()

    # The shop file
    from wizard.store.shopfile import ShopFile

    wiz.session.close()
    with ShopFile.open(shop_path) as shop:
        products = {p.name: p for p in shop.products()}
        assert set(examples) <= set(products)
        assert products["Vase bleu nuit"].price == Decimal("35.00")
        for p in products.values():
            assert any(f.endswith(f"{p.slug}.html") or f"/{p.slug}/" in f for f in on_server), p.slug
        settings = shop.shop()
        assert settings.identity.name == shop_name and settings.identity.niche == NICHE
        assert settings.identity.email == "lea@atelier-terre.fr"
        assert settings.target == replace(settings.target, host=sshd_server.host, port=sshd_server.port,
                                          user="echoppe-jail", path=remote_path, auth=AuthMethod.PASSWORD)
        assert shop.publish_history()[-1]["outcome"] == "ok"
    assert PASSWORD.encode() not in shop_path.read_bytes()


@pytest.fixture
def published_shop(tmp_path, sshd_server, fresh_known_hosts) -> tuple[Path, Path]:
    """A shop (from a niche, with its examples) already published to the sshd with a key (no secret)."""
    from wizard.publish import KnownHosts, publish_shop
    from wizard.store.newshop import create_shop

    sshd_server.trust(KnownHosts())
    folder = sshd_server.user_folder("echoppe-key")
    path = tmp_path / "atelier.echoppe"
    shop = create_shop(path, "Atelier Terre", NICHE, "fr")
    shop.save_settings(replace(shop.shop().identity, email="lea@atelier-terre.fr"),
                       replace(sshd_server.key_target(folder), preset="custom"))
    list(publish_shop(shop, None))
    assert shop.publish_history()[-1]["outcome"] == "ok"
    shop.close()
    remember_recent(path)
    return path, folder


def test_reopen_change_a_price_and_publish_my_changes_in_one_click(qtbot, published_shop, wizard_window):
    wiz, user = wizard_window, User(qtbot)
    path, folder = published_shop
    before = site_files(folder)

    welcome = wiz.welcome_page
    user.click(welcome.open_radio)
    recent = welcome.recent_list
    row = next(i for i in range(recent.count())
               if recent.item(i).data(Qt.ItemDataRole.UserRole) == str(path.resolve()))
    user.click_item(recent, row)
    assert wiz.session.is_open and welcome.publish_now.isVisible()
    user.next(wiz)
    _wait_page(qtbot, wiz, PageId.SHOP)
    user.next(wiz)
    _wait_page(qtbot, wiz, PageId.PRODUCTS)
    products_page = wiz.products_page
    # a product sold at one price (a product with variants shows the variants' prices)
    row = next(i for i in range(products_page.model.rowCount()) if not products_page.model.row(i).variants)
    product = products_page.model.row(row)
    user.click_item(products_page.table, row, double=True)
    editor = products_page.editor
    assert editor is not None and editor.product.id == product.id
    user.retype(editor.findChild(object, "productPrice"), "49,90")
    user.click(editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    shop = wiz.session.shop
    qtbot.waitUntil(lambda: shop.product_by_id(product.id).price == Decimal("49.90"), timeout=5_000)
    for expected in (PageId.SELLING, PageId.SHIPPING, PageId.LOOK, PageId.PUBLISH):
        user.next(wiz)
        _wait_page(qtbot, wiz, expected)

    page = wiz.publish_page
    button = page.findChild(object, "publishButton")
    assert button.text().replace("&", "") == "Publish my changes"
    clicks_before = user.actions
    user.click(button)  # the one click
    wait_idle(qtbot, page)
    assert user.actions - clicks_before == 1 and page.dialog is None, "no question asked"
    assert page.last_error is None, page.error_label.text()

    outcome = page.last_outcome
    after = site_files(folder)
    changed = sorted(p for p, h in after.items() if before.get(p) != h)
    sent = outcome.planned.files
    assert outcome.finished.sent == len(sent) == len(changed), (sent, changed)
    assert set(changed) == set(sent)
    assert f"produit/{product.slug}.html" in changed
    assert len(changed) < len(after) / 3, changed
    # every page that changed shows the new price, or is an index of the shop (sitemap, feed, search)
    assert "49,90" in (folder / f"produit/{product.slug}.html").read_text()
    for rel in changed:
        text = (folder / rel).read_text(errors="replace")
        assert "49,90" in text or "49.90" in text or rel.endswith((".xml", ".json", ".txt")), rel
    assert shop.publish_history()[-1]["outcome"] == "ok"
    manifest = json.loads((folder / ".echoppe-manifest.json").read_text())["files"]
    assert {p: h for p, (h, _size) in manifest.items()} == after


@pytest.fixture
def folder_published_shop(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    """A shop published to a folder, then changed (a price) while the app was closed."""
    from wizard.publish import publish_shop
    from wizard.store.newshop import create_shop

    path, out = tmp_path / "vite.echoppe", tmp_path / "site"
    shop = create_shop(path, "Vite fait", NICHE, "fr")
    shop.save_settings(PublishTarget(local_folder=str(out)))
    list(publish_shop(shop, None))
    first = site_files(out)
    shop.update_product(replace(shop.products()[0], price=Decimal("77.00")))
    shop.close()
    remember_recent(path)
    return path, out, first


def test_publish_my_changes_on_the_welcome_page_publishes_at_once(qtbot, folder_published_shop,
                                                                   wizard_window):
    path, out, first = folder_published_shop
    wiz, user = wizard_window, User(qtbot)
    welcome = wiz.welcome_page
    user.click(welcome.open_radio)
    row = next(i for i in range(welcome.recent_list.count())
               if welcome.recent_list.item(i).data(Qt.ItemDataRole.UserRole) == str(path.resolve()))
    user.click_item(welcome.recent_list, row)
    user.click(welcome.publish_now)
    _wait_page(qtbot, wiz, PageId.PUBLISH)
    page = wiz.publish_page
    qtbot.waitUntil(lambda: page.last_outcome is not None or page.last_error is not None, timeout=60_000)
    wait_idle(qtbot, page)
    assert page.last_error is None, page.error_label.text()
    assert user.actions == 3
    assert 0 < page.last_outcome.finished.sent < len(first)
    assert site_files(out) != first
