"""Orders in the shop file: storing fetched orders (idempotent on the number), statuses, stock moves.

Every change runs in one transaction of the shop file: an order, its lines, its first status and the
stock it takes are stored together or not at all. Stock moves are recorded per order, so cancelling
or withdrawing puts back exactly what the order took (never more).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from wizard.domain.orders import (
    RELEASED,
    Address,
    AppliedCoupon,
    Customer,
    Note,
    Order,
    OrderLine,
    OrderStatus,
    ShippingChoice,
    StatusChange,
    Withdrawal,
    can_change,
)
from wizard.i18n import EchoppeError, msg
from wizard.store.shopfile import ShopFile

STOCK_AT = "orders.stock_at"  # "order" (default) or "paid"


class OrderError(EchoppeError):
    """An order cannot be found or changed that way."""


class Stored(StrEnum):
    NEW = "new"  # stored now
    ALREADY = "already"  # the same content was stored before (a fetch that was interrupted)
    CONFLICT = "conflict"  # another content with the same number is stored: kept on the server


@dataclass(frozen=True)
class StockChange:
    slug: str
    label: str
    before: int
    after: int


@dataclass(frozen=True)
class StoreResult:
    outcome: Stored
    stock: tuple[StockChange, ...] = ()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _money(value: Decimal) -> str:
    return format(value, "f")


def stock_at_payment(shop: ShopFile) -> bool:
    """True when stock goes down when an order is paid, False when it is fetched (the default)."""
    return bool(shop.get_value(STOCK_AT, "order") == "paid")


def set_stock_at_payment(shop: ShopFile, at_payment: bool) -> None:
    shop.set_value(STOCK_AT, "paid" if at_payment else "order")


# --------------------------------------------------------------------------- stock

def _find_stock(conn: sqlite3.Connection, line: OrderLine) -> tuple[int, int | None, str | None, int | None]:
    """(product id, variant id, variant options JSON, stock) of a line; product id 0 when unknown."""
    row = conn.execute("SELECT id, stock FROM products WHERE slug=?", (line.slug,)).fetchone()
    if row is None:
        return 0, None, None, None
    variants = conn.execute("SELECT id, options, sku, stock FROM variants WHERE product_id=?",
                            (row[0],)).fetchall()
    if not variants:
        return row[0], None, None, row[1]
    wanted = dict(line.options)
    for vid, options, sku, stock in variants:
        if dict(tuple(p) for p in json.loads(options)) == wanted or (line.sku and sku == line.sku):
            return row[0], vid, options, stock
    return 0, None, None, None


def _take(conn: sqlite3.Connection, order_id: int, lines: tuple[OrderLine, ...], at: str) -> list[StockChange]:
    changes = []
    for line in lines:
        product_id, variant_id, options, stock = _find_stock(conn, line)
        if not product_id or stock is None:
            continue  # unknown product, or stock not tracked
        taken = min(line.quantity, max(stock, 0))
        after = stock - taken
        if variant_id is None:
            conn.execute("UPDATE products SET stock=? WHERE id=?", (after, product_id))
        else:
            conn.execute("UPDATE variants SET stock=? WHERE id=?", (after, variant_id))
        conn.execute("INSERT INTO stock_moves(at, product_id, variant_options, order_id, delta, reason) "
                     "VALUES (?, ?, ?, ?, ?, 'order')", (at, product_id, options, order_id, -taken))
        changes.append(StockChange(line.slug, line.label(), stock, after))
    return changes


def _give_back(conn: sqlite3.Connection, order_id: int, reason: str, at: str) -> list[StockChange]:
    changes = []
    rows = conn.execute(
        "SELECT m.product_id, m.variant_options, SUM(m.delta), p.slug, p.name FROM stock_moves m "
        "JOIN products p ON p.id = m.product_id WHERE m.order_id=? GROUP BY m.product_id, m.variant_options",
        (order_id,)).fetchall()
    for product_id, options, net, slug, name in rows:
        if not net:
            continue
        if options is None:
            row = conn.execute("SELECT stock FROM products WHERE id=?", (product_id,)).fetchone()
            if row is None or row[0] is None:
                continue
            conn.execute("UPDATE products SET stock=? WHERE id=?", (row[0] - net, product_id))
        else:
            row = conn.execute("SELECT id, stock FROM variants WHERE product_id=? AND options=?",
                               (product_id, options)).fetchone()
            if row is None or row[1] is None:
                continue  # the variant was removed since
            conn.execute("UPDATE variants SET stock=? WHERE id=?", (row[1] - net, row[0]))
        before = row[-1]
        conn.execute("INSERT INTO stock_moves(at, product_id, variant_options, order_id, delta, reason) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (at, product_id, options, order_id, -net, reason))
        changes.append(StockChange(slug, name, before, before - net))
    return changes


def _has_taken(conn: sqlite3.Connection, order_id: int) -> bool:
    return conn.execute("SELECT 1 FROM stock_moves WHERE order_id=? LIMIT 1", (order_id,)).fetchone() is not None


# --------------------------------------------------------------------------- storing fetched files

def store_order(shop: ShopFile, order: Order, source: str) -> StoreResult:
    """Store a fetched order with its lines (and take its stock unless that waits for payment).

    ``source`` is the opened JSON: storing the same number again with the same source is a no-op
    (:attr:`Stored.ALREADY`), with another source a :attr:`Stored.CONFLICT` (nothing changes).
    """
    at_payment = stock_at_payment(shop)
    with shop.transaction("orders") as conn:
        row = conn.execute("SELECT source FROM orders WHERE number=?", (order.number,)).fetchone()
        if row is not None:
            return StoreResult(Stored.ALREADY if row[0] == source else Stored.CONFLICT)
        now = _now()
        a = order.customer.address
        cur = conn.execute(
            "INSERT INTO orders(number, received_at, fetched_at, lang, currency, customer_name, customer_email, "
            "customer_phone, address_line1, address_line2, address_postcode, address_city, address_country, "
            "coupon_code, coupon_discount, shipping_method, shipping_zone, shipping_price, subtotal, total, "
            "payment, message, status, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'new',?)",
            (order.number, order.received_at.isoformat(), now, order.lang, order.currency, order.customer.name,
             order.customer.email, order.customer.phone, a.line1, a.line2, a.postcode, a.city, a.country,
             order.coupon.code if order.coupon else None,
             _money(order.coupon.discount) if order.coupon else None,
             order.shipping.method if order.shipping else None,
             order.shipping.zone if order.shipping else None,
             _money(order.shipping.price) if order.shipping else None,
             _money(order.subtotal), _money(order.total), order.payment, order.message, source))
        order_id = cur.lastrowid or 0
        conn.executemany(
            "INSERT INTO order_lines(order_id, position, slug, sku, name, options, quantity, unit_price) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(order_id, i, ln.slug, ln.sku, ln.name, json.dumps([list(p) for p in ln.options], ensure_ascii=False),
              ln.quantity, _money(ln.unit_price)) for i, ln in enumerate(order.lines)])
        conn.execute("INSERT INTO order_status_history(order_id, status, at) VALUES (?, 'new', ?)",
                     (order_id, order.received_at.isoformat()))
        conn.execute("UPDATE withdrawals SET order_id=? WHERE order_number=?", (order_id, order.number))
        changes: list[StockChange] = []
        if not at_payment:
            with shop.transaction("products"):
                changes = _take(conn, order_id, order.lines, now)
    return StoreResult(Stored.NEW, tuple(changes))


def store_withdrawal(shop: ShopFile, withdrawal: Withdrawal, source: str) -> StoreResult:
    """Store a withdrawal declaration, linked to its order when that order is known."""
    with shop.transaction("orders") as conn:
        row = conn.execute("SELECT source FROM withdrawals WHERE number=?", (withdrawal.number,)).fetchone()
        if row is not None:
            return StoreResult(Stored.ALREADY if row[0] == source else Stored.CONFLICT)
        found = conn.execute("SELECT id FROM orders WHERE number=?", (withdrawal.order_number,)).fetchone()
        conn.execute(
            "INSERT INTO withdrawals(number, received_at, fetched_at, order_number, order_id, name, email, lang, "
            "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (withdrawal.number, withdrawal.received_at.isoformat(), _now(), withdrawal.order_number,
             found[0] if found else None, withdrawal.name, withdrawal.email, withdrawal.lang, source))
    return StoreResult(Stored.NEW)


# --------------------------------------------------------------------------- reading

_ORDER_COLUMNS = (
    "id, number, received_at, lang, currency, customer_name, customer_email, customer_phone, address_line1, "
    "address_line2, address_postcode, address_city, address_country, coupon_code, coupon_discount, "
    "shipping_method, shipping_zone, shipping_price, payment, message, status, paid_at, tracking"
)


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _orders_where(shop: ShopFile, where: str, params: tuple[object, ...]) -> list[Order]:
    rows = shop.read(f"SELECT {_ORDER_COLUMNS} FROM orders {where} ORDER BY received_at DESC, id DESC", params)
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    lines: dict[int, list[OrderLine]] = {}
    for r in shop.read(f"SELECT order_id, slug, sku, name, options, quantity, unit_price FROM order_lines "
                       f"WHERE order_id IN ({marks}) ORDER BY order_id, position", ids):
        lines.setdefault(r[0], []).append(OrderLine(r[1], r[2], r[3], tuple(tuple(p) for p in json.loads(r[4])),
                                                    r[5], Decimal(r[6])))
    history: dict[int, list[StatusChange]] = {}
    for r in shop.read(f"SELECT order_id, status, at, note FROM order_status_history "
                       f"WHERE order_id IN ({marks}) ORDER BY id", ids):
        history.setdefault(r[0], []).append(StatusChange(OrderStatus(r[1]), dt.datetime.fromisoformat(r[2]), r[3]))
    notes: dict[int, list[Note]] = {}
    for r in shop.read(f"SELECT order_id, at, text FROM order_notes WHERE order_id IN ({marks}) ORDER BY id", ids):
        notes.setdefault(r[0], []).append(Note(dt.datetime.fromisoformat(r[1]), r[2]))
    withdrawals: dict[int, list[str]] = {}
    for r in shop.read(f"SELECT order_id, number FROM withdrawals WHERE order_id IN ({marks}) ORDER BY id", ids):
        withdrawals.setdefault(r[0], []).append(r[1])
    result = []
    for r in rows:
        result.append(Order(
            number=r[1], received_at=dt.datetime.fromisoformat(r[2]), lang=r[3], currency=r[4],
            customer=Customer(r[5], r[6], r[7], Address(r[8], r[9], r[10], r[11], r[12])),
            coupon=AppliedCoupon(r[13], Decimal(r[14])) if r[13] is not None else None,
            shipping=ShippingChoice(r[15], r[16] or "", Decimal(r[17])) if r[15] is not None else None,
            payment=r[18], message=r[19], status=OrderStatus(r[20]), paid_at=_when(r[21]), tracking=r[22],
            lines=tuple(lines.get(r[0], ())), history=tuple(history.get(r[0], ())),
            notes=tuple(notes.get(r[0], ())), withdrawals=tuple(withdrawals.get(r[0], ()))))
    return result


def list_orders(shop: ShopFile, status: OrderStatus | None = None) -> list[Order]:
    """Orders, newest first (only those in ``status`` when given)."""
    if status is None:
        return _orders_where(shop, "", ())
    return _orders_where(shop, "WHERE status=?", (status.value,))


def get_order(shop: ShopFile, number: str) -> Order:
    found = _orders_where(shop, "WHERE number=?", (number,))
    if not found:
        raise OrderError(msg("There is no order number {number} in this shop.", number=number),
                         msg("Check the number (for example 2026-00042), or fetch the orders first."))
    return found[0]


def count_new(shop: ShopFile) -> int:
    return int(shop.read("SELECT COUNT(*) FROM orders WHERE status='new'")[0][0])


def list_withdrawals(shop: ShopFile) -> list[Withdrawal]:
    rows = shop.read("SELECT number, received_at, order_number, name, email, lang, acknowledged_at "
                     "FROM withdrawals ORDER BY received_at DESC")
    return [Withdrawal(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], _when(r[6])) for r in rows]


# --------------------------------------------------------------------------- changing

def change_status(shop: ShopFile, number: str, status: OrderStatus, note: str = "", tracking: str | None = None,
                  at: dt.datetime | None = None) -> tuple[Order, tuple[StockChange, ...]]:
    """Move an order to ``status`` (checked against the allowed transitions), with its stock effects."""
    moment = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    changes: list[StockChange] = []
    with shop.transaction("orders") as conn:
        row = conn.execute("SELECT id, status FROM orders WHERE number=?", (number,)).fetchone()
        if row is None:
            get_order(shop, number)  # raises the clear error
        order_id, old = row[0], OrderStatus(row[1])
        if not can_change(old, status):
            raise OrderError(
                msg("Order {number} is {old}: it cannot become {new}.", number=number, old=old.value,
                    new=status.value),
                msg("Allowed next: {allowed}.", allowed=", ".join(sorted(s.value for s in _next(old))) or "—"))
        conn.execute("UPDATE orders SET status=? WHERE id=?", (status.value, order_id))
        if status == OrderStatus.PAID:
            conn.execute("UPDATE orders SET paid_at=? WHERE id=?", (moment, order_id))
        if tracking is not None:
            conn.execute("UPDATE orders SET tracking=? WHERE id=?", (tracking.strip(), order_id))
        conn.execute("INSERT INTO order_status_history(order_id, status, at, note) VALUES (?, ?, ?, ?)",
                     (order_id, status.value, moment, note))
        with shop.transaction("products"):
            if status in RELEASED:
                changes = _give_back(conn, order_id, status.value, moment)
            elif status == OrderStatus.PAID and stock_at_payment(shop) and not _has_taken(conn, order_id):
                lines = get_order(shop, number).lines
                changes = _take(conn, order_id, lines, moment)
    return get_order(shop, number), tuple(changes)


def _next(status: OrderStatus) -> frozenset[OrderStatus]:
    from wizard.domain.orders import TRANSITIONS

    return TRANSITIONS[status]


def add_note(shop: ShopFile, number: str, text: str) -> Order:
    with shop.transaction("orders") as conn:
        row = conn.execute("SELECT id FROM orders WHERE number=?", (number,)).fetchone()
        if row is None:
            get_order(shop, number)
        conn.execute("INSERT INTO order_notes(order_id, at, text) VALUES (?, ?, ?)", (row[0], _now(), text.strip()))
    return get_order(shop, number)


def acknowledge_withdrawal(shop: ShopFile, number: str) -> None:
    with shop.transaction("orders") as conn:
        conn.execute("UPDATE withdrawals SET acknowledged_at=COALESCE(acknowledged_at, ?) WHERE number=?",
                     (_now(), number))
