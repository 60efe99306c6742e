"""One order in full: customer, address, lines, amounts, payment, history, notes, withdrawals, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.order_mail import MailKind
from wizard.domain.orders import Order, OrderStatus, Withdrawal, can_change
from wizard.domain.withdrawal_check import differs_from_order
from wizard.ui.orders.labels import money, payment_label, status_label, when


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OrderDetail(QWidget):
    """Shows one order; asks for changes through signals (the window confirms and stores them)."""

    statusRequested = Signal(str, object)  # order number, OrderStatus
    noteRequested = Signal(str, str)  # order number, text
    mailRequested = Signal(str, object)  # order number, MailKind

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.lang = lang
        self.order: Order | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = _label("orderTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)

        self.payment_label = _label("orderPayment")
        layout.addWidget(self.payment_label)
        self.withdrawal_label = _label("orderWithdrawals")
        self.withdrawal_label.setStyleSheet("color: #a12a1a;")
        layout.addWidget(self.withdrawal_label)
        self.doubt_label = _label("orderWithdrawalDoubt")  # a declaration that may not be the customer's
        self.doubt_label.setStyleSheet("color: #a12a1a; font-weight: bold;")
        layout.addWidget(self.doubt_label)

        self._build_actions(layout)  # what to do next, high enough to be seen on a small screen
        who = QGroupBox(self.tr("Customer"))
        form = QFormLayout(who)
        self.customer_label = _label("orderCustomer")
        self.address_label = _label("orderAddress")
        self.message_label = _label("orderMessage")
        form.addRow(self.tr("Who:"), self.customer_label)
        form.addRow(self.tr("Deliver to:"), self.address_label)
        form.addRow(self.tr("Message:"), self.message_label)
        layout.addWidget(who)

        self.lines_table = QTableWidget(0, 5)
        self.lines_table.setObjectName("orderLines")
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Variant / reference"), self.tr("Qty"), self.tr("Unit price"), self.tr("Amount")])
        self.lines_table.verticalHeader().hide()
        self.lines_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines_table.setWordWrap(True)
        layout.addWidget(self.lines_table)
        self.amounts_label = _label("orderAmounts")
        self.amounts_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.amounts_label)
        history = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history)
        self.history_list = QListWidget()
        self.history_list.setObjectName("orderHistory")
        self.history_list.setMaximumHeight(110)
        history_layout.addWidget(self.history_list)
        self.notes_list = QListWidget()
        self.notes_list.setObjectName("orderNotes")
        self.notes_list.setMaximumHeight(80)
        history_layout.addWidget(QLabel(self.tr("Your notes (only you see them):")))
        history_layout.addWidget(self.notes_list)
        note_row = QHBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("orderNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("A note, for example \"called the customer\""))
        self.note_button = QPushButton(self.tr("Add &note"))
        self.note_button.setObjectName("orderNoteButton")
        self.note_button.clicked.connect(self._add_note)
        self.note_edit.returnPressed.connect(self._add_note)
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        history_layout.addLayout(note_row)
        layout.addWidget(history)
        layout.addStretch(1)
        self.show_order(None)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("What happened to this order?"))
        box.setObjectName("orderActions")
        rows = QVBoxLayout(box)
        tracking_row = QHBoxLayout()
        self.tracking_edit = QLineEdit()
        self.tracking_edit.setObjectName("orderTrackingEdit")
        self.tracking_edit.setPlaceholderText(self.tr("Tracking number of the parcel (optional)"))
        tracking_row.addWidget(self.tracking_edit, 1)
        rows.addLayout(tracking_row)
        buttons = QGridLayout()
        self.status_buttons: dict[OrderStatus, QPushButton] = {}
        for status, text, name in (
            (OrderStatus.PAID, self.tr("Mark &paid"), "markPaid"),
            (OrderStatus.SHIPPED, self.tr("Mark s&hipped"), "markShipped"),
            (OrderStatus.DELIVERED, self.tr("Mark &delivered"), "markDelivered"),
            (OrderStatus.CANCELLED, self.tr("&Cancel the order"), "markCancelled"),
            (OrderStatus.WITHDRAWN, self.tr("Customer &withdrew"), "markWithdrawn"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=status: self._request(s))
            place = len(self.status_buttons)
            buttons.addWidget(button, place // 3, place % 3)
            self.status_buttons[status] = button
        rows.addLayout(buttons)
        rows.addWidget(QLabel(self.tr("Write to the customer:")))
        mails = QGridLayout()
        self.mail_buttons: dict[MailKind, QPushButton] = {}
        for kind, text, name in (
            (MailKind.PAID, self.tr("Payment &received"), "mailPaid"),
            (MailKind.SHIPPED, self.tr("On its wa&y"), "mailShipped"),
            (MailKind.WITHDRAWAL, self.tr("Withdrawal ac&knowledged"), "mailWithdrawal"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(self.tr("Opens your mail program with the message written, in your shop's "
                                      "language: read it, then send it."))
            button.clicked.connect(lambda _checked=False, k=kind: self._request_mail(k))
            mails.addWidget(button, 0, len(self.mail_buttons))
            self.mail_buttons[kind] = button
        rows.addLayout(mails)
        layout.addWidget(box)
        self.actions_box = box

    # ------------------------------------------------------------------ showing
    def show_order(self, order: Order | None, withdrawals: list[Withdrawal] | None = None) -> None:
        self.order = order
        self.setEnabled(order is not None)
        if order is None:
            self.title.setText(self.tr("Choose an order in the list to see it here."))
            for widget in (self.customer_label, self.address_label, self.message_label, self.amounts_label,
                           self.payment_label, self.withdrawal_label, self.doubt_label):
                widget.clear()
            self.withdrawal_label.hide()
            self.doubt_label.hide()
            self.lines_table.setRowCount(0)
            self.history_list.clear()
            self.notes_list.clear()
            self.title.setEnabled(True)
            return
        self.title.setText(self.tr("Order {number} · {status}").format(number=order.number,
                                                                      status=status_label(order.status)))
        c = order.customer
        self.customer_label.setText("\n".join(x for x in (c.name, c.email, c.phone) if x))
        self.address_label.setText("\n".join(c.address.lines()))
        self.message_label.setText(order.message or self.tr("(none)"))
        self._show_lines(order)
        self._show_amounts(order)
        paid = self.tr("paid on {when}").format(when=when(order.paid_at)) if order.paid_at else self.tr("not paid yet")
        text = self.tr("Payment: {how} ({paid}).").format(how=payment_label(order.payment), paid=paid)
        if order.tracking:
            text += "\n" + self.tr("Tracking number: {tracking}").format(tracking=order.tracking)
        self.payment_label.setText(text)
        found = [w for w in withdrawals or [] if w.order_number == order.number]
        lines = [self.tr("Withdrawal declaration {number} received on {when} from {name} ({email}).").format(
            number=w.number, when=when(w.received_at), name=w.name, email=w.email) for w in found]
        lines += [self.tr("Withdrawal declaration {number}.").format(number=n)
                  for n in order.withdrawals if n not in {w.number for w in found}]
        self.withdrawal_label.setText("\n".join(lines))
        self.withdrawal_label.setVisible(bool(lines))
        doubts = [self.tr("Check before refunding: the name or e-mail on withdrawal {number} ({name}, {email}) "
                          "differs from the order's. Anyone can file a declaration against an order number; it "
                          "is not applied until you record it.").format(number=w.number, name=w.name, email=w.email)
                  for w in found if differs_from_order(order, w)]
        self.doubt_label.setText("\n".join(doubts))
        self.doubt_label.setVisible(bool(doubts))
        self.history_list.clear()
        for change in order.history:
            entry = f"{when(change.at)} — {status_label(change.status)}"
            self.history_list.addItem(entry + (f" — {change.note}" if change.note else ""))
        self.notes_list.clear()
        for note in order.notes:
            self.notes_list.addItem(f"{when(note.at)} — {note.text}")
        for status, button in self.status_buttons.items():
            button.setEnabled(can_change(order.status, status))
        self.tracking_edit.setEnabled(can_change(order.status, OrderStatus.SHIPPED))
        self.mail_buttons[MailKind.PAID].setEnabled(order.paid_at is not None)
        self.mail_buttons[MailKind.SHIPPED].setEnabled(
            any(c.status == OrderStatus.SHIPPED for c in order.history) or order.status == OrderStatus.SHIPPED)
        self.mail_buttons[MailKind.WITHDRAWAL].setEnabled(
            bool(order.withdrawals) or order.status == OrderStatus.WITHDRAWN)
        self.tracking_edit.setText(order.tracking)

    def _show_lines(self, order: Order) -> None:
        self.lines_table.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            variant = ", ".join(f"{k}: {v}" for k, v in line.options)
            variant_sku = " · ".join(x for x in (variant, line.sku) if x)
            cells = (line.name, variant_sku, str(line.quantity), money(line.unit_price, order.currency, self.lang),
                     money(line.total, order.currency, self.lang))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines_table.setItem(row, column, item)
        self.lines_table.resizeRowsToContents()
        rows_height = sum(self.lines_table.rowHeight(r) for r in range(len(order.lines)))
        self.lines_table.setFixedHeight(min(260, self.lines_table.horizontalHeader().height() + rows_height + 6))

    def _show_amounts(self, order: Order) -> None:
        cur = order.currency
        rows = [self.tr("Subtotal: {amount}").format(amount=money(order.subtotal, cur, self.lang))]
        if order.coupon is not None:
            rows.append(self.tr("Coupon {code}: −{amount}").format(
                code=order.coupon.code, amount=money(order.coupon.discount, cur, self.lang)))
        if order.shipping is not None:
            rows.append(self.tr("Shipping ({method}): {amount}").format(
                method=order.shipping.method, amount=money(order.shipping.price, cur, self.lang)))
        rows.append(self.tr("Total: {amount}").format(amount=money(order.total, cur, self.lang)))
        self.amounts_label.setText("\n".join(rows))

    # ------------------------------------------------------------------ requests
    def _request(self, status: OrderStatus) -> None:
        if self.order is not None:
            self.statusRequested.emit(self.order.number, status)

    def _request_mail(self, kind: MailKind) -> None:
        if self.order is not None:
            self.mailRequested.emit(self.order.number, kind)

    def _add_note(self) -> None:
        text = self.note_edit.text().strip()
        if self.order is not None and text:
            self.noteRequested.emit(self.order.number, text)
            self.note_edit.clear()
