"""Helpers for driving the real wizard widgets in tests (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

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
