"""The preview server on 127.0.0.1 and the controller that rebuilds after each change."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import replace

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from wizard.ui.preview import RELOAD_PATH, PreviewPane, PreviewServer


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.status, resp.headers.get("Cache-Control", ""), resp.read().decode()


def test_server_serves_the_folder_on_loopback_with_the_reload_hook(tmp_path):
    (tmp_path / "index.html").write_text("<html><body><h1>Hello</h1></body></html>")
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "index.html").write_text("<html><body>product</body></html>")
    (tmp_path / "style.css").write_text("body{}")
    server = PreviewServer(tmp_path)
    try:
        assert server.url.startswith("http://127.0.0.1:") and server.port > 0
        status, cache, body = _get(server.url)
        assert status == 200 and cache == "no-store"
        assert body.index("<h1>Hello</h1>") < body.index(RELOAD_PATH) < body.index("</body>")
        assert "product" in _get(server.url + "p/")[2]
        assert _get(server.url + "p")[2].count("product") == 1  # redirected to p/
        assert _get(server.url + "style.css")[2] == "body{}"  # other files untouched
        assert "location.reload" in _get(server.url + RELOAD_PATH.lstrip("/"))[2]
        before = _get(server.url + "__echoppe/version")[2]
        server.bump()
        assert _get(server.url + "__echoppe/version")[2] != before
        with pytest.raises(urllib.error.HTTPError) as err:
            _get(server.url + "../../etc/passwd")
        assert err.value.code == 404
    finally:
        server.stop()
    with pytest.raises(OSError):
        _get(server.url)


@pytest.fixture
def opened_urls():
    urls: list[str] = []

    from PySide6.QtCore import QObject, Slot

    class Handler(QObject):
        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            urls.append(url.toString())

    handler = Handler()
    QDesktopServices.setUrlHandler("http", handler, "handle")
    yield urls
    QDesktopServices.unsetUrlHandler("http")


def test_pane_builds_serves_and_rebuilds_after_a_change(qtbot, shop_path, opened_urls):
    from wizard.domain.model import Product, ShopIdentity
    from wizard.store.shopfile import ShopFile

    shop = ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", language="fr"))
    shop.add_product(Product(name="Bol en grès", price=__import__("decimal").Decimal("24")))
    pane = PreviewPane(use_webengine=False)
    qtbot.addWidget(pane)
    ctl = pane.controller
    try:
        errors: list[object] = []
        built: list[str] = []
        ctl.failed.connect(errors.append)
        ctl.built.connect(built.append)
        pane.set_shop(shop)
        pane.refresh()  # as the Look page does: nothing changed, so no second build
        qtbot.waitUntil(lambda: bool(built or errors), timeout=30_000)
        assert not errors, errors
        url = built[0]
        assert url.startswith("http://127.0.0.1:")
        assert "Bol en grès" in _get(url)[2]
        assert opened_urls == [url]  # the browser opened once, since QtWebEngine is not used
        qtbot.wait(300)
        assert ctl.builds == 1 and not ctl.busy
        assert url in pane.status.text()

        for name in ("Chez", "Chez Lé", "Chez Léo"):  # three quick edits: one rebuild
            shop.save_settings(replace(shop.shop().identity, name=name))
        qtbot.waitUntil(lambda: len(built) == 2 or bool(errors), timeout=30_000)
        assert not errors, errors
        assert "Chez Léo" in _get(url)[2]
        qtbot.wait(600)
        assert ctl.builds == 2 and len(built) == 2
        assert opened_urls == [url]  # not opened again
    finally:
        pane.shutdown()
        qtbot.waitUntil(lambda: not ctl.busy, timeout=10_000)
        shop.close()


def test_inside_the_app_with_qtwebengine(qtbot, shop_path):
    """Runs where the optional extra is installed (``pip install 'echoppe[preview]'``)."""
    pytest.importorskip("PySide6.QtWebEngineWidgets", reason="the optional preview extra is not installed")
    from decimal import Decimal

    from wizard.domain.model import Product, ShopIdentity
    from wizard.store.shopfile import ShopFile

    shop = ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", language="fr"))
    shop.add_product(Product(name="Bol en grès", price=Decimal("24")))
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    assert pane.inside_app
    try:
        with qtbot.waitSignal(pane.view.loadFinished, timeout=60_000):
            pane.set_shop(shop)
        html: list[str] = []
        pane.view.page().toHtml(html.append)
        qtbot.waitUntil(lambda: bool(html), timeout=10_000)
        assert "Chez Léa" in html[0]
        with qtbot.waitSignal(pane.view.loadFinished, timeout=60_000):
            shop.save_settings(replace(shop.shop().identity, name="Chez Léo"))
        html.clear()
        pane.view.page().toHtml(html.append)
        qtbot.waitUntil(lambda: bool(html), timeout=10_000)
        assert "Chez Léo" in html[0]
    finally:
        pane.shutdown()
        shop.close()
