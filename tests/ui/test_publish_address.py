"""Finding 4's last entry point (issue 14): a ``javascript:`` address typed into the Publish page's public
address field, through the real widget, is never saved, is explained at once, and no build links to it."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.site.pagecheck import html_files
from tests.ui.test_publish_helpers import make_shop, open_page, wait_idle
from wizard.site import build_site

LEFT = Qt.MouseButton.LeftButton
GOOD = "https://boutique.example.fr/"
BAD = "javascript:alert(1)"

@pytest.fixture(autouse=True)
def _collect_qt_garbage():
    """Delete and collect this test's Qt objects on the GUI thread once qtbot closed them, so that no
    later collection frees them in another test's worker thread."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()



def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field, as a person does


def _no_javascript_link(folder: Path) -> None:
    pages = html_files(folder)
    assert pages
    for page in pages:
        assert "javascript:" not in page.read_text(encoding="utf-8").lower(), page
    for other in folder.rglob("*"):
        if other.is_file() and other.suffix in {".xml", ".txt", ".json", ".js", ".webmanifest"}:
            assert "javascript:alert" not in other.read_text(encoding="utf-8", errors="replace"), other


def test_a_javascript_address_typed_is_refused_explained_and_never_linked(qtbot, shop_path, tmp_path):
    shop = make_shop(shop_path)
    shop.save_settings(replace(shop.shop().target, public_url=GOOD))
    page = open_page(qtbot, shop, active=True)
    assert page.url_edit.text() == GOOD

    _type(qtbot, page.url_edit, BAD)
    assert not page.autosave.pending, "leaving the field saved the form: whatever would be saved is saved"
    assert page.url_edit.text() == BAD, "the person's typing stays in the field, to be corrected"
    saved = shop.shop()
    assert saved.target.public_url == GOOD and saved.identity.public_url != BAD, "nothing unsafe is saved"
    problem = page.findChild(QWidget, "publicUrlEditProblem")
    assert problem is not None and problem.isVisible()
    assert "not a web address" in problem.text() and "https://" in problem.text()

    # Publishing (to the folder) is refused while the address is not one, saying why, before anything runs.
    out = tmp_path / "published"  # not the suggested folder: that one is shared by the session's tests
    _type(qtbot, page.folder_edit, str(out))
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    assert "web address" in page.error_label.text()
    assert not (out / "index.html").exists()

    # What the file holds builds pages that never link to it.
    build_site(shop, tmp_path / "site")
    _no_javascript_link(tmp_path / "site")

    # Corrected, the message goes, the address is saved and a publish links to it.
    _type(qtbot, page.url_edit, "https://www.atelier-lea.fr/")
    qtbot.waitUntil(lambda: shop.shop().target.public_url == "https://www.atelier-lea.fr/", timeout=3_000)
    assert not problem.isVisible()
    qtbot.mouseClick(page.publish_button, LEFT)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: (out / "index.html").is_file(), timeout=60_000)
    assert page.last_error is None, page.error_label.text()
    _no_javascript_link(out)
    assert "https://www.atelier-lea.fr/" in (out / "sitemap.xml").read_text(encoding="utf-8")
    page.session.close()
