"""What the law asks a product page to show, per product: net quantity, safety (GPSR), food facts
and the withdrawal exception. Plain frozen data; the rules deciding what applies are in
:mod:`wizard.domain.legal`."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class QuantityUnit(StrEnum):
    """Units of a net quantity; the unit price is given per kilogram or per litre."""

    G = "g"
    KG = "kg"
    ML = "ml"
    L = "l"


class WithdrawalException(StrEnum):
    """Why the 14-day withdrawal right does not apply to a product (art. L221-28)."""

    NONE = ""
    CUSTOM_MADE = "custom_made"  # 3° made to the consumer's specifications or clearly personalised
    PERISHABLE = "perishable"  # 4° liable to deteriorate or expire rapidly
    SEALED_HYGIENE = "sealed_hygiene"  # 5° unsealed after delivery, not returnable for hygiene
    DIGITAL_IMMEDIATE = "digital_immediate"  # 13° digital content supplied at once, with consent


@dataclass(frozen=True)
class Safety:
    """GPSR art. 19 information for a non-food product sold at a distance."""

    made_by_seller: bool = True  # the seller makes it: the manufacturer is the seller
    manufacturer_name: str = ""
    manufacturer_address: str = ""
    manufacturer_email: str = ""
    manufacturer_outside_eu: bool = False
    responsible_name: str = ""  # the EU responsible person (art. 16), when the maker is outside the EU
    responsible_address: str = ""
    responsible_email: str = ""
    product_type: str = ""
    reference: str = ""  # batch, serial or model reference
    warnings: str = ""  # warnings and safety information, in the shop's language


@dataclass(frozen=True)
class FoodInfo:
    """Regulation (EU) 1169/2011 art. 9 and 14: what a food page shows before purchase."""

    name: str = ""  # the legal name of the food ("dénomination"), the product name when empty
    ingredients: str = ""  # the list of ingredients; the 14 allergens are emphasised on the page
    allergens_note: str = ""  # e.g. "Peut contenir des traces de fruits à coque"
    storage: str = ""  # special storage conditions
    use: str = ""  # conditions of use, instructions
    operator_name: str = ""  # the food business operator; the seller when empty
    operator_address: str = ""
    origin: str = ""
    alcohol: str = ""  # e.g. "12 % vol." for drinks above 1.2 %


@dataclass(frozen=True)
class ProductLegal:
    """The legal information of one product (stored as one JSON column)."""

    quantity: Decimal | None = None  # net quantity, e.g. 250 (with ``unit`` = g)
    unit: QuantityUnit | None = None
    withdrawal: WithdrawalException = WithdrawalException.NONE
    safety: Safety = field(default_factory=Safety)
    food: FoodInfo = field(default_factory=FoodInfo)
