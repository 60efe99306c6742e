"""French and English UI: catalogues complete and compiled, live language switch."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests.ui.wizard_helpers import start
from wizard.ui.i18n import translations_dir

REPO = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_qm_holds_every_translation_of_its_ts():
    """The .qm is not older than the .ts: each translation in the .ts comes out of the compiled file.

    (Compared through QTranslator rather than byte for byte, so another lrelease version still passes.)
    """
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    ts = translations_dir() / "echoppe_fr.ts"
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    stale = []
    count = 0
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            expected = forms[-1].text if forms else translation.text
            n = 2 if forms else -1
            got = translator.translate(name, message.findtext("source"), None, n)
            count += 1
            if got != expected:
                stale.append((name, message.findtext("source"), got))
    assert count > 300
    assert stale == [], "run scripts/update_translations.py and commit the .qm"


def test_every_french_string_is_translated():
    missing = _script().untranslated(translations_dir() / "echoppe_fr.ts")
    assert missing == []


def test_language_switch_rebuilds_the_window_in_french(qtbot, tmp_path):
    controller, window = start(qtbot, "en")
    assert window.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    qtbot.keyClicks(window.welcome_page.name_edit, "Atelier Lea")
    french = controller.switch_language("fr")
    qtbot.addWidget(french)
    try:
        assert french is not window
        assert french.windowTitle() == "Échoppe — ouvrez votre boutique"
        assert french.button(QWizard.WizardButton.NextButton).text() == "&Suivant >"
        assert french.welcome_page.title() == "Bienvenue dans Échoppe"
        assert french.welcome_page.name_edit.text() == "Atelier Lea", "typing survives the switch"
        assert french.welcome_page.language.currentData() == "fr"
        # back to English through the combo on the welcome page, as a person would
        combo = french.welcome_page.language
        combo.setCurrentIndex(combo.findData("en"))
        english = controller.window
        qtbot.addWidget(english)
        assert english.welcome_page.title() == "Welcome to Échoppe"
    finally:
        controller.switch_language("en")


def test_qt_own_texts_follow_the_app_language(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from wizard.ui.i18n import install_language

    _controller, _window = start(qtbot, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (QDialogButtonBox.StandardButton.Cancel,
                                            QDialogButtonBox.StandardButton.Yes,
                                            QDialogButtonBox.StandardButton.No)}
    assert texts == {"Annuler", "&Oui", "&Non"}, texts
    install_language("en")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


def test_language_switch_keeps_the_open_shop_and_the_page(qtbot, tmp_path):
    from tests.ui.wizard_helpers import click_next, make_shop, open_shop
    from wizard.ui.wizard import PageId

    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    controller, window = start(qtbot, "en")
    open_shop(qtbot, window, path)
    assert click_next(qtbot, window) == PageId.PRODUCTS
    try:
        french = controller.switch_language("fr")
        qtbot.addWidget(french)
        assert controller.session.is_open and controller.session.path == path
        assert french.currentId() == PageId.PRODUCTS, "the same page, now in French"
        assert french.products_page.title() != window.products_page.title()
        english = controller.switch_language("en")
        qtbot.addWidget(english)
        assert english.currentId() == PageId.PRODUCTS and controller.session.is_open
        english.back()
        assert english.currentId() == PageId.SHOP, "Back still leads where it led"
    finally:
        controller.switch_language("en")
