"""The "echoppe" gettext domain: every msgid in the code has a French translation with the same
placeholders, and the catalogues really translate at run time."""

from __future__ import annotations

import importlib.util
import string
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from wizard.i18n import msg, translations

REPO = Path(__file__).resolve().parents[2]
LOCALE = REPO / "resources" / "locale"


@cache
def _script():
    spec = importlib.util.spec_from_file_location("update_catalogues", REPO / "scripts" / "update_catalogues.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _code_msgids() -> dict[str, str]:
    """msgid → "file:line" of its first use, extracted from the code as the script does."""
    return {m.id: "{}:{}".format(*m.locations[0]) for m in _script().extract() if m.id}


def _catalog(lang: str):
    with (LOCALE / lang / "LC_MESSAGES" / "echoppe.po").open("rb") as fh:
        return read_po(fh, locale=lang, domain="echoppe")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_code_has_msgids_to_check():
    ids = _code_msgids()
    assert "The product needs a name." in ids
    assert len(ids) > 50


def test_every_msgid_in_the_code_has_a_french_translation():
    french = {m.id: m for m in _catalog("fr") if m.id}
    missing = [
        f"{where}: {msgid!r}"
        for msgid, where in _code_msgids().items()
        if msgid not in french or not french[msgid].string or french[msgid].fuzzy
    ]
    assert not missing, (
        "Run `.venv/bin/python scripts/update_catalogues.py` and translate in "
        "resources/locale/fr/LC_MESSAGES/echoppe.po:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_placeholders_match(lang):
    wrong = []
    for m in _catalog(lang):
        if not m.id or not m.string:
            continue
        try:
            same = _fields(m.id) == _fields(m.string)
        except ValueError as exc:  # an unbalanced brace in the translation
            same, m.string = False, f"{m.string} ({exc})"
        if not same:
            wrong.append(f"{m.id!r} → {m.string!r}")
    assert not wrong, "placeholders differ between msgid and msgstr:\n" + "\n".join(wrong)


def test_placeholder_check_catches_a_mismatch():
    assert _fields("Variant {n} is there twice.") != _fields("La variante {num} apparaît deux fois.")
    assert _fields("{a} and {b:>3}") == {"a", "b"}


def test_translations_are_used_at_run_time():
    assert msg("Variant {n} has a negative stock.", n=3).text("fr") == "La variante 3 a un stock négatif."
    assert msg("Variant {n} has a negative stock.", n=3).text("en") == "Variant 3 has a negative stock."
    assert translations("fr").gettext("The product needs a name.") == "Le produit doit avoir un nom."


def test_ui_and_site_texts_stay_out_of_this_domain():
    files = {where.split(":")[0] for where in _code_msgids().values()}
    assert not any(f.startswith("wizard/ui/") for f in files)
    site_underscore = "All products"  # the site's own text, written with _() in wizard/site/build.py
    if "_(\"All products\")" in (REPO / "wizard" / "site" / "build.py").read_text(encoding="utf-8"):
        assert site_underscore not in _code_msgids()


def test_update_script_on_a_small_tree(tmp_path):
    """New msgids arrive untranslated, translations are kept, vanished msgids go, UI/site texts stay out."""
    script = _script()
    package = tmp_path / "wizard"
    (package / "ui").mkdir(parents=True)
    (package / "site").mkdir()
    (package / "core.py").write_text(
        'from wizard.i18n import N_, msg\n'
        'A = msg("Hello {name}", name="Léa")\n'
        'B = N_("Kept for later")\n'
        'def f(_):\n    return _("Help text")\n'
        'S = gettext_for(lang)("Stopped.")\n'
        'T = gettext_for(lang, "site")("Site only")\n',
        encoding="utf-8",
    )
    (package / "ui" / "page.py").write_text('T = _("Only in Qt")\n', encoding="utf-8")
    (package / "site" / "build.py").write_text(
        'E = msg("The build failed.")\nT = _("All products")\n', encoding="utf-8"
    )
    locale = tmp_path / "locale"
    fr_po = locale / "fr" / "LC_MESSAGES" / "echoppe.po"
    fr_po.parent.mkdir(parents=True)
    fr_po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "Hello {name}"\nmsgstr "Bonjour {name}"\n\n'
        'msgid "Gone"\nmsgstr "Parti"\n',
        encoding="utf-8",
    )
    template = script.extract(tmp_path)
    assert sorted(m.id for m in template if m.id) == [
        "Hello {name}", "Help text", "Kept for later", "Stopped.", "The build failed.",
    ]
    untranslated = script.update(template, locale)
    assert sorted(untranslated["fr"]) == ["Help text", "Kept for later", "Stopped.", "The build failed."]
    assert len(untranslated["en"]) == 5
    french = {m.id: m.string for m in _catalog_at(fr_po, "fr") if m.id}
    assert french["Hello {name}"] == "Bonjour {name}" and "Gone" not in french
    assert not _catalog_at(fr_po, "fr").fuzzy
    assert (locale / "echoppe.pot").is_file() and (locale / "en" / "LC_MESSAGES" / "echoppe.po").is_file()
    assert script.missing_french(template, locale) == ["Kept for later", "Help text", "Stopped.", "The build failed."]


def _catalog_at(path, lang):
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain="echoppe")
