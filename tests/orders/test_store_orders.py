from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.orders.orderdata import add_products, order_data, stock_of, two_line_order, withdrawal_data
from wizard.domain.orders import OrderStatus, parse_order, parse_withdrawal
from wizard.store import orders as store
from wizard.store.schema import MIGRATIONS, SCHEMA_VERSION
from wizard.store.shopfile import ShopFile

HONEY = (("Pot", "250 g"),)


def _put(shop: ShopFile, data: dict) -> store.StoreResult:
    return store.store_order(shop, parse_order(data), json.dumps(data, sort_keys=True))


def test_migration_from_previous_version_keeps_products(tmp_path: Path) -> None:
    k = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE orders" in m)
    path = tmp_path / "old.echoppe"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=1162037328")
    for number, script in enumerate(MIGRATIONS[:k]):
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version={number + 1}")
    conn.execute("INSERT INTO products(name, slug, price, created_at, updated_at) "
                 "VALUES ('Savon', 'savon', '4.50', '2026-01-01T00:00:00', '2026-01-01T00:00:00')")
    conn.commit()
    conn.close()
    with ShopFile.open(path) as shop:
        assert shop.schema_version == SCHEMA_VERSION
        assert shop.product("savon") is not None
        assert store.list_orders(shop) == []
        assert _put(shop, order_data()).outcome is store.Stored.NEW
        assert shop.integrity_ok()


def test_store_is_idempotent_and_takes_stock_once(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        add_products(shop)
        data = two_line_order("2026-00001", honey=2, soap=1)
        result = _put(shop, data)
        assert result.outcome is store.Stored.NEW
        assert {c.slug: (c.before, c.after) for c in result.stock} == {"miel-de-lavande": (5, 3), "savon": (3, 2)}
        assert _put(shop, data).outcome is store.Stored.ALREADY
        assert _put(shop, {**data, "message": "other"}).outcome is store.Stored.CONFLICT
        assert len(store.list_orders(shop)) == 1
        assert stock_of(shop, "miel-de-lavande", HONEY) == 3
        assert stock_of(shop, "savon") == 2
        assert store.count_new(shop) == 1


def test_cancel_restores_exactly_what_was_taken(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        add_products(shop, honey_stock=1)
        _put(shop, two_line_order("2026-00001", honey=3, soap=3))  # honey oversold: only 1 taken
        assert stock_of(shop, "miel-de-lavande", HONEY) == 0
        assert stock_of(shop, "savon") == 0
        shop.product("savon")
        order, _changes = store.change_status(shop, "2026-00001", OrderStatus.CANCELLED, note="client")
        assert order.status is OrderStatus.CANCELLED
        assert stock_of(shop, "miel-de-lavande", HONEY) == 1
        assert stock_of(shop, "savon") == 3
        with pytest.raises(store.OrderError):
            store.change_status(shop, "2026-00001", OrderStatus.PAID)


def test_full_journey_and_history(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        add_products(shop)
        _put(shop, two_line_order("2026-00002"))
        store.change_status(shop, "2026-00002", OrderStatus.PAID)
        with pytest.raises(store.OrderError):
            store.change_status(shop, "2026-00002", OrderStatus.NEW)
        store.change_status(shop, "2026-00002", OrderStatus.SHIPPED, tracking="6A12345678901")
        order, _ = store.change_status(shop, "2026-00002", OrderStatus.DELIVERED)
        assert [h.status for h in order.history] == ["new", "paid", "shipped", "delivered"]
        assert order.tracking == "6A12345678901" and order.paid_at is not None
        order, _ = store.change_status(shop, "2026-00002", OrderStatus.WITHDRAWN)
        assert stock_of(shop, "savon") == 3
        assert store.add_note(shop, "2026-00002", "remboursé").notes[0].text == "remboursé"
        with pytest.raises(store.OrderError):
            store.get_order(shop, "2026-99999")


def test_stock_when_paid_setting(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        add_products(shop)
        store.set_stock_at_payment(shop, True)
        _put(shop, two_line_order("2026-00003", honey=2))
        assert stock_of(shop, "miel-de-lavande", HONEY) == 5
        store.change_status(shop, "2026-00003", OrderStatus.PAID)
        assert stock_of(shop, "miel-de-lavande", HONEY) == 3
        store.change_status(shop, "2026-00003", OrderStatus.WITHDRAWN)
        assert stock_of(shop, "miel-de-lavande", HONEY) == 5


def test_withdrawal_links_to_its_order_either_way(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        w = withdrawal_data("W2026-00001", "2026-00042")
        assert store.store_withdrawal(shop, parse_withdrawal(w), json.dumps(w)).outcome is store.Stored.NEW
        _put(shop, order_data("2026-00042"))
        assert store.get_order(shop, "2026-00042").withdrawals == ("W2026-00001",)
        assert store.store_withdrawal(shop, parse_withdrawal(w), json.dumps(w)).outcome is store.Stored.ALREADY
