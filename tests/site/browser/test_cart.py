"""The cart in the real headless Chromium: variants, quantities, a coupon, shipping by zone and
weight, the customer's details, and the itemised ``mailto:`` order (amounts checked with Decimal)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from tests.conftest import required_tool
from tests.site.browser.demo import ORDER_EMAIL, PAYPAL_ME, make_demo_shop, variant_price
from tests.site.browser.serve import CHROMIUM, chromium, serve
from wizard.domain.model import Coupon, CouponKind, ShippingKind, ShippingRate, ShippingZone
from wizard.site import build_site
from wizard.site.paths import paths_for

CENT = Decimal("0.01")
STRIPE_LINK = "https://buy.stripe.com/test_00demo"
COUNTRY = "[data-customer] select[name=country]"
AMOUNT = re.compile(r"(-|−)?(\d{1,3}(?:[\s\u202f\u00a0]\d{3})*,\d{2})[\s\u202f\u00a0]?€")


def euros(text: str) -> list[Decimal]:
    """Every amount written the French way ("1 234,50 €") in ``text``, in order."""
    found = []
    for sign, digits in AMOUNT.findall(text):
        value = Decimal(re.sub(r"[\s\u202f\u00a0]", "", digits).replace(",", "."))
        found.append(-value if sign else value)
    return found


@pytest.fixture(scope="module")
def shop_site(tmp_path_factory: pytest.TempPathFactory):
    """A clothing shop (French) with variant prices, a 12.5 % coupon and weight-based EU rates."""
    required_tool("Chromium", CHROMIUM)
    tmp = tmp_path_factory.mktemp("cart-shop")
    shop = make_demo_shop(tmp / "cart.echoppe", "clothing", "fr", photo_size=(400, 300))
    try:
        tshirt, bonnet = sorted(shop.products(), key=lambda p: p.name, reverse=True)[:2]
        assert tshirt.name.startswith("T-shirt") and bonnet.name.startswith("Bonnet")
        tshirt = shop.update_product(
            replace(
                tshirt,
                payment_link=STRIPE_LINK,
                variants=tuple(
                    replace(v, price=Decimal("31.50")) if v.label() == "M / Bleu marine" else v
                    for v in tshirt.variants
                ),
            )
        )
        bonnet = shop.update_product(
            replace(
                bonnet,
                variants=tuple(
                    replace(v, price=Decimal("38.00")) if v.label() == "Rouille" else v
                    for v in bonnet.variants
                ),
            )
        )
        shop.save_coupon(Coupon("AUTOMNE", CouponKind.PERCENT, Decimal("12.5")))
        shop.save_coupon(Coupon("GROS", CouponKind.PERCENT, Decimal("15"), min_order=Decimal("200")))
        for name, limit, price in (("Lettre suivie", 250, "4.90"), ("Lettre suivie", 500, "7.20")):
            shop.save_shipping_rate(
                ShippingRate(
                    name, ShippingZone.EU, ShippingKind.BY_WEIGHT, Decimal(price), max_weight_g=limit
                )
            )
        rates = shop.shipping_rates()
        root = tmp / "site"
        build_site(shop, root)
        products = {p.slug: p for p in shop.products()}
    finally:
        shop.close()
    with serve(root) as base:
        yield {"base": base, "tshirt": products[tshirt.slug], "bonnet": products[bonnet.slug], "rates": rates}


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def _add(page, base: str, product, label: str, qty: int) -> None:
    page.goto(base + paths_for("fr").product(product.slug))
    value = page.locator(f'select[name=variant] option[data-label="{label}"]').get_attribute("value")
    page.select_option("select[name=variant]", value)
    page.fill("form[data-cart-add] [name=qty]", str(qty))
    page.click("form[data-cart-add] [type=submit]")
    page.wait_for_function("document.querySelector('[data-cart-status]').textContent.length > 0")
    view = page.locator("form[data-cart-add] a[data-cart-view]")  # shown next to the message
    assert view.is_visible() and view.get_attribute("href") == "../" + paths_for("fr").cart


def _variant(product, label: str):
    return next(v for v in product.variants if v.label() == label)


def test_cart_order_email_carries_the_itemised_order(shop_site, browser) -> None:
    base, tshirt, bonnet = shop_site["base"], shop_site["tshirt"], shop_site["bonnet"]
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    _add(page, base, tshirt, "M / Bleu marine", 1)
    assert euros(page.text_content(".price .amount")) == [Decimal("31.50")]  # the chosen variant's price
    _add(page, base, tshirt, "M / Bleu marine", 1)  # the same line grows to 2
    _add(page, base, bonnet, "Rouille", 1)
    assert page.text_content("[data-cart-count]").strip() == "3"

    page.goto(base + paths_for("fr").cart)
    config = json.loads(page.text_content("#shop-config"))
    strings = config["strings"]
    lines = page.locator(".cart-line")
    assert lines.count() == 2

    page.fill("[data-coupon] [name=code]", "automne")
    page.click("[data-coupon] [type=submit]")
    page.fill("[data-customer] [name=name]", "Camille Dupont")
    page.fill("[data-customer] [name=address]", "3 rue Haute")
    page.fill("[data-customer] [name=postcode]", "1000")
    page.fill("[data-customer] [name=city]", "Bruxelles")
    page.select_option(COUNTRY, label="Belgique")
    page.fill("[data-customer] [name=email]", "camille@example.be")
    page.fill("[data-customer] [name=phone]", "+32 2 123 45 67")
    page.fill("[data-customer] [name=note]", "Emballage cadeau, merci !")
    # EU: the 500 g letter fits (2 × 180 g + 90 g = 450 g), the 250 g one does not; pick the parcel.
    options = page.locator("[data-shipping] input[type=radio]")
    labels = [
        page.text_content(f"label[for='{options.nth(i).get_attribute('id')}']")
        for i in range(options.count())
    ]
    assert len(labels) == 2 and "Lettre suivie" in labels[0] and euros(labels[0]) == [Decimal("7.20")]
    parcel = next(i for i, text in enumerate(labels) if "Union européenne" in text)
    options.nth(parcel).check()

    # What the merchant must be able to check, computed here with Decimal.
    shirt_price = variant_price(tshirt, _variant(tshirt, "M / Bleu marine"))
    bonnet_price = variant_price(bonnet, _variant(bonnet, "Rouille"))
    assert (shirt_price, bonnet_price) == (Decimal("31.50"), Decimal("38.00"))
    subtotal = 2 * shirt_price + bonnet_price
    discount = (subtotal * Decimal("12.5") / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    eu_parcel = next(
        r for r in shop_site["rates"] if r.zone == ShippingZone.EU and r.kind == ShippingKind.FLAT
    )
    total = subtotal - discount + eu_parcel.price
    # 12.5 % of 101.00 is 12.625: a till rounds half up to 12.63 (banker's rounding would say 12.62).
    assert (subtotal, discount, total) == (Decimal("101.00"), Decimal("12.63"), Decimal("102.87"))

    href = page.get_attribute(".cart-send", "href")
    assert len(href) <= 1800
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and unquote(parts.path) == ORDER_EMAIL
    query = parse_qs(parts.query)
    body = query["body"][0].replace("\r\n", "\n")
    assert query["subject"][0]
    item_lines = [line for line in body.split("\n") if " × " in line]
    assert len(item_lines) == 2
    assert item_lines[0].startswith(f"2 × {tshirt.name} (M / Bleu marine) @ ")
    assert euros(item_lines[0]) == [shirt_price, 2 * shirt_price]
    assert item_lines[1].startswith(f"1 × {bonnet.name} (Rouille) @ ")
    assert euros(item_lines[1]) == [bonnet_price, bonnet_price]

    def line_with(label: str) -> str:
        return next(line for line in body.split("\n") if re.match(re.escape(label) + r"[\s\xa0]", line))

    assert euros(line_with(strings["subtotal"])) == [subtotal]
    assert "(AUTOMNE, 12,5 %)" in re.sub(r"[\u202f\xa0]", " ", line_with(strings["discount"])) and euros(
        line_with(strings["discount"])
    ) == [-discount]
    assert eu_parcel.name in line_with(strings["shipping"])
    assert euros(line_with(strings["shipping"])) == [eu_parcel.price]
    assert euros(line_with(strings["total"])) == [total]
    # The customer's block has its own heading, distinct from the shipping line ("Livraison").
    assert "\nCoordonnées de livraison :\n" in body.replace("\xa0", " ")
    for expected in (
        "Camille Dupont",
        "3 rue Haute",
        "1000",
        "Bruxelles",
        "Belgique",
        "camille@example.be",
        "+32 2 123 45 67",
        "Emballage cadeau, merci !",
    ):
        assert expected in body, expected

    # The page shows the same total, and PayPal.me gets it in its own format.
    assert euros(page.text_content(".cart-totals"))[-1] == total
    assert page.get_attribute(".cart-paypal", "href") == f"https://paypal.me/{PAYPAL_ME}/{total}EUR"

    # The product's own payment link is offered for it, and only for it.
    pay_links = page.locator("[data-order] a[href^='https://buy.stripe.com/']")
    assert pay_links.count() == 1 and pay_links.get_attribute("href") == STRIPE_LINK
    assert tshirt.name in pay_links.text_content()

    # The cart survives a reload; quantities change and lines go.
    page.reload()
    assert page.locator(".cart-line").count() == 2
    page.fill("#cart-qty-1", "3")
    page.press("#cart-qty-1", "Tab")
    assert euros(page.text_content(".cart-line >> nth=1"))[-1] == 3 * bonnet_price
    page.click(".cart-line >> nth=0 >> button")
    assert page.locator(".cart-line").count() == 1
    assert page.text_content("[data-cart-count]").strip() == "3"
    assert not errors, errors
    context.close()


def test_coupon_messages_and_free_shipping(shop_site, browser) -> None:
    base, bonnet = shop_site["base"], shop_site["bonnet"]
    context = browser.new_context()
    page = context.new_page()
    _add(page, base, bonnet, "Moutarde", 2)  # 2 × 35 € = 70 €: France ships free above 60 €
    page.goto(base + paths_for("fr").cart)
    strings = json.loads(page.text_content("#shop-config"))["strings"]
    status = "[data-coupon] [data-coupon-status]"
    for code, key in (("NOPE", "invalidCode"), ("NOEL2020", "couponExpired"), ("GROS", "couponMinimum")):
        page.fill("[data-coupon] [name=code]", code)
        page.click("[data-coupon] [type=submit]")
        shown = page.text_content(status)
        assert shown.startswith(strings[key].split("{")[0]), (code, shown)
        assert page.locator(".cart-totals dt", has_text=strings["discount"]).count() == 0
    assert euros(page.text_content(status)) == [Decimal("200.00")]  # the minimum, formatted
    page.fill("[data-coupon] [name=code]", "CINQ")
    page.click("[data-coupon] [type=submit]")
    assert page.input_value(COUNTRY) == "FR"  # the first country (France), chosen for the customer
    page.select_option(COUNTRY, label="France")
    totals = euros(page.text_content(".cart-totals"))
    assert totals == [Decimal("70.00"), Decimal("-5.00"), Decimal("65.00")]  # shipping shows "free"
    assert strings["free"] in page.text_content(".cart-totals")
    # Nobody ships outside Europe in this shop: no order link, a clear message instead.
    world = page.locator(f"{COUNTRY} option[data-zone=WORLD]")
    assert world.count() == 1
    page.select_option(COUNTRY, label=world.text_content())
    assert page.locator("[data-shipping] .cart-error").count() == 1
    assert page.locator(".cart-send").count() == 0
    context.close()


def test_an_empty_cart_offers_the_products_instead_of_the_order_forms(shop_site, browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(shop_site["base"] + paths_for("fr").cart)
    back = page.locator("[data-cart-continue] a")
    assert back.is_visible() and back.get_attribute("href") == paths_for("fr").all_products
    assert not page.locator("[data-cart-steps]").is_visible()
    _add(page, shop_site["base"], shop_site["bonnet"], "Rouille", 1)
    page.click("[data-cart-view]")
    assert page.locator(".cart-line").count() == 1
    assert page.locator("[data-cart-steps]").is_visible() and not back.is_visible()
    page.click(".cart-line >> button")  # removing the last line brings the way back
    assert back.is_visible() and not page.locator("[data-cart-steps]").is_visible()
    context.close()


def test_long_orders_are_cut_to_a_safe_mailto_length(shop_site, browser) -> None:
    base = shop_site["base"]
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + paths_for("fr").cart)
    lines = [
        {
            "id": f"p{i}",
            "slug": f"p{i}",
            "name": f"Article numéro {i} au nom assez long",
            "variant": "Taille M",
            "qty": 1,
            "price": 1000 + i,
            "weight": 0,
        }
        for i in range(80)
    ]
    page.evaluate(
        "(lines) => { const key = Object.keys(localStorage).find(k => k.startsWith('echoppe-cart:'))"
        " || 'echoppe-cart:' + location.host;"
        " localStorage.setItem(key, JSON.stringify({lines, customer: {name: 'Z', country: 'France'}})); }",
        lines,
    )
    page.reload()
    href = page.get_attribute(".cart-send", "href")
    assert 1000 < len(href) <= 1800
    body = parse_qs(urlsplit(href).query)["body"][0]
    kept = [line for line in body.split("\r\n") if " × " in line]
    assert 3 <= len(kept) < 80
    subtotal = sum(Decimal(1000 + i) / 100 for i in range(80))
    assert subtotal in euros(body)  # the totals are always there, whatever was cut
    assert any(line.endswith("\xa0: Z") for line in body.split("\r\n"))  # the customer too
    context.close()


def test_without_javascript_the_product_still_offers_an_order_email(shop_site, browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(shop_site["base"] + paths_for("fr").product(shop_site["bonnet"].slug))
    links = [a.get_attribute("href") for a in page.locator("a[href^='mailto:']").all()]
    assert any(ORDER_EMAIL in href and shop_site["bonnet"].name in unquote(href) for href in links), links
    context.close()


def test_english_shop_speaks_english_typography(tmp_path, browser) -> None:
    """English amounts (€35.00) and colons without the French space, in the page and the email."""
    shop = make_demo_shop(tmp_path / "en.echoppe", "clothing", "en", photos=False)
    try:
        bonnet = next(p for p in shop.products() if p.name.lower().startswith("ribbed"))
        build_site(shop, tmp_path / "site")
    finally:
        shop.close()
    with serve(tmp_path / "site") as base:
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + paths_for("en").product(bonnet.slug))
        page.click("form[data-cart-add] [type=submit]")
        status = page.text_content("[data-cart-status]")
        assert re.search(r"\S: 1 × ", status), status
        page.goto(base + paths_for("en").cart)
        page.select_option(COUNTRY, label="Germany")
        strings = json.loads(page.text_content("#shop-config"))["strings"]
        body = parse_qs(urlsplit(page.get_attribute(".cart-send", "href")).query)["body"][0]
        total_line = next(line for line in body.split("\r\n") if line.startswith(strings["total"]))
        assert re.fullmatch(re.escape(strings["total"]) + r": €\d+\.\d{2}", total_line), total_line
        assert "\r\nDelivery details:\r\n" in body
        context.close()


def _expected_shipping(rates, zone: ShippingZone, goods: Decimal, weight_g: int) -> Decimal | None:
    """The cheapest rate open to the order, as the shop's terms describe it."""
    costs = []
    for rate in rates:
        if rate.zone != zone:
            continue
        if rate.kind == ShippingKind.BY_WEIGHT and rate.max_weight_g and weight_g > rate.max_weight_g:
            continue
        free = (
            rate.kind == ShippingKind.FREE_ABOVE and rate.free_above is not None and goods >= rate.free_above
        )
        costs.append(Decimal(0) if free else rate.price)
    return min(costs) if costs else None


def test_totals_match_decimal_arithmetic_on_random_carts(shop_site, browser) -> None:
    """Random prices, quantities and coupons: the page's totals are the exact Decimal ones."""
    import random

    rnd = random.Random(20260601)
    coupons = {
        "AUTOMNE": (Decimal("12.5"), None, None),
        "BIENVENUE": (Decimal("10"), None, Decimal("30")),
        "CINQ": (None, Decimal("5"), None),
        "": (None, None, None),
    }
    context = browser.new_context()
    page = context.new_page()
    page.goto(shop_site["base"] + paths_for("fr").cart)
    for case in range(25):
        lines = []
        for i in range(rnd.randint(1, 4)):
            cents = rnd.choice([rnd.randint(1, 999), rnd.randint(1000, 99999), 1995, 3333])
            lines.append(
                {
                    "id": f"x{i}",
                    "slug": f"x{i}",
                    "name": f"Article {i}",
                    "variant": "",
                    "qty": rnd.randint(1, 5),
                    "price": cents,
                    "weight": rnd.randint(0, 400),
                }
            )
        code = rnd.choice(list(coupons))
        page.evaluate(
            "(s) => localStorage.setItem('echoppe-cart:' + location.host, JSON.stringify(s))",
            {"lines": lines, "coupon": code or None, "customer": {"country": "France"}},
        )
        page.reload()
        subtotal = sum(Decimal(line["price"]) / 100 * line["qty"] for line in lines)
        percent, fixed, minimum = coupons[code]
        discount = Decimal(0)
        if minimum is None or subtotal >= minimum:
            if percent is not None:
                discount = (subtotal * percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
            elif fixed is not None:
                discount = min(fixed, subtotal)
        weight = sum(line["weight"] * line["qty"] for line in lines)
        shipping = _expected_shipping(shop_site["rates"], ShippingZone.FRANCE, subtotal - discount, weight)
        expected = [subtotal] + ([-discount] if discount else []) + ([shipping] if shipping else [])
        expected.append(subtotal - discount + (shipping or 0))
        shown = euros(page.text_content(".cart-totals"))
        assert shown == expected, (case, lines, code, shown, expected)
    context.close()
