"""A period's totals from the stored days: sums, top products, sources, searches, the funnel."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from wizard.store.stats import StatsDay


@dataclass(frozen=True)
class Period:
    first: dt.date | None
    last: dt.date | None
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
    order_sources: Counter[str] = field(default_factory=Counter)
    browsers: Counter[str] = field(default_factory=Counter)
    systems: Counter[str] = field(default_factory=Counter)

    @property
    def product_view_total(self) -> int:
        return sum(self.product_views.values())


def summarise(days: list[StatsDay]) -> Period:
    named = {name: Counter[str]() for name in
             ("product_views", "sources", "search_terms", "cart_products", "order_sources", "browsers",
              "systems")}
    numbers = dict.fromkeys(("visits", "pageviews", "searches", "cart_adds", "orders", "bot_requests"), 0)
    for day in days:
        for name in numbers:
            numbers[name] += getattr(day, name)
        for name, counter in named.items():
            counter.update(getattr(day, name))
    first = days[0].day if days else None
    last = days[-1].day if days else None
    return Period(first, last, **numbers, **named)  # type: ignore[arg-type]


def day_json(day: StatsDay) -> dict[str, Any]:
    """One day as ``echoppe stats --json`` prints it."""
    return {
        "day": day.day.isoformat(), "visits": day.visits, "pageviews": day.pageviews,
        "product_views": dict(day.product_views), "sources": dict(day.sources), "searches": day.searches,
        "search_terms": dict(day.search_terms), "cart_adds": day.cart_adds,
        "cart_products": dict(day.cart_products), "orders": day.orders,
        "order_sources": dict(day.order_sources), "bot_requests": day.bot_requests,
        "browsers": dict(day.browsers), "systems": dict(day.systems),
    }
