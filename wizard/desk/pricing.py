"""The reference totals of a cart, in Decimal: the desk (PHP) and the cart (JavaScript) must agree with
these to the cent (the golden carts in ``tests/desk/golden_carts.json`` hold all three to it).

Rules, exactly as ``cart.js`` and ``lib.php`` apply them: unit price from the variant or the product;
a percent coupon rounds half up to the cent and never exceeds the subtotal; a coupon is valid from its
first to its last day included and from its minimum subtotal; shipping rates of the customer's zone,
weight bands skipped when the parcel is heavier, ``free_above`` free from that amount of goods (after
the discount), the cheapest band per name, listed by cost (ties: plain rates first, by index); the
chosen rate or the cheapest one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any

CENT = Decimal("0.01")


class CartRefused(ValueError):
    """The cart cannot be priced; ``key`` names the desk's message (same keys as ``lib.php``)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Item:
    slug: str
    variant: str
    qty: int


@dataclass(frozen=True)
class PricedLine:
    slug: str
    sku: str
    name: str
    label: str
    quantity: int
    unit_price: Decimal
    line_total: Decimal


@dataclass(frozen=True)
class RateOption:
    index: str
    name: str
    cost: Decimal


@dataclass(frozen=True)
class PricedCart:
    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    coupon: str  # "" when none
    discount: Decimal
    zone: str | None
    options: tuple[RateOption, ...]
    shipping: RateOption | None
    total: Decimal


def _d(text: str | None) -> Decimal:
    return Decimal(text) if text else Decimal(0)


def price_cart(catalogue: dict[str, Any], items: list[Item], coupon_code: str, country: str, rate: str,
               today: str) -> PricedCart:
    """Price ``items`` as the desk does (``today`` is ``YYYY-MM-DD`` in the shop's time zone)."""
    lines: list[PricedLine] = []
    sub = Decimal(0)
    weight = 0
    counted: dict[str, int] = {}
    for it in items:
        p = catalogue["products"].get(it.slug)
        if not isinstance(p, dict):
            raise CartRefused("unknownProduct")
        v = None
        if p["variants"]:
            v = p["variants"].get(it.variant)
            if not isinstance(v, dict):
                raise CartRefused("unknownProduct")
        if not 1 <= it.qty <= 999:
            raise CartRefused("badQuantity")
        stock = v["stock"] if v else p["stock"]
        key = f"{it.slug}|{it.variant}"
        counted[key] = counted.get(key, 0) + it.qty
        if stock is not None and counted[key] > stock:
            raise CartRefused("notEnoughStock" if stock > 0 else "outOfStock")
        unit = _d(v["price"] if v else p["price"])
        lines.append(PricedLine(it.slug, v["sku"] if v else p["sku"], p["name"], v["label"] if v else "",
                                it.qty, unit, unit * it.qty))
        sub += unit * it.qty
        weight += p["weight_g"] * it.qty
    off = Decimal(0)
    code = coupon_code.upper()
    found = None
    if code:
        for c in catalogue["coupons"]:
            if c["code"].upper() == code:
                found = c
        if found is None:
            raise CartRefused("invalidCode")
        if (found["starts"] and today < found["starts"]) or (found["ends"] and today > found["ends"]):
            raise CartRefused("couponExpired")
        if found["min_order"] and sub < _d(found["min_order"]):
            raise CartRefused("couponMinimum")
        if found["kind"] == "percent":
            off = (sub * _d(found["value"]) / 100 + Decimal("0.005")).quantize(CENT, rounding=ROUND_FLOOR)
        else:
            off = _d(found["value"])
        off = min(off, sub)
    goods = sub - off
    zone = catalogue["countries"].get(country)
    options: list[RateOption] = []
    if catalogue["shipping"]:
        if zone is None:
            raise CartRefused("badField")
        plain: dict[int, RateOption] = {}
        bands: dict[str, RateOption] = {}
        for i, r in enumerate(catalogue["shipping"]):
            banded = r["kind"] == "by_weight"
            if r["zone"] != zone or (banded and r["max_weight_g"] and weight > r["max_weight_g"]):
                continue
            free = r["kind"] == "free_above" and r["free_above"] and goods >= _d(r["free_above"])
            option = RateOption(str(i), r["name"], Decimal(0) if free else _d(r["price"]))
            if not banded:
                plain[i] = option
            elif r["name"] not in bands or option.cost < bands[r["name"]].cost:
                bands[r["name"]] = option
        listed = [plain[i] for i in sorted(plain)] + list(bands.values())
        options = sorted(listed, key=lambda o: o.cost)  # stable, like Array.prototype.sort
        if not options:
            raise CartRefused("noShipping")
    chosen = next((o for o in options if o.index == rate), options[0] if options else None)
    total = goods + (chosen.cost if chosen else Decimal(0))
    return PricedCart(tuple(lines), sub, found["code"] if found else "", off, zone, tuple(options), chosen, total)


def plain(amount: Decimal) -> str:
    """``"12.50"``: the contract's form of an amount."""
    return str(amount.quantize(CENT))
