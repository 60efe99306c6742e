"""Issue 15, items 5, 8, 10, 11, 12: sidebar jumps, real help, the Look page's fit, dark themes, preview."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
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
    for expected in (PageId.PRODUCTS, PageId.SELLING, PageId.LOOK):
        assert click_next(qtbot, window) == expected


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
def test_look_page_fits_1280x720_without_a_horizontal_scroll_bar(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="services", email="lea@example.fr")
    _c, window = start(qtbot)
    window.resize(1280, 720)
    _to_look(qtbot, window, path)
    page = window.look_page
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)  # the preview bar too
    qtbot.wait(50)
    scroll = page.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport()
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
            assert right <= viewport.width(), button.text()
    window.currentPage().findChild(PreviewPane).shutdown()


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
            background = page.palette().color(page.backgroundRole())
            assert _contrast(page.palette().color(page.foregroundRole()), background) >= 4.5
        assert checked > 20
    finally:
        app.setPalette(light_palette())


# ---------------------------------------------------------------------------------- item 12: preview
class _Refuse(QObject):
    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        raise RuntimeError("no browser")  # pragma: no cover (never reached: unset below)


def test_preview_offers_the_address_when_no_browser_opened(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="services", email="lea@example.fr")
    QDesktopServices.unsetUrlHandler("http")  # offscreen, openUrl then fails, as with no browser
    _c, window = start(qtbot)
    _to_look(qtbot, window, path)
    page = window.look_page
    page._use_webengine = False
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    pane = page.preview_pane
    try:
        if pane.inside_app:
            return  # QtWebEngine shows it inside the app: no browser involved
        qtbot.waitUntil(lambda: pane.address_row.isVisible(), timeout=30_000)
        assert not pane.browser_opened
        assert "opened in your web browser" not in pane.status.text()
        assert pane.address.text().startswith("http://127.0.0.1:")
        qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == pane.address.text()
    finally:
        pane.shutdown()
