#!/usr/bin/env python3
"""Extract Échoppe's "echoppe" gettext domain and update its catalogues.

Every msgid passed to ``msg(``, ``N_(``, ``_(`` or ``gettext_for(lang)(`` in ``wizard/`` is extracted
with Babel, except:
``wizard/ui/`` (Qt has its own .ts files) and the site's own texts (domain "site", kept by
``scripts/update_site_catalogues.py``): in ``wizard/site/`` only ``msg(`` and ``N_(`` belong here,
since ``_(`` there is the site's gettext.

Writes ``resources/locale/echoppe.pot`` and updates ``resources/locale/{fr,en}/LC_MESSAGES/echoppe.po``
(new msgids are added untranslated, vanished ones are dropped; French needs a translator, English
msgstrs may stay empty). ``--check`` only reports, with a non-zero exit when a French entry is missing.

Usage: ``.venv/bin/python scripts/update_catalogues.py [--check]``
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wizard"
LOCALE_DIR = ROOT / "resources" / "locale"
DOMAIN = "echoppe"
LANGUAGES = ("fr", "en")

# Babel keyword specs: ``None`` means "the first argument is the msgid".
ALL_KEYWORDS = {"msg": None, "N_": None, "_": None}
SITE_KEYWORDS = {"msg": None, "N_": None}
EXCLUDED = ("ui",)  # folders of wizard/ that are not in this domain
SITE_FOLDERS = ("site", "desk")  # where _() is the site's gettext (the desk speaks with the site's texts)


def source_files(package: Path = PACKAGE) -> Iterator[tuple[Path, dict]]:
    """The Python files to extract from, with the keywords that apply to each."""
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        if parts[0] in EXCLUDED or parts[0] == "_data":
            continue
        yield path, SITE_KEYWORDS if parts[0] in SITE_FOLDERS else ALL_KEYWORDS


# ``gettext_for(lang)("Interrupted.")``: a direct call Babel's keywords cannot see.
_DIRECT_CALL = re.compile(r"""gettext_for\(([^()]*)\)\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)""")


def _direct_calls(path: Path) -> Iterator[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    for match in _DIRECT_CALL.finditer(text):
        if "site" in match.group(1):
            continue  # the site's own domain
        yield text.count("\n", 0, match.start()) + 1, ast.literal_eval(match.group(2))


def extract(root: Path = ROOT) -> Catalog:
    """Every msgid of the domain in ``root/wizard``, with where it comes from."""
    template = Catalog(project="Échoppe", version=_version(), domain=DOMAIN, charset="utf-8", fuzzy=False,
                       copyright_holder="the Échoppe authors", msgid_bugs_address="")
    for path, keywords in source_files(root / "wizard"):
        relative = path.relative_to(root).as_posix()
        for lineno, message, comments, context in extract_from_file(
            "python", path, keywords=keywords, comment_tags=("Translators:",), strip_comment_tags=True
        ):
            if isinstance(message, tuple):  # a call whose first argument is not a literal
                message = message[0]
            if not message:
                continue
            template.add(message, None, [(relative, lineno)], auto_comments=comments, context=context)
        for lineno, message in _direct_calls(path):
            template.add(message, None, [(relative, lineno)])
    return template


def _read(path: Path, locale: str) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=locale, domain=DOMAIN)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100, omit_header=False, sort_output=False, include_previous=False)


def _set_header(catalog: Catalog, lang: str) -> None:
    """Our header, not Babel's placeholders (a fuzzy header would hide the whole catalogue)."""
    catalog.fuzzy = False
    catalog.project = "Échoppe"
    catalog.version = _version()
    catalog.copyright_holder = "the Échoppe authors"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "Échoppe translators"
    catalog.revision_date = dt.datetime.now(dt.UTC)
    catalog.language_team = {"fr": "French", "en": "English"}[lang]
    catalog.header_comment = (
        f"# {catalog.language_team} translations of Échoppe (domain {DOMAIN}).\n"
        "# Updated by scripts/update_catalogues.py; edit msgstr lines only."
    )


def _version() -> str:
    for line in (ROOT / "wizard" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    return "0"


def update(template: Catalog, locale_dir: Path = LOCALE_DIR) -> dict[str, list[str]]:
    """Write the .pot and merge it into each language's .po; returns the untranslated msgids."""
    _write(locale_dir / f"{DOMAIN}.pot", template)
    untranslated: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        po_path = locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po_path.exists():
            catalog = _read(po_path, lang)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="Échoppe", charset="utf-8")
        # No fuzzy matching: a guessed translation of a different sentence is worse than none.
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        _set_header(catalog, lang)
        _write(po_path, catalog)
        untranslated[lang] = [m.id for m in catalog if m.id and not m.string]
    return untranslated


def missing_french(template: Catalog, locale_dir: Path = LOCALE_DIR) -> list[str]:
    po_path = locale_dir / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po"
    known = {m.id: m.string for m in _read(po_path, "fr")} if po_path.exists() else {}
    return [m.id for m in template if m.id and not known.get(m.id)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing French entries, write nothing")
    args = parser.parse_args(argv)
    template = extract()
    if args.check:
        missing = missing_french(template)
        for msgid in missing:
            print(f"untranslated: {msgid!r}")
        print(f"{len(template)} msgids, {len(missing)} without French")
        return 1 if missing else 0
    untranslated = update(template)
    print(f"{len(template)} msgids written to {LOCALE_DIR.relative_to(ROOT)}/{DOMAIN}.pot")
    for msgid in untranslated["fr"]:
        print(f"fr untranslated: {msgid!r}")
    print(f"fr: {len(untranslated['fr'])} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
