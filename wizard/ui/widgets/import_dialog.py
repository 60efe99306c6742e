"""CSV import: show what would be imported and what is rejected (with line numbers) before writing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.i18n import EchoppeError
from wizard.transfer.results import ImportPreview, ImportReport
from wizard.ui.i18n import ui_language
from wizard.ui.models import money_text
from wizard.ui.session import ShopSession


def read_preview(path: Path, encoding: str = "auto") -> ImportPreview:
    """Parse ``path`` with the import service without touching the shop."""
    from wizard.transfer import read_products

    return read_products(path, encoding=encoding)


class ImportDialog(QDialog):
    """The preview of an import; nothing is written until "Import" is clicked."""

    imported = Signal(bool)

    def __init__(self, session: ShopSession, preview: ImportPreview, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.session = session
        self.preview = preview
        self.report: ImportReport | None = None
        lang = ui_language()
        self.setWindowTitle(self.tr("Import products from %1").replace("%1", source.name))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        items = list(preview.items)
        rejected = list(preview.rejected)
        summary = QLabel(self.tr("%1 products can be imported; %2 rows are rejected.")
                         .replace("%1", str(len(items))).replace("%2", str(len(rejected))))
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.table = QTableWidget(len(items), 4)
        self.table.setObjectName("importProducts")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Price"),
                                              self.tr("Category")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, item in enumerate(items):
            product = item.product
            for col, text in enumerate((str(item.line), product.name, money_text(product.price),
                                        item.category_path)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 2)

        self.rejected_label = QLabel(self.tr("Rejected rows (correct them in your file and import again, or "
                                             "import the valid rows only):"))
        self.rejected_label.setWordWrap(True)
        self.rejected = QListWidget()
        self.rejected.setObjectName("importRejected")
        for row in rejected:
            self.rejected.addItem(row.text(lang))
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.rejected, 1)
        self.rejected_label.setVisible(bool(rejected))
        self.rejected.setVisible(bool(rejected))

        warnings = list(preview.warnings)
        if warnings:
            self.warnings = QListWidget()
            self.warnings.setObjectName("importWarnings")
            for warning in warnings:
                self.warnings.addItem(warning.text(lang))
            layout.addWidget(QLabel(self.tr("Worth knowing:")))
            layout.addWidget(self.warnings, 1)

        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importAll")
        self.valid_only_button = QPushButton(self.tr("Import the &valid rows only"))
        self.valid_only_button.setObjectName("importValidOnly")
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("importCancel")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.valid_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(bool(items) and not rejected)
        self.valid_only_button.setVisible(bool(rejected))
        self.valid_only_button.setEnabled(bool(items))
        self.import_button.clicked.connect(lambda: self.apply(skip_invalid=False))
        self.valid_only_button.clicked.connect(lambda: self.apply(skip_invalid=True))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self, skip_invalid: bool):
        """Write the import to the shop in a worker thread (all of it, or nothing).

        The dialog closes when it is done (``imported`` is emitted); an error is shown in the dialog.
        """
        from wizard.ui.workers import CsvImportWorker, run_in_thread

        worker = CsvImportWorker(self.session.shop, preview=self.preview, skip_invalid=skip_invalid)
        worker.finished.connect(self._applied)
        worker.failed.connect(self._failed)
        for button in (self.import_button, self.valid_only_button, self.cancel_button):
            button.setEnabled(False)
        self.error.setText(self.tr("Importing…"))
        self.error.show()
        self._worker = worker
        run_in_thread(worker)
        return worker

    def _applied(self, report: ImportReport) -> None:
        self.report = report
        self.imported.emit(True)
        self.accept()

    def _failed(self, error: object) -> None:
        text = error.text(ui_language()) if isinstance(error, EchoppeError) else str(error)
        self.error.setText(text)
        self.error.show()
        self.cancel_button.setEnabled(True)
        self.imported.emit(False)
