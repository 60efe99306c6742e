"""Visitor statistics in the shop file: per-day totals, what each log was read up to, recent visitor hashes.

Everything a read brings is stored in one transaction: the totals it adds and how far it read each
log go together, so an interrupted read is simply done again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wizard.stats.tally import DayCount
from wizard.store.shopfile import ShopFile

KEEP_MONTHS = 25  # the daily totals, then deleted (CNIL's recommendation for audience measurement data)
_COLUMNS = ("visits", "pageviews", "searches", "cart_adds", "orders", "bot_requests")
_KINDS = {"product": "product_views", "source": "sources", "search": "search_terms", "cart": "cart_products",
          "order_source": "order_sources",
          "browser": "browsers", "os": "systems"}


@dataclass(frozen=True)
class LogRead:
    """How far one log was read (no content: a hash of its first line, sizes and counts)."""

    fingerprint: str
    name: str
    size: int
    mtime: int
    consumed: int
    lines: int
    broken: int


@dataclass(frozen=True)
class StatsDay:
    day: dt.date
    visits: int = 0
    pageviews: int = 0
    searches: int = 0
    cart_adds: int = 0
    orders: int = 0
    bot_requests: int = 0
    product_views: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    search_terms: dict[str, int] = field(default_factory=dict)
    cart_products: dict[str, int] = field(default_factory=dict)
    order_sources: dict[str, int] = field(default_factory=dict)
    browsers: dict[str, int] = field(default_factory=dict)
    systems: dict[str, int] = field(default_factory=dict)


def known_visitors(shop: ShopFile, day: dt.date) -> set[bytes]:
    rows = shop.read("SELECT visitor FROM stats_visitors WHERE day = ?", (day.isoformat(),))
    return {bytes(r[0]) for r in rows}


def log_read(shop: ShopFile, fingerprint: str) -> LogRead | None:
    rows = shop.read("SELECT fingerprint, name, size, mtime, consumed, lines, broken FROM stats_logs "
                     "WHERE fingerprint = ?", (fingerprint,))
    if not rows:
        return None
    r = rows[0]
    return LogRead(str(r[0]), str(r[1]), int(r[2]), int(r[3]), int(r[4]), int(r[5]), int(r[6]))


def read_names(shop: ShopFile, prefix: str) -> set[str]:
    """The names of the logs read so far whose name starts with ``prefix`` (e.g. one host's days)."""
    rows = shop.read("SELECT name FROM stats_logs WHERE consumed > 0 AND substr(name, 1, ?) = ?",
                     (len(prefix), prefix))
    return {str(r[0]) for r in rows}


def unchanged_since_read(shop: ShopFile, name: str, size: int, mtime: int) -> bool:
    """Was a log of this name, size and date read to its end already? (Then it need not be fetched.)"""
    rows = shop.read("SELECT 1 FROM stats_logs WHERE name = ? AND size = ? AND mtime = ? AND consumed > 0",
                     (name, size, mtime))
    return bool(rows)


def keep_from(today: dt.date) -> dt.date:
    """The first day whose totals are kept: ``KEEP_MONTHS`` months before ``today``."""
    months = today.year * 12 + today.month - 1 - KEEP_MONTHS
    year, month = divmod(months, 12)
    first = dt.date(year, month + 1, 1)
    last_day = ((first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)).day
    return first.replace(day=min(today.day, last_day))


def save_read(shop: ShopFile, days: dict[dt.date, DayCount], read: LogRead | None, forget_before: dt.date) -> None:
    """Add a read's totals, remember how far it read, and drop visitor hashes whose salt is gone."""
    with shop.transaction("stats", products=()) as conn:  # no site shows them
        for day, count in days.items():
            key = day.isoformat()
            conn.execute("INSERT OR IGNORE INTO stats_days(day) VALUES (?)", (key,))
            conn.execute("UPDATE stats_days SET " + ", ".join(f"{c} = {c} + ?" for c in _COLUMNS)
                         + " WHERE day = ?", (*(getattr(count, c) for c in _COLUMNS), key))
            for kind, attr in _KINDS.items():
                conn.executemany(
                    "INSERT INTO stats_counts(day, kind, name, count) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(day, kind, name) DO UPDATE SET count = count + excluded.count",
                    [(key, kind, name, n) for name, n in getattr(count, attr).items() if n])
            if day >= forget_before:
                conn.executemany("INSERT OR IGNORE INTO stats_visitors(day, visitor) VALUES (?, ?)",
                                 [(key, v) for v in sorted(count.new_visitors)])
        conn.execute("DELETE FROM stats_visitors WHERE day < ?", (forget_before.isoformat(),))
        oldest = keep_from(dt.date.today()).isoformat()
        conn.execute("DELETE FROM stats_days WHERE day < ?", (oldest,))
        conn.execute("DELETE FROM stats_counts WHERE day < ?", (oldest,))
        if read is not None:
            conn.execute(
                "INSERT INTO stats_logs(fingerprint, name, size, mtime, consumed, lines, broken, read_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET name = excluded.name, "
                "size = excluded.size, mtime = excluded.mtime, consumed = excluded.consumed, "
                "lines = lines + excluded.lines, broken = broken + excluded.broken, read_at = excluded.read_at",
                (read.fingerprint, read.name, read.size, read.mtime, read.consumed, read.lines, read.broken,
                 dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))


def stats_days(shop: ShopFile, since: dt.date | None = None, until: dt.date | None = None) -> list[StatsDay]:
    """The stored days between ``since`` and ``until`` (both included), oldest first."""
    low = since.isoformat() if since else ""
    high = until.isoformat() if until else "9999-12-31"
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for r in shop.read("SELECT day, kind, name, count FROM stats_counts WHERE day >= ? AND day <= ? "
                       "ORDER BY day, kind, count DESC, name", (low, high)):
        if r[1] in _KINDS:
            counts.setdefault(str(r[0]), {}).setdefault(_KINDS[str(r[1])], {})[str(r[2])] = int(r[3])
    out = []
    for r in shop.read("SELECT day, " + ", ".join(_COLUMNS) + " FROM stats_days WHERE day >= ? AND day <= ? "
                       "ORDER BY day", (low, high)):
        try:
            day = dt.date.fromisoformat(str(r[0]))
        except ValueError:
            continue
        n = [int(v or 0) for v in tuple(r)[1:]]
        named = counts.get(str(r[0]), {})
        out.append(StatsDay(
            day, visits=n[0], pageviews=n[1], searches=n[2], cart_adds=n[3], orders=n[4], bot_requests=n[5],
            product_views=named.get("product_views", {}), sources=named.get("sources", {}),
            search_terms=named.get("search_terms", {}), cart_products=named.get("cart_products", {}),
            order_sources=named.get("order_sources", {}),
            browsers=named.get("browsers", {}), systems=named.get("systems", {})))
    return out
