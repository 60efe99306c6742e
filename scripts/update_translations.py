"""Refresh the Qt translations of the desktop app.

Runs ``pyside6-lupdate`` over every module of ``wizard/ui`` into ``resources/translations/echoppe_<lang>.ts``
(existing translations are kept, vanished strings dropped), fills the English catalogue with the source
texts (msgids are English), then compiles each ``.ts`` into its ``.qm`` with ``pyside6-lrelease``.

    .venv/bin/python scripts/update_translations.py            # extract + compile
    .venv/bin/python scripts/update_translations.py --check    # list French strings still untranslated
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


def compile_qm(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list untranslated French strings")
    args = parser.parse_args()
    fr = TS_DIR / "echoppe_fr.ts"
    if args.check:
        missing = untranslated(fr)
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    extract("fr")
    fill_english(extract("en"))
    for lang in ("fr", "en"):
        compile_qm(TS_DIR / f"echoppe_{lang}.ts")
    missing = untranslated(fr)
    print(f"{len(missing)} French strings left to translate")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
