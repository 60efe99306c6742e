#!/usr/bin/env python3
"""Extract the shop site's texts (gettext domain "site") and update their catalogues.

Sources: every template under ``site_templates/`` (``.html``, ``.xml``, ``.svg``; jinja2's Babel
extractor: ``_()``, ``gettext()``, ``{% trans %}``) and ``_(`` calls in ``wizard/site/*.py`` and ``wizard/desk/*.py``.
Writes ``resources/locale/site.pot`` and merges it into ``resources/locale/{fr,en}/LC_MESSAGES/site.po``
(new msgids untranslated, vanished ones dropped, no fuzzy guesses). English msgstrs may stay empty
(the msgids are English). ``--check`` writes nothing and fails when a French entry is missing.

Usage: ``.venv/bin/python scripts/update_site_catalogues.py [--check]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "site_templates"
SITE_PACKAGE = ROOT / "wizard" / "site"
DESK_PACKAGE = ROOT / "wizard" / "desk"  # the order desk's texts are the site's
LOCALE_DIR = ROOT / "resources" / "locale"
DOMAIN = "site"
LANGUAGES = ("fr", "en")
TEMPLATE_SUFFIXES = (".html", ".xml", ".svg")
JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n,wizard.site.fragments.FragmentCache", "trim_blocks": "true", "lstrip_blocks": "true", "newstyle_gettext": "true"}
PY_KEYWORDS = {"_": None, "ngettext": (1, 2)}


def sources() -> Iterator[tuple[Path, str, dict]]:
    """(file, Babel method, options) for every file holding site texts."""
    for path in sorted(TEMPLATES.rglob("*")):
        if path.is_file() and path.suffix in TEMPLATE_SUFFIXES:
            yield path, "jinja2.ext:babel_extract", JINJA_OPTIONS
    for path in [*sorted(SITE_PACKAGE.glob("*.py")), *sorted(DESK_PACKAGE.glob("*.py"))]:
        yield path, "python", {}


def extract() -> Catalog:
    template = Catalog(project="Échoppe", domain=DOMAIN, charset="utf-8", fuzzy=False,
                       copyright_holder="the Échoppe authors", msgid_bugs_address="")  # fmt: skip
    for path, method, options in sources():
        keywords = PY_KEYWORDS if method == "python" else {"_": None, "gettext": None, "ngettext": (1, 2)}
        relative = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, context in extract_from_file(
            method, path, keywords=keywords, comment_tags=("Translators:",), options=options,
            strip_comment_tags=True,
        ):  # fmt: skip
            if not message or (isinstance(message, tuple) and not message[0]):
                continue
            template.add(message, None, [(relative, lineno)], auto_comments=comments, context=context)
    return template


def _read(path: Path, lang: str) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100, sort_output=False, include_previous=False)


def _header(catalog: Catalog, lang: str) -> None:
    catalog.fuzzy = False
    catalog.project = "Échoppe"
    catalog.copyright_holder = "the Échoppe authors"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "Échoppe translators"
    catalog.revision_date = dt.datetime.now(dt.UTC)
    catalog.language_team = {"fr": "French", "en": "English"}[lang]
    catalog.header_comment = (
        f"# {catalog.language_team} texts of the shop site (domain {DOMAIN}).\n"
        "# Updated by scripts/update_site_catalogues.py; edit msgstr lines only."
    )


def _translated(message) -> bool:
    if isinstance(message.string, tuple | list):
        return all(message.string)
    return bool(message.string)


def missing_french(template: Catalog | None = None) -> list[str]:
    """msgids of the site with no French translation (plural forms: every form needed)."""
    template = template or extract()
    po_path = LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po"
    known = {}
    if po_path.exists():
        for m in _read(po_path, "fr"):
            if m.id and not m.fuzzy:
                known[m.id if isinstance(m.id, str) else m.id[0]] = _translated(m)
    missing = []
    for m in template:
        key = m.id if isinstance(m.id, str) else (m.id[0] if m.id else "")
        if key and not known.get(key):
            missing.append(key)
    return missing


def update(template: Catalog) -> list[str]:
    _write(LOCALE_DIR / f"{DOMAIN}.pot", template)
    for lang in LANGUAGES:
        po_path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        catalog = _read(po_path, lang) if po_path.exists() else Catalog(locale=lang, domain=DOMAIN, charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        _header(catalog, lang)
        _write(po_path, catalog)
    return missing_french(template)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing French entries, write nothing")
    args = parser.parse_args(argv)
    template = extract()
    missing = missing_french(template) if args.check else update(template)
    for msgid in missing:
        print(f"fr untranslated: {msgid!r}")
    print(f"{len(template)} site msgids, {len(missing)} without French")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
