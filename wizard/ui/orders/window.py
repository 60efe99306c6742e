"""The Orders window: the list with a status filter, the detail, status changes, fetching, stock."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.order_mail import MailKind, prepare
from wizard.domain.orders import RELEASED, Order, OrderStatus
from wizard.domain.withdrawal_check import differs_from_order
from wizard.i18n import EchoppeError
from wizard.store import orders as store
from wizard.store.orders import StockChange
from wizard.ui.i18n import ui_language
from wizard.ui.orders.books import ReceiptsPanel
from wizard.ui.orders.detail import OrderDetail
from wizard.ui.orders.fetch_panel import FetchPanel
from wizard.ui.orders.labels import status_label
from wizard.ui.orders.model import OrdersModel
from wizard.ui.orders.stock import StockView
from wizard.ui.session import ShopSession
from wizard.ui.widgets.common import HelpBox, ProblemLabel
from wizard.ui.widgets.screen_fit import resize_to_fit

PREFERRED_SIZE = QSize(1180, 720)  # shrunk to the screen's free area (a 1280×720 screen has less)
MINIMUM_SIZE = QSize(760, 480)


class OrdersWindow(QWidget):
    """Everything about the orders of the open shop, in its own window (reachable at any time)."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ordersWindow")
        self.session = session
        self.lang = ui_language()
        self.dialog: QMessageBox | None = None  # the open confirmation, for the tests
        self.setWindowTitle(self.tr("Orders — Échoppe"))
        resize_to_fit(self, PREFERRED_SIZE, MINIMUM_SIZE)
        layout = QVBoxLayout(self)
        layout.addWidget(HelpBox(self.tr(
            "The orders your customers placed on your site wait on your host, locked so that only your shop "
            "file can read them. Fetch them here: each one comes into your shop file and its stock goes down. "
            "Then mark each order paid, shipped and delivered as you go; cancelling puts its stock back.")))
        header = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("newOrdersCount")
        font = QFont(self.count_label.font())
        font.setBold(True)
        self.count_label.setFont(font)
        header.addWidget(self.count_label, 1)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("ordersSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search a number, a name, an e-mail"))
        self.search_edit.setMinimumWidth(340)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        header.addWidget(self.search_edit)
        show = QLabel(self.tr("&Show:"))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("statusFilter")
        self.filter_combo.addItem(self.tr("All orders"), "")
        for status in OrderStatus:
            self.filter_combo.addItem(status_label(status), status.value)
        show.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        header.addWidget(show)
        header.addWidget(self.filter_combo)
        layout.addLayout(header)

        self.fetch_panel = FetchPanel(session)
        self.fetch_panel.storedSomething.connect(self.refresh)
        layout.addWidget(self.fetch_panel)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ordersTabs")
        layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = OrdersModel(self.lang, self)
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(OrdersModel.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("ordersEmpty")
        self.empty_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        splitter.addWidget(left)
        self.detail = OrderDetail(self.lang)
        self.detail.statusRequested.connect(self.request_status)
        self.detail.noteRequested.connect(self.add_note)
        self.detail.mailRequested.connect(self.write_mail)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never a clipped button
        scroll.setWidget(self.detail)
        splitter.addWidget(scroll)
        splitter.setSizes([540, 640])  # the list shows a customer's whole name, the detail its buttons
        splitter.setStretchFactor(1, 1)
        self.tabs.addTab(splitter, self.tr("&Orders"))
        self.stock_view = StockView(session)
        self.tabs.addTab(self.stock_view, self.tr("S&tock"))
        self.receipts_panel = ReceiptsPanel(session)
        self.tabs.addTab(self.receipts_panel, self.tr("&Book of receipts"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_stock())
        session.changed.connect(self._on_shop_changed)
        self.refresh()
        self.table.setFocus()  # typing a search is a choice, not where the window starts

    # ------------------------------------------------------------------ reading
    def current_filter(self) -> OrderStatus | None:
        value = self.filter_combo.currentData()
        return OrderStatus(value) if value else None

    def set_filter(self, status: OrderStatus | None) -> None:
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(status.value if status else ""), 0))

    def new_count(self) -> int:
        return store.count_new(self.session.shop) if self.session.is_open else 0

    @Slot()
    def refresh(self) -> None:
        """Read the orders again (the selected one stays selected when still listed)."""
        if not self.session.is_open:
            return
        shop = self.session.shop
        keep = self.detail.order.number if self.detail.order is not None else None
        orders = [o for o in store.list_orders(shop, self.current_filter()) if self._matches(o)]
        self.model.set_orders(orders)
        count = store.count_new(shop)
        self.count_label.setText(self.tr("{count} new orders to handle").format(count=count) if count
                                 else self.tr("No new orders to handle"))
        if not orders:
            if self.search_edit.text().strip():
                self.empty_label.setText(self.tr("No order matches your search."))
            elif self.current_filter() is None:
                self.empty_label.setText(self.tr("No orders here yet. Orders placed on your site come in when you "
                                                 "fetch them."))
            else:
                self.empty_label.setText(self.tr("No orders with this status."))
        self.empty_label.setVisible(not orders)
        self._refresh_stock()
        self.receipts_panel.refresh()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
            self._show(row)
        else:
            self.table.clearSelection()
            self.detail.show_order(None)

    def _matches(self, order: Order) -> bool:
        words = self.search_edit.text().casefold().split()
        text = " ".join((order.number, order.customer.name, order.customer.email)).casefold()
        return all(word in text for word in words)

    def _refresh_stock(self) -> None:
        """The stock table is read only while it is shown (a shop may hold many products)."""
        if self.session.is_open and self.tabs.currentWidget() is self.stock_view:
            self.stock_view.show_products(self.session.shop.products())

    def select(self, number: str) -> None:
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if rows:
            self._show(min(rows))

    def _show(self, row: int) -> None:
        order = self.model.order_at(row)
        withdrawals = store.list_withdrawals(self.session.shop) if order and order.withdrawals else []
        self.detail.show_order(order, withdrawals)

    def _on_shop_changed(self, kind: str) -> None:
        if kind in ("orders", "products") and self.isVisible() and not self.fetch_panel.busy:
            self.refresh()
            self.receipts_panel.refresh()

    # ------------------------------------------------------------------ changing
    @Slot(str, object)
    def request_status(self, number: str, status: OrderStatus) -> None:
        """Change the status; cancelling or a withdrawal (stock comes back) is confirmed first."""
        if status not in RELEASED:
            self.apply_status(number, status)
            return
        if status == OrderStatus.CANCELLED:
            title = self.tr("Cancel order {number}?").format(number=number)
            text = self.tr("The order is cancelled for good and its stock goes back on the shelf. Tell the "
                           "customer, and refund them if they had paid.")
        else:
            title = self.tr("Record the withdrawal of order {number}?").format(number=number)
            text = self.tr("The customer used their right of withdrawal: the order is closed for good and its "
                           "stock goes back on the shelf. Refund them within 14 days.")
            if self._doubtful(number):
                text += "\n\n" + self.tr("Careful: the name or e-mail on the withdrawal declaration differs from "
                                         "the order's. Make sure it comes from your customer first.")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName("confirmStatusBox")
        yes = box.addButton(self.tr("&Yes, put the stock back"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmStatusYes")
        box.addButton(self.tr("&Keep the order"), QMessageBox.ButtonRole.RejectRole).setObjectName("confirmStatusNo")
        box.accepted.connect(lambda: self.apply_status(number, status))
        box.finished.connect(self._on_box_closed)
        self.dialog = box
        box.open()

    def _doubtful(self, number: str) -> bool:
        """A declaration filed against this order with another name or e-mail than the order's."""
        order = store.get_order(self.session.shop, number)
        return any(w.order_number == number and differs_from_order(order, w)
                   for w in store.list_withdrawals(self.session.shop))

    @Slot()
    def _on_box_closed(self) -> None:
        self.dialog = None

    def apply_status(self, number: str, status: OrderStatus) -> None:
        tracking = self.detail.tracking_edit.text().strip() if status == OrderStatus.SHIPPED else None
        try:
            _order, changes = store.change_status(self.session.shop, number, status, tracking=tracking or None)
        except EchoppeError as exc:
            self.problem.show_problems([exc.text(self.lang)])
            return
        self.problem.show_problems([])
        self.refresh()
        self.select(number)
        self._offer_after(changes)

    def _offer_after(self, changes: tuple[StockChange, ...]) -> None:
        moved = [f"{c.label}: {c.before} → {c.after}" for c in changes if c.before != c.after]
        if moved:
            panel = self.fetch_panel
            panel.offer_label.setText(self.tr("Stock changed ({changes}). Publish now so your site shows it?")
                                      .format(changes="; ".join(moved[:5])))
            panel.offer.show()

    @Slot(str, str)
    def add_note(self, number: str, text: str) -> None:
        try:
            store.add_note(self.session.shop, number, text)
        except EchoppeError as exc:
            self.problem.show_problems([exc.text(self.lang)])
            return
        self.refresh()

    @Slot(str, object)
    def write_mail(self, number: str, kind: MailKind) -> None:
        """Open the system's mail client with the e-mail written in the shop's language."""
        shop = self.session.shop
        identity = shop.shop().identity
        order = store.get_order(shop, number)
        withdrawal = next((w for w in store.list_withdrawals(shop) if w.order_number == number), None)
        mail = prepare(kind, order, identity.name, identity.language, withdrawal)
        if not QDesktopServices.openUrl(QUrl(mail.mailto())):
            self.problem.show_problems([self.tr("No mail program answered. Write to {email} yourself; the "
                                                "message was:\n{body}").format(email=mail.to, body=mail.body)])
            return
        self.problem.show_problems([])
        if kind is MailKind.WITHDRAWAL and withdrawal is not None:
            store.acknowledge_withdrawal(shop, withdrawal.number)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.fetch_panel.cancel()
        super().closeEvent(event)
