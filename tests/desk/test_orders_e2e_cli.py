"""Issue 9 end to end through the command line: a shop published over the real chrooted sshd with the desk on
(real Apache + mod_php), customers order in real headless Chromium through the cart, one declares a withdrawal
on the desk's page, then ``echoppe orders --fetch`` (a child process) brings everything in; stock goes down, the
next ``echoppe publish`` shows the sold-out variant as sold out, ``echoppe order`` moves statuses (cancelling and
withdrawing restore stock), and ``echoppe receipts`` lists the paid order, to the cent of the cart."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import required_tool
from tests.desk.hosthelpers import DeskHost, publish_desk_shop, this_year
from tests.site.browser.serve import CHROMIUM, chromium
from tests.support.sshd import PASSWORD
from wizard.domain.money import parse_amount
from wizard.publish import KnownHosts
from wizard.store.shopfile import ShopFile

REPO = Path(__file__).resolve().parents[2]
PLACE = "Commander avec obligation de paiement"


@pytest.fixture
def host(tmp_path, sshd_server, apache_site):
    required_tool("Chromium", CHROMIUM)
    kh = KnownHosts(tmp_path / "known_hosts", tmp_path / "no-user-known-hosts")
    sshd_server.trust(kh)
    sshd_server.trust(KnownHosts())  # the one the command line uses (this test's XDG_DATA_HOME)
    desk = publish_desk_shop(tmp_path, sshd_server, apache_site, kh)
    path = desk.shop.path
    desk.shop.close()  # the command line opens the file itself (a shop file has one writer)
    yield desk, path


def _cli(*argv: str, stdin: str = "", lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ECHOPPE_LANG=lang)
    return subprocess.run([sys.executable, "-m", "wizard", *argv], input=stdin, capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300)


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


def _cart_total(page) -> Decimal:
    """The total the cart shows (the last line of its totals), as an exact amount."""
    text = page.locator(".cart-totals dd").last.text_content() or ""
    return parse_amount(re.sub(r"[^\d,.]", "", text))


def _order_in_cart(browser, base: str, items: list[tuple[str, str | None, int]], name: str, email: str,
                   ) -> tuple[Decimal, str]:
    page = browser.new_page()
    for slug, variant, qty in items:
        page.goto(base + f"produit/{slug}.html")
        if variant:
            page.select_option("select[name=variant]", variant)
        page.fill("input[name=qty]", str(qty))
        page.click("form[data-cart-add] [type=submit]")
        page.wait_for_selector("[data-cart-view]:not([hidden])")
    page.goto(base + "panier.html")
    page.fill("[data-customer] [name=name]", name)
    page.fill("[data-customer] [name=address]", "3 rue des Lilas")
    page.fill("[data-customer] [name=postcode]", "69001")
    page.fill("[data-customer] [name=city]", "Lyon")
    page.fill("[data-customer] [name=email]", email)
    page.check("[data-shipping] input#ship-0")  # Colissimo
    page.check("#pay-paypalme")
    shown = _cart_total(page)
    with page.expect_navigation():
        page.click(f".cart-send:has-text('{PLACE}')")
    assert "Merci pour votre commande" in page.text_content("h1")
    number = re.search(r"\d{4}-\d{5}", page.text_content("main") or "")
    assert number is not None
    page.close()
    return shown, number.group(0)


def _withdraw(browser, base: str, number: str, name: str, email: str) -> None:
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(base + "index.html")
    with page.expect_navigation():
        page.click("text=Renoncer au contrat ici")
    page.fill("#w-name", name)
    page.fill("#w-order", number)
    page.fill("#w-email", email)
    with page.expect_navigation():
        page.click("button[value=review]")
    with page.expect_navigation():
        page.click("text=Confirmer la rétractation")
    assert "Votre rétractation est enregistrée" in page.text_content("h1")


def _stock(path: Path) -> dict[str, int | None]:
    with ShopFile.open(path) as shop:
        honey = shop.product("miel-de-lavande")
        pollen = shop.product("pollen")
        assert honey is not None and pollen is not None
        out: dict[str, int | None] = {v.sku: v.stock for v in honey.variants}
        out["pollen"] = pollen.stock
        return out


def _big_pot_option(host: DeskHost) -> str:
    with urllib.request.urlopen(host.site.url + "produit/miel-de-lavande.html", timeout=30) as response:
        page = response.read().decode("utf-8")
    return next(tag for tag in re.findall(r"<option\b[^>]*>[^<]*", page) if "500 g" in tag)


def test_orders_from_a_real_browser_through_the_command_line(host, tmp_path: Path) -> None:
    desk, shop = host
    base = desk.site.url
    year = this_year()
    assert "disabled" not in _big_pot_option(desk)
    with chromium() as browser:
        # Margaux takes the three last 500 g pots and a candle; Jean two 250 g pots and pollen; Paul pollen.
        total_a, first = _order_in_cart(browser, base, [("miel-de-lavande", "MIEL-500", 3), ("bougie", None, 1)],
                                        "Margaux Lefèvre", "margaux@example.fr")
        total_b, second = _order_in_cart(browser, base, [("miel-de-lavande", "MIEL-250", 2), ("pollen", None, 4)],
                                         "Jean Martin", "jean@example.fr")
        total_c, third = _order_in_cart(browser, base, [("pollen", None, 10)], "Paul Roux", "paul@example.fr")
        _withdraw(browser, base, second, "Jean Martin", "jean@example.fr")
    assert (first, second, third) == (f"{year}-00001", f"{year}-00002", f"{year}-00003")
    assert len(desk.orders()) == 3 and len(desk.withdrawals()) == 1

    # The merchant fetches: everything comes in, the server folder is emptied, stock goes down.
    done = _cli("orders", str(shop), "--fetch", "--password-stdin", "--json", stdin=PASSWORD + "\n")
    orders = {o["number"]: o for o in json.loads(_ok(done))}
    assert "3 new orders, 1 withdrawal declarations fetched." in done.stderr
    assert "Stock changed" in done.stderr
    assert desk.orders() == [] and desk.withdrawals() == []
    assert sorted(orders) == [first, second, third]
    assert {n: Decimal(o["total"]) for n, o in orders.items()} == {first: total_a, second: total_b, third: total_c}
    a = orders[first]
    assert [(ln["slug"], ln["sku"], ln["options"], ln["quantity"], ln["unit_price"]) for ln in a["lines"]] == [
        ("miel-de-lavande", "MIEL-500", {"Pot": "500 g"}, 3, "11.45"), ("bougie", "BOUGIE", {}, 1, "8.33")]
    assert a["customer"] == {"name": "Margaux Lefèvre", "email": "margaux@example.fr"}
    assert a["status"] == "new" and a["payment"] == "paypalme" and a["currency"] == "EUR"
    # The cart's total is the sum of the order's lines and Colissimo, to the cent.
    assert total_a == Decimal("11.45") * 3 + Decimal("8.33") + Decimal("4.95")
    assert _stock(shop) == {"MIEL-250": 40 - 2, "MIEL-500": 0, "MIEL-1K": 0, "pollen": 500 - 4 - 10}
    again = _cli("orders", str(shop), "--fetch", "--password-stdin", stdin=PASSWORD + "\n")
    assert "0 new orders, 0 withdrawal declarations fetched." in _ok(again)  # nothing twice

    # The next publish shows the 500 g pot as sold out.
    _ok(_cli("publish", str(shop), "--password-stdin", stdin=PASSWORD + "\n"))
    assert "disabled" in _big_pot_option(desk)

    # Statuses through the command line.
    assert f"Order {first}: paid." in _ok(_cli("order", str(shop), first, "--status", "paid"))
    _ok(_cli("order", str(shop), first, "--status", "shipped", "--tracking", "6A12345678901"))
    _ok(_cli("order", str(shop), second, "--status", "withdrawn", "--note", "rétractation reçue"))
    _ok(_cli("order", str(shop), third, "--status", "cancelled"))
    assert _stock(shop) == {"MIEL-250": 40, "MIEL-500": 0, "MIEL-1K": 0, "pollen": 500}
    refused = _cli("order", str(shop), third, "--status", "paid")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    listed = json.loads(_ok(_cli("orders", str(shop), "--json")))
    assert {o["number"]: o["status"] for o in listed} == {first: "shipped", second: "withdrawn",
                                                          third: "cancelled"}
    text = _ok(_cli("orders", str(shop)))
    assert f"W{second}" in text or second in text

    # The book of receipts lists the paid (then shipped) order, and only it, at the cart's total.
    book = tmp_path / "livre.csv"
    _ok(_cli("receipts", str(shop), "--out", str(book), "--year", year))
    rows = book.read_bytes().decode("utf-8-sig").strip().split("\r\n")
    assert len(rows) == 2, rows
    cells = rows[1].split(";")
    assert cells[1:3] == [first, "Margaux Lefèvre"]
    assert format(total_a, "f").replace(".", ",") in cells
    assert "paypal" in rows[1].lower()
