"""Never lose work: every edit reaches the shop file within the debounce, even if the app is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

from tests.ui.wizard_helpers import make_shop, open_shop, start
from wizard.store.shopfile import ShopFile
from wizard.ui.widgets.autosave import AUTOSAVE_DELAY_MS

REPO = Path(__file__).resolve().parents[2]


def test_typing_is_saved_after_a_short_pause(qtbot, tmp_path):
    assert AUTOSAVE_DELAY_MS <= 500
    path = make_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    page = window.shop_page
    revision = window.session.shop.revision
    qtbot.keyClicks(page.owner_edit, "Lea Martin")
    assert window.session.shop.shop().legal.owner_name == "", "not on every keystroke"
    qtbot.waitUntil(lambda: window.session.shop.shop().legal.owner_name == "Lea Martin", timeout=3000)
    assert window.session.shop.revision == revision + 1, "one save for the whole word"


def test_killed_app_keeps_every_edit(tmp_path):
    path = make_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ECHOPPE_LANG="en")
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("autosave_child.py")), str(path)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    guard = threading.Timer(90, child.kill)  # never hang the suite if the child gets stuck
    guard.start()
    try:
        line = child.stdout.readline()
        assert line.strip() == "TYPED", (line, child.stderr.read() if child.poll() is not None else "")
        typed = time.monotonic()
        # nothing flushes by hand: the debounce timer alone saves the last keystrokes
        assert child.stdout.readline().strip() == "SAVED"
        waited = time.monotonic() - typed
        assert waited < 5, f"the autosave took {waited:.1f} s"
        assert child.poll() is None, "the app is still running when killed"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        guard.cancel()
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert child.returncode == -signal.SIGKILL
    with ShopFile.open(path) as shop:
        identity = shop.shop().identity
        assert identity.tagline == "Handmade mugs from Lyon"
        assert identity.about == "I throw every piece myself"
        assert identity.phone == "0612345678"
        mug = [p for p in shop.products() if p.name == "Mug"]
        assert len(mug) == 1 and mug[0].price == Decimal("18.5")
        assert shop.integrity_ok()


def test_closing_the_window_saves_what_the_open_editor_holds(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", email="lea@example.fr")
    _c, window = start(qtbot)
    open_shop(qtbot, window, path)
    window.next()
    editor = window.products_page.add_product()
    qtbot.keyClicks(editor.name_edit, "Bougie")
    qtbot.keyClicks(editor.price_edit, "15")
    assert editor.autosave.pending
    window.close()
    assert [p.name for p in window.session.shop.products() if p.name == "Bougie"] == ["Bougie"]
