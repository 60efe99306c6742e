"""Qt table models over the shop file's lists (products, shipping rates, coupons).

Views never query the database: they read these models, which reload from the :class:`ShopFile`
after each committed change of their kind.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QMimeData, QModelIndex, QObject, Qt

from wizard.domain.legal import DEFAULT_DELIVERY_DAYS
from wizard.domain.model import Coupon, CouponKind, Product, ShippingKind, ShippingRate, ShippingZone
from wizard.domain.money import format_amount
from wizard.ui.session import ShopSession

_EMPTY = QModelIndex()


def money_text(amount: Decimal | None) -> str:
    """``1234.5`` → ``"1 234,50"`` in French, ``"1,234.50"`` in English (empty for None); reads back exactly."""
    if amount is None:
        return ""
    from wizard.ui.i18n import ui_language

    return format_amount(amount, ui_language())


R = TypeVar("R")


class _ListModel(QAbstractTableModel, Generic[R]):
    """A read-mostly table over a list reloaded from the shop file."""

    change_kind = ""

    def __init__(self, session: ShopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[R] = []
        session.changed.connect(self._on_change)
        session.opened.connect(self.reload)
        self.reload()

    def _fetch(self) -> list[R]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._fetch() if self.session.is_open else []
        self.endResetModel()

    def _on_change(self, kind: str) -> None:
        if kind in (self.change_kind, "shop"):
            self.reload()

    def rowCount(self, parent: QModelIndex = _EMPTY) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _EMPTY) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)


class ProductTableModel(_ListModel[Product]):
    """Products in shop order: name, price, stock, category, published (tickable)."""

    change_kind = "products"
    NAME, PRICE, STOCK, CATEGORY, PUBLISHED = range(5)

    def _fetch(self) -> list[Product]:
        shop = self.session.shop
        self._categories = {c.id: c.name for c in shop.categories()}
        return shop.products()

    def _on_change(self, kind: str) -> None:
        if kind in ("products", "categories", "shop"):
            self.reload()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ProductTableModel", "Name"), QCoreApplication.translate("ProductTableModel", "Price"),
                QCoreApplication.translate("ProductTableModel", "Stock"), QCoreApplication.translate("ProductTableModel", "Category"),
                QCoreApplication.translate("ProductTableModel", "On sale")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        product: Product = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return product.name
            if col == self.PRICE:
                low, high = product.price_range()
                return money_text(low) if low == high else f"{money_text(low)} – {money_text(high)}"
            if col == self.STOCK:
                if product.variants:
                    stocks = [v.stock for v in product.variants if v.stock is not None]
                    return str(sum(stocks)) if stocks else "—"
                return "—" if product.stock is None else str(product.stock)
            if col == self.CATEGORY:
                return self._categories.get(product.category_id, "") if product.category_id else ""
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.PUBLISHED:
            return Qt.CheckState.Checked if product.published else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PRICE, self.STOCK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PUBLISHED:
            return QCoreApplication.translate("ProductTableModel", "Untick to hide this product from the "
                                              "site without deleting it.")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled  # drop between rows to reorder
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.PUBLISHED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    # ------------------------------------------------------------------ drag and drop to reorder
    MIME = "application/x-echoppe-product-ids"

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(self.MIME, json.dumps([self._rows[r].id for r in rows]).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        """Move the dragged products before ``row`` and save the new order."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(self.MIME):
            return False
        moved = [int(i) for i in json.loads(bytes(data.data(self.MIME).data()).decode())]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        ids = [p.id for p in self._rows]
        before = [pid for pid in ids[:row] if pid not in moved]
        after = [pid for pid in ids[row:] if pid not in moved]
        new_order = before + [pid for pid in ids if pid in moved] + after
        if new_order != ids:
            self.session.shop.reorder_products(new_order)
        return False  # the model reloads from the file; the view must not remove the source rows

    def setData(self, index: QModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.PUBLISHED:
            return False
        from dataclasses import replace

        product: Product = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.session.shop.update_product(replace(product, published=checked))
        return True

    def product_ids(self) -> list[int]:
        return [p.id for p in self._rows]


def zone_label(zone: ShippingZone) -> str:
    return {
        ShippingZone.FRANCE: QCoreApplication.translate("ShippingTableModel", "France"),
        ShippingZone.EU: QCoreApplication.translate("ShippingTableModel", "European Union"),
        ShippingZone.WORLD: QCoreApplication.translate("ShippingTableModel", "Whole world"),
    }[zone]


def shipping_kind_label(kind: ShippingKind) -> str:
    return {
        ShippingKind.FLAT: QCoreApplication.translate("ShippingTableModel", "One price"),
        ShippingKind.FREE_ABOVE: QCoreApplication.translate("ShippingTableModel", "Free above an amount"),
        ShippingKind.BY_WEIGHT: QCoreApplication.translate("ShippingTableModel", "Up to a weight"),
    }[kind]


class ShippingTableModel(_ListModel[ShippingRate]):
    change_kind = "shipping"

    def _fetch(self) -> list[ShippingRate]:
        return self.session.shop.shipping_rates()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ShippingTableModel", "Name"), QCoreApplication.translate("ShippingTableModel", "Where"),
                QCoreApplication.translate("ShippingTableModel", "How"), QCoreApplication.translate("ShippingTableModel", "Price"),
                QCoreApplication.translate("ShippingTableModel", "Free above"), QCoreApplication.translate("ShippingTableModel", "Max. weight (g)"),
                QCoreApplication.translate("ShippingTableModel", "Deadline")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rate: ShippingRate = self._rows[index.row()]
        return [
            rate.name,
            zone_label(rate.zone),
            shipping_kind_label(rate.kind),
            money_text(rate.price),
            money_text(rate.free_above),
            "" if rate.max_weight_g is None else str(rate.max_weight_g),
            _deadline_text(rate),
        ][index.column()]


def _deadline_text(rate: ShippingRate) -> str:
    """"3 days", "pickup, 2 days", "30 days (not said)": what the terms of sale promise."""
    days = rate.delivery_days or DEFAULT_DELIVERY_DAYS
    text = QCoreApplication.translate("ShippingTableModel", "%n day(s)", "", days)
    if rate.delivery_days is None:
        text = QCoreApplication.translate("ShippingTableModel", "%1 (not said)").replace("%1", text)
    if rate.pickup:
        text = QCoreApplication.translate("ShippingTableModel", "pickup, %1").replace("%1", text)
    return text


class CouponTableModel(_ListModel[Coupon]):
    change_kind = "coupons"

    def _fetch(self) -> list[Coupon]:
        return self.session.shop.coupons()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("CouponTableModel", "Code"), QCoreApplication.translate("CouponTableModel", "Discount"),
                QCoreApplication.translate("CouponTableModel", "Minimum order"), QCoreApplication.translate("CouponTableModel", "From"),
                QCoreApplication.translate("CouponTableModel", "Until")]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        coupon: Coupon = self._rows[index.row()]
        value = f"{coupon.value.normalize():f} %" if coupon.kind == CouponKind.PERCENT else money_text(coupon.value)
        return [
            coupon.code,
            value,
            money_text(coupon.min_order),
            coupon.starts.isoformat() if coupon.starts else "",
            coupon.ends.isoformat() if coupon.ends else "",
        ][index.column()]
