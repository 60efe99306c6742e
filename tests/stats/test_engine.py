"""Reading and counting access logs: formats, bots, sources, beacons, broken lines, incremental reads.

Also the privacy property: after reading, the shop file holds no address and no user agent of the log.
"""

from __future__ import annotations

import gzip
import ipaddress
from pathlib import Path

import pytest

from tests.stats.logdata import ADDRESSES, CHROME, FIREFOX, SAFARI, line, salts_of_log_day, sample
from wizard.domain.model import PublishTarget, ShopIdentity
from wizard.stats.ingest import read_file
from wizard.stats.logformat import parse_line
from wizard.stats.sources import source_of
from wizard.store.shopfile import ShopFile
from wizard.store.stats import stats_days

OWN = frozenset({"boutique.example", "www.boutique.example"})


@pytest.fixture
def shop(shop_path: Path):
    with ShopFile.create(shop_path, ShopIdentity(name="Le Rucher")) as s:
        s.save_settings(PublishTarget(public_url="https://boutique.example/"))
        yield s


def _write(path: Path, lines: list[str], compress: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


@pytest.mark.parametrize("fmt", ["combined", "vhost", "ovh"])
def test_the_three_formats_parse_alike(fmt: str) -> None:
    hit = parse_line(line("2001:db8::5:1", "/produit/miel.html?src=x", FIREFOX, fmt=fmt, referrer="https://a.example/"))
    assert hit is not None
    assert (hit.addr, hit.path, hit.query, hit.status, hit.agent) == ("2001:db8::5:1", "/produit/miel.html", "src=x",
                                                                      200, FIREFOX)
    assert hit.referrer == "https://a.example/" and hit.day.isoformat() == "2026-12-03"
    assert hit.vhost == ("" if fmt == "combined" else "boutique.example")


def test_nginx_extra_fields_and_broken_lines() -> None:
    assert parse_line(line("192.0.2.1", "/", FIREFOX) + ' "-" rt=0.001') is not None
    assert parse_line("garbage") is None
    assert parse_line('192.0.2.1 - - [03/Dec/2026:10:00:00 +0100] "GET / HTTP/1.1" 200') is None
    assert parse_line('a b c d e [03/Dec/2026:10:00:00 +0100] "GET / HTTP/1.1" 200 1 "-" "x"') is None


@pytest.mark.parametrize(("query", "referrer", "expected"), [
    ("src=flyer-marche", "https://www.google.com/", "tag:flyer-marche"),
    ("", "https://www.google.co.uk/search", "search:google"),
    ("", "https://duckduckgo.com/", "search:duckduckgo"),
    ("", "https://search.brave.com/search?q=x", "search:brave"),
    ("", "https://l.facebook.com/l.php", "social:facebook"),
    ("", "https://t.co/abc", "social:twitter"),
    ("", "https://www.instagram.com/", "social:instagram"),
    ("", "https://blog.example.org/post", "site:blog.example.org"),
    ("", "https://www.boutique.example/produit/x.html", "direct"),
    ("", "-", "direct"),
    ("src=<script>", "-", "direct"),
])
def test_sources(query: str, referrer: str, expected: str) -> None:
    assert source_of(query, referrer, OWN) == expected


@pytest.mark.parametrize(("fmt", "compress"), [("combined", False), ("vhost", True), ("ovh", False)])
def test_a_log_is_counted_per_day(shop: ShopFile, tmp_path: Path, fmt: str, compress: bool) -> None:
    lines = sample(fmt) + sample(fmt, day="04/Dec/2026")[:3]
    if fmt != "combined":  # another site sharing the log is left out
        lines.append(line("192.0.2.99", "/", FIREFOX, fmt=fmt, vhost="voisin.example"))
    report = read_file(shop, _write(tmp_path / "access.log", lines, compress))
    assert report.lines == len(lines) and report.broken == 3
    assert report.other_sites == (0 if fmt == "combined" else 1)
    first, second = stats_days(shop)
    assert first.day.isoformat() == "2026-12-03" and second.day.isoformat() == "2026-12-04"
    assert (first.visits, first.pageviews, first.searches, first.cart_adds, first.orders) == (3, 8, 1, 1, 1)
    assert first.bot_requests == 5
    assert first.product_views == {"miel-de-lavande": 2, "savon-au-lait": 2}
    assert first.sources == {"search:google": 1, "tag:flyer-marche": 1, "social:facebook": 1}
    assert first.search_terms == {"savon lait": 1}
    assert first.cart_products == {"miel-de-lavande": 1}
    assert first.browsers == {"Firefox": 1, "Mobile Safari": 1, "Chrome": 1}
    assert (second.visits, second.pageviews, second.product_views) == (1, 2, {"miel-de-lavande": 1})


def test_only_new_lines_are_read_and_visitors_count_once(shop: ShopFile, tmp_path: Path) -> None:
    path = tmp_path / "access.log"
    lines = sample()
    _write(path, lines[:5])
    assert read_file(shop, path, salts_of_log_day()).lines == 5
    assert read_file(shop, path, salts_of_log_day()).unchanged  # same size and date: not read again
    late = line("192.0.2.10", "/a-propos.html", FIREFOX)
    with path.open("a") as fh:  # the log grows; a half-written last line waits for the next read
        fh.write("\n".join(lines[5:]) + "\n" + late[:30])
    assert read_file(shop, path, salts_of_log_day()).lines == len(lines) - 5
    (day,) = stats_days(shop)
    assert (day.visits, day.pageviews, day.cart_adds) == (3, 8, 1)  # visitor a is not counted twice
    # Rotation: the same log renamed and compressed is recognised by its first line.
    rotated = tmp_path / "access.log.1.gz"
    rotated.write_bytes(gzip.compress(path.read_bytes() + late[30:].encode() + b"\n"))
    report = read_file(shop, rotated, salts_of_log_day())
    assert report.lines == 1 and report.broken == 0
    (day,) = stats_days(shop)
    assert (day.visits, day.pageviews) == (3, 9)


def test_no_address_and_no_user_agent_reach_the_shop_file(shop: ShopFile, tmp_path: Path) -> None:
    lines = sample() + sample("vhost", day="04/Dec/2026") + sample("ovh", day="05/Dec/2026")
    read_file(shop, _write(tmp_path / "access.log", lines))
    assert stats_days(shop)[0].visits == 3  # something was counted
    shop.close()
    raw = b"".join(p.read_bytes() for p in shop.path.parent.glob(shop.path.name + "*"))
    for addr in ADDRESSES:
        for form in {addr, ipaddress.ip_address(addr).exploded, str(ipaddress.ip_address(addr))}:
            assert form.encode() not in raw and form.encode("utf-16-le") not in raw
    for agent in (FIREFOX, SAFARI, CHROME):
        assert agent.encode() not in raw
        assert agent.split(")")[0].encode() not in raw
    assert b"GET /" not in raw and b"HTTP/1.1" not in raw


def test_orders_are_counted_per_source_of_the_visit(shop: ShopFile, tmp_path: Path) -> None:
    read_file(shop, _write(tmp_path / "access.log", sample()))
    (day,) = stats_days(shop)
    assert day.orders == 1 and day.order_sources == {"search:google": 1}  # visitor a came from Google
    # A log read in two goes, the order's visitor seen by the first: the source was not kept with the hash.
    again = tmp_path / "other.log"
    lines = sample(day="04/Dec/2026")
    _write(again, lines[:5])
    read_file(shop, again)
    with again.open("a") as fh:
        fh.write("\n".join(lines[5:]) + "\n")
    read_file(shop, again)
    assert stats_days(shop)[1].order_sources == {"unknown": 1}
