"""Refresh the Qt translations of the desktop app.

Runs ``pyside6-lupdate`` over every module of ``wizard/ui`` into ``resources/translations/echoppe_<lang>.ts``
(existing translations are kept, vanished strings dropped), fills the English catalogue with the source
texts (msgids are English), then compiles each ``.ts`` into its ``.qm`` with ``pyside6-lrelease``.

    .venv/bin/python scripts/update_translations.py            # extract + compile
    .venv/bin/python scripts/update_translations.py --check    # list French strings still untranslated
    .venv/bin/python scripts/update_translations.py --fill-from OLD.ts  # after a merge or a moved class:
        # French still untranslated takes the translation OLD.ts gives the same English text
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS_DIR = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "wizard" / "ui").rglob("*.py"))


def extract(lang: str) -> Path:
    ts = TS_DIR / f"echoppe_{lang}.ts"
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", lang, "-ts", str(ts.relative_to(REPO))],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return ts


def fill_english(ts: Path) -> None:
    """English needs no translation: mark each message as translated by itself."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            if not forms:
                forms = [ET.SubElement(translation, "numerusform") for _ in range(2)]
            for form in forms:
                form.text = source.text
            translation.text = None
        else:
            translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append((name, message.findtext("source") or ""))
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if not all(texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill_from(ts: Path, other: Path) -> int:
    """Translate each untranslated message of ``ts`` as ``other`` translates the same source text (in
    any context: a class that moved keeps its strings). Returns how many were filled."""
    known: dict[str, ET.Element] = {}
    for message in ET.parse(other).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if source is not None and translation is not None and translation.get("type") != "unfinished":
            known.setdefault(source, translation)
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") != "unfinished" or source not in known:
            continue
        found = known[source]
        forms, theirs = translation.findall("numerusform"), found.findall("numerusform")
        if forms or theirs:
            if len(forms) != len(theirs):
                continue
            for form, their in zip(forms, theirs, strict=True):
                form.text = their.text
        else:
            translation.text = found.text
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list untranslated French strings")
    parser.add_argument("--fill-from", type=Path, metavar="TS",
                        help="fill untranslated French strings from this .ts (same English text)")
    args = parser.parse_args()
    fr = TS_DIR / "echoppe_fr.ts"
    if args.check:
        missing = untranslated(fr)
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    extract("fr")
    if args.fill_from and fill_from(fr, args.fill_from):
        extract("fr")  # lupdate writes the file back in its own layout
        print(f"French taken from {args.fill_from}")
    fill_english(extract("en"))
    for lang in ("fr", "en"):
        compile_qm(TS_DIR / f"echoppe_{lang}.ts")
    missing = untranslated(fr)
    print(f"{len(missing)} French strings left to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
