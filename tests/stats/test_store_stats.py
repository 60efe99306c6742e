"""Migration v5 from a file the previous version made, and the stored totals."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from decimal import Decimal
from pathlib import Path

from wizard.stats.tally import DayCount
from wizard.store import stats as store
from wizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from wizard.store.shopfile import ShopFile

STATS_MIGRATION = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE stats_days" in m)
NOW = "2026-11-01T10:00:00+00:00"
DAY = dt.date(2026, 12, 3)


def make_v4_file(path: Path) -> None:
    """A shop file as the version before the statistics wrote it (v4), with a product and an order."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for script in MIGRATIONS[:STATS_MIGRATION]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version={STATS_MIGRATION}")
    conn.execute("INSERT INTO settings(key, value) VALUES ('identity', '{\"name\": \"Le Rucher\"}')")
    conn.execute("INSERT INTO products(id, name, slug, price, created_at, updated_at) "
                 "VALUES (1, 'Miel', 'miel', '8.50', ?, ?)", (NOW, NOW))
    conn.execute("INSERT INTO price_history(product_id, price, since) VALUES (1, '8.50', ?)", (NOW,))
    conn.execute("INSERT INTO orders(number, received_at, fetched_at, currency, customer_name, customer_email, "
                 "subtotal, total, payment) VALUES ('2026-00001', ?, ?, 'EUR', 'A', 'a@b.example', '8.50', "
                 "'8.50', 'transfer')", (NOW, NOW))
    conn.commit()
    conn.close()


def test_v5_is_the_statistics_migration() -> None:
    assert STATS_MIGRATION == 4 and SCHEMA_VERSION >= 5


def test_a_v4_file_migrates_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "v4.echoppe"
    make_v4_file(path)
    with ShopFile.open(path) as shop:
        assert shop.schema_version == SCHEMA_VERSION and shop.integrity_ok()
        assert shop.shop().identity.name == "Le Rucher"
        assert shop.products()[0].price == Decimal("8.50")
        assert len(shop.price_history(1)[""]) == 1
        assert shop.read("SELECT number FROM orders")[0][0] == "2026-00001"
        assert store.stats_days(shop) == []
        count = DayCount(visits=2, pageviews=5, product_views=Counter({"miel": 3}), new_visitors={b"x" * 16})
        store.save_read(shop, {DAY: count}, None, DAY)
    with ShopFile.open(path) as shop:
        (day,) = store.stats_days(shop)
        assert (day.visits, day.pageviews, day.product_views) == (2, 5, {"miel": 3})
        assert store.known_visitors(shop, DAY) == {b"x" * 16}


def test_totals_add_up_and_old_visitor_hashes_are_dropped(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as shop:
        read = store.LogRead("f" * 32, "file:/x/access.log", 100, 5, 100, 3, 1)
        store.save_read(shop, {DAY: DayCount(visits=1, sources=Counter({"direct": 1}), new_visitors={b"a"})},
                        read, DAY)
        store.save_read(shop, {DAY: DayCount(visits=2, sources=Counter({"direct": 1, "tag:x": 1}),
                                             new_visitors={b"b"})}, None, DAY)
        (day,) = store.stats_days(shop)
        assert day.visits == 3 and day.sources == {"direct": 2, "tag:x": 1}
        assert store.known_visitors(shop, DAY) == {b"a", b"b"}
        assert store.unchanged_since_read(shop, "file:/x/access.log", 100, 5)
        assert not store.unchanged_since_read(shop, "file:/x/access.log", 120, 6)
        assert store.log_read(shop, "f" * 32) == read
        store.save_read(shop, {}, None, DAY + dt.timedelta(days=1))
        assert store.known_visitors(shop, DAY) == set()
        assert store.stats_days(shop, since=DAY + dt.timedelta(days=1)) == []


def test_daily_totals_are_kept_25_months_then_deleted(shop_path: Path) -> None:
    assert store.keep_from(dt.date(2026, 12, 3)) == dt.date(2024, 11, 3)
    assert store.keep_from(dt.date(2027, 3, 31)) == dt.date(2025, 2, 28)  # the month's last day at most
    today = dt.date.today()
    old, kept = store.keep_from(today) - dt.timedelta(days=1), store.keep_from(today)
    with ShopFile.create(shop_path) as shop:
        counts = {d: DayCount(visits=2, pageviews=3, sources=Counter({"direct": 2})) for d in (old, kept)}
        store.save_read(shop, counts, None, today)
        assert [d.day for d in store.stats_days(shop)] == [kept]
        assert shop.read("SELECT count(*) FROM stats_counts WHERE day < ?", (kept.isoformat(),))[0][0] == 0
