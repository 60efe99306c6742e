"""The desk on a real cheap host: published over the chrooted SFTP, run by Apache + mod_php as the
SFTP user; orders sealed in the private folder, emails captured, every amount the catalogue's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.desk.hosthelpers import DeskHost, order_fields, publish_desk_shop, this_year
from wizard.desk.catalogue import money_format

FMT = money_format("fr", "EUR")
M = FMT.text


@pytest.fixture
def host(tmp_path, sshd_server, apache_site, known_hosts) -> DeskHost:
    desk = publish_desk_shop(tmp_path, sshd_server, apache_site, known_hosts)
    yield desk
    desk.shop.close()


def test_publish_probes_php_and_records_the_private_folder(host: DeskHost):
    assert host.shop.get_value("desk.probe") == {"ok": True, "php": "8.2", "sodium": True, "mail": True,
                                             "depth": 0, "denies": True}
    assert host.shop.get_value("desk.probe_depth") == 0
    assert host.shop.get_value("desk.private_dir") == host.site.sftp_path.rsplit("/", 1)[0] + "/echoppe-private"
    assert not any(w for w in host.built.warnings if "PHP" in str(w))
    assert not list(host.site.docroot.glob("echoppe-probe-*"))  # the probe was removed
    for name in ("order.php", "withdraw.php", "lib.php", "config.json", "catalogue.json", ".htaccess"):
        assert (host.site.docroot / "desk" / name).is_file()


def test_an_order_is_sealed_mailed_and_holds_the_catalogue_prices(host: DeskHost):
    status, page = host.post("order.php", order_fields())
    number = f"{this_year()}-00001"
    assert status == 200, page
    assert number in page and "24,31" in page
    [sealed] = host.orders()
    assert sealed.name == f"{number}.sealed"
    order = host.open(sealed)
    pots, candle = Decimal("6.90") * 2, Decimal("8.33")
    sub = pots + candle
    off = (sub * Decimal("0.125")).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    total = sub - off + Decimal("4.95")
    assert (str(sub), str(off), str(total)) == ("22.13", "2.77", "24.31")
    assert order["format"] == "echoppe-order/1" and order["number"] == number
    assert order["lines"] == [
        {"slug": "miel-de-lavande", "sku": "MIEL-250", "name": "Miel de lavande", "options": {"Pot": "250 g"},
         "quantity": 2, "unit_price": "6.90", "line_total": "13.80"},
        {"slug": "bougie", "sku": "BOUGIE", "name": 'Bougie <b>cire</b> & "abeille"', "options": {},
         "quantity": 1, "unit_price": "8.33", "line_total": "8.33"},
    ]
    assert order["subtotal"] == "22.13" and order["coupon"] == {"code": "MARCHE10", "discount": "2.77"}
    assert order["shipping"] == {"method": "Colissimo", "zone": "FR", "price": "4.95"}
    assert order["total"] == "24.31" and order["payment"] == "paypalme" and order["currency"] == "EUR"
    assert order["customer"] == {"name": "Margaux Lefèvre", "email": "margaux@example.fr", "phone": "06 12 34 56 78",
                                 "address": {"line1": "3 rue des Lilas", "line2": "", "postcode": "69001",
                                             "city": "Lyon", "country": "FR"}}
    assert order["message"] == "Après 18 h, s'il vous plaît" and order["lang"] == "fr"

    customer, merchant = host.site.server.mails()
    assert customer["To"] == "margaux@example.fr" and customer["From"] == "commandes@example.fr"
    assert customer["Subject"] == f"Votre commande {number} chez Les Ruchers d'Anaïs"
    lines = customer.get_content().splitlines()
    c = "\u00a0: "
    expected = [
        f"2 × Miel de lavande (250 g) @ {M(Decimal('6.90'))} = {M(pots)}",
        f'1 × Bougie <b>cire</b> & "abeille" @ {M(candle)} = {M(candle)}',
        f"Sous-total{c}{M(sub)}",
        f"Réduction (MARCHE10){c}−{M(off)}",
        f"Livraison (Colissimo){c}{M(Decimal('4.95'))}",
        f"Total{c}{M(total)}",
    ]
    start = lines.index(expected[0])
    assert lines[start:start + len(expected)] == expected
    assert f"https://paypal.me/ruchers/{total}EUR" in lines
    assert any(line.startswith("Nos conditions générales de vente : ") and line.endswith("cgv.html") for line in lines)
    assert any("retractation.html" in line for line in lines)
    assert any(line.startswith("Formulaire de rétractation") for line in lines)
    assert merchant["To"] == "commandes@example.fr"
    notice = merchant.get_content()
    assert number in notice and "Margaux" not in notice and "margaux@" not in notice and "Lilas" not in notice


def test_forged_prices_and_total_are_ignored(host: DeskHost):
    forged = [*order_fields(shown_total="1.00"), ("item[0][price]", "0.01"), ("unit_price", "0.01"), ("total", "1.00"), ("subtotal", "1.00")]
    status, page = host.post("order.php", forged)
    assert status == 200 and not host.orders()  # a review page: the shop's total, to confirm again
    assert 'data-total="24.31"' in page and "Commander avec obligation de paiement" in page
    status, page = host.post("order.php", [*order_fields(), ("item[0][price]", "0.01"), ("total", "1.00")])
    assert status == 200
    order = host.open(host.orders()[0])
    assert order["total"] == "24.31" and order["lines"][0]["unit_price"] == "6.90"


def test_numbers_follow_each_other_and_never_repeat(host: DeskHost):
    for _ in range(3):
        assert host.post("order.php", order_fields())[0] == 200
    year = this_year()
    assert [p.name for p in host.orders()] == [f"{year}-0000{i}.sealed" for i in (1, 2, 3)]
    assert [host.open(p)["number"] for p in host.orders()] == [f"{year}-0000{i}" for i in (1, 2, 3)]


def test_a_failing_mail_keeps_the_order_and_says_the_shop_will_confirm(host: DeskHost):
    status, page = host.post("order.php", order_fields(email="mailfail@example.fr"))
    assert status == 200 and "la boutique vous confirmera la commande par e-mail" in page.replace("\u2019", "'")
    assert len(host.orders()) == 1


def test_the_private_folder_is_outside_the_web_root_and_never_listed(host: DeskHost):
    host.post("order.php", order_fields())
    assert host.orders() and not (host.site.docroot / "echoppe-private").exists()
    server = host.site.server
    for path in ("echoppe-private/", "../echoppe-private/orders/", "desk/", "desk/config.json",
                 "desk/catalogue.json", "desk/lib.php"):
        status, _h, body = server.get(path)
        assert status in (400, 403, 404), path
        assert b"sealed" not in body
    status, _h, body = server.get("desk/order.php")
    assert status == 405 and b".php" not in body and b"/srv/" not in body


def test_the_withdrawal_function_end_to_end(host: DeskHost):
    fields = {"name": "Margaux Lefèvre", "order": "2026-00042", "email": "margaux@example.fr", "website": ""}
    status, page = host.post("withdraw.php", {**fields, "step": "review"})
    assert status == 200 and "Confirmer la rétractation" in page and not host.withdrawals()
    status, page = host.post("withdraw.php", {**fields, "step": "confirm"})
    number = f"W{this_year()}-00001"
    assert status == 200 and number in page
    [sealed] = host.withdrawals()
    declaration = host.open(sealed)
    assert declaration["format"] == "echoppe-withdrawal/1" and declaration["number"] == number
    assert (declaration["order_number"], declaration["name"], declaration["email"]) == (
        "2026-00042", "Margaux Lefèvre", "margaux@example.fr")
    ack, notice = host.site.server.mails()
    assert ack["To"] == "margaux@example.fr" and "2026-00042" in ack["Subject"]
    body = ack.get_content()
    assert "Nous avons reçu votre rétractation de la commande 2026-00042 le " in body
    assert "Nom\u00a0: Margaux Lefèvre" in body and f"Référence\u00a0: {number}" in body
    import re
    assert re.search(r"Reçue le\u00a0: \d\d/\d\d/\d{4} \d\d:\d\d:\d\d CES?T", body)
    assert "Margaux" not in notice.get_content()
