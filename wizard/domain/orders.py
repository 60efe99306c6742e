"""Orders and withdrawal declarations that came in through the order desk.

The opened content of a sealed file (``docs/order-format.md``) is untrusted: :func:`parse_order` and
:func:`parse_withdrawal` check every field, recompute every amount with ``Decimal`` and raise
:class:`InvalidOrder` (with a short English reason, for logs and reports) for anything off-contract.

Status transitions::

    new ──► paid ──► shipped ──► delivered
     │        │  └──────────────►┘ (handed over at pickup)
     │        │         │            │
     └────────┴─► cancelled          │
     └────────┴─────────┴────────────┴─► withdrawn (the customer's right of withdrawal)

``cancelled`` and ``withdrawn`` are final. An order enters the book of receipts when it becomes paid.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from wizard.domain.money import CURRENCIES, NotAnAmount, parse_amount

ORDER_FORMAT = "echoppe-order/1"
WITHDRAWAL_FORMAT = "echoppe-withdrawal/1"
ORDER_NUMBER = re.compile(r"[0-9]{4}-[0-9]{5,}")
WITHDRAWAL_NUMBER = re.compile(r"W[0-9]{4}-[0-9]{5,}")
SEALED_NAME = re.compile(r"W?[0-9]{4}-[0-9]{5,}\.sealed")
_MONEY = re.compile(r"[0-9]{1,9}\.[0-9]{2}")
_EMAIL = re.compile(r"[^@\s<>\"',;]{1,64}@[^@\s<>\"',;]{1,253}")
PAYMENTS = ("paypalme", "transfer", "link", "pickup", "email")
MAX_LINES = 200
MAX_QUANTITY = 9999
MAX_TEXT = 2000  # characters in any text field


class OrderStatus(StrEnum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    WITHDRAWN = "withdrawn"


TRANSITIONS: Mapping[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.NEW: frozenset({OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.WITHDRAWN}),
    OrderStatus.PAID: frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED,
                                 OrderStatus.WITHDRAWN}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.DELIVERED, OrderStatus.WITHDRAWN}),
    OrderStatus.DELIVERED: frozenset({OrderStatus.WITHDRAWN}),
    OrderStatus.CANCELLED: frozenset(),
    OrderStatus.WITHDRAWN: frozenset(),
}

#: Statuses whose goods are back on the shelf (stock restored).
RELEASED = frozenset({OrderStatus.CANCELLED, OrderStatus.WITHDRAWN})


def can_change(old: OrderStatus, new: OrderStatus) -> bool:
    """True when an order in ``old`` may go to ``new``."""
    return new in TRANSITIONS[old]


class InvalidOrder(ValueError):
    """The opened content is not an order (or withdrawal) of the contract; ``str()`` says why."""


@dataclass(frozen=True)
class Address:
    line1: str = ""
    line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""

    def lines(self) -> list[str]:
        """The address as printed on a parcel."""
        return [x for x in (self.line1, self.line2, f"{self.postcode} {self.city}".strip(), self.country) if x]


@dataclass(frozen=True)
class Customer:
    name: str
    email: str
    phone: str = ""
    address: Address = field(default_factory=Address)


@dataclass(frozen=True)
class OrderLine:
    slug: str
    sku: str
    name: str
    options: tuple[tuple[str, str], ...]
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity

    def label(self) -> str:
        """``"Miel de lavande (Pot: 250 g)"``."""
        if not self.options:
            return self.name
        return f"{self.name} ({', '.join(f'{k}: {v}' for k, v in self.options)})"


@dataclass(frozen=True)
class AppliedCoupon:
    code: str
    discount: Decimal


@dataclass(frozen=True)
class ShippingChoice:
    method: str
    zone: str
    price: Decimal


@dataclass(frozen=True)
class StatusChange:
    status: OrderStatus
    at: dt.datetime
    note: str = ""


@dataclass(frozen=True)
class Note:
    at: dt.datetime
    text: str


@dataclass(frozen=True)
class Order:
    number: str
    received_at: dt.datetime
    currency: str
    customer: Customer
    lines: tuple[OrderLine, ...]
    payment: str
    coupon: AppliedCoupon | None = None
    shipping: ShippingChoice | None = None
    message: str = ""
    lang: str = "fr"
    status: OrderStatus = OrderStatus.NEW
    tracking: str = ""
    paid_at: dt.datetime | None = None
    history: tuple[StatusChange, ...] = ()
    notes: tuple[Note, ...] = ()
    withdrawals: tuple[str, ...] = ()  # numbers of the withdrawal declarations for this order

    @property
    def subtotal(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        discount = self.coupon.discount if self.coupon else Decimal("0")
        shipping = self.shipping.price if self.shipping else Decimal("0")
        return self.subtotal - discount + shipping

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True)
class Withdrawal:
    number: str
    received_at: dt.datetime
    order_number: str
    name: str
    email: str
    lang: str = "fr"
    acknowledged_at: dt.datetime | None = None


# --------------------------------------------------------------------------- parsing the opened files

def _obj(data: object, where: str) -> Mapping[str, Any]:
    if not isinstance(data, dict):
        raise InvalidOrder(f"{where} is not an object")
    return data


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = True,
          limit: int = MAX_TEXT) -> str:
    value = data.get(key, None if required else "")
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise InvalidOrder(f"{where}.{key} is not text")
    if required and not value.strip():
        raise InvalidOrder(f"{where}.{key} is empty")
    if len(value) > limit:
        raise InvalidOrder(f"{where}.{key} is too long")
    if any(ord(c) < 32 and c not in "\n\t" for c in value) or "\x7f" in value:
        raise InvalidOrder(f"{where}.{key} holds control characters")
    return value


def _money(data: Mapping[str, Any], key: str, where: str) -> Decimal:
    value = data.get(key)
    if not isinstance(value, str) or not _MONEY.fullmatch(value):
        raise InvalidOrder(f"{where}.{key} is not an amount like \"12.50\"")
    try:
        amount = parse_amount(value)
    except NotAnAmount as exc:  # pragma: no cover - the pattern guards this
        raise InvalidOrder(f"{where}.{key} is not an amount") from exc
    assert amount is not None
    return amount


def _moment(data: Mapping[str, Any], key: str, where: str) -> dt.datetime:
    value = _text(data, key, where, limit=40)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidOrder(f"{where}.{key} is not an ISO 8601 date and time") from exc
    if moment.tzinfo is None:
        raise InvalidOrder(f"{where}.{key} has no time zone")
    return moment


def _lang(data: Mapping[str, Any]) -> str:
    lang = data.get("lang", "fr")
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2}", lang):
        raise InvalidOrder("lang is not a language code")
    return lang


def _email(data: Mapping[str, Any], key: str, where: str) -> str:
    value = _text(data, key, where, limit=254).strip()
    if not _EMAIL.fullmatch(value):
        raise InvalidOrder(f"{where}.{key} is not an e-mail address")
    return value


def _options(value: object, where: str) -> tuple[tuple[str, str], ...]:
    if value is None or value == []:  # PHP encodes an empty array as []
        return ()
    if not isinstance(value, dict) or len(value) > 3:
        raise InvalidOrder(f"{where}.options is not an object of at most three options")
    pairs = []
    for name, choice in value.items():
        if not isinstance(choice, str) or not name or len(name) > 100 or len(choice) > 200:
            raise InvalidOrder(f"{where}.options holds a bad option")
        pairs.append((name, choice))
    return tuple(pairs)


def _line(data: object, index: int) -> OrderLine:
    where = f"lines[{index}]"
    line = _obj(data, where)
    quantity = line.get("quantity")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidOrder(f"{where}.quantity is not a whole number from 1 to {MAX_QUANTITY}")
    unit = _money(line, "unit_price", where)
    if _money(line, "line_total", where) != unit * quantity:
        raise InvalidOrder(f"{where}.line_total is not quantity × unit_price")
    slug = _text(line, "slug", where, limit=200)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
        raise InvalidOrder(f"{where}.slug is not a product slug")
    return OrderLine(slug=slug, sku=_text(line, "sku", where, required=False, limit=100),
                     name=_text(line, "name", where, limit=300), options=_options(line.get("options"), where),
                     quantity=quantity, unit_price=unit)


def parse_order(data: object) -> Order:
    """An :class:`Order` from the opened JSON of a sealed order file (checked against the contract)."""
    order = _obj(data, "the order")
    if order.get("format") != ORDER_FORMAT:
        raise InvalidOrder(f"format is not {ORDER_FORMAT}")
    number = _text(order, "number", "order", limit=20)
    if not ORDER_NUMBER.fullmatch(number):
        raise InvalidOrder("number is not like 2026-00042")
    currency = order.get("currency")
    if currency not in CURRENCIES:
        raise InvalidOrder("currency is not one the shop can use")
    who = _obj(order.get("customer"), "customer")
    where = _obj(who.get("address"), "customer.address")
    address = Address(*(_text(where, k, "customer.address", required=k in ("line1", "city"), limit=200)
                        for k in ("line1", "line2", "postcode", "city", "country")))
    customer = Customer(name=_text(who, "name", "customer", limit=200), email=_email(who, "email", "customer"),
                        phone=_text(who, "phone", "customer", required=False, limit=40), address=address)
    raw_lines = order.get("lines")
    if not isinstance(raw_lines, list) or not 1 <= len(raw_lines) <= MAX_LINES:
        raise InvalidOrder(f"lines is not a list of 1 to {MAX_LINES} lines")
    lines = tuple(_line(line, i) for i, line in enumerate(raw_lines))
    subtotal = _money(order, "subtotal", "order")
    if subtotal != sum((line.total for line in lines), Decimal("0")):
        raise InvalidOrder("subtotal is not the sum of the lines")
    coupon = None
    if order.get("coupon") is not None:
        raw = _obj(order["coupon"], "coupon")
        coupon = AppliedCoupon(_text(raw, "code", "coupon", limit=60), _money(raw, "discount", "coupon"))
        if coupon.discount > subtotal:
            raise InvalidOrder("coupon.discount is more than the subtotal")
    shipping = None
    if order.get("shipping") is not None:
        raw = _obj(order["shipping"], "shipping")
        shipping = ShippingChoice(_text(raw, "method", "shipping", limit=200),
                                  _text(raw, "zone", "shipping", required=False, limit=20),
                                  _money(raw, "price", "shipping"))
    payment = order.get("payment")
    if payment not in PAYMENTS:
        raise InvalidOrder("payment is not one of " + ", ".join(PAYMENTS))
    result = Order(number=number, received_at=_moment(order, "received_at", "order"), currency=currency,
                   customer=customer, lines=lines, payment=payment, coupon=coupon, shipping=shipping,
                   message=_text(order, "message", "order", required=False), lang=_lang(order))
    if _money(order, "total", "order") != result.total:
        raise InvalidOrder("total is not subtotal − discount + shipping")
    return result


def parse_withdrawal(data: object) -> Withdrawal:
    """A :class:`Withdrawal` from the opened JSON of a sealed withdrawal declaration."""
    raw = _obj(data, "the declaration")
    if raw.get("format") != WITHDRAWAL_FORMAT:
        raise InvalidOrder(f"format is not {WITHDRAWAL_FORMAT}")
    number = _text(raw, "number", "withdrawal", limit=20)
    if not WITHDRAWAL_NUMBER.fullmatch(number):
        raise InvalidOrder("number is not like W2026-00003")
    order_number = _text(raw, "order_number", "withdrawal", limit=40).strip()
    return Withdrawal(number=number, received_at=_moment(raw, "received_at", "withdrawal"),
                      order_number=order_number, name=_text(raw, "name", "withdrawal", limit=200),
                      email=_email(raw, "email", "withdrawal"), lang=_lang(raw))


def is_sealed_name(name: str) -> bool:
    """True for a file name the app may fetch (``2026-00042.sealed``, ``W2026-00003.sealed``)."""
    return SEALED_NAME.fullmatch(name) is not None
