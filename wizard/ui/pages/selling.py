"""Selling (how customers order and pay, coupons, the promotion banner) and Shipping (rates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.legal import DEFAULT_DELIVERY_DAYS
from wizard.domain.model import Coupon, CouponKind, PaymentSettings, ShippingKind, ShippingRate, ShippingZone
from wizard.domain.money import NotAnAmount, parse_amount
from wizard.domain.validation import is_email, validate_coupon, validate_shipping
from wizard.ui.dialogs.flyer import FlyerDialog
from wizard.ui.i18n import ui_language
from wizard.ui.models import CouponTableModel, ShippingTableModel, money_text, shipping_kind_label, zone_label
from wizard.ui.pages.base import BasePage
from wizard.ui.session import ShopSession
from wizard.ui.widgets.amount import AmountCheck
from wizard.ui.widgets.common import ProblemLabel, hint


class _Invalid(ValueError):
    """A form value that cannot be read; the message is for the person."""


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(130)
    return view


class SellingPage(BasePage):
    """How customers order and pay; discount codes; the banner."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("sellingPage")
        self.setTitle(self.tr("How you sell"))
        self.setSubTitle(self.tr("How customers order and pay. The defaults work: you can come back later."))
        self.set_help(self.tr(
            "Your site needs no server of its own. With “order by email”, the customer fills a basket and "
            "sends you the order by email; you reply with how to pay. Payment links (Stripe, PayPal) let "
            "them pay a product at once. A PayPal.me name lets them pay the basket total. Each order email "
            "lists every item, so you can always check the amount."))

        order_box = QGroupBox(self.tr("Ordering and paying"))
        form = QFormLayout(order_box)
        self.order_by_email = QCheckBox(self.tr("Customers &order by email"))
        self.order_by_email.setObjectName("orderByEmail")
        form.addRow(self.order_by_email)
        form.addRow(hint(self.tr("The basket opens the customer's email with the order written out; you "
                                 "receive it and answer.")))
        self.order_email = QLineEdit()
        self.order_email.setObjectName("orderEmail")
        form.addRow(self.tr("Orders go to &this address:"), self.order_email)
        self.order_email_problem = ProblemLabel()
        self.order_email_problem.setObjectName("orderEmailProblem")
        form.addRow("", self.order_email_problem)
        self.payment_links = QCheckBox(self.tr("Show each product's &payment link"))
        self.payment_links.setObjectName("paymentLinks")
        form.addRow(self.payment_links)
        form.addRow(hint(self.tr("Paste a Stripe or PayPal payment link in a product to show a “Pay now” "
                                 "button for it.")))
        self.paypal_me = QLineEdit()
        self.paypal_me.setObjectName("paypalMe")
        self.paypal_me.setPlaceholderText(self.tr("your PayPal.me name, e.g. leabocaux"))
        form.addRow(self.tr("PayPal.&me name:"), self.paypal_me)
        form.addRow(hint(self.tr("Customers can then pay the basket total at paypal.me/yourname. Leave empty "
                                 "if you don't use PayPal.")))
        self.order_desk = QCheckBox(self.tr("Take the orders on my &host (order desk, needs PHP)"))
        self.order_desk.setObjectName("orderDesk")
        form.addRow(self.order_desk)
        form.addRow(hint(self.tr("A few small PHP files published with your site take each order, compute "
                                 "the total again, email the customer a confirmation and keep the order, "
                                 "sealed, for you to fetch. Publishing checks that the host runs PHP; "
                                 "without it, customers order by email.")))
        self.desk_state = QLabel()
        self.desk_state.setObjectName("deskState")
        self.desk_state.setWordWrap(True)
        form.addRow(self.desk_state)
        self.desk_iban = QLineEdit()
        self.desk_iban.setObjectName("deskIban")
        self.desk_iban.setPlaceholderText(self.tr("optional, e.g. FR76 3000 6000 0112 3456 7890 189"))
        form.addRow(self.tr("IBAN for bank &transfers:"), self.desk_iban)
        self.body.addWidget(order_box)

        coupon_box = QGroupBox(self.tr("Discount codes"))
        clayout = QVBoxLayout(coupon_box)
        clayout.addWidget(hint(self.tr("A code the customer types in the basket for a discount, like "
                                       "WELCOME10. Anyone reading your site can find the codes: check "
                                       "each order.")))
        self.coupon_model = CouponTableModel(session, self)
        self.coupons = _table(self.coupon_model)
        self.coupons.setObjectName("couponsTable")
        self.coupons.setMaximumHeight(150)
        self.coupons.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        clayout.addWidget(self.coupons)
        cform = QFormLayout()
        self.coupon_code = QLineEdit()
        self.coupon_code.setObjectName("couponCode")
        self.coupon_code.setPlaceholderText("WELCOME10")
        self.coupon_kind = QComboBox()
        self.coupon_kind.setObjectName("couponKind")
        self.coupon_kind.addItem(self.tr("Percentage off"), CouponKind.PERCENT.value)
        self.coupon_kind.addItem(self.tr("Amount off"), CouponKind.FIXED.value)
        self.coupon_value = QLineEdit()
        self.coupon_value.setObjectName("couponValue")
        self.coupon_value.setPlaceholderText(self.tr("e.g. 10"))
        self.coupon_min = QLineEdit()
        self.coupon_min.setObjectName("couponMinimum")
        self.coupon_min.setPlaceholderText(self.tr("optional"))
        self.coupon_starts = QLineEdit()
        self.coupon_starts.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.coupon_ends = QLineEdit()
        self.coupon_ends.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.coupon_code, 1)
        code_row.addWidget(self.coupon_kind)
        self.coupon_value_check = AmountCheck(self.coupon_value, self, stacked=False)
        code_row.addWidget(self.coupon_value_check.field)
        code_label = QLabel(self.tr("Co&de, kind, value:"))
        code_label.setBuddy(self.coupon_code)
        cform.addRow(code_label, code_row)
        cform.addRow("", self.coupon_value_check.problem)
        dates_row = QHBoxLayout()
        self.coupon_min_check = AmountCheck(self.coupon_min, self, stacked=False)
        dates_row.addWidget(self.coupon_min_check.field)
        dates_row.addWidget(self.coupon_starts)
        dates_row.addWidget(self.coupon_ends)
        cform.addRow(self.tr("Minimum order, from, until:"), dates_row)
        cform.addRow("", self.coupon_min_check.problem)
        clayout.addLayout(cform)
        cbuttons = QHBoxLayout()
        self.coupon_save = QPushButton(self.tr("&Save the code"))
        self.coupon_save.setObjectName("saveCoupon")
        self.coupon_delete = QPushButton(self.tr("Delete the selected code"))
        self.coupon_delete.setObjectName("deleteCoupon")
        self.flyer_dialog: FlyerDialog | None = None  # the flyer dialog last opened (tests look at it)
        self.coupon_flyer = QPushButton(self.tr("Print a &flyer with this code…"))
        self.coupon_flyer.setObjectName("couponFlyer")
        self.coupon_flyer.setToolTip(self.tr("A flyer with the code and a QR code to your shop, for a market "
                                             "stall or a parcel (the shop must be online)"))
        cbuttons.addWidget(self.coupon_save)
        cbuttons.addWidget(self.coupon_delete)
        cbuttons.addStretch(1)
        cbuttons.addWidget(self.coupon_flyer)
        clayout.addLayout(cbuttons)
        self.coupon_problem = ProblemLabel()
        self.coupon_problem.setObjectName("couponProblem")
        clayout.addWidget(self.coupon_problem)
        self.body.addWidget(coupon_box)

        promo_box = QGroupBox(self.tr("Promotion banner"))
        pform = QFormLayout(promo_box)
        self.promo_text = QLineEdit()
        self.promo_text.setObjectName("promotionText")
        self.promo_text.setPlaceholderText(self.tr("e.g. −10 % on your first order with WELCOME10"))
        pform.addRow(self.tr("Banne&r text:"), self.promo_text)
        self.promo_coupon = QComboBox()
        self.promo_coupon.setObjectName("promotionCoupon")
        pform.addRow(self.tr("Code it adverti&ses:"), self.promo_coupon)
        pform.addRow(hint(self.tr("Shown at the top of every page while it is filled in. Leave empty for no "
                                  "banner.")))
        self.body.addWidget(promo_box)
        self.problem = ProblemLabel()
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

        for edit in (self.order_email, self.paypal_me, self.promo_text, self.desk_iban):
            edit.textChanged.connect(self.autosave.poke)
            edit.editingFinished.connect(self.autosave.flush)
            edit.textChanged.connect(self.completeChanged)
        for check in (self.order_by_email, self.payment_links):
            check.toggled.connect(self._save_now)
            check.toggled.connect(self.completeChanged)
        self.order_by_email.toggled.connect(self.order_email.setEnabled)
        self.order_desk.toggled.connect(self._desk_toggled)
        self.promo_coupon.currentIndexChanged.connect(self._save_now)
        self.coupon_save.clicked.connect(self.save_coupon)
        self.coupon_delete.clicked.connect(self.delete_coupon)
        self.coupon_flyer.clicked.connect(self.open_flyer)
        self.coupons.selectionModel().selectionChanged.connect(self._coupon_selected)
        self.coupon_model.modelReset.connect(self._fill_promo_codes)

    # ------------------------------------------------------------------ settings
    def load(self) -> None:
        payment = self.session.shop.shop().payment
        self.order_by_email.setChecked(payment.order_by_email)
        self.order_email.setEnabled(payment.order_by_email)
        self.order_email.setText(payment.order_email)
        self.order_email.setPlaceholderText(self.session.shop.shop().identity.email)
        self.payment_links.setChecked(payment.payment_links)
        self.paypal_me.setText(payment.paypal_me)
        self.promo_text.setText(payment.promotion_text)
        with self.autosave.mute():
            self.desk_iban.setText(str(self.session.shop.get_value("desk.iban") or ""))
        self._show_desk()
        self.coupon_model.reload()
        self._fill_promo_codes()

    def _fill_promo_codes(self) -> None:
        if not self.session.is_open:
            return
        with self.autosave.mute():
            current = self.session.shop.shop().payment.promotion_coupon
            self.promo_coupon.clear()
            self.promo_coupon.addItem(self.tr("(none)"), "")
            for coupon in self.coupon_model.rows():
                self.promo_coupon.addItem(coupon.code, coupon.code)
            self.promo_coupon.setCurrentIndex(max(self.promo_coupon.findData(current), 0))

    def payment_from_widgets(self, current: PaymentSettings) -> PaymentSettings:
        return replace(
            current,
            order_by_email=self.order_by_email.isChecked(),
            order_email=self.order_email.text().strip(),
            payment_links=self.payment_links.isChecked(),
            paypal_me=self.paypal_me.text().strip().removeprefix("https://").removeprefix("paypal.me/"),
            promotion_text=self.promo_text.text().strip(),
            promotion_coupon=self.promo_coupon.currentData() or "",
        )

    def save(self) -> None:
        shop = self.session.shop
        current = shop.shop().payment
        payment = self.payment_from_widgets(current)
        if payment != current:
            shop.save_settings(payment)
        iban = " ".join(self.desk_iban.text().split()).upper()
        if iban != (shop.get_value("desk.iban") or ""):
            shop.set_value("desk.iban", iban)

    # ------------------------------------------------------------------ the order desk
    def _desk_toggled(self, on: bool) -> None:
        from wizard.desk import keys

        if on == keys.is_enabled(self.session.shop):
            return
        if on:
            keys.enable(self.session.shop)
        else:
            keys.disable(self.session.shop)
        self._show_desk()

    def _show_desk(self) -> None:
        from wizard.desk.status import desk_status

        status = desk_status(self.session.shop)
        self.order_desk.blockSignals(True)
        self.order_desk.setChecked(status.enabled)
        self.order_desk.blockSignals(False)
        self.desk_iban.setEnabled(status.enabled)
        if not status.enabled:
            text = self.tr("Off: customers order by email.")
        elif not status.server_target:
            text = self.tr("On, but you publish to a folder: there is no PHP there, customers order by email.")
        elif not status.public_url:
            text = self.tr("On: set the shop's public address on the Publish page, the desk needs it.")
        elif status.probe_ok is None:
            text = self.tr("On: the next publish checks that your host runs PHP.")
        elif status.probe_ok:
            text = self.tr("On and online (PHP %1 on your host).").replace("%1", status.php)
        else:
            text = self.tr("On, but your host did not run PHP with sodium and mail() at the last publish: "
                           "customers order by email.")
        if status.enabled:
            text += " " + self.tr("Its private key is kept in the shop file: back up the shop file.")
        self.desk_state.setText(text)

    def _save_now(self, *_args: object) -> None:
        self.autosave.poke()
        self.autosave.flush()

    # ------------------------------------------------------------------ coupons
    def _parse_date(self, edit: QLineEdit) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise _Invalid(self.tr("“%1” is not a date: write it like 2026-12-24.").replace("%1", text)) from None

    def coupon_from_form(self) -> Coupon:
        try:
            value = parse_amount(self.coupon_value.text()) or Decimal("0")
        except NotAnAmount as exc:
            raise _Invalid(self.tr("Value: %1").replace("%1", exc.text(ui_language()))) from None
        try:
            minimum = parse_amount(self.coupon_min.text())
        except NotAnAmount as exc:
            raise _Invalid(self.tr("Minimum order: %1").replace("%1", exc.text(ui_language()))) from None
        return Coupon(
            code=self.coupon_code.text().strip().upper(),
            kind=CouponKind(self.coupon_kind.currentData()),
            value=value,
            min_order=minimum,
            starts=self._parse_date(self.coupon_starts),
            ends=self._parse_date(self.coupon_ends),
        )

    def save_coupon(self) -> bool:
        try:
            coupon = self.coupon_from_form()
        except _Invalid as exc:
            self.coupon_problem.show_problems([str(exc)])
            return False
        problems = [p.text(self.lang) for p in validate_coupon(coupon)]
        self.coupon_problem.show_problems(problems)
        if problems:
            return False
        self.session.shop.save_coupon(coupon)
        for edit in (self.coupon_code, self.coupon_value, self.coupon_min, self.coupon_starts, self.coupon_ends):
            edit.clear()
        return True

    def _coupon_selected(self, *_args: object) -> None:
        rows = self.coupons.selectionModel().selectedRows()
        if not rows:
            return
        coupon: Coupon = self.coupon_model.row(rows[0].row())
        self.coupon_code.setText(coupon.code)
        self.coupon_kind.setCurrentIndex(max(self.coupon_kind.findData(coupon.kind.value), 0))
        self.coupon_value.setText(f"{coupon.value.normalize():f}")
        self.coupon_min.setText(money_text(coupon.min_order))
        self.coupon_starts.setText(coupon.starts.isoformat() if coupon.starts else "")
        self.coupon_ends.setText(coupon.ends.isoformat() if coupon.ends else "")

    def delete_coupon(self) -> None:
        rows = self.coupons.selectionModel().selectedRows()
        if rows:
            self.session.shop.delete_coupon(self.coupon_model.row(rows[0].row()).id)

    def open_flyer(self) -> None:
        """The "Print a flyer" dialog with the selected (or typed) code chosen."""
        rows = self.coupons.selectionModel().selectedRows()
        code = self.coupon_model.row(rows[0].row()).code if rows else self.coupon_code.text().strip().upper()
        self.flyer_dialog = FlyerDialog(self.session.shop, self.lang, coupon=code or None, parent=self)
        self.flyer_dialog.open()

    def _coupon_typed_not_saved(self) -> bool:
        """Something is typed in the code's fields that the list does not hold as it is."""
        if not (self.coupon_code.text().strip() or self.coupon_value.text().strip()):
            return False
        try:
            typed = self.coupon_from_form()
        except _Invalid:
            return True
        def same(c: Coupon) -> bool:
            return (c.code, c.kind, c.value, c.min_order, c.starts, c.ends) == (
                typed.code, typed.kind, typed.value, typed.min_order, typed.starts, typed.ends)
        return not any(same(c) for c in self.session.shop.coupons())

    # ------------------------------------------------------------------ QWizardPage
    def validatePage(self) -> bool:
        """A code typed but not saved is saved on the way out, as "Save the code" would; when it cannot be,
        the page stays and says why next to it."""
        if self._coupon_typed_not_saved() and not self.save_coupon():
            self.coupon_code.setFocus()
            self.scroll_area.ensureWidgetVisible(self.coupon_problem)
            return False
        return super().validatePage()

    def isComplete(self) -> bool:
        """At least one way to order must be on, and order emails need an address."""
        if not self.session.is_open:
            return False
        by_email = self.order_by_email.isChecked()
        email = self.order_email.text().strip() or self.session.shop.shop().identity.email
        email_ok = by_email and is_email(email)
        return email_ok or self.payment_links.isChecked() or bool(self.paypal_me.text().strip())

    def why_not_complete(self) -> tuple[str, ProblemLabel | None] | None:
        if self.isComplete():
            return None
        if self.order_by_email.isChecked():
            return self.tr("Orders by email need a valid address here (or on the “Your shop” page) to go "
                           "on."), self.order_email_problem
        return self.tr("Choose at least one way for customers to order: by email, payment links or "
                       "PayPal.me."), None


class ShippingPage(BasePage):
    """Shipping rates, for shops that send parcels."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("shippingPage")
        self.setTitle(self.tr("Shipping"))
        self.setSubTitle(self.tr("What delivery costs your customers. The basket adds it to the order."))
        self.set_help(self.tr(
            "Give one line per way of sending: where to (France, European Union, whole world) and how the "
            "price works — one price, free above an order amount, or a price up to a weight. The customer "
            "picks one in the basket. A sensible start is already there. The law asks for a firm delivery "
            "deadline: the terms of sale promise each option's (30 days when you give none). Pickup lets "
            "customers collect their order from you, free by default; give its address and opening hours."))
        self.model = ShippingTableModel(session, self)
        self.table = _table(self.model)
        self.table.setObjectName("shippingTable")
        self.body.addWidget(self.table, 1)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("shippingName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Colissimo"))
        form.addRow(self.tr("Na&me:"), self.name_edit)
        self.zone = QComboBox()
        self.zone.setObjectName("shippingZone")
        for zone in ShippingZone:
            self.zone.addItem(zone_label(zone), zone.value)
        form.addRow(self.tr("&Where to:"), self.zone)
        self.kind = QComboBox()
        self.kind.setObjectName("shippingKind")
        for kind in ShippingKind:
            self.kind.addItem(shipping_kind_label(kind), kind.value)
        form.addRow(self.tr("&How the price works:"), self.kind)
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("shippingPrice")
        self.price_check = AmountCheck(self.price_edit, self)
        form.addRow(self.tr("&Price:"), self.price_check.field)
        self.free_above = QLineEdit()
        self.free_above.setObjectName("shippingFreeAbove")
        self.free_check = AmountCheck(self.free_above, self)
        form.addRow(self.tr("&Free from (order amount):"), self.free_check.field)
        self.max_weight = QLineEdit()
        self.max_weight.setObjectName("shippingMaxWeight")
        form.addRow(self.tr("Up to this &weight (g):"), self.max_weight)
        self.days = QSpinBox()
        self.days.setObjectName("shippingDays")
        self.days.setRange(0, 365)
        self.days.setSpecialValueText(self.tr("not said: %n day(s)", "", DEFAULT_DELIVERY_DAYS))
        self.days.setSuffix(self.tr(" day(s)"))
        self.days_label = QLabel()
        self.days_label.setBuddy(self.days)
        form.addRow(self.days_label, self.days)
        form.addRow("", hint(self.tr("The terms of sale promise “delivered within N days” (art. L216-1 of the "
                                     "consumer code): without a deadline, the law says 30 days.")))
        self.pickup = QCheckBox(self.tr("Pic&kup: the customer collects the order (free by default)"))
        self.pickup.setObjectName("shippingPickup")
        form.addRow(self.pickup)
        self.address = QPlainTextEdit()
        self.address.setObjectName("shippingAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(54)
        self.address.setPlaceholderText(self.tr("where the customer comes, e.g. 12 rue des Lilas, 69001 Lyon"))
        address_label = QLabel(self.tr("Pickup add&ress:"))
        address_label.setBuddy(self.address)
        form.addRow(address_label, self.address)
        self.hours = QLineEdit()
        self.hours.setObjectName("shippingHours")
        self.hours.setPlaceholderText(self.tr("e.g. Saturday 9 am – 12 pm, or by appointment"))
        form.addRow(self.tr("Opening &hours:"), self.hours)
        self.body.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add this rate"))
        self.add_button.setObjectName("addShipping")
        self.update_button = QPushButton(self.tr("&Update the selected rate"))
        self.update_button.setObjectName("updateShipping")
        self.delete_button = QPushButton(self.tr("&Delete the selected rate"))
        self.delete_button.setObjectName("deleteShipping")
        for button in (self.add_button, self.update_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.problem = ProblemLabel()
        self.problem.setObjectName("shippingProblem")
        self.body.addWidget(self.problem)
        self.add_button.clicked.connect(lambda: self.save_rate(new=True))
        self.update_button.clicked.connect(lambda: self.save_rate(new=False))
        self.delete_button.clicked.connect(self.delete_rate)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.pickup.toggled.connect(self._kind_changed)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._kind_changed()

    def load(self) -> None:
        self.model.reload()

    def _kind_changed(self, *_args: object) -> None:
        pickup = self.pickup.isChecked()
        if pickup:
            self.kind.setCurrentIndex(max(self.kind.findData(ShippingKind.FLAT.value), 0))
        kind = self.kind.currentData()
        self.kind.setEnabled(not pickup)
        self.free_above.setEnabled(kind == ShippingKind.FREE_ABOVE.value)
        self.max_weight.setEnabled(kind == ShippingKind.BY_WEIGHT.value)
        self.address.setEnabled(pickup)
        self.hours.setEnabled(pickup)
        self.days_label.setText(self.tr("Ready for pickup &within:") if pickup else self.tr("Delivered &within:"))

    def _selected_rate(self) -> ShippingRate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        rate = self._selected_rate()
        if rate is None:
            return
        self.name_edit.setText(rate.name)
        self.zone.setCurrentIndex(max(self.zone.findData(rate.zone.value), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(rate.kind.value), 0))
        self.price_edit.setText(money_text(rate.price))
        self.free_above.setText(money_text(rate.free_above))
        self.max_weight.setText("" if rate.max_weight_g is None else str(rate.max_weight_g))
        self.days.setValue(rate.delivery_days or 0)
        self.pickup.setChecked(rate.pickup)
        self.address.setPlainText(rate.address)
        self.hours.setText(rate.hours)

    def rate_from_form(self) -> ShippingRate:
        try:
            price = parse_amount(self.price_edit.text()) or Decimal("0")
        except NotAnAmount as exc:
            raise _Invalid(self.tr("Price: %1").replace("%1", exc.text(ui_language()))) from None
        try:
            free = parse_amount(self.free_above.text())
        except NotAnAmount as exc:
            raise _Invalid(self.tr("Free from: %1").replace("%1", exc.text(ui_language()))) from None
        weight_text = self.max_weight.text().strip()
        if weight_text and not weight_text.isdigit():
            raise _Invalid(self.tr("The weight is a whole number of grams, like 2000."))
        kind = ShippingKind(self.kind.currentData())
        pickup = self.pickup.isChecked()
        return ShippingRate(
            name=self.name_edit.text().strip(),
            zone=ShippingZone(self.zone.currentData()),
            kind=kind,
            price=price,
            free_above=free if kind == ShippingKind.FREE_ABOVE else None,
            max_weight_g=int(weight_text) if weight_text and kind == ShippingKind.BY_WEIGHT else None,
            delivery_days=self.days.value() or None,
            pickup=pickup,
            address=self.address.toPlainText().strip() if pickup else "",
            hours=self.hours.text().strip() if pickup else "",
        )

    def save_rate(self, new: bool) -> bool:
        try:
            rate = self.rate_from_form()
        except _Invalid as exc:
            self.problem.show_problems([str(exc)])
            return False
        problems = [p.text(self.lang) for p in validate_shipping(rate)]
        if rate.pickup and not (rate.address and rate.hours):
            problems.append(self.tr("Give the pickup address and opening hours: the terms of sale show them."))
        self.problem.show_problems(problems)
        if problems:
            return False
        selected = self._selected_rate()
        if not new and selected is not None:
            rate = replace(rate, id=selected.id)
        self.session.shop.save_shipping_rate(rate)
        return True

    def delete_rate(self) -> None:
        rate = self._selected_rate()
        if rate is not None:
            self.session.shop.delete_shipping_rate(rate.id)
