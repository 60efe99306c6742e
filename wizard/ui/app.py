"""Application start-up (placeholder until the wizard lands)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(app.translate("main", "Échoppe"))
    label.resize(480, 320)
    label.show()
    return app.exec()
