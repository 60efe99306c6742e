"""The list of orders as a Qt table model (number, date, customer, total, status)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from wizard.domain.orders import Order, OrderStatus
from wizard.ui.orders.labels import day, money, status_label

_Index = QModelIndex | QPersistentModelIndex


class OrdersModel(QAbstractTableModel):
    """Read-only rows of :class:`Order`; new orders are in bold."""

    NUMBER, DATE, CUSTOMER, TOTAL, STATUS = range(5)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._orders: list[Order] = []

    def set_orders(self, orders: list[Order]) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self.endResetModel()

    def order_at(self, row: int) -> Order | None:
        return self._orders[row] if 0 <= row < len(self._orders) else None

    def row_of(self, number: str) -> int:
        return next((i for i, o in enumerate(self._orders) if o.number == number), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Number"), self.tr("Date"), self.tr("Customer"), self.tr("Total"),
                self.tr("Status"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        order = self.order_at(index.row())
        if order is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return order.number
            if column == self.DATE:
                return day(order.received_at)
            if column == self.CUSTOMER:
                return order.customer.name
            if column == self.TOTAL:
                return money(order.total, order.currency, self.lang)
            return status_label(order.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CUSTOMER:
            return f"{order.customer.name} <{order.customer.email}>"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and order.status == OrderStatus.NEW:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return order.number
        return None
