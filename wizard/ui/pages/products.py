"""Products: the table, add/duplicate/delete (with undo)/reorder, the editor and CSV import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from wizard.domain.model import Product, ProductKind
from wizard.domain.niches import NicheFields, niche
from wizard.i18n import EchoppeError
from wizard.ui.models import ProductTableModel
from wizard.ui.pages.base import BasePage
from wizard.ui.session import ShopSession
from wizard.ui.widgets.common import ProblemLabel, hint
from wizard.ui.widgets.product_editor import ProductEditor

IMPORT_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm", ".ods", ".xls")


def _import_files(mime) -> list[Path]:
    """The dropped local files an import can read."""
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES]


class ProductsPage(BasePage):
    """The shop's products; at least one is needed to go on."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("productsPage")
        self.setTitle(self.tr("Your products"))
        self.setSubTitle(self.tr("What you sell, with prices and photos. Double-click a product to change it."))
        self.set_help(self.tr(
            "Add your products one by one, or import them from a spreadsheet or from WooCommerce or "
            "Shopify (CSV file). Untick “On sale” to hide a product without deleting it. The order of the "
            "table is the order on your site: drag a row, or use the arrows, to change it. Everything is saved "
            "as you type."))
        self.model = ProductTableModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("productsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProductTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (ProductTableModel.PRICE, ProductTableModel.STOCK, ProductTableModel.CATEGORY,
                    ProductTableModel.PUBLISHED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(300)
        self.body.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a product"))
        self.add_button.setObjectName("addProduct")
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editProduct")
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setObjectName("duplicateProduct")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteProduct")
        self.up_button = QPushButton("↑")
        self.up_button.setObjectName("moveProductUp")
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.up_button.setShortcut("Ctrl+Up")
        self.down_button = QPushButton("↓")
        self.down_button.setObjectName("moveProductDown")
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.down_button.setShortcut("Ctrl+Down")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import a spreadsheet or CSV file…"))
        self.import_button.setObjectName("importCsv")
        for button in (self.add_button, self.edit_button, self.duplicate_button, self.delete_button,
                       self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        self.body.addLayout(row)

        undo_row = QHBoxLayout()
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undoLabel")
        self.undo_button = QPushButton(self.tr("Und&o"))
        self.undo_button.setObjectName("undoDelete")
        undo_row.addWidget(self.undo_label)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        self.body.addLayout(undo_row)
        self._deleted: Product | None = None
        self._show_undo(None)
        self.body.addWidget(hint(self.tr("Excel (.xlsx), LibreOffice (.ods) and CSV files are read as they are. You "
                                         "see what will be imported, and the rows that cannot be, before "
                                         "anything changes.")))
        self.problem = ProblemLabel()
        self.body.addWidget(self.problem)

        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.import_button.clicked.connect(self._choose_csv)
        self.undo_button.clicked.connect(self.undo_delete)
        # activated = Enter, or a double click (one signal: connecting doubleClicked too opened two editors)
        self.table.activated.connect(lambda index: self.edit_row(index.row()))
        self.model.modelReset.connect(self.completeChanged)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.editor: ProductEditor | None = None
        self.confirm_deletes = True
        self._update_buttons()
        self.setAcceptDrops(True)  # drop a spreadsheet or CSV file on the page: it is imported

    # ------------------------------------------------------------------ helpers
    def niche_fields(self) -> tuple[NicheFields, ProductKind]:
        try:
            chosen = niche(self.session.shop.shop().identity.niche)
        except KeyError:
            return NicheFields(), ProductKind.GOODS
        return chosen.fields, chosen.kind

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected_row() >= 0
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)
        self.up_button.setEnabled(has and self.selected_row() > 0)
        self.down_button.setEnabled(has and self.selected_row() < self.model.rowCount() - 1)

    # ------------------------------------------------------------------ actions
    def open_editor(self, product: Product | None) -> ProductEditor:
        """Open the editor (not modal, so tests and keyboard users can work with it)."""
        fields, kind = self.niche_fields()
        self.editor = ProductEditor(self.session, product, fields, kind, self)
        self.editor.setModal(True)
        self.editor.finished.connect(self._editor_closed)
        self.editor.show()
        self.editor.name_edit.setFocus()
        return self.editor

    def _editor_closed(self, *_args: object) -> None:
        editor = self.editor
        self.editor = None
        if editor is not None and editor.product.id:
            ids = self.model.product_ids()
            if editor.product.id in ids:
                self.select_row(ids.index(editor.product.id))
        self.completeChanged.emit()

    def add_product(self) -> ProductEditor:
        return self.open_editor(None)

    def edit_row(self, row: int) -> ProductEditor | None:
        if 0 <= row < self.model.rowCount():
            return self.open_editor(self.model.row(row))
        return None

    def edit_selected(self) -> None:
        self.edit_row(self.selected_row())

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        original: Product = self.model.row(row)
        copy = replace(original, id=0, slug="", name=self.tr("%1 (copy)").replace("%1", original.name),
                       variants=tuple(replace(v, id=0) for v in original.variants))
        stored = self.session.shop.add_product(copy)
        ids = self.model.product_ids()
        if stored.id in ids:
            ids.remove(stored.id)
            ids.insert(row + 1, stored.id)
            self.session.shop.reorder_products(ids)
        self.select_row(row + 1)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        product: Product = self.model.row(row)
        if self.confirm_deletes:
            answer = QMessageBox.question(
                self, self.tr("Delete a product"),
                self.tr("Delete “%1”? You can undo this right after.").replace("%1", product.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.shop.delete_product(product.id)
        self._show_undo(product)
        self.select_row(min(row, self.model.rowCount() - 1))

    def undo_delete(self) -> None:
        product = self._deleted
        if product is None:
            return
        stored = self.session.shop.add_product(replace(product, id=0,
                                                       variants=tuple(replace(v, id=0) for v in product.variants)))
        ids = self.model.product_ids()
        if stored.id in ids:
            ids.remove(stored.id)
            ids.insert(min(product.position, len(ids)), stored.id)
            self.session.shop.reorder_products(ids)
        self._show_undo(None)

    def _show_undo(self, product: Product | None) -> None:
        self._deleted = product
        if product is None:
            self.undo_label.clear()
        else:
            self.undo_label.setText(self.tr("“%1” was deleted.").replace("%1", product.name))
        self.undo_label.setVisible(product is not None)
        self.undo_button.setVisible(product is not None)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        ids = self.model.product_ids()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.session.shop.reorder_products(ids)
        self.select_row(target)

    # ------------------------------------------------------------------ CSV import
    def _choose_csv(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Import products"), str(Path.home()),
                                                 self.tr("Spreadsheets and CSV files (%1)").replace(
                                                     "%1", " ".join(f"*{x}" for x in IMPORT_SUFFIXES)))
        if chosen:
            dialog = self.import_dialog(Path(chosen))
            if dialog is not None:
                dialog.exec()

    def dragEnterEvent(self, event) -> None:
        if _import_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        files = _import_files(event.mimeData())
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        dialog = self.import_dialog(files[0])
        if dialog is not None:
            self.dropped_dialog = dialog
            dialog.open()  # the same preview as "Import…", with its line numbers and all-or-nothing rule

    def import_dialog(self, path: Path):
        """Read ``path`` and return the preview dialog (not shown); None when the file cannot be read."""
        from wizard.transfer.encoding import MixedEncoding
        from wizard.ui.widgets.import_dialog import ImportDialog, read_preview

        try:
            try:
                preview = read_preview(path)
            except MixedEncoding as exc:  # mostly UTF-8: ask how to read the lines that are not
                answer = QMessageBox.question(
                    self, self.tr("Import products"),
                    exc.message.text(self.lang) + "\n\n" + self.tr(
                        "Read the characters of those lines as Windows-1252 and the rest as UTF-8? The "
                        "preview then names those lines so that you can check them."),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    raise
                preview = read_preview(path, encoding="utf-8")
        except EchoppeError as exc:
            self.problem.show_problems([exc.text(self.lang)])
            return None
        except OSError as exc:
            self.problem.show_problems([self.tr("The file could not be read: %1").replace(
                "%1", exc.strerror or str(exc))])
            return None
        self.problem.show_problems([])
        return ImportDialog(self.session, preview, path, self)

    # ------------------------------------------------------------------ QWizardPage
    def initializePage(self) -> None:
        self.model.reload()
        self._update_buttons()
        self._show_niche_tips()

    def _show_niche_tips(self) -> None:
        """The page's help, then the niche's writing tips."""
        base = self.tr(
            "Add your products one by one, or import them from a spreadsheet or from WooCommerce or "
            "Shopify (CSV file). Untick “On sale” to hide a product without deleting it. The order of the "
            "table is the order on your site: drag a row, or use the arrows, to change it. Everything is saved "
            "as you type.")
        tips: list[str] = []
        if self.session.is_open:
            try:
                tips = niche(self.session.shop.shop().identity.niche).hints(self.lang)
            except KeyError:
                tips = []
        self.set_help("\n".join([base, *(f"• {tip}" for tip in tips)]))

    def isComplete(self) -> bool:
        return self.session.is_open and self.model.rowCount() > 0

    def why_not_complete(self):
        if self.model.rowCount() == 0:
            return self.tr("Add at least one product to go on (or import a file)."), None
        return None

    def edit_index(self, index: QModelIndex) -> None:
        self.edit_row(index.row())
