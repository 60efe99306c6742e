"""Keyboard-only use: no label or button of a page steals the Next/Back mnemonics, in either language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard

from tests.ui.wizard_helpers import start


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_mnemonics_leave_next_and_back_alone(qtbot, lang):
    controller, window = start(qtbot, lang)
    try:
        keys = {}
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
            key = mnemonic(window.buttonText(which))
            assert key, f"{window.buttonText(which)!r} has a mnemonic"
            keys[key] = window.buttonText(which)
        clashes = []
        for page_id in window.pageIds():
            page = window.page(page_id)
            for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
                key = mnemonic(widget.text())
                if key in keys:
                    clashes.append(f"{type(page).__name__}: {widget.text()!r} vs {keys[key]!r}")
        assert clashes == []
    finally:
        controller.switch_language("en")


def test_f1_toggles_the_detailed_help(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTextBrowser

    from wizard.ui.help import HELP_OBJECT_NAME

    _c, window = start(qtbot)
    box = window.welcome_page.help_box
    assert box.isVisible() and box.findChild(QTextBrowser, HELP_OBJECT_NAME) is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.welcome_page.name_edit, Qt.Key.Key_F1)
    details = box.findChild(QTextBrowser, HELP_OBJECT_NAME)
    assert details.isVisible() and "folder" in details.toPlainText()
    qtbot.keyClick(window.welcome_page.name_edit, Qt.Key.Key_F1)
    assert box.isVisible() and not details.isVisible()


def test_escape_does_not_close_the_app(qtbot):
    from PySide6.QtCore import Qt

    _c, window = start(qtbot)
    qtbot.keyClick(window.welcome_page.name_edit, Qt.Key.Key_Escape)
    assert window.isVisible()
