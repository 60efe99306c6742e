"""What a product page shows because the law asks for it: the former price of a reduction, the unit
price, the food information, the product-safety (GPSR) block and the withdrawal exception."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup, escape

from wizard.domain.allergens import split_allergens
from wizard.domain.legal import DEFAULT_DELIVERY_DAYS, is_food, needs_safety
from wizard.domain.legalinfo import QuantityUnit, WithdrawalException
from wizard.domain.model import Product, ShippingRate, Shop, Variant
from wizard.domain.pricing import PricePoint, Reduction, reduction, unit_price
from wizard.domain.validation import is_email
from wizard.store.shopfile import variant_key

Gettext = Callable[[str], str]
Price = Callable[[Decimal | None], str]


@dataclass(frozen=True)
class Row:
    label: str
    value: str | Markup


@dataclass(frozen=True)
class LegalBlocks:
    """The legal parts of one product page (empty lists: nothing to show)."""

    food: tuple[Row, ...]
    safety: tuple[Row, ...]
    withdrawal: str  # the exception to the withdrawal right, as a sentence, or ""


class ProductLaw:
    """Legal views of the products of one build."""

    def __init__(self, shop: Shop, histories: Mapping[int, Mapping[str, Sequence[PricePoint]]],
                 gettext: Gettext, price: Price) -> None:
        self.shop = shop
        self.niche = shop.identity.niche
        self.histories = histories
        self._ = gettext
        self.price = price

    # ----------------------------------------------------------------- prices
    def reduction(self, product: Product, variant: Variant | None = None) -> Reduction | None:
        """The reduction shown for the product (or a variant): only when the merchant asked for one
        (a former price is set) and the dated history supports it."""
        asked = product.compare_at_price if variant is None else (
            variant.compare_at_price if variant.compare_at_price is not None else product.compare_at_price)
        if asked is None:
            return None
        key = "" if variant is None else variant_key(variant)
        return reduction(self.histories.get(product.id, {}).get(key, ()))

    def percent_text(self, r: Reduction | None) -> str:
        return self._("-{n}%").format(n=r.percent) if r is not None else ""

    def unit_text(self, amount: Decimal, quantity: Decimal | None, unit: QuantityUnit | None) -> str:
        up = unit_price(amount, quantity, unit)
        if up is None:
            return ""
        per = self._("kg") if up.per == "kg" else self._("l")
        return f"{self.price(up.amount)}/{per}"

    def quantity_text(self, quantity: Decimal | None, unit: QuantityUnit | None) -> str:
        if quantity is None or unit is None:
            return ""
        number = format(quantity.normalize(), "f")
        if self.shop.identity.language == "fr":
            number = number.replace(".", ",")
        return f"{number}\u00a0{QuantityUnit(unit).value}"

    # ----------------------------------------------------------------- blocks
    def blocks(self, product: Product) -> LegalBlocks:
        return LegalBlocks(self._food(product), self._safety(product), self.withdrawal_text(product))

    def _seller(self) -> tuple[str, str]:
        legal = self.shop.legal
        name = legal.trade_name or legal.owner_name or self.shop.identity.name
        address = ", ".join(line.strip() for line in legal.address.splitlines() if line.strip())
        return name, ", ".join(part for part in (address, legal.country) if part)

    def _food(self, product: Product) -> tuple[Row, ...]:
        if not is_food(self.niche, product):
            return ()
        _ = self._
        food = product.legal.food
        rows = [Row(_("Name of the food"), food.name or product.name)]
        if food.ingredients.strip():
            rows.append(Row(_("Ingredients"), emphasise_allergens(food.ingredients)))
        if food.allergens_note.strip():
            rows.append(Row(_("Allergens"), food.allergens_note))
        quantity = self.quantity_text(product.legal.quantity, product.legal.unit)
        if not quantity and product.variants:
            quantity = " / ".join(q for v in product.variants if (q := self.quantity_text(v.quantity, v.unit)))
        if quantity:
            rows.append(Row(_("Net quantity"), quantity))
        if food.storage.strip():
            rows.append(Row(_("Storage"), food.storage))
        if food.use.strip():
            rows.append(Row(_("Instructions for use"), food.use))
        if food.alcohol.strip():
            rows.append(Row(_("Alcohol"), food.alcohol))
        if food.origin.strip():
            rows.append(Row(_("Origin"), food.origin))
        seller, address = self._seller()
        operator = food.operator_name.strip() or seller
        operator_address = food.operator_address.strip() or (address if not food.operator_name.strip() else "")
        rows.append(Row(_("Food business operator"), ", ".join(p for p in (operator, operator_address) if p)))
        return tuple(rows)

    def _safety(self, product: Product) -> tuple[Row, ...]:
        if not needs_safety(self.niche, product):
            return ()
        _ = self._
        s = product.legal.safety
        if s.made_by_seller:
            name, address = self._seller()
            email = self.shop.identity.email
        else:
            name, address, email = s.manufacturer_name, s.manufacturer_address, s.manufacturer_email
        email = email if is_email(email) else ""  # only an address that passes the strict rule reaches a page
        rows = [Row(_("Manufacturer"), ", ".join(p for p in (name, address, email) if p.strip()))]
        if s.manufacturer_outside_eu or s.responsible_name.strip():
            rows.append(Row(_("Responsible person in the EU"), ", ".join(
                p for p in (s.responsible_name, s.responsible_address,
                            s.responsible_email if is_email(s.responsible_email) else "") if p.strip())))
        rows.append(Row(_("Product type"), s.product_type.strip() or product.name))
        reference = s.reference.strip() or product.sku.strip()
        if reference:
            rows.append(Row(_("Reference"), reference))
        rows.append(Row(_("Warnings and safety information"),
                        s.warnings.strip() or _("No particular warning: use as described above.")))
        return tuple(rows)

    def withdrawal_text(self, product: Product) -> str:
        _ = self._
        texts = {
            WithdrawalException.CUSTOM_MADE: _(
                "No right of withdrawal: this item is made to your specifications or clearly personalised "
                "(art. L221-28 3° of the French consumer code)."),
            WithdrawalException.PERISHABLE: _(
                "No right of withdrawal: this item may deteriorate or expire rapidly "
                "(art. L221-28 4° of the French consumer code)."),
            WithdrawalException.SEALED_HYGIENE: _(
                "No right of withdrawal once unsealed after delivery: for reasons of hygiene or health "
                "protection this item cannot be returned (art. L221-28 5° of the French consumer code)."),
            WithdrawalException.DIGITAL_IMMEDIATE: _(
                "No right of withdrawal once the download has begun with your express consent and your "
                "acknowledgement that you lose this right (art. L221-28 13° of the French consumer code)."),
        }
        return texts.get(WithdrawalException(product.legal.withdrawal), "")

    # ----------------------------------------------------------------- terms of sale
    def delivery_rows(self, rates: Sequence[ShippingRate]) -> list[dict[str, str]]:
        """Each delivery or pickup option with its firm deadline (30 days when none is given)."""
        _ = self._
        rows = []
        for r in rates:
            if r.pickup:
                deadline = _("ready for pickup within {n} days").format(n=r.delivery_days or DEFAULT_DELIVERY_DAYS)
            else:
                deadline = _("delivered within {n} days").format(n=r.delivery_days or DEFAULT_DELIVERY_DAYS)
            rows.append({"name": r.name, "deadline": deadline, "address": r.address, "hours": r.hours,
                         "pickup": "yes" if r.pickup else ""})
        return rows


def emphasise_allergens(ingredients: str) -> Markup:
    """The ingredients, escaped, with each allergen in ``<strong>`` (Regulation 1169/2011 art. 21)."""
    parts = [
        Markup('<strong class="allergen">{}</strong>').format(s.text) if s.allergen else escape(s.text)
        for s in split_allergens(ingredients)
    ]
    return Markup("").join(parts)
