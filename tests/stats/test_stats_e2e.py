"""Issue 11's "Done when", end to end: a shop published over the real chrooted sshd to a real Apache that writes
a real combined access log into the account's ``logs/`` folder (as cPanel hosts keep them), visited by real
headless Chromium from two sources (a search engine's referrer, a flyer's ``?src=`` tag) that search the site,
add to the cart and send an order, plus real crawlers' user agents; then ``echoppe stats --fetch --json`` (a
child process, over SFTP) counts exactly what the visitors did, bots left out, and keeps no address and no
user agent anywhere.

Apache sits behind a "proxy" here (``mod_remoteip`` trusting ``X-Forwarded-For`` from 127.0.0.1, as hosts
behind a load balancer do), so each visitor has its own documentation address (203.0.113.0/24…) that appears
in the log and nowhere else: the SFTP host and the shop's address are 127.0.0.1, so a grep for that would
prove nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import required_tool
from tests.desk.deskshop import make_desk_shop
from tests.site.browser.serve import CHROMIUM, chromium
from tests.support.apache import APACHE, MODULES, apache_available, start_apache, stop_apache
from tests.support.sshd import PASSWORD, SshdServer
from wizard.publish import KnownHosts
from wizard.publish.shop import publish_shop

REPO = Path(__file__).resolve().parents[2]
PLACE = "Commander avec obligation de paiement"

# Two people, each with a real browser's user agent (Chromium's own says "HeadlessChrome", which is a bot).
ANAIS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/131.0.6778.86 Safari/537.36", "203.0.113.7")
BRUNO = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/130.0.6723.117 Safari/537.36", "198.51.100.23")
BOT_ADDRESS = "192.0.2.66"
# Real crawlers' user agents, as their owners document them.
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
BINGBOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
AHREFS = "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"
BOTS = [(GOOGLEBOT, "robots.txt"), (GOOGLEBOT, ""), (GOOGLEBOT, "produit/pollen.html"), (BINGBOT, ""),
        (BINGBOT, "produit/bougie.html"), (AHREFS, "produit/miel-de-lavande.html")]
END = (GOOGLEBOT, "sitemap.xml?end")  # the last request: once it is in the log, every earlier one is


@dataclass
class Scenario:
    days: list[dict[str, Any]]
    stderr: str
    shop: Path
    data_home: Path
    log: Path
    probes: int  # requests before the visitors: Apache's start-up check and the publish's probes (bots)


def _wait_for_log(log: Path, needles: list[str]) -> str:
    """The log once every needle is in it (Apache writes a line after the response is sent)."""
    deadline = time.monotonic() + 60  # a safety net only: the wait ends on the condition
    while True:
        text = log.read_text(errors="replace") if log.exists() else ""
        if all(n in text for n in needles) or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def _visit(browser: Any, base: str, who: tuple[str, str]) -> Any:
    agent, address = who
    context = browser.new_context(user_agent=agent, extra_http_headers={"X-Forwarded-For": address})
    return context.new_page()


def _add_to_cart(page: Any) -> None:
    with page.expect_response(lambda r: "/e/add.gif?p=" in r.url):
        page.click("form[data-cart-add] [type=submit]")
    page.wait_for_selector("[data-cart-view]:not([hidden])")


def _anais(browser: Any, base: str) -> None:
    """From a Google result to the honey, into the cart, and an order sent through the desk."""
    page = _visit(browser, base, ANAIS)
    page.goto(base, referer="https://www.google.fr/")
    page.goto(base + "produit/miel-de-lavande.html")
    page.select_option("select[name=variant]", "MIEL-250")
    _add_to_cart(page)
    page.goto(base + "panier.html")
    page.fill("[data-customer] [name=name]", "Anaïs Moreau")
    page.fill("[data-customer] [name=address]", "3 rue des Lilas")
    page.fill("[data-customer] [name=postcode]", "69001")
    page.fill("[data-customer] [name=city]", "Lyon")
    page.fill("[data-customer] [name=email]", "anais@example.fr")
    page.check("[data-shipping] input#ship-0")
    page.check("#pay-paypalme")
    with page.expect_navigation():
        page.click(f".cart-send:has-text('{PLACE}')")
    assert "Merci pour votre commande" in page.text_content("h1")
    page.context.close()


def _bruno(browser: Any, base: str) -> None:
    """From the market flyer's QR code, a search on the site, the pollen found and put in the cart."""
    page = _visit(browser, base, BRUNO)
    page.goto(base + "?src=flyer-marche")
    with page.expect_navigation():
        page.click(".tool-link[href$='recherche.html']")
    page.fill("input[name=q]", "pollen")
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")
    assert "q=pollen" in page.url
    page.wait_for_selector("#search-results a")
    with page.expect_navigation():
        page.click("#search-results a[href$='produit/pollen.html']")
    _add_to_cart(page)
    page.context.close()


def _bot(base: str, agent: str, path: str) -> None:
    request = urllib.request.Request(base + path, headers={"User-Agent": agent, "X-Forwarded-For": BOT_ADDRESS})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
    except urllib.error.HTTPError:
        pass  # a 404 (no robots.txt) is still a request in the log


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory, sshd_server: SshdServer) -> Iterator[Scenario]:
    required_tool("Apache", APACHE)
    required_tool("Chromium", CHROMIUM)
    reason = apache_available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("stats-e2e")
    data_home = tmp / "data-home"
    name = "stats-" + uuid.uuid4().hex[:8]
    home = sshd_server.jail / "www" / name
    logs = home / "logs"
    for folder in (home, home / "public", logs):
        folder.mkdir(parents=True)
        shutil.chown(folder, "echoppe-jail", "echoppe-jail")
    extra = (f"LoadModule remoteip_module {MODULES}/mod_remoteip.so\nRemoteIPHeader X-Forwarded-For\n"
             f"RemoteIPInternalProxy 127.0.0.1\nCustomLog {logs}/access.log combined\n")
    server = start_apache(sshd_server.root / "apache" / name, home / "public", extra=extra)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("XDG_DATA_HOME", str(data_home))
            kh = KnownHosts()
            sshd_server.trust(kh)
            shop = make_desk_shop(tmp / "shop.echoppe", target_path=f"www/{name}/public", public_url=server.url,
                                  port=sshd_server.port)
            list(publish_shop(shop, PASSWORD, known_hosts=kh))
            path = shop.path
            shop.close()
        base = server.url
        log = logs / "access.log"
        probes = len(log.read_text().splitlines())
        with chromium() as browser:
            _anais(browser, base)
            _bruno(browser, base)
        for agent, page in [*BOTS, END]:
            _bot(base, agent, page)
        text = _wait_for_log(log, ["/e/order.gif?p=miel-de-lavande", "sitemap.xml?end"])
        assert ANAIS[1] in text and BRUNO[1] in text and BOT_ADDRESS in text  # the log has them: we must not
        env = dict(os.environ, ECHOPPE_LANG="en", XDG_DATA_HOME=str(data_home))
        done = subprocess.run(
            [sys.executable, "-m", "wizard", "stats", str(path), "--fetch", "--log-dir", f"www/{name}/logs",
             "--password-stdin", "--json"], input=PASSWORD + "\n", capture_output=True, text=True, env=env,
            cwd=REPO, timeout=300)
        assert done.returncode == 0, done.stderr + done.stdout
        yield Scenario(json.loads(done.stdout)["days"], done.stderr, path, data_home, log, probes)
    finally:
        stop_apache(server)
        shutil.rmtree(home, ignore_errors=True)


def _total(days: list[dict[str, Any]], key: str) -> Any:
    if isinstance(days[0][key], dict):
        out: Counter[str] = Counter()
        for d in days:
            out.update(d[key])
        return dict(out)
    return sum(d[key] for d in days)


def test_the_counts_are_what_the_visitors_did_bots_left_out(scenario: Scenario) -> None:
    days = scenario.days
    assert days, scenario.stderr
    bots = len(BOTS) + 1 + scenario.probes  # the crawlers, the last request, and the probes (no browser's)
    assert f"lines read, {bots} from bots, 0 not understood" in scenario.stderr
    assert _total(days, "visits") == 2
    # Anaïs: the home page, the honey, the cart; Bruno: the home page, the search page, its results, the pollen.
    assert _total(days, "pageviews") == 7
    assert _total(days, "product_views") == {"miel-de-lavande": 1, "pollen": 1}
    assert _total(days, "sources") == {"search:google": 1, "tag:flyer-marche": 1}
    assert _total(days, "searches") == 1 and _total(days, "search_terms") == {"pollen": 1}
    assert _total(days, "cart_adds") == 2
    assert _total(days, "cart_products") == {"miel-de-lavande": 1, "pollen": 1}
    assert _total(days, "orders") == 1
    assert _total(days, "order_sources") == {"search:google": 1}
    assert _total(days, "bot_requests") == bots
    assert _total(days, "browsers") == {"Chrome": 2}


def test_no_address_and_no_user_agent_is_kept(scenario: Scenario) -> None:
    shop = scenario.shop
    files = [shop, *(p for p in (Path(f"{shop}-wal"), Path(f"{shop}-journal")) if p.exists())]
    files += [p for p in scenario.data_home.rglob("*") if p.is_file()]  # the salts, the known hosts…
    assert any(p.name == "stats-salts.json" for p in files)
    needles = [ANAIS[1], BRUNO[1], BOT_ADDRESS, ANAIS[0], BRUNO[0], GOOGLEBOT, BINGBOT, AHREFS,
               "Chrome/131.0.6778.86", "Chrome/130.0.6723.117", "Intel Mac OS X 10_15_7", "Googlebot/2.1"]
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in data, f"{needle!r} found in {path}"
    assert ANAIS[1] in scenario.log.read_text()  # the needles were there to be found
