"""The cart's itemised order email (no order desk) repeats a product's withdrawal exception (L221-28)
under its line, in the real headless Chromium."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

from tests.desk.deskshop import make_desk_shop
from tests.site.browser.serve import chromium, serve
from wizard.domain.legalinfo import ProductLegal, WithdrawalException
from wizard.site import build_site
from wizard.site.paths import paths_for

PERISHABLE = ("Pas de droit de rétractation : ce bien peut se détériorer ou se périmer rapidement "
              "(art. L221-28 4° du code de la consommation).")


def test_the_order_email_carries_the_exception_under_its_line(tmp_path) -> None:
    shop = make_desk_shop(tmp_path / "shop.echoppe")  # a folder build: the cart orders by email
    try:
        pollen = next(p for p in shop.products() if p.slug == "pollen")
        shop.update_product(replace(pollen, legal=ProductLegal(withdrawal=WithdrawalException.PERISHABLE)))
        build_site(shop, tmp_path / "site")
    finally:
        shop.close()
    paths = paths_for("fr")
    with serve(tmp_path / "site") as base, chromium() as browser:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        for slug in ("pollen", "bougie"):
            page.goto(base + paths.product(slug))
            page.click("form[data-cart-add] [type=submit]")
            page.wait_for_function("document.querySelector('[data-cart-status]').textContent.length > 0")
        page.goto(base + paths.cart)
        page.fill("[data-customer] [name=name]", "Camille Dupont")
        page.fill("[data-customer] [name=address]", "3 rue Haute")
        page.fill("[data-customer] [name=postcode]", "69001")
        page.fill("[data-customer] [name=city]", "Lyon")
        page.fill("[data-customer] [name=email]", "camille@example.fr")
        href = page.get_attribute(".cart-send", "href")
        assert errors == []
    assert href and len(href) <= 1800
    lines = parse_qs(urlsplit(href).query)["body"][0].replace("\u2019", "'").split("\r\n")
    pollen_line = next(i for i, line in enumerate(lines) if line.startswith("1 × Pollen @ "))
    assert lines[pollen_line + 1] == "   " + PERISHABLE
    assert sum("droit de rétractation" in line for line in lines) == 1  # the candle has no exception
    assert any(line.startswith("1 × Bougie") for line in lines)
