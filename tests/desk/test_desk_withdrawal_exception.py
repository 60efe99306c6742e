"""A product's withdrawal exception (art. L221-28) reaches the customer with the order: under its line on
the desk's review page and in the acknowledgement the desk mails (the durable medium of L221-13), run
by the real Apache + mod_php."""

from __future__ import annotations

import html
from dataclasses import replace

import pytest

from tests.desk.deskshop import make_desk_shop
from tests.desk.hosthelpers import DeskHost, order_fields
from tests.support.sshd import PASSWORD
from wizard.domain.legalinfo import ProductLegal, WithdrawalException
from wizard.publish.shop import Built, publish_shop

PERISHABLE = ("Pas de droit de rétractation : ce bien peut se détériorer ou se périmer rapidement "
              "(art. L221-28 4° du code de la consommation).")


@pytest.fixture
def host(tmp_path, sshd_server, apache_site, known_hosts):
    shop = make_desk_shop(tmp_path / "shop.echoppe", target_path=apache_site.sftp_path, public_url=apache_site.url,
                          port=sshd_server.port)
    pollen = next(p for p in shop.products() if p.slug == "pollen")
    shop.update_product(replace(pollen, legal=ProductLegal(withdrawal=WithdrawalException.PERISHABLE)))
    events = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts))
    yield DeskHost(shop, apache_site, next(e for e in events if isinstance(e, Built)))
    shop.close()


def _french(text: str) -> str:
    return html.unescape(text).replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


def test_the_exception_is_under_its_line_in_the_review_and_the_acknowledgement(host: DeskHost):
    # The product page says it first (the text the desk repeats is the page's, in the shop's language).
    page = _french((host.site.docroot / "produit" / "pollen.html").read_text())
    assert PERISHABLE in page
    fields = order_fields(coupon="", **{"item[1][slug]": "pollen", "item[1][qty]": "3"})
    status, review = host.post("order.php", [*fields[:-2], ("step", "review"), ("website", "")])
    assert status == 200 and PERISHABLE in _french(review)
    assert _french(review).count("Pas de droit de rétractation") == 1  # the honey has no exception
    total = review.split('data-total="')[1].split('"')[0]
    status, done = host.post("order.php", [*fields[:-2], ("shown_total", total), ("step", "confirm"), ("website", "")])
    assert status == 200, done[:800]
    customer, merchant = host.site.server.mails()
    lines = [_french(line) for line in customer.get_content().splitlines()]
    pollen = next(i for i, line in enumerate(lines) if line.startswith("3 × Pollen @ "))
    assert lines[pollen + 1] == "   " + PERISHABLE
    assert sum("Pas de droit de rétractation" in line for line in lines) == 1
    assert lines[pollen - 1].startswith("2 × Miel de lavande (250 g) @ ")
    assert "rétractation" not in merchant.get_content().replace("Rétractation", "")
