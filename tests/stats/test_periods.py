"""The Statistics window's periods: every calendar day present (zero when nothing was counted), ending on the
last day counted, totals equal to the engine's summary of the stored days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.stats.logdata import sample
from wizard.domain.model import PublishTarget
from wizard.stats.ingest import read_file
from wizard.stats.periods import last_counted_day, period_view
from wizard.stats.salts import Salts
from wizard.store.shopfile import ShopFile


def test_a_period_has_every_day_and_ends_on_the_last_day_counted(tmp_path: Path, shop_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text("\n".join(sample(day="25/Nov/2026") + sample(day="03/Dec/2026")) + "\n", encoding="utf-8")
    with ShopFile.create(shop_path) as shop:
        assert period_view(shop, 30) is None and last_counted_day(shop) is None
        shop.save_settings(PublishTarget(public_url="https://boutique.example/"))
        read_file(shop, log, Salts(tmp_path / "salts.json"))
        assert last_counted_day(shop) == dt.date(2026, 12, 3)
        view = period_view(shop, 30)
        assert view is not None
        assert (view.first, view.last, len(view.days)) == (dt.date(2026, 11, 4), dt.date(2026, 12, 3), 30)
        assert [d.day for d in view.days] == [view.first + dt.timedelta(days=i) for i in range(30)]
        counted = {d.day: d.visits for d in view.days if d.visits}
        assert counted == {dt.date(2026, 11, 25): 3, dt.date(2026, 12, 3): 3}
        assert view.totals.visits == 6 and view.totals.orders == 2
        week = period_view(shop, 7)
        assert week is not None and week.totals.visits == 3  # 25 November is outside the last 7 days
