"""The Orders window's "Book of receipts" tab: the livre des recettes as CSV or PDF, for a year or a month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.receipts import receipts, total
from wizard.i18n import EchoppeError
from wizard.store.orders import list_orders
from wizard.transfer.receipts import write_receipts
from wizard.ui.i18n import ui_language
from wizard.ui.orders.labels import money
from wizard.ui.session import ShopSession
from wizard.ui.widgets.common import ProblemLabel, hint
from wizard.ui.workers import CallableWorker, run_in_thread


class ReceiptsPanel(QWidget):
    """Write the livre des recettes from the paid orders, in the shop's language."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: CallableWorker | None = None
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "A micro-entrepreneur keeps a book of receipts: each payment received, with its date, reference, "
            "customer, what was sold, the amount and how it was paid. Échoppe writes it from the orders you "
            "marked paid (a cancelled or withdrawn order after payment gets its refund line).")))
        form = QFormLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("receiptsYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(dt.date.today().year)
        form.addRow(self.tr("&Year:"), self.year_spin)
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("receiptsMonth")
        self.month_combo.addItem(self.tr("The whole year"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(f"{month:02d}", month)
        form.addRow(self.tr("&Month:"), self.month_combo)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("receiptsFormat")
        self.format_combo.addItem(self.tr("PDF, to print"), ".pdf")
        self.format_combo.addItem(self.tr("CSV, for a spreadsheet"), ".csv")
        form.addRow(self.tr("Fo&rmat:"), self.format_combo)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("receiptsPath")
        self.path_edit.setPlaceholderText(self.tr("Where to save it"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        save_as = QLabel(self.tr("Save &as:"))
        save_as.setBuddy(self.path_edit)
        form.addRow(save_as, row)
        layout.addLayout(form)
        self.summary_label = QLabel()  # what the book will hold, before it is written
        self.summary_label.setObjectName("receiptsSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.write_button = QPushButton(self.tr("&Write the book of receipts"))
        self.write_button.setObjectName("writeReceipts")
        self.write_button.clicked.connect(self.write)
        layout.addWidget(self.write_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("receiptsResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Say what the book of the chosen period holds (read again when the orders change)."""
        if not self.session.is_open:
            self.summary_label.clear()
            return
        year, month = self._period()
        rows = receipts(list_orders(self.session.shop), year, month)
        period = f"{month:02d}/{year}" if month else str(year)
        if not rows:
            self.summary_label.setText(self.tr("Nothing for {period} yet: an order appears here once you mark it "
                                               "paid in the Orders tab.").format(period=period))
            return
        currencies = {r.currency for r in rows}
        amount = money(total(rows), rows[0].currency, ui_language()) if len(currencies) == 1 else ""
        refunds = sum(1 for r in rows if r.amount < 0)
        text = self.tr("For {period}: payments received: {payments}").format(
            period=period, payments=len(rows) - refunds)
        if refunds:
            text += self.tr(", refunds: {refunds}").format(refunds=refunds)
        if amount:
            text += self.tr(", {amount} in all").format(amount=amount)
        self.summary_label.setText(text + ".")

    def _period(self) -> tuple[int, int | None]:
        month = int(self.month_combo.currentData())
        return self.year_spin.value(), month or None

    def _default_name(self) -> str:
        year, month = self._period()
        period = f"{year}-{month:02d}" if month else str(year)
        return self.tr("book-of-receipts-{period}").format(period=period) + str(self.format_combo.currentData())

    @Slot()
    def _choose(self) -> None:
        start = self.path_edit.text() or str(Path.home() / self._default_name())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the book of receipts"), start)
        if path:
            self.path_edit.setText(path)

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        wanted = str(self.format_combo.currentData())
        return path if path.suffix.lower() == wanted else path.with_name(path.name + wanted)

    @Slot()
    def write(self) -> None:
        """Write the book off the GUI thread (a PDF of a busy year takes a moment)."""
        path = self.target()
        if path is None:
            self.problem.show_problems([self.tr("Choose where to save the book of receipts.")])
            return
        if self.worker is not None or not self.session.is_open:
            return
        shop = self.session.shop
        identity = shop.shop().identity
        year, month = self._period()
        rows = receipts(list_orders(shop), year, month)
        period = f"{year}-{month:02d}" if month else str(year)
        self.problem.show_problems([])
        self.write_button.setEnabled(False)
        worker = CallableWorker(lambda _cancel: write_receipts(path, rows, identity.language, identity.name, period))
        worker.finished.connect(lambda _r: self._on_written(path, len(rows)))
        worker.failed.connect(self._on_failed)
        self.worker = worker
        run_in_thread(worker)

    def _on_written(self, path: Path, count: int) -> None:
        self.worker = None
        self.written = path
        self.write_button.setEnabled(True)
        self.result_label.setText(self.tr("{count} receipts written to {path}.").format(count=count, path=str(path)))

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.worker = None
        self.write_button.setEnabled(True)
        text = error.text(ui_language()) if isinstance(error, EchoppeError) else str(error)
        self.problem.show_problems([self.tr("The book of receipts could not be written: {error}").format(error=text)])
