"""The book of receipts (livre des recettes) of a micro-entrepreneur, from the paid orders.

One row per payment received (date of payment, reference, customer, nature, amount, means of payment);
an order paid and later cancelled or withdrawn also gets a negative row on the day it was undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from wizard.domain.orders import RELEASED, Order, OrderStatus


@dataclass(frozen=True)
class Receipt:
    day: dt.date
    reference: str
    customer: str
    nature: str
    amount: Decimal
    payment: str  # the order's means of payment (paypalme, transfer, link, pickup, email)
    currency: str


def receipts(orders: Iterable[Order], year: int | None = None, month: int | None = None) -> list[Receipt]:
    """The rows of the book for ``year`` (and ``month``), oldest first."""
    rows: list[Receipt] = []
    for order in orders:
        if order.paid_at is None:
            continue
        nature = "; ".join(f"{line.label()} × {line.quantity}" for line in order.lines)
        rows.append(Receipt(order.paid_at.date(), order.number, order.customer.name, nature, order.total,
                            order.payment, order.currency))
        undone = [h for h in order.history if h.status in RELEASED and h.at >= order.paid_at]
        if order.status in RELEASED and undone:
            label = "annulation" if order.status == OrderStatus.CANCELLED else "rétractation"
            rows.append(Receipt(undone[-1].at.date(), order.number, order.customer.name,
                                f"{label}: {nature}", -order.total, order.payment, order.currency))
    rows = [r for r in rows if (year is None or r.day.year == year) and (month is None or r.day.month == month)]
    return sorted(rows, key=lambda r: (r.day, r.reference, r.amount < 0))


def total(rows: Iterable[Receipt]) -> Decimal:
    return sum((r.amount for r in rows), Decimal("0.00"))
