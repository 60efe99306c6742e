"""Qt translations of the desktop app (``resources/translations/echoppe_<lang>.qm``).

The UI's own strings go through ``self.tr()`` / ``QCoreApplication.translate``; messages coming from
the layers below (``Message``, ``EchoppeError``) are translated with :func:`ui_language`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wizard.i18n import LANGUAGES, normalise_language, system_language
from wizard.paths import resources_dir

_state: dict[str, object] = {"lang": None, "translator": None, "qt_translator": None}


def translations_dir() -> Path:
    """Folder of the ``.ts`` sources and compiled ``.qm`` files."""
    return resources_dir() / "translations"


def qm_path(lang: str) -> Path:
    return translations_dir() / f"echoppe_{lang}.qm"


def preferred_language() -> str:
    """The language chosen in the app before, else ``ECHOPPE_LANG``, else the system's (QLocale)."""
    import os

    if os.environ.get("ECHOPPE_LANG"):
        return system_language()
    saved = QSettings().value("ui/language", "")
    if saved in LANGUAGES:
        return str(saved)
    return normalise_language(QLocale.system().name())


def ui_language() -> str:
    """The language the UI currently speaks."""
    lang = _state["lang"]
    return str(lang) if lang else preferred_language()


def install_language(lang: str, remember: bool = False) -> bool:
    """Load the ``.qm`` for ``lang`` into the running application; True when a catalogue was loaded.

    English needs no catalogue (msgids are English), so it only removes the French one.
    """
    lang = normalise_language(lang)
    app = QCoreApplication.instance()
    for key in ("translator", "qt_translator"):
        old = _state[key]
        if app is not None and isinstance(old, QTranslator):
            app.removeTranslator(old)
        _state[key] = None
    _state["lang"] = lang
    if remember:
        QSettings().setValue("ui/language", lang)
    loaded = False
    path = qm_path(lang)
    if app is not None and path.is_file():
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _state["translator"] = translator
            loaded = True
    if app is not None and lang != "en":
        # Qt's own texts (file dialogs, Cancel, Yes/No, Close): the catalogue Qt ships, next to ours.
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_translator)
            _state["qt_translator"] = qt_translator
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
    return loaded


def tr(context: str, text: str, disambiguation: str | None = None) -> str:
    """Translate ``text`` in ``context`` (for code outside a QObject method)."""
    return QCoreApplication.translate(context, text, disambiguation)
