"""Hostile and broken input on the real host: each gets a clear refusal in the shop's language, no file
is written, no header is injected; the rate limit engages; 200 concurrent orders, none lost."""

from __future__ import annotations

import concurrent.futures
import html
import urllib.parse

import pytest

from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop, this_year
from wizard.desk.catalogue import LIMITS


@pytest.fixture
def host(tmp_path, sshd_server, apache_site, known_hosts) -> DeskHost:
    desk = publish_desk_shop(tmp_path, sshd_server, apache_site, known_hosts)
    yield desk
    desk.shop.close()


SCRIPT = "<script>alert(1)</script>"
HOSTILE = {
    "unknown product": (order_fields(**{"item[0][slug]": "nope"}), 400, "n'est pas (ou plus) en vente ici"),
    "unknown variant": (order_fields(**{"item[0][variant]": "MIEL-2K"}), 400, "n'est pas (ou plus) en vente ici"),
    "negative quantity": (order_fields(**{"item[0][qty]": "-2"}), 400, "nombre entier de 1 à 999"),
    "zero quantity": (order_fields(**{"item[0][qty]": "0"}), 400, "nombre entier de 1 à 999"),
    "huge quantity": (order_fields(**{"item[0][qty]": "100000000000000000000"}), 400, "nombre entier de 1 à 999"),
    "fractional quantity": (order_fields(**{"item[0][qty]": "1.5"}), 400, "nombre entier de 1 à 999"),
    "more than the stock": (order_fields(**{"item[0][variant]": "MIEL-500", "item[0][qty]": "4"}), 409, "Il ne reste que 3"),
    "out of stock": (order_fields(**{"item[0][variant]": "MIEL-1K"}), 409, "rupture de stock"),
    "expired coupon": (order_fields(coupon="VIEUX"), 400, "n'est plus valable"),
    "unknown coupon": (order_fields(coupon="GRATUIT"), 400, "Code invalide"),
    "bad email": (order_fields(email="not-an-address"), 400, "L'adresse e-mail n'est pas valide"),
    "header injection in the email": (order_fields(email="a@example.fr\r\nBcc: victim@example.org"), 400, "n'est pas valide"),
    "header injection in the name": (order_fields(name="Eve\r\nBcc: victim@example.org"), 400, "« Nom » n'est pas valide"),
    "script in the name": (order_fields(name=SCRIPT), 400, "« Nom » n'est pas valide"),
    "script in the address": (order_fields(line1=SCRIPT), 400, "« Adresse » n'est pas valide"),
    "script in the city": (order_fields(city=SCRIPT), 400, "« Ville » n'est pas valide"),
    "script in the postcode": (order_fields(postcode=SCRIPT), 400, "n'est pas valide"),
    "script in the phone": (order_fields(phone=SCRIPT), 400, "« Téléphone » n'est pas valide"),
    "script in the note": (order_fields(message=SCRIPT), 400, "n'est pas valide"),
    "script in the coupon": (order_fields(coupon=SCRIPT), 400, "n'est pas valide"),
    "script in the slug": (order_fields(**{"item[0][slug]": SCRIPT}), 400, "n'est pas valide"),
    "script in the email": (order_fields(email=f"{SCRIPT}@example.fr"), 400, "n'est pas valide"),
    "unknown country": (order_fields(country="US"), 400, "« Pays » n'est pas valide"),
    "an array instead of a text": ([*order_fields(), ("name[]", "x")], 400, "« Nom » n'est pas valide"),
    "honeypot filled": (order_fields(website="http://spam.example"), 400, "Cette demande a été refusée"),
    "too many lines": ([(f"item[{i}][{k}]", v) for i in range(51) for k, v in (("slug", "pollen"), ("variant", ""), ("qty", "1"))]
                       + order_fields()[6:], 400, "au plus 50 articles"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_input_is_refused_clearly_and_writes_nothing(host: DeskHost, case):
    fields, status, text = HOSTILE[case]
    got, page = host.post("order.php", fields)
    assert got == status, page
    assert text in html.unescape(page).replace("\u2019", "'")
    assert SCRIPT not in page and "<b>cire" not in page
    for leak in ("/srv/", "lib.php", "Warning", "Fatal", "Stack trace"):
        assert leak not in page
    assert not host.orders() and not host.site.server.mails()
    assert not list((host.private / "orders").glob("*")) if (host.private / "orders").exists() else True


def test_a_megabyte_field_and_broken_utf8_are_refused(host: DeskHost):
    body = urllib.parse.urlencode(order_fields(message="x" * 1_000_000)).encode()
    status, page = host.post("order.php", [], raw=body)
    assert status == 413 and "trop volumineuse" in html.unescape(page)
    broken = urllib.parse.urlencode(order_fields()).encode().replace(b"Margaux", b"Marg%C3%28aux")
    status, page = host.post("order.php", [], raw=broken)
    assert status == 400 and "« Nom » n'est pas valide" in html.unescape(page).replace("\u2019", "'")
    assert not host.orders()


def test_get_and_other_methods_are_refused(host: DeskHost):
    for method in ("GET", "PUT", "DELETE"):
        status, _h, body = host.site.server.get("desk/order.php", method=method)
        assert status == 405, method
        assert "Cette page reçoit les commandes" in body.decode()


def test_the_withdrawal_form_refuses_bad_input(host: DeskHost):
    good = {"name": "Margaux", "order": "2026-00042", "email": "margaux@example.fr", "step": "confirm"}
    for change, text in (({"order": "42"}, "numéro de commande n'est pas valide"),
                         ({"order": "../../etc"}, "numéro de commande n'est pas valide"),
                         ({"email": "x@y\nBcc: z@w.org"}, "n'est pas valide"),
                         ({"name": ""}, "Merci de remplir"),
                         ({"name": SCRIPT}, "« Nom » n'est pas valide"),
                         ({"website": "spam"}, "refusée")):
        status, page = host.post("withdraw.php", {**good, **change})
        assert status == 400 and text in html.unescape(page).replace("\u2019", "'"), change
    assert not host.withdrawals() and not host.site.server.mails()


def test_the_defaults_suit_a_small_shop():
    assert LIMITS == {"per_ip": 5, "global": 30, "window": 600, "per_email": 3, "mail_window": 3600}


def customer(i: int) -> str:
    return f"client{i}@example.fr"


def test_the_rate_limit_engages_per_address_and_in_all(host: DeskHost):
    # distinct customers' addresses: only the visitor's address and the total are limited here
    host.set_limits(per_ip=3, **{"global": 100})
    statuses = [host.post("order.php", order_fields(email=customer(i)))[0] for i in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    _status, page = host.post("order.php", order_fields(email=customer(5)))
    assert "Trop de demandes" in page
    assert len(host.orders()) == 3
    host.set_limits(per_ip=100, **{"global": 4})
    statuses = [host.post("order.php", order_fields(email=customer(i)))[0] for i in range(10, 12)]
    assert statuses == [200, 429]  # three earlier orders + one: the global limit of 4 is reached
    # the review step is not limited: a customer can always see the shop's total
    assert host.post("order.php", order_fields(step="review"))[0] == 200
    rate_file = (host.private / "state" / "rate-order.json").read_text()
    assert "127.0.0.1" not in rate_file  # addresses are kept hashed only


def test_one_address_gets_at_most_three_acknowledgements_an_hour(host: DeskHost):
    # the default per-recipient limit: many visitors (no per-visitor limit here) cannot flood one mailbox
    host.set_limits(per_ip=100, **{"global": 100})
    victim = "victime@example.org"
    statuses = [host.post("order.php", order_fields(email=victim))[0] for _ in range(3)]
    status, page = host.post("order.php", order_fields(email=victim.upper()))  # case does not dodge it
    assert statuses == [200, 200, 200] and status == 429
    assert "plusieurs e-mails à cette adresse dans l'heure" in html.unescape(page)
    assert len(host.orders()) == 3  # refused before numbering: no order without its acknowledgement
    to_victim = [m for m in host.site.server.mails() if victim in str(m["To"]).lower()]
    assert len(to_victim) == 3
    # another address is served; withdrawals are counted on their own (an order flood cannot block one)
    assert host.post("order.php", order_fields(email=customer(1)))[0] == 200
    declaration = {"name": "Margaux", "order": f"{this_year()}-00001", "email": victim, "step": "confirm"}
    assert [host.post("withdraw.php", declaration)[0] for _ in range(4)] == [200, 200, 200, 429]
    assert len(host.withdrawals()) == 3
    state = host.private / "state"
    assert victim not in (state / "mail-order.json").read_text() + (state / "mail-withdrawal.json").read_text()


def test_200_concurrent_orders_get_200_distinct_numbers_and_files(host: DeskHost):
    host.set_limits(per_ip=1000, **{"global": 1000})
    fields = {"coupon": "", "shown_total": "18.75", "item[1][qty]": None, "item[1][slug]": None, "item[1][variant]": None}

    def one(i: int) -> tuple[int, str]:
        return host.post("order.php", order_fields(email=customer(i), **fields))  # type: ignore[arg-type]

    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(one, range(200)))
    assert [s for s, _p in results] == [200] * 200
    files = host.orders()
    assert len(files) == 200
    numbers = {host.open(p)["number"] for p in files}
    year = this_year()
    assert numbers == {f"{year}-{n:05d}" for n in range(1, 201)}
    assert not list((host.private / "orders").glob("*.tmp")) and not list((host.private / "orders").glob(".*"))
    assert len(host.site.server.mails()) == 400
