"""French and English UI: catalogues complete and compiled, live language switch."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.ui.wizard_helpers import start
from wizard.ui.i18n import translations_dir

REPO = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_committed_qm_matches_its_ts(tmp_path, lang):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = translations_dir() / f"echoppe_{lang}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
    committed = ts.with_suffix(".qm").read_bytes()
    assert committed == fresh.read_bytes(), "run scripts/update_translations.py and commit the .qm"


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
