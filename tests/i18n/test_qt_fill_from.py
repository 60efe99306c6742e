"""``update_translations.py --fill-from``: after a merge or a class moved to another module, the Qt
catalogue takes back the French it already had for the same English text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context><name>{context}</name>
<message><source>&amp;Publish</source><translation{plain}</translation></message>
<message numerus="yes"><source>%n file(s)</source><translation{numerus}</translation></message>
<message><source>Only here</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_untranslated_strings_take_the_old_translation_of_the_same_text(tmp_path):
    old = tmp_path / "old.ts"
    old.write_text(TS.format(context="PublishPage", plain=">&amp;Publier",
                             numerus="><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform>"),
                   encoding="utf-8")
    new = tmp_path / "new.ts"
    new.write_text(TS.format(context="PublishPanel", plain=' type="unfinished">',
                             numerus=' type="unfinished"><numerusform></numerusform><numerusform></numerusform>'),
                   encoding="utf-8")
    script = _script()
    assert script.fill_from(new, old) == 2
    left = script.untranslated(new)
    assert left == [("PublishPanel", "Only here")]
    text = new.read_text(encoding="utf-8")
    assert "&amp;Publier" in text and "%n fichiers" in text
