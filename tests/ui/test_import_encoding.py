"""Finding 7 in the app: a mostly-UTF-8 file names its bad lines and asks how to read them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_pages import _products_page

ROWS = "Nom;Prix\n" + "".join(f"Crème {i};5\n" for i in range(10))


def _mixed(tmp_path):
    lines = ROWS.encode("utf-8").splitlines(keepends=True)
    lines[4] = "Pâte;6\n".encode("cp1252")  # line 5 of the file
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(lines))
    return path


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` of the question once it is shown (it runs its own event loop)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("yes", [True, False], ids=["read-as-utf8", "refused"])
def test_the_app_asks_and_reads_the_bad_lines_as_windows_1252(qtbot, tmp_path, yes):
    window, page = _products_page(qtbot, tmp_path)
    before = [p.name for p in window.session.shop.products()]
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No, seen)
    dialog = page.import_dialog(_mixed(tmp_path))
    assert len(seen) == 1 and "5" in seen[0] and "UTF-8" in seen[0]
    if not yes:
        assert dialog is None
        assert "--encoding utf-8" in page.problem.text()  # the refusal, with its lines and its choice
        return
    qtbot.addWidget(dialog)
    names = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "Pâte" in names and "Crème 0" in names and not any("Ã" in n for n in names)
    assert dialog.warnings.count() == 1 and "5" in dialog.warnings.item(0).text()
    assert [p.name for p in window.session.shop.products()] == before  # nothing written yet
