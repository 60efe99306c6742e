"""Issue 15, items 5, 8, 10, 11, 12: sidebar jumps, real help, the Look page's fit, dark themes, preview."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QTextBrowser

from tests.ui.wizard_helpers import click_next, make_shop, open_shop, start
from wizard.ui.app import AppController, light_palette
from wizard.ui.help import HELP_OBJECT_NAME
from wizard.ui.preview import PreviewPane
from wizard.ui.widgets.colors import ColorButton, contrast_ratio
from wizard.ui.wizard import PageId


def _to_look(qtbot, window, path):
    open_shop(qtbot, window, path)
    for _step in range(4):  # Products, Selling, (Shipping when the niche ships), Look
        if click_next(qtbot, window) == PageId.LOOK:
            return
    raise AssertionError("the Look page was not reached")


def _click_step(qtbot, window, page_id: PageId) -> None:
    steps = window.steps
    row = next(i for i in range(steps.count()) if steps.item(i).data(Qt.ItemDataRole.UserRole) == page_id)
    pos = steps.visualItemRect(steps.item(row)).center()
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=pos)


# ---------------------------------------------------------------------------------- item 5: sidebar
def test_sidebar_jumps_back_and_forward_to_visited_steps_only(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="services", email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    assert click_next(qtbot, window) == PageId.PRODUCTS
    _click_step(qtbot, window, PageId.SHOP)
    assert window.currentId() == PageId.SHOP
    _click_step(qtbot, window, PageId.LOOK)  # a shop made before: every step is reachable
    assert window.currentId() == PageId.LOOK
    _click_step(qtbot, window, PageId.WELCOME)
    assert window.currentId() == PageId.WELCOME


def test_a_new_shop_cannot_jump_ahead_to_steps_not_visited(qtbot, tmp_path):
    from tests.ui.wizard_helpers import new_shop

    _c, window = start(qtbot)
    new_shop(qtbot, window, tmp_path / "n.echoppe")
    _click_step(qtbot, window, PageId.PUBLISH)
    assert window.currentId() == PageId.SHOP
    _click_step(qtbot, window, PageId.NICHE)
    assert window.currentId() == PageId.NICHE


# ---------------------------------------------------------------------------------- item 8: help
def _help_after_f1(qtbot, window) -> str:
    from PySide6.QtWidgets import QWizard

    page = window.currentPage()
    qtbot.mouseClick(window.button(QWizard.WizardButton.HelpButton), Qt.MouseButton.LeftButton)
    details = page.help_box.findChild(QTextBrowser, HELP_OBJECT_NAME)
    assert details is not None and details.isVisible()
    return details.toPlainText()


def test_f1_gives_real_answers_on_the_shop_page(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="local-food", email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    text = _help_after_f1(qtbot, window)
    for needle in ("SIRET", "14", "annuaire-entreprises.data.gouv.fr", "avis de situation", "mediator",
                   "CECMC", "host", "293 B"):
        assert needle in text
    window.toggle_help()  # F1 again (the key itself is tested in test_keyboard)
    assert not window.currentPage().help_box.findChild(QTextBrowser, HELP_OBJECT_NAME).isVisible()
    assert window.currentPage().help_box.isVisible()  # the short intro stays


def test_help_is_french_in_the_french_app_and_every_page_has_some(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="local-food", email="lea@example.fr")
    _c, window = start(qtbot, lang="fr")
    try:
        open_shop(qtbot, window, path)
        assert "médiateur" in _help_after_f1(qtbot, window)
        for expected in (PageId.PRODUCTS, PageId.SELLING, PageId.SHIPPING, PageId.LOOK):
            assert click_next(qtbot, window) == expected
            assert len(_help_after_f1(qtbot, window)) > 100
    finally:
        from wizard.ui.i18n import install_language

        install_language("en")


# ---------------------------------------------------------------------------------- item 10: Look fits
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_look_page_fits_1280x720_without_a_horizontal_scroll_bar(qtbot, tmp_path, lang):
    path = make_shop(tmp_path / "s.echoppe", niche="services", email="lea@example.fr", lang=lang)
    _c, window = start(qtbot, lang=lang)
    try:
        window.resize(1280, 720)
        assert window.size() == QSize(1280, 720)
        _to_look(qtbot, window, path)
        page = window.look_page
        page.preview_inside = False
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)  # the preview bar too
        pane = page.preview_pane
        pane.address_row.show()  # the widest state of the bar: the address and its Copy button
        qtbot.wait(50)
        scroll = page.findChild(QScrollArea)
        bar = scroll.horizontalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0
        viewport = scroll.viewport()
        checked = 0
        for button in page.findChildren(QAbstractButton):
            if button.isVisible():
                right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
                assert right <= viewport.width(), button.text()
                checked += 1
        assert checked >= 10  # the six ready-made palettes, two colours, preview, open, copy
    finally:
        window.look_page.preview_pane.shutdown()
        from wizard.ui.i18n import install_language

        install_language("en")


def _shop_with_photo(path):
    """A shop of the merchant's own: one product with a magenta photo, two categories."""
    from tests.site.shopdata import small_jpeg
    from wizard.domain.model import ImageRef, Product
    from wizard.store.newshop import create_shop

    shop = create_shop(path, "Les Ruches de Margaux", "local-food", "fr")
    shop.save_settings(replace(shop.shop().identity, email="margaux@example.fr", tagline="Miels de Provence"))
    for product in shop.products():
        shop.delete_product(product.id)
    key = shop.add_image(small_jpeg((255, 0, 255), (120, 90))).key
    shop.add_product(Product(name="Miel de lavande", slug="miel-de-lavande", images=(ImageRef(key=key),)))
    shop.close()
    return path


def test_theme_thumbnails_show_the_merchants_own_shop(qtbot, tmp_path):
    from wizard.ui.widgets.theme_thumbs import shop_thumbnail

    path = _shop_with_photo(tmp_path / "s.echoppe")
    _c, window = start(qtbot)
    _to_look(qtbot, window, path)
    page = window.look_page
    look = page.shop_look()
    assert look.name == "Les Ruches de Margaux" and look.photo is not None and not look.photo.isNull()
    assert page.themes.count() >= 2
    for row in range(page.themes.count()):
        item = page.themes.item(row)
        shown = item.icon().pixmap(page.themes.iconSize()).toImage()
        assert shown.size() == page.themes.iconSize()
        theme_id = item.data(Qt.ItemDataRole.UserRole)
        assert shown == shop_thumbnail(theme_id, look).toImage()  # the drawing of this shop...
        other = replace(look, name="Tidewear", tagline="Clothes made to last")
        assert shown != shop_thumbnail(theme_id, other).toImage()  # ...not another one's
        colours = {shown.pixelColor(x, y).name() for x in range(0, shown.width(), 2)
                   for y in range(0, shown.height(), 2)}
        assert "#ff00ff" in colours or any(_near(c, "#ff00ff") for c in colours)  # their own photo
        assert any(_near(c, look.primary) for c in colours)  # in their colours
    # A new colour redraws the thumbnails at once.
    before = page.themes.item(0).icon().pixmap(page.themes.iconSize()).toImage()
    page.use_palette("#1d4e89", "#b4451f")
    after = page.themes.item(0).icon().pixmap(page.themes.iconSize()).toImage()
    assert after != before
    colours = {after.pixelColor(x, y).name() for x in range(0, after.width(), 2)
               for y in range(0, after.height(), 2)}
    assert any(_near(c, "#1d4e89") for c in colours)


def _near(a: str, b: str, tolerance: int = 24) -> bool:
    ca, cb = QColor(a), QColor(b)
    return all(abs(x - y) <= tolerance for x, y in ((ca.red(), cb.red()), (ca.green(), cb.green()),
                                                    (ca.blue(), cb.blue())))


def test_a_new_window_fits_a_1280x720_screen():
    from wizard.ui.app import DEFAULT_SIZE, MINIMUM_SIZE

    assert DEFAULT_SIZE.width() <= 1280 - 16 and DEFAULT_SIZE.height() <= 720 - 16
    assert MINIMUM_SIZE.width() <= DEFAULT_SIZE.width() and MINIMUM_SIZE.height() <= DEFAULT_SIZE.height()


def test_a_new_window_is_never_larger_than_its_screen(qtbot):
    _c, window = start(qtbot)
    free = window.screen().availableGeometry()
    assert window.width() <= max(free.width(), window.minimumWidth())
    assert window.height() <= max(free.height(), window.minimumHeight())


def test_minimum_window_fits_a_1366x768_laptop(qtbot):
    _c, window = start(qtbot)
    window.resize(100, 100)
    assert window.width() <= 1366 and window.height() <= 768 - 70  # title bar and task bar
    assert window.minimumSizeHint().width() <= 1366


def test_colours_are_swatches_not_codes(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="services", email="lea@example.fr")
    _c, window = start(qtbot)
    _to_look(qtbot, window, path)
    for button in window.look_page.findChildren(ColorButton):
        assert "#" not in button.text() and button.text()
        image = button.icon().pixmap(button.iconSize()).toImage()
        assert image.pixelColor(image.width() // 2, image.height() // 2).name() == button.color()


def test_window_size_and_position_are_restored(qtbot):
    first = AppController()
    window = first.build_window()
    qtbot.addWidget(window)
    window.setGeometry(40, 50, 900, 640)  # the offscreen screen is 800×800
    window.show()
    qtbot.waitExposed(window)
    first.remember_geometry()
    size = window.size()
    window.close()
    second = AppController()
    other = second.build_window()
    qtbot.addWidget(other)
    assert other.size() != size
    assert second.restore_geometry()
    assert other.size() == size  # (offscreen moves a window wider than its screen: not the position)


# ---------------------------------------------------------------------------------- item 11: dark theme
def _contrast(a: QColor, b: QColor) -> float:
    return contrast_ratio(a.name(), b.name())


def test_every_style_rule_with_a_background_sets_its_text_colour_readably():
    import re

    from wizard.ui.app import STYLE

    rules = re.findall(r"([^{}]+)\{([^}]*)\}", STYLE)
    with_background = 0
    for selector, body in rules:
        props = dict((k.strip(), v.strip()) for k, v in
                     (d.split(":", 1) for d in body.split(";") if ":" in d))
        if "background" not in props:
            continue
        with_background += 1
        assert "color" in props, selector.strip()
        assert contrast_ratio(props["color"], props["background"]) >= 4.5, selector.strip()
    assert with_background >= 5


def test_the_apps_own_palette_is_readable_in_every_state():
    palette = light_palette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for text, back in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
                       (R.ToolTipText, R.ToolTipBase), (R.HighlightedText, R.Highlight), (R.Link, R.Base)):
        assert _contrast(palette.color(G.Active, text), palette.color(G.Active, back)) >= 4.5, text
        assert _contrast(palette.color(G.Inactive, text), palette.color(G.Inactive, back)) >= 4.5, text
    for text, back in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button)):
        assert _contrast(palette.color(G.Disabled, text), palette.color(G.Disabled, back)) >= 3.0, text


def test_a_dark_desktop_theme_keeps_every_page_readable(qtbot, tmp_path):
    app = QApplication.instance()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#303134"), (QPalette.ColorRole.ButtonText, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)  # what a dark desktop gives the app before it starts
    try:
        path = make_shop(tmp_path / "s.echoppe", niche="local-food", email="lea@example.fr")
        _c, window = start(qtbot)  # configure_application runs here, as at start-up
        pages = [window.currentPage()]
        open_shop(qtbot, window, path)
        pages.append(window.currentPage())
        for expected in (PageId.PRODUCTS, PageId.SELLING, PageId.SHIPPING, PageId.LOOK, PageId.PUBLISH):
            assert click_next(qtbot, window) == expected
            pages.append(window.currentPage())
            if expected == PageId.PRODUCTS:  # the product editor, a window of its own
                editor = window.products_page.open_editor(window.session.shop.products()[0])
                qtbot.waitExposed(editor)
                pages.append(editor)
            window.toggle_help()  # and the F1 help, in its own box
            pages.append(window.currentPage().help_box)
        checked = 0
        for page in pages:
            for label in page.findChildren(QLabel):
                if not label.text():
                    continue
                # What the label really paints: grab it and compare its darkest and lightest pixels.
                image = label.grab().toImage()
                colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
                           for y in range(0, image.height(), 2)}
                if len(colours) < 2:
                    continue
                lum = sorted(colours, key=lambda c: QColor(c).lightnessF())
                assert contrast_ratio(lum[0], lum[-1]) >= 3.0, (type(page).__name__, label.text()[:40])
                checked += 1
            for browser in page.findChildren(QTextBrowser):
                if browser.isVisible():
                    image = browser.viewport().grab().toImage()
                    colours = sorted({image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
                                      for y in range(0, image.height(), 2)}, key=lambda c: QColor(c).lightnessF())
                    assert contrast_ratio(colours[0], colours[-1]) >= 4.5, type(page).__name__
                    checked += 1
            background = page.palette().color(page.backgroundRole())
            assert _contrast(page.palette().color(page.foregroundRole()), background) >= 4.5
        assert checked > 40
        editor.reject()
    finally:
        app.setPalette(light_palette())


# ---------------------------------------------------------------------------------- item 12: preview
def _preview_with(qtbot, tmp_path, monkeypatch, opened: bool):
    calls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        calls.append(url.toString())
        return opened

    monkeypatch.setattr(PreviewPane, "open_url", staticmethod(fake_open))
    path = make_shop(tmp_path / "s.echoppe", niche="services", email="lea@example.fr")
    _c, window = start(qtbot)
    _to_look(qtbot, window, path)
    page = window.look_page
    page.preview_inside = False  # in the browser, as without QtWebEngine
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    pane = page.preview_pane
    assert not pane.inside_app
    qtbot.waitUntil(lambda: bool(calls), timeout=60_000)  # the first build is done: it tries to open
    return pane, calls


def test_preview_offers_the_address_when_no_browser_opened(qtbot, tmp_path, monkeypatch):
    pane, calls = _preview_with(qtbot, tmp_path, monkeypatch, opened=False)
    try:
        assert pane.address_row.isVisible()
        assert not pane.browser_opened
        assert "opened in your web browser" not in pane.status.text()
        assert "No web browser could be opened" in pane.status.text()
        assert pane.address.text() == calls[0] and calls[0].startswith("http://127.0.0.1:")
        qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == pane.address.text()
        assert pane.copy_button.text() == "Copied"
    finally:
        pane.shutdown()


def test_preview_says_it_opened_only_when_the_browser_did(qtbot, tmp_path, monkeypatch):
    pane, calls = _preview_with(qtbot, tmp_path, monkeypatch, opened=True)
    try:
        assert pane.browser_opened and not pane.address_row.isVisible()
        assert "opened in your web browser" in pane.status.text() and calls[0] in pane.status.text()
        qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)  # opens again on request
        assert len(calls) == 2
    finally:
        pane.shutdown()


def test_preview_without_any_browser_handler_really_fails_offscreen(qtbot):
    """The real QDesktopServices.openUrl offscreen returns False: the pane's check is not for show."""
    QDesktopServices.unsetUrlHandler("http")
    assert PreviewPane.open_url(QUrl("http://127.0.0.1:9/")) is False
