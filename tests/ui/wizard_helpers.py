"""Helpers for driving the real wizard widgets in tests (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from wizard.store.newshop import create_shop
from wizard.ui.app import AppController, configure_application
from wizard.ui.i18n import install_language
from wizard.ui.wizard import PageId, ShopWizard


def start(qtbot, lang: str = "en") -> tuple[AppController, ShopWizard]:
    """A fresh app window on the welcome page."""
    configure_application(QApplication.instance())
    install_language(lang)
    controller = AppController()
    window = controller.build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return controller, window


def pick_from_list(qtbot, combo: QComboBox, value: str) -> None:
    """Open ``combo``'s list with a click and pick the item holding ``value``, as a person does.

    Offscreen, a click on the open list is not taken as a choice; the mouse goes over the item (which
    makes it current, as on screen) and Return takes it, the same path through QComboBox's popup."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=3_000)
    row = combo.findData(value)
    assert row >= 0, value
    index = combo.model().index(row, 0)
    view.scrollTo(index)
    pos = QPointF(view.visualRect(index).center())
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos),
                                                 Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                 Qt.KeyboardModifier.NoModifier))
    assert view.currentIndex().row() == row
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3_000)
    window = combo.window()  # the list closed: its window has the keyboard again, as on a desktop
    if window.isActiveWindow() is False and QApplication.activeWindow() is None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3_000)


def next_button(window: QWizard):
    return window.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, window: QWizard) -> int:
    button = next_button(window)
    assert button.isEnabled(), f"Next is disabled on page {window.currentId()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.currentId()


def new_shop(qtbot, window: ShopWizard, path: Path, name: str = "Atelier Test", niche: str = "crafts") -> None:
    """Welcome → Niche → Your shop for a new shop, typed like a person would."""
    welcome = window.welcome_page
    qtbot.keyClicks(welcome.name_edit, name)
    welcome.path_edit.setText(str(path))
    assert click_next(qtbot, window) == PageId.NICHE
    assert window.niche_page.select_niche(niche)
    assert click_next(qtbot, window) == PageId.SHOP


def open_shop(qtbot, window: ShopWizard, path: Path) -> None:
    """Welcome → Your shop for an existing file."""
    assert window.welcome_page.open_existing(path)
    assert click_next(qtbot, window) == PageId.SHOP


def make_shop(path: Path, niche: str = "crafts", lang: str = "en", email: str = "") -> Path:
    shop = create_shop(path, "Shop " + niche, niche, lang)
    if email:
        from dataclasses import replace

        shop.save_settings(replace(shop.shop().identity, email=email))
    shop.close()
    return path
