"""Child process for the kill-and-reopen test: types into the real wizard, then waits to be killed."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wizard.ui.app import AppController, configure_application
from wizard.ui.i18n import install_language


def main(path: str) -> None:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    install_language("en")
    controller = AppController()
    window = controller.build_window()
    window.show()
    assert window.welcome_page.open_existing(__import__("pathlib").Path(path))
    window.next()
    page = window.shop_page
    page.tagline_edit.clear()
    QTest.keyClicks(page.tagline_edit, "Handmade mugs from Lyon")
    page.about_edit.setFocus()
    QTest.keyClicks(page.about_edit, "I throw every piece myself")
    QTest.keyClicks(page.phone_edit, "0612345678")
    window.next()
    editor = window.products_page.add_product()
    editor.autosave.saved.connect(lambda: print("SAVED", flush=True))
    QTest.keyClicks(editor.name_edit, "Mug")
    QTest.keyClicks(editor.price_edit, "18,5")
    # the last keystroke is in the editor, still focused: no editingFinished, only the debounce timer
    print("TYPED", flush=True)
    QTimer.singleShot(60_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
