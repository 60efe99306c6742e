"""Counting per day. A visitor is a salted hash of address + user agent; the salt is the day's own.

The hash is made at once from the line in memory; the address and the user agent are dropped right
after. Salts live outside the shop file (:mod:`.salts`), so the hashes kept there for the days still
being read cannot be linked back to an address by whoever holds the shop file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from wizard.stats import classify
from wizard.stats.classify import Kind
from wizard.stats.logformat import Hit, parse_line
from wizard.stats.sources import source_of

UNKNOWN = "unknown"


@dataclass
class DayCount:
    """One day's totals (what the shop file keeps)."""

    visits: int = 0
    pageviews: int = 0
    searches: int = 0
    cart_adds: int = 0
    orders: int = 0
    bot_requests: int = 0
    product_views: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    search_terms: Counter[str] = field(default_factory=Counter)
    cart_products: Counter[str] = field(default_factory=Counter)
    order_sources: Counter[str] = field(default_factory=Counter)  # orders sent, per source of the visit
    browsers: Counter[str] = field(default_factory=Counter)
    systems: Counter[str] = field(default_factory=Counter)
    new_visitors: set[bytes] = field(default_factory=set)  # hashes first seen in this read

    def merge(self, other: DayCount) -> None:
        for name in ("visits", "pageviews", "searches", "cart_adds", "orders", "bot_requests"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("product_views", "sources", "search_terms", "cart_products", "order_sources", "browsers",
                     "systems"):
            getattr(self, name).update(getattr(other, name))


@dataclass
class LineCounts:
    lines: int = 0
    broken: int = 0
    bots: int = 0
    other_sites: int = 0  # lines of another site sharing the log (vhost formats)


class Tally:
    """Counts lines into :class:`DayCount` per day.

    ``salt_for(day)`` gives the day's salt; ``known(day)`` the visitor hashes counted by earlier reads of
    that day (so reading a log in several goes counts each visitor once).
    """

    def __init__(self, own_hosts: Iterable[str], salt_for: Callable[[dt.date], bytes],
                 known: Callable[[dt.date], set[bytes]]) -> None:
        self.own_hosts = frozenset(h.lower() for h in own_hosts if h)
        self._salt_for = salt_for
        self._known = known
        self._salts: dict[dt.date, bytes] = {}
        self._seen: dict[dt.date, set[bytes]] = {}
        # The source of each visitor first seen in this read (memory only, for the orders per source).
        self._source: dict[dt.date, dict[bytes, str]] = {}
        self.days: dict[dt.date, DayCount] = {}
        self.counts = LineCounts()

    def _day(self, day: dt.date) -> DayCount:
        count = self.days.get(day)
        if count is None:
            count = self.days[day] = DayCount()
            self._salts[day] = self._salt_for(day)
            self._seen[day] = set(self._known(day))
            self._source[day] = {}
        return count

    def _other_site(self, vhost: str) -> bool:
        return bool(vhost and self.own_hosts) and vhost not in self.own_hosts \
            and vhost.removeprefix("www.") not in self.own_hosts

    def _visitor(self, hit: Hit) -> bytes:
        return hashlib.blake2b(f"{hit.addr}\0{hit.agent}".encode(), digest_size=16,
                               key=self._salts[hit.day]).digest()

    def add_lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.add_line(line)

    def add_line(self, line: str) -> None:
        counts = self.counts
        counts.lines += 1
        hit = parse_line(line)
        if hit is None:
            counts.broken += 1
            return
        if self._other_site(hit.vhost):
            counts.other_sites += 1
            return
        day = self._day(hit.day)
        if classify.is_bot(hit.agent):
            counts.bots += 1
            day.bot_requests += 1
            return
        kind = classify.kind_of(hit.method, hit.path, hit.status)
        if kind is Kind.OTHER:
            return
        if kind is Kind.CART_ADD:
            day.cart_adds += 1
            day.cart_products.update(classify.beacon_slugs(hit.query))
            return
        if kind is Kind.ORDER:
            day.orders += 1
            # A visitor first seen by an earlier read of the log (its pages in a part read before): the
            # source was not kept with the hash, so the order counts under "unknown".
            day.order_sources[self._source[hit.day].get(self._visitor(hit), UNKNOWN)] += 1
            return
        day.pageviews += 1
        if kind is Kind.PRODUCT:
            day.product_views[classify.product_slug(hit.path)] += 1
        elif kind is Kind.SEARCH and hit.query:
            terms = classify.search_terms(hit.query)
            if terms:
                day.searches += 1
                day.search_terms[terms] += 1
        visitor = self._visitor(hit)
        seen = self._seen[hit.day]
        if visitor not in seen:
            seen.add(visitor)
            day.new_visitors.add(visitor)
            day.visits += 1
            source = source_of(hit.query, hit.referrer, self.own_hosts | {hit.vhost})
            day.sources[source] += 1
            self._source[hit.day][visitor] = source
            browser, system = classify.families(hit.agent)
            day.browsers[browser] += 1
            day.systems[system] += 1
