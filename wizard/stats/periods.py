"""What the app's Statistics window shows for a period: every day of it (days without visits at zero) and its totals.

A helper over the stored days (:mod:`wizard.store.stats`) and :func:`wizard.stats.summary.summarise`; it
adds no counting of its own. A period ends on the last day counted (as ``echoppe stats`` does), so a shop
whose logs were last read a while ago still shows its last weeks rather than an empty chart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wizard.stats.summary import Period, summarise
from wizard.store.shopfile import ShopFile
from wizard.store.stats import StatsDay, stats_days

PERIODS = (30, 90, 365)


@dataclass(frozen=True)
class PeriodView:
    first: dt.date
    last: dt.date
    days: tuple[StatsDay, ...]  # one per calendar day from first to last, oldest first
    totals: Period

    @property
    def length(self) -> int:
        return len(self.days)


def last_counted_day(shop: ShopFile) -> dt.date | None:
    rows = shop.read("SELECT MAX(day) FROM stats_days")
    try:
        return dt.date.fromisoformat(str(rows[0][0])) if rows and rows[0][0] else None
    except ValueError:
        return None


def period_view(shop: ShopFile, length: int, until: dt.date | None = None) -> PeriodView | None:
    """The ``length`` days ending on ``until`` (by default the last day counted); None when nothing was counted."""
    last = until or last_counted_day(shop)
    if last is None:
        return None
    first = last - dt.timedelta(days=length - 1)
    stored = {d.day: d for d in stats_days(shop, since=first, until=last)}
    days = tuple(stored.get(first + dt.timedelta(days=i), StatsDay(first + dt.timedelta(days=i)))
                 for i in range(length))
    return PeriodView(first, last, days, summarise(list(stored[d] for d in sorted(stored))))
