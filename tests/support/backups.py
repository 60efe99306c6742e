"""Helpers for the backup tests: a rich shop, and a table-by-table comparison of two shop files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.site.shopdata import make_shop
from wizard.store.shopfile import ShopFile


def rich_shop(path: Path, orders: bool = True) -> ShopFile:
    """The site tests' shop (settings, categories, variants, coupons, shipping, an image), plus two
    orders when ``orders``."""
    shop = make_shop(path)
    if orders:  # two orders as the desk sends them, stored through the orders store
        from tests.orders.orderdata import order_data
        from wizard.domain.orders import parse_order
        from wizard.store.orders import store_order

        for number in ("2026-00001", "2026-00002"):
            store_order(shop, parse_order(order_data(number)), "test")
    return shop


def _order(conn: sqlite3.Connection, table: str) -> str:
    """``rowid``, or every column in turn for a WITHOUT ROWID table (ordered by its key anyway)."""
    without_rowid = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    if "WITHOUT ROWID" not in without_rowid.upper():
        return "rowid"
    count = len(conn.execute(f'PRAGMA table_info("{table}")').fetchall())
    return ", ".join(str(i) for i in range(1, count + 1))


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, in primary key order (read-only)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY {_order(conn, t)}').fetchall() for t in tables}
    finally:
        conn.close()


def same_tables(a: Path, b: Path, ignore_settings: tuple[str, ...] = ()) -> None:
    """Assert two shop files hold the same rows, table by table."""
    da, db = dump(a), dump(b)
    assert sorted(da) == sorted(db)
    for table in da:
        rows_a, rows_b = da[table], db[table]
        if table == "settings" and ignore_settings:
            rows_a = [r for r in rows_a if r[0] not in ignore_settings]
            rows_b = [r for r in rows_b if r[0] not in ignore_settings]
        if table == "change_log":  # a restored file: the original's journal, then one "anything changed" row
            assert rows_b[:-1] == rows_a and rows_b[-1][2] is None, table
            continue
        assert rows_a == rows_b, table
