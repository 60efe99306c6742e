"""Helpers and fixtures shared by the publish-page, end-to-end and responsiveness tests (no tests here)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from wizard.domain.model import Product, ShopIdentity
from wizard.store.shopfile import ShopFile

ENGINE_FILES = (".echoppe-manifest.json", ".echoppe-journal")


def make_shop(path: Path, products: int = 3, name: str = "Atelier Léa") -> ShopFile:
    """A small real shop file with ``products`` products."""
    shop = ShopFile.create(path, ShopIdentity(name=name, language="fr", email="lea@example.fr"))
    shop.add_products(
        Product(name=f"Bol en grès n°{i + 1}", price=Decimal("12.50") + i, description=f"Bol **{i + 1}**.")
        for i in range(products)
    )
    return shop


def site_files(folder: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every site file in ``folder`` (the engine's own files left out)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            rel = p.relative_to(folder).as_posix()
            name = p.name
            if rel in ENGINE_FILES or (name.lstrip(".").startswith("echoppe-") and not name.endswith(".echoppe-part")):
                continue  # the engine's manifest and journal; a leftover temporary file shows up here
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(name="fresh_known_hosts")
def fresh_known_hosts_fixture(tmp_path, monkeypatch) -> Path:
    """A new, empty per-user data folder, so every test meets the server for the first time."""
    data = tmp_path / "xdg-data"
    data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    from wizard.paths import app_data_dir

    return app_data_dir() / "known_hosts"


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture(name="opened_urls")
def opened_urls_fixture() -> Iterator[list[str]]:
    """URLs the app asked the desktop to open (``QDesktopServices.openUrl``)."""
    catcher = _UrlCatcher()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield catcher.urls
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def click(qtbot, widget) -> None:
    """Click a widget as a person would: radio buttons and check boxes on their indicator."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    pos = QPoint(6, widget.height() // 2) if isinstance(widget, QRadioButton | QCheckBox) else None
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def wait_idle(qtbot, page, timeout: int = 60_000) -> None:
    """Wait until the publish page has no worker running."""
    qtbot.waitUntil(lambda: not page.busy, timeout=timeout)


def open_page(qtbot, shop: ShopFile, active: bool = False):
    """A publish page on ``shop``, shown as the wizard would (``active``: with the keyboard focus)."""
    from wizard.ui.pages.publish import PublishPage
    from wizard.ui.session import ShopSession

    session = ShopSession()
    session.attach(shop)
    page = PublishPage(session)
    qtbot.addWidget(page)
    page.initializePage()
    page.resize(800, 1000)
    page.show()
    if active:
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    return page

