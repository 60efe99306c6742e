"""Prices the law computes for the merchant: the former price of a reduction and the unit price.

Former price (art. L112-1-1 of the Code de la consommation, CJEU C-330/23): a reduction shown on the
site uses as the former price the lowest price applied during the 30 days before the reduction
began, and the percentage is computed from it. Successive reductions of one sales period keep the
price before the first one: here, decreases that follow each other with no increase in between and
less than :data:`PERIOD_DAYS` apart form one period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from wizard.domain.legalinfo import QuantityUnit

WINDOW_DAYS = 30  # the former price is the lowest of this many days before the reduction
PERIOD_DAYS = 30  # two decreases this close belong to one sales period
CENT = Decimal("0.01")


@dataclass(frozen=True)
class PricePoint:
    """A price in force from ``since`` until the next point."""

    since: dt.datetime
    price: Decimal


@dataclass(frozen=True)
class Reduction:
    """A reduction the history supports: show ``former`` crossed out and ``-percent %``."""

    former: Decimal
    current: Decimal
    began: dt.datetime
    percent: int


def reduction(history: Sequence[PricePoint]) -> Reduction | None:
    """The reduction the dated ``history`` supports for its last price, or None (no reduction may be
    shown: the price has not gone down below the lowest price of the 30 days before)."""
    points = sorted(history, key=lambda p: p.since)
    # Drop points that did not change the price: they start nothing.
    steps: list[PricePoint] = []
    for point in points:
        if not steps or point.price != steps[-1].price:
            steps.append(point)
    if len(steps) < 2 or steps[-1].price >= steps[-2].price:
        return None
    first = len(steps) - 1  # index of the first decrease of the current sales period
    while (
        first > 1
        and steps[first - 1].price < steps[first - 2].price
        and steps[first].since - steps[first - 1].since <= dt.timedelta(days=PERIOD_DAYS)
    ):
        first -= 1
    began = steps[first].since
    window_start = began - dt.timedelta(days=WINDOW_DAYS)
    in_window = [
        steps[i].price
        for i in range(first)
        if steps[i + 1].since > window_start  # in force for at least part of the window
    ]
    former = min(in_window)
    current = steps[-1].price
    if current >= former:
        return None
    percent = int(((former - current) * 100 / former).to_integral_value(rounding=ROUND_DOWN))
    return Reduction(former=former, current=current, began=began, percent=percent)


@dataclass(frozen=True)
class UnitPrice:
    """The price per kilogram or per litre (``per`` is "kg" or "l")."""

    amount: Decimal
    per: str


def unit_price(price: Decimal, quantity: Decimal | None, unit: QuantityUnit | None) -> UnitPrice | None:
    """The price per kg or l of ``quantity`` ``unit`` sold at ``price``, to the cent (half up)."""
    if quantity is None or unit is None or quantity <= 0:
        return None
    unit = QuantityUnit(unit)
    amount = price * 1000 / quantity if unit in (QuantityUnit.G, QuantityUnit.ML) else price / quantity
    per = "kg" if unit in (QuantityUnit.G, QuantityUnit.KG) else "l"
    return UnitPrice(amount.quantize(CENT, rounding=ROUND_HALF_UP), per)


def prospective(history: Sequence[PricePoint], price: Decimal, now: dt.datetime) -> list[PricePoint]:
    """``history`` as it will be once ``price`` is saved at ``now``."""
    points = sorted(history, key=lambda p: p.since)
    if not points or points[-1].price != price:
        points.append(PricePoint(now, price))
    return points
