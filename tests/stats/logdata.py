"""Log lines for the statistics tests (documentation addresses: 192.0.2.0/24, 198.51.100.0/24, 2001:db8::/32)."""

from __future__ import annotations

import datetime as dt

from wizard.stats.salts import Salts

FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
SAFARI = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.1 Mobile/15E148 Safari/604.1")
CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
          "Safari/537.36")
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
BINGBOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
AHREFS = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"

ADDRESSES = ("192.0.2.10", "198.51.100.77", "2001:db8::5:1", "192.0.2.200")
LOG_DAY = dt.date(2026, 12, 3)  # the default day of :func:`line`


def salts_of_log_day() -> Salts:
    """The salts as the app holds them on the sample's day, whatever day the tests run.

    A day's salt is kept only a few days; a read on a later date than that gets a new salt for
    the sample's day and rightly counts its visitors again.  Each call loads the saved salts
    afresh, as a new run of the app does.
    """
    return Salts(today=LOG_DAY)


def line(addr: str, path: str, agent: str, *, day: str = "03/Dec/2026", time: str = "10:00:00",
         status: int = 200, referrer: str = "-", method: str = "GET", fmt: str = "combined",
         vhost: str = "boutique.example") -> str:
    stamp = f"[{day}:{time} +0100]"
    rest = f'{stamp} "{method} {path} HTTP/1.1" {status} 1234 "{referrer}" "{agent}"'
    if fmt == "vhost":
        return f"{vhost}:443 {addr} - - {rest}"
    if fmt == "ovh":
        return f"{addr} {vhost} - {rest}"
    return f"{addr} - - {rest}"


def sample(fmt: str = "combined", day: str = "03/Dec/2026") -> list[str]:
    """Two people, one coming from Google with a product, one from a flyer; bots; broken lines."""
    a, b, c, d = ADDRESSES
    kw = {"fmt": fmt, "day": day}
    return [
        line(a, "/", FIREFOX, referrer="https://www.google.fr/", **kw),
        line(a, "/static/base.css?v=1", FIREFOX, referrer="https://boutique.example/", **kw),
        line(a, "/produit/miel-de-lavande.html", FIREFOX, referrer="https://boutique.example/", **kw),
        line(a, "/e/add.gif?p=miel-de-lavande", FIREFOX, **kw),
        line(a, "/panier.html", FIREFOX, referrer="https://boutique.example/produit/miel-de-lavande.html", **kw),
        line(a, "/e/order.gif?p=miel-de-lavande", FIREFOX, **kw),
        line(b, "/?src=flyer-marche", SAFARI, **kw),
        line(b, "/recherche.html?q=Savon+Lait", SAFARI, referrer="https://boutique.example/", **kw),
        line(b, "/produit/savon-au-lait.html", SAFARI, **kw),
        line(b, "/produit/savon-au-lait.html", SAFARI, status=304, **kw),
        line(c, "/produit/miel-de-lavande.html", CHROME, referrer="https://l.facebook.com/", **kw),
        line(c, "/produit/absent.html", CHROME, status=404, **kw),
        line(d, "/robots.txt", GOOGLEBOT, **kw),
        line(d, "/produit/miel-de-lavande.html", GOOGLEBOT, **kw),
        line(d, "/", BINGBOT, **kw),
        line(d, "/", AHREFS, **kw),
        line(a, "/", "-", **kw),
        "this is not a log line",
        '192.0.2.10 - - [99/Xyz/2026:10:00:00 +0100] "GET / HTTP/1.1" 200 1 "-" "x"',
        "",
    ]
