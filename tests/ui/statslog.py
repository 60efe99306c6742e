"""A real-looking combined access log of a small shop over many days, with what it should count.

People arrive from search engines, social networks, another site, a flyer's QR code (``?src=``) or
directly, look at products, search, add to the cart and sometimes order (the cart's beacons); bots
crawl in between. Addresses are documentation ones (2001:db8::/32). The tests ingest it through the
real engine (``wizard.stats.ingest``), never by writing rows by hand, and compare with ``expected``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field

from tests.stats.logdata import AHREFS, BINGBOT, CHROME, FIREFOX, GOOGLEBOT, SAFARI, line

EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
        "Safari/537.36 Edg/120.0.0.0")
ANDROID = ("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
           "Mobile Safari/537.36")
BROWSERS = (FIREFOX, SAFARI, CHROME, EDGE, ANDROID)
BOTS = (GOOGLEBOT, BINGBOT, AHREFS)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Where a visit comes from: (referrer, query of the first page, stored source name), with its weight.
SOURCES = (
    (("https://www.google.fr/", "", "search:google"), 34),
    (("https://www.qwant.com/", "", "search:qwant"), 6),
    (("https://www.bing.com/", "", "search:bing"), 5),
    (("https://l.facebook.com/", "", "social:facebook"), 12),
    (("https://www.instagram.com/", "", "social:instagram"), 10),
    (("https://www.marches-de-provence.fr/producteurs", "", "site:marches-de-provence.fr"), 6),
    (("-", "?src=flyer-marche", "tag:flyer-marche"), 9),
    (("-", "?src=colis", "tag:colis"), 3),
    (("-", "", "direct"), 18),
)
SEARCHES = ("miel", "confiture figues", "cadeau", "savon", "miel lavande")


@dataclass
class Expected:
    visits: Counter[dt.date] = field(default_factory=Counter)
    pageviews: Counter[dt.date] = field(default_factory=Counter)
    cart_adds: Counter[dt.date] = field(default_factory=Counter)
    orders: Counter[dt.date] = field(default_factory=Counter)
    product_views: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    searches: Counter[str] = field(default_factory=Counter)

    def total(self, what: str, first: dt.date, last: dt.date) -> int:
        counter: Counter[dt.date] = getattr(self, what)
        return sum(n for day, n in counter.items() if first <= day <= last)


def _stamp(day: dt.date) -> str:
    return f"{day.day:02d}/{MONTHS[day.month - 1]}/{day.year}"


def shop_log(last: dt.date, days: int, products: dict[str, int], *, seed: int = 11,
             per_day: int = 14, searches: tuple[str, ...] = SEARCHES) -> tuple[list[str], Expected]:
    """``days`` days ending on ``last``; ``products`` maps slugs to how often they are looked at."""
    rnd = random.Random(seed)
    expected = Expected()
    lines: list[str] = []
    slugs, weights = list(products), list(products.values())
    sources, source_weights = [s for s, _w in SOURCES], [w for _s, w in SOURCES]
    for back in range(days - 1, -1, -1):
        day = last - dt.timedelta(days=back)
        stamp = _stamp(day)
        growth = 0.5 + (days - back) / days  # a shop that is getting known
        weekend = 1.4 if day.weekday() >= 5 else 1.0
        people = max(1, round(per_day * growth * weekend * rnd.uniform(0.6, 1.4)))
        for person in range(people):
            addr = f"2001:db8:{day.toordinal() % 0xffff:x}::{person + 1:x}"
            agent = rnd.choice(BROWSERS)
            referrer, query, name = rnd.choices(sources, source_weights)[0]
            hour = rnd.randrange(8, 22)
            at = f"{hour:02d}:{rnd.randrange(60):02d}:00"

            def hit(path: str, ref: str = "https://boutique.example/", *, _a: str = addr, _g: str = agent,
                    _t: str = at, _d: str = stamp) -> None:
                lines.append(line(_a, path, _g, day=_d, time=_t, referrer=ref))

            first = "/" if rnd.random() < 0.6 else f"/produit/{rnd.choices(slugs, weights)[0]}.html"
            hit(first + query, referrer)
            hit("/static/style.css?v=3")
            expected.visits[day] += 1
            expected.pageviews[day] += 1
            expected.sources[name] += 1
            seen = [first.removeprefix("/produit/").removesuffix(".html")] if first != "/" else []
            for _ in range(rnd.randrange(0, 4)):
                slug = rnd.choices(slugs, weights)[0]
                hit(f"/produit/{slug}.html")
                expected.pageviews[day] += 1
                seen.append(slug)
            expected.product_views.update(seen)
            if rnd.random() < 0.15:
                words = rnd.choice(searches)
                hit("/recherche.html?q=" + words.replace(" ", "+"))
                expected.pageviews[day] += 1
                expected.searches[words] += 1
            if seen and rnd.random() < 0.2:
                hit(f"/e/add.gif?p={seen[-1]}")
                expected.cart_adds[day] += 1
                if rnd.random() < 0.45:
                    hit("/panier.html")
                    expected.pageviews[day] += 1
                    hit(f"/e/order.gif?p={seen[-1]}")
                    expected.orders[day] += 1
        for _ in range(rnd.randrange(3, 9)):
            bot = rnd.choice(BOTS)
            lines.append(line("192.0.2.66", f"/produit/{rnd.choice(slugs)}.html", bot, day=stamp, time="03:00:00"))
    return lines, expected
