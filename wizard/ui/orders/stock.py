"""What is left on the shelf: stock per product and per variant, sold-out lines marked."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.model import Product
from wizard.store.orders import set_stock_at_payment, stock_at_payment
from wizard.ui.session import ShopSession
from wizard.ui.widgets.common import hint

_SOLD_OUT = QColor("#fbe3df")


class StockView(QWidget):
    """A read-only table: product, variant, SKU, stock (stock is edited with the product), and when stock
    is taken (when an order comes in, or once it is paid)."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Stock goes down when an order comes in (or when it is paid, if you chose "
                                      "so) and comes back when an order is cancelled or withdrawn. Change it in "
                                      "the Products step.")))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("stockTable")
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Variant"), self.tr("Reference"),
                                              self.tr("In stock")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        layout.addWidget(self._stock_setting())

    def _stock_setting(self) -> QGroupBox:
        box = QGroupBox(self.tr("When stock goes down"))
        inner = QVBoxLayout(box)
        self.stock_at_paid = QCheckBox(self.tr("Take an order's items out of stock only once it is &paid"))
        self.stock_at_paid.setObjectName("stockAtPayment")
        inner.addWidget(self.stock_at_paid)
        inner.addWidget(hint(self.tr("Off (the usual choice): stock goes down as soon as an order comes in, so "
                                     "nobody can order what is already promised to someone else.")))
        if self.session.is_open:
            self.stock_at_paid.setChecked(stock_at_payment(self.session.shop))
        self.stock_at_paid.toggled.connect(self._on_stock_setting)
        return box

    @Slot(bool)
    def _on_stock_setting(self, checked: bool) -> None:
        if self.session.is_open:
            set_stock_at_payment(self.session.shop, checked)


    def show_products(self, products: list[Product]) -> None:
        rows: list[tuple[str, str, str, int | None]] = []
        for product in products:
            if product.variants:
                for variant in product.variants:
                    label = ", ".join(f"{k}: {v}" for k, v in variant.options)
                    rows.append((product.name, label, variant.sku, variant.stock))
            else:
                rows.append((product.name, "", product.sku, product.stock))
        self.table.setRowCount(len(rows))
        for row, (name, label, sku, stock) in enumerate(rows):
            if stock is None:
                amount = self.tr("not counted")
            elif stock <= 0:
                amount = self.tr("0 — sold out")
            else:
                amount = str(stock)
            for column, text in enumerate((name, label, sku, amount)):
                item = QTableWidgetItem(text)
                if stock is not None and stock <= 0:
                    item.setBackground(QBrush(_SOLD_OUT))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def stock_text(self, row: int) -> str:
        item = self.table.item(row, 3)
        return item.text() if item is not None else ""
