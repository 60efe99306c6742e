"""The Look page: themes with thumbnails, colours saved, and the real site previewed on 127.0.0.1."""

from __future__ import annotations

import urllib.request

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.ui.wizard import PageId


class _Urls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _look_page(qtbot, tmp_path, niche="services"):
    path = make_shop(tmp_path / "s.echoppe", niche=niche, email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    for expected in (PageId.PRODUCTS, PageId.SELLING, PageId.LOOK):
        assert click_next(qtbot, window) == expected
    return window, window.look_page


def test_themes_are_listed_with_pictures_and_the_choice_is_saved(qtbot, tmp_path):
    window, page = _look_page(qtbot, tmp_path)
    assert page.themes.count() >= 2
    assert all(not page.themes.item(i).icon().isNull() for i in range(page.themes.count()))
    current = window.session.shop.shop().identity.theme
    other = next(i for i in range(page.themes.count()) if page.themes.item(i).data(Qt.ItemDataRole.UserRole) != current)
    page.themes.setCurrentRow(other)
    assert window.session.shop.shop().identity.theme == page.themes.item(other).data(Qt.ItemDataRole.UserRole)
    assert page.theme_description.text()
    page.accent.set_color("#123456")
    assert window.session.shop.shop().identity.accent_color == "#123456"


def test_preview_builds_the_real_site_on_localhost(qtbot, tmp_path):
    _window, page = _look_page(qtbot, tmp_path)
    urls = _Urls()
    QDesktopServices.setUrlHandler("http", urls, "handle")
    try:
        page.preview_button.click()
        assert page.preview_pane is not None
        if page.preview_pane.inside_app:
            qtbot.waitUntil(lambda: bool(page.preview_pane.controller.url), timeout=60_000)
            url = page.preview_pane.controller.url
        else:
            qtbot.waitUntil(lambda: bool(urls.opened), timeout=60_000)
            url = urls.opened[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=10) as response:
            html = response.read().decode("utf-8")
        assert "Shop services" in html
    finally:
        QDesktopServices.unsetUrlHandler("http")
        page.preview_pane.controller.stop()


def test_a_ready_made_palette_sets_both_colours_readably(qtbot, tmp_path):
    from wizard.ui.pages.look import PALETTES
    from wizard.ui.widgets.colors import MIN_CONTRAST, contrast_ratio

    for _name, primary, accent in PALETTES:
        assert contrast_ratio(primary, "#ffffff") >= MIN_CONTRAST
        assert contrast_ratio(accent, "#ffffff") >= MIN_CONTRAST
    window, page = _look_page(qtbot, tmp_path)
    revision = window.session.shop.revision
    page.palette_buttons[2].click()
    identity = window.session.shop.shop().identity
    assert (identity.primary_color, identity.accent_color) == PALETTES[2][1:]
    assert window.session.shop.revision == revision + 1, "one save for the pair"
    assert page.primary.color() == PALETTES[2][1]


def test_look_page_warns_about_unreadable_colours_too(qtbot, tmp_path):
    _window, page = _look_page(qtbot, tmp_path)
    assert not page.contrast_warning.isVisible()
    page.accent.set_color("#f0c0d0")
    assert page.contrast_warning.isVisible() and ":1" in page.contrast_warning.text()
    page.palette_buttons[0].click()
    assert not page.contrast_warning.isVisible()
