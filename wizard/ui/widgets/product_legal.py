"""The legal part of the product editor: net quantity and unit price, the withdrawal exception, food
information (Regulation 1169/2011) and product safety (GPSR), and the reduction the law allows.

Which groups show depends on the niche's rules (:mod:`wizard.domain.legal`) and the product's kind;
what they hold is a :class:`~wizard.domain.legalinfo.ProductLegal`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.domain.allergens import split_allergens
from wizard.domain.legal import is_food, needs_safety, niche_legal
from wizard.domain.legalinfo import FoodInfo, ProductLegal, QuantityUnit, Safety, WithdrawalException
from wizard.domain.model import Product, ProductKind
from wizard.domain.pricing import Reduction, unit_price
from wizard.domain.validation import is_email
from wizard.ui.models import money_text
from wizard.ui.widgets.common import hint

_QUANTITY = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(kg|g|ml|l)\s*$", re.IGNORECASE)


class LegalFieldError(ValueError):
    """A legal field that cannot be read (a quantity, an email address); the message is for the person."""


def parse_number(text: str) -> Decimal | None:
    """``"250"``, ``"0,75"`` → a positive Decimal; empty → None; raises ValueError otherwise."""
    text = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value <= 0:
        raise ValueError(text)
    return value


def parse_quantity(text: str) -> tuple[Decimal | None, QuantityUnit | None]:
    """``"250 g"`` → (250, g); empty → (None, None); raises ValueError for anything else."""
    if not text.strip():
        return None, None
    match = _QUANTITY.match(text)
    if match is None:
        raise ValueError(text)
    number = parse_number(match.group(1))
    return number, QuantityUnit(match.group(2).lower())


def quantity_text(quantity: Decimal | None, unit: QuantityUnit | None, lang: str) -> str:
    """(250, g) → ``"250 g"`` (``"0,75 l"`` in French); empty when either is missing."""
    if quantity is None or unit is None:
        return ""
    number = format(quantity.normalize(), "f")
    return f"{number.replace('.', ',') if lang == 'fr' else number} {QuantityUnit(unit).value}"


def _multiline(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ProductLegalBox(QWidget):
    """The legal groups of one product; ``changed`` is emitted on every edit."""

    changed = Signal()

    def __init__(self, niche: str, kind: ProductKind, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        probe = Product(kind=kind)
        self.rules = niche_legal(niche)
        self.has_quantity = kind == ProductKind.GOODS
        self.has_food = is_food(niche, probe)
        self.has_safety = needs_safety(niche, probe)
        self._price: Decimal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # --- net quantity and unit price (goods only)
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setObjectName("productQuantity")
        self.quantity_edit.setPlaceholderText(self.tr("e.g. 250"))
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("productUnit")
        self.unit_combo.setAccessibleName(self.tr("Unit of the net quantity"))
        self.unit_combo.addItem(self.tr("(no unit)"), "")
        for unit in QuantityUnit:
            self.unit_combo.addItem(unit.value, unit.value)
        self.unit_price_label = QLabel()
        self.unit_price_label.setObjectName("productUnitPrice")
        if self.has_quantity:
            box = QGroupBox(self.tr("Net quantity and price per kilogram or litre"))
            form = QFormLayout(box)
            row = QHBoxLayout()
            row.addWidget(self.quantity_edit, 1)
            row.addWidget(self.unit_combo)
            quantity_label = QLabel(self.tr("Net &quantity:"))
            quantity_label.setBuddy(self.quantity_edit)
            form.addRow(quantity_label, row)
            form.addRow(self.tr("Unit price:"), self.unit_price_label)
            text = self.tr("For a product sold by weight or volume, the law asks for the price per kilogram "
                           "or litre beside the price: the site computes it from the net quantity.")
            if self.rules.unit_price:
                text += " " + self.tr("Shops of this kind usually need it.")
            form.addRow(hint(text))
            layout.addWidget(box)

        # --- withdrawal exception
        self.withdrawal_combo = QComboBox()
        self.withdrawal_combo.setObjectName("productWithdrawal")
        # Its longest choice made the whole editor wider than its window; the open list still shows it whole.
        self.withdrawal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.withdrawal_combo.setMinimumContentsLength(24)
        self.withdrawal_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        labels = {
            WithdrawalException.NONE: self.tr("The 14-day right of withdrawal applies"),
            WithdrawalException.CUSTOM_MADE: self.tr("No withdrawal: made to the customer's specifications"),
            WithdrawalException.PERISHABLE: self.tr("No withdrawal: perishable (deteriorates or expires quickly)"),
            WithdrawalException.SEALED_HYGIENE: self.tr("No withdrawal once unsealed (hygiene or health)"),
            WithdrawalException.DIGITAL_IMMEDIATE: self.tr("No withdrawal: digital content supplied at once, "
                                                           "with the customer's consent"),
        }
        for value, label in labels.items():
            self.withdrawal_combo.addItem(label, value.value)
        wbox = QGroupBox(self.tr("Right of withdrawal"))
        wform = QFormLayout(wbox)
        withdrawal_label = QLabel(self.tr("&Withdrawal:"))
        withdrawal_label.setBuddy(self.withdrawal_combo)
        wform.addRow(withdrawal_label, self.withdrawal_combo)
        wform.addRow(hint(self.tr("Only the cases the law lists (art. L221-28 of the consumer code) remove the "
                                  "right of withdrawal; the product page and the order say so.")))
        layout.addWidget(wbox)

        # --- food information
        self.food_name = QLineEdit()
        self.food_name.setObjectName("foodName")
        self.food_name.setPlaceholderText(self.tr("the product's name when empty"))
        self.ingredients = _multiline(80)
        self.ingredients.setObjectName("foodIngredients")
        self.allergens_found = QLabel()
        self.allergens_found.setObjectName("foodAllergensFound")
        self.allergens_found.setWordWrap(True)
        self.allergens_note = QLineEdit()
        self.allergens_note.setObjectName("foodAllergensNote")
        self.allergens_note.setPlaceholderText(self.tr("e.g. May contain traces of nuts"))
        self.storage = QLineEdit()
        self.storage.setObjectName("foodStorage")
        self.use = QLineEdit()
        self.use.setObjectName("foodUse")
        self.origin = QLineEdit()
        self.origin.setObjectName("foodOrigin")
        self.alcohol = QLineEdit()
        self.alcohol.setObjectName("foodAlcohol")
        self.alcohol.setPlaceholderText(self.tr("e.g. 12 % vol., for drinks above 1.2 %"))
        self.operator_name = QLineEdit()
        self.operator_name.setObjectName("foodOperatorName")
        self.operator_name.setPlaceholderText(self.tr("you, when empty"))
        self.operator_address = QLineEdit()
        self.operator_address.setObjectName("foodOperatorAddress")
        self.operator_address.setPlaceholderText(self.tr("your address, when empty"))
        if self.has_food:
            fbox = QGroupBox(self.tr("Food information"))
            fform = QFormLayout(fbox)
            fform.addRow(hint(self.tr("The law (Regulation (EU) 1169/2011) asks for these before the purchase: "
                                      "the product page shows them.")))
            fform.addRow(self.tr("Name of the &food:"), self.food_name)
            ingredients_label = QLabel(self.tr("&Ingredients:"))
            ingredients_label.setBuddy(self.ingredients)
            fform.addRow(ingredients_label, self.ingredients)
            fform.addRow("", self.allergens_found)
            fform.addRow(self.tr("Allergen &note:"), self.allergens_note)
            fform.addRow(self.tr("&Storage:"), self.storage)
            fform.addRow(self.tr("Instructions for &use:"), self.use)
            fform.addRow(self.tr("Ori&gin:"), self.origin)
            fform.addRow(self.tr("Alco&hol:"), self.alcohol)
            fform.addRow(self.tr("Food &business operator:"), self.operator_name)
            fform.addRow(self.tr("Operator's a&ddress:"), self.operator_address)
            layout.addWidget(fbox)

        # --- product safety (GPSR)
        self.made_by_seller = QCheckBox(self.tr("I &make it myself (I am the manufacturer)"))
        self.made_by_seller.setObjectName("safetyMadeBySeller")
        self.maker_name = QLineEdit()
        self.maker_name.setObjectName("safetyManufacturerName")
        self.maker_address = QLineEdit()
        self.maker_address.setObjectName("safetyManufacturerAddress")
        self.maker_email = QLineEdit()
        self.maker_email.setObjectName("safetyManufacturerEmail")
        self.outside_eu = QCheckBox(self.tr("The manufacturer is &outside the European Union"))
        self.outside_eu.setObjectName("safetyOutsideEu")
        self.responsible_name = QLineEdit()
        self.responsible_name.setObjectName("safetyResponsibleName")
        self.responsible_address = QLineEdit()
        self.responsible_address.setObjectName("safetyResponsibleAddress")
        self.responsible_email = QLineEdit()
        self.responsible_email.setObjectName("safetyResponsibleEmail")
        self.product_type = QLineEdit()
        self.product_type.setObjectName("safetyProductType")
        self.product_type.setPlaceholderText(self.tr("the product's name when empty"))
        self.reference = QLineEdit()
        self.reference.setObjectName("safetyReference")
        self.reference.setPlaceholderText(self.tr("batch or model; the product's reference when empty"))
        self.warnings = _multiline()
        self.warnings.setObjectName("safetyWarnings")
        if self.has_safety:
            sbox = QGroupBox(self.tr("Product safety"))
            sform = QFormLayout(sbox)
            sform.addRow(hint(self.tr("The EU product safety regulation (GPSR) asks the product page to name the "
                                      "manufacturer and give warnings and safety information.")))
            sform.addRow(self.made_by_seller)
            sform.addRow(self.tr("Manufacturer's na&me:"), self.maker_name)
            sform.addRow(self.tr("Manufacturer's postal address:"), self.maker_address)
            sform.addRow(self.tr("Manufacturer's email:"), self.maker_email)
            sform.addRow(self.outside_eu)
            sform.addRow(self.tr("EU responsible person:"), self.responsible_name)
            sform.addRow(self.tr("Their postal address:"), self.responsible_address)
            sform.addRow(self.tr("Their email:"), self.responsible_email)
            sform.addRow(self.tr("Product t&ype:"), self.product_type)
            sform.addRow(self.tr("Batch or model re&ference:"), self.reference)
            warnings_label = QLabel(self.tr("Warnings and safety &information:"))
            warnings_label.setBuddy(self.warnings)
            sform.addRow(warnings_label, self.warnings)
            layout.addWidget(sbox)

        self._lines = (self.quantity_edit, self.food_name, self.allergens_note, self.storage, self.use,
                       self.origin, self.alcohol, self.operator_name, self.operator_address, self.maker_name,
                       self.maker_address, self.maker_email, self.responsible_name, self.responsible_address,
                       self.responsible_email, self.product_type, self.reference)
        for edit in self._lines:
            edit.textChanged.connect(self.changed)
        for text_edit in (self.ingredients, self.warnings):
            text_edit.textChanged.connect(self.changed)
        for combo in (self.unit_combo, self.withdrawal_combo):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.made_by_seller, self.outside_eu):
            check.toggled.connect(self.changed)
            check.toggled.connect(self._enable)
        self.quantity_edit.textChanged.connect(self._show_unit_price)
        self.unit_combo.currentIndexChanged.connect(self._show_unit_price)
        self.ingredients.textChanged.connect(self._show_allergens)

    @property
    def line_edits(self) -> tuple[QLineEdit, ...]:
        """The one-line fields (the editor flushes its autosave when one of them is left)."""
        return self._lines

    # ------------------------------------------------------------------ legal -> widgets
    def fill(self, legal: ProductLegal, new: bool) -> None:
        """Show ``legal``; a new product starts with its niche's usual withdrawal exception."""
        number = format(legal.quantity.normalize(), "f") if legal.quantity is not None else ""
        self.quantity_edit.setText(number.replace(".", ",") if self.lang == "fr" else number)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(legal.unit.value if legal.unit else ""), 0))
        withdrawal = self.rules.withdrawal if new else legal.withdrawal
        self.withdrawal_combo.setCurrentIndex(max(self.withdrawal_combo.findData(withdrawal.value), 0))
        food = legal.food
        self.food_name.setText(food.name)
        self.ingredients.setPlainText(food.ingredients)
        self.allergens_note.setText(food.allergens_note)
        self.storage.setText(food.storage)
        self.use.setText(food.use)
        self.origin.setText(food.origin)
        self.alcohol.setText(food.alcohol)
        self.operator_name.setText(food.operator_name)
        self.operator_address.setText(food.operator_address)
        s = legal.safety
        self.made_by_seller.setChecked(s.made_by_seller)
        self.maker_name.setText(s.manufacturer_name)
        self.maker_address.setText(s.manufacturer_address)
        self.maker_email.setText(s.manufacturer_email)
        self.outside_eu.setChecked(s.manufacturer_outside_eu)
        self.responsible_name.setText(s.responsible_name)
        self.responsible_address.setText(s.responsible_address)
        self.responsible_email.setText(s.responsible_email)
        self.product_type.setText(s.product_type)
        self.reference.setText(s.reference)
        self.warnings.setPlainText(s.warnings)
        self._enable()
        self._show_unit_price()
        self._show_allergens()

    # ------------------------------------------------------------------ widgets -> legal
    def legal(self, current: ProductLegal) -> ProductLegal:
        """``current`` with what the form shows (raises :class:`LegalFieldError`)."""
        quantity, unit = current.quantity, current.unit
        if self.has_quantity:
            quantity, unit = self._quantity()
        food, safety = current.food, current.safety
        if self.has_food:
            food = FoodInfo(
                name=self.food_name.text().strip(),
                ingredients=self.ingredients.toPlainText().strip(),
                allergens_note=self.allergens_note.text().strip(),
                storage=self.storage.text().strip(),
                use=self.use.text().strip(),
                operator_name=self.operator_name.text().strip(),
                operator_address=self.operator_address.text().strip(),
                origin=self.origin.text().strip(),
                alcohol=self.alcohol.text().strip(),
            )
        if self.has_safety:
            for edit, label in ((self.maker_email, self.tr("Manufacturer's email")),
                                (self.responsible_email, self.tr("Email of the EU responsible person"))):
                if edit.isEnabled() and edit.text().strip() and not is_email(edit.text().strip()):
                    raise LegalFieldError(self.tr("%1: “%2” is not an email address; the page could not show "
                                                  "it.").replace("%1", label).replace("%2", edit.text().strip()))
            safety = Safety(
                made_by_seller=self.made_by_seller.isChecked(),
                manufacturer_name=self.maker_name.text().strip(),
                manufacturer_address=self.maker_address.text().strip(),
                manufacturer_email=self.maker_email.text().strip(),
                manufacturer_outside_eu=self.outside_eu.isChecked(),
                responsible_name=self.responsible_name.text().strip(),
                responsible_address=self.responsible_address.text().strip(),
                responsible_email=self.responsible_email.text().strip(),
                product_type=self.product_type.text().strip(),
                reference=self.reference.text().strip(),
                warnings=self.warnings.toPlainText().strip(),
            )
        return replace(current, quantity=quantity, unit=unit, food=food, safety=safety,
                       withdrawal=WithdrawalException(self.withdrawal_combo.currentData()))

    def _quantity(self) -> tuple[Decimal | None, QuantityUnit | None]:
        try:
            quantity = parse_number(self.quantity_edit.text())
        except ValueError:
            raise LegalFieldError(self.tr("Net quantity: write a number greater than zero, like 250 or 0,75.")) from None
        unit_text = self.unit_combo.currentData() or ""
        if quantity is None:
            return None, None
        if not unit_text:
            raise LegalFieldError(self.tr("Net quantity: choose its unit (g, kg, ml or l)."))
        return quantity, QuantityUnit(unit_text)

    # ------------------------------------------------------------------ live explanations
    def set_price(self, price: Decimal | None) -> None:
        """The price typed in the editor (None while it is not a price): the unit price follows it."""
        self._price = price
        self._show_unit_price()

    def _show_unit_price(self, *_args: object) -> None:
        try:
            quantity, unit = self._quantity()
        except LegalFieldError as exc:
            self.unit_price_label.setText(str(exc))
            return
        up = unit_price(self._price, quantity, unit) if self._price is not None else None
        if up is None:
            self.unit_price_label.setText(self.tr("none (no net quantity)"))
            return
        per = self.tr("kg") if up.per == "kg" else self.tr("l")
        self.unit_price_label.setText(self.tr("%1 per %2, shown beside the price")
                                      .replace("%1", money_text(up.amount)).replace("%2", per))

    def _show_allergens(self) -> None:
        words: list[str] = []
        for segment in split_allergens(self.ingredients.toPlainText()):
            if segment.allergen and segment.text.casefold() not in (w.casefold() for w in words):
                words.append(segment.text)
        if words:
            self.allergens_found.setText(self.tr("Emphasised on the page as allergens: %1")
                                         .replace("%1", ", ".join(words)))
        else:
            self.allergens_found.setText(self.tr("The 14 allergens (milk, eggs, wheat, nuts…) are emphasised on "
                                                 "the page by themselves."))

    def _enable(self, *_args: object) -> None:
        maker = not self.made_by_seller.isChecked()
        for edit in (self.maker_name, self.maker_address, self.maker_email):
            edit.setEnabled(maker)
        self.outside_eu.setEnabled(maker)
        outside = maker and self.outside_eu.isChecked()
        for edit in (self.responsible_name, self.responsible_address, self.responsible_email):
            edit.setEnabled(outside)


class ReductionNote(QWidget):
    """Replaces a free "former price": the merchant asks for a reduction to be shown, and sees the
    former price the site will use (art. L112-1-1: the lowest price of the 30 days before)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Show a reduction (the former price crossed out)"))
        self.check.setObjectName("productShowReduction")
        self.note = QLabel()
        self.note.setObjectName("productReductionNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.check)
        layout.addWidget(self.note)
        self.check.toggled.connect(self.changed)

    def show_reductions(self, lines: list[tuple[str, Reduction | None]],
                        describe: Callable[[Reduction], str]) -> None:
        """One line per part of the product (``""``: the product itself, else a variant's label)."""
        law = self.tr("The law (art. L112-1-1 of the consumer code) sets the former price: the lowest price "
                      "of the 30 days before the reduction began. You cannot choose it.")
        shown = [(where, r) for where, r in lines if r is not None]
        if not shown:
            text = self.tr("No reduction can be shown now: the price is not below the lowest price of the last "
                           "30 days. Lower the price itself, and the site shows the right former price.")
        else:
            parts = [(f"{where}: " if where else "") + describe(r) for where, r in shown]
            text = self.tr("The site will show: %1.").replace("%1", "; ".join(parts))
        self.note.setText(f"{text} {law}")
