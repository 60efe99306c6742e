"""Real headless Chromium orders on the real host (Apache + mod_php), with JavaScript and without."""

from __future__ import annotations

import pytest

from tests.conftest import required_tool
from tests.desk.hosthelpers import DeskHost, publish_desk_shop, this_year
from tests.site.browser.serve import CHROMIUM, chromium

PLACE = "Commander avec obligation de paiement"


@pytest.fixture
def host(tmp_path, sshd_server, apache_site, known_hosts) -> DeskHost:
    required_tool("Chromium", CHROMIUM)
    desk = publish_desk_shop(tmp_path, sshd_server, apache_site, known_hosts)
    yield desk
    desk.shop.close()


def test_an_order_with_javascript_through_the_cart(host: DeskHost):
    base = host.site.url
    with chromium() as browser:
        page = browser.new_page()
        page.goto(base + "produit/miel-de-lavande.html")
        page.select_option("select[name=variant]", "MIEL-250")
        page.fill("input[name=qty]", "2")
        page.click("form[data-cart-add] [type=submit]")
        page.wait_for_selector("[data-cart-view]:not([hidden])")
        page.goto(base + "produit/bougie.html")
        page.click("form[data-cart-add] [type=submit]")
        page.wait_for_selector("[data-cart-view]:not([hidden])")
        page.goto(base + "panier.html")
        page.fill("[data-coupon] [name=code]", "marche10")
        page.click("[data-coupon] [type=submit]")
        page.fill("[data-customer] [name=name]", "Margaux Lefèvre")
        page.fill("[data-customer] [name=address]", "3 rue des Lilas")
        page.fill("[data-customer] [name=postcode]", "69001")
        page.fill("[data-customer] [name=city]", "Lyon")
        page.fill("[data-customer] [name=email]", "margaux@example.fr")
        page.check("[data-shipping] input#ship-0")  # Colissimo
        page.check("#pay-paypalme")
        button = page.locator(".cart-send")
        assert button.text_content() == PLACE
        with page.expect_navigation():
            button.click()
        assert "Merci pour votre commande" in page.text_content("h1")
        assert page.get_attribute("[data-total]", "data-total") == "24.31"
    [sealed] = host.orders()
    order = host.open(sealed)
    assert order["number"] == f"{this_year()}-00001" and order["total"] == "24.31"
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [("MIEL-250", 2), ("BOUGIE", 1)]
    assert order["coupon"] == {"code": "MARCHE10", "discount": "2.77"}
    assert order["customer"]["address"]["country"] == "FR" and order["payment"] == "paypalme"
    assert len(host.site.server.mails()) == 2


def test_an_order_without_javascript_from_a_product_page(host: DeskHost):
    base = host.site.url
    with chromium() as browser:
        page = browser.new_context(java_script_enabled=False).new_page()
        page.goto(base + "produit/miel-de-lavande.html")
        page.select_option("select[name=variant]", "MIEL-500")
        page.fill("input[name=qty]", "2")
        with page.expect_navigation():
            page.click("form[data-cart-add] [type=submit]")
        assert "Vérifiez et confirmez" in page.text_content("h1")
        assert page.get_attribute("[data-total]", "data-total") == "22.90"  # 2 × 11.45, pickup (free) first
        page.fill("#d-name", "Jean Martin")
        page.fill("#d-email", "jean@example.fr")
        page.fill("#d-line1", "1 place Bellecour")
        page.fill("#d-postcode", "69002")
        page.fill("#d-city", "Lyon")
        page.check("input[name=rate][value='0']")  # Colissimo
        with page.expect_navigation():
            page.click("button[value=review]")
        assert page.get_attribute("[data-total]", "data-total") == "27.85"
        with page.expect_navigation():
            page.click(f"button:has-text('{PLACE}')")
        assert "Merci pour votre commande" in page.text_content("h1")
    order = host.open(host.orders()[0])
    assert order["lines"][0]["unit_price"] == "11.45" and order["total"] == "27.85"
    assert order["shipping"] == {"method": "Colissimo", "zone": "FR", "price": "4.95"}


def test_the_withdrawal_link_is_on_every_page_and_leads_to_the_function(host: DeskHost):
    pages = sorted(host.site.docroot.rglob("*.html"))
    assert len(pages) > 5
    for path in pages:
        assert "Renoncer au contrat ici" in path.read_text(), path
    with chromium() as browser:
        page = browser.new_context(java_script_enabled=False).new_page()
        page.goto(host.site.url + "index.html")
        with page.expect_navigation():
            page.click("text=Renoncer au contrat ici")
        page.fill("#w-name", "Margaux Lefèvre")
        page.fill("#w-order", "2026-00042")
        page.fill("#w-email", "margaux@example.fr")
        with page.expect_navigation():
            page.click("button[value=review]")
        with page.expect_navigation():
            page.click("text=Confirmer la rétractation")
        assert "Votre rétractation est enregistrée" in page.text_content("h1")
    assert len(host.withdrawals()) == 1
