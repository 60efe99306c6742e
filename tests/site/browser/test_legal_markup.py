"""The legal markup itself, valid and accessible: shops where every legal block is switched on (the
framed D211-2 text, the withdrawal form, a reduction, unit prices, food information with allergens,
product safety with an EU responsible person, withdrawal exceptions, pickup) pass the Nu HTML
Checker with no error and axe-core in the real headless Chromium with no violation; and the cart's
email fallback commits with the L221-14 wording."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import required_tool
from tests.site.browser.conftest import AXE_JS, VNU_JAR
from tests.site.browser.demo import make_demo_shop
from tests.site.browser.serve import CHROMIUM, chromium, serve
from wizard.domain.legalinfo import FoodInfo, ProductLegal, QuantityUnit, Safety, WithdrawalException
from wizard.domain.model import Product, ShippingRate, ShippingZone, Variant
from wizard.site import build_site
from wizard.site.paths import paths_for
from wizard.store import shopfile as shopfile_module
from wizard.store.shopfile import ShopFile

PLACE_ORDER = {"fr": "Commander avec obligation de paiement", "en": "Place order with obligation to pay"}
WIDTHS = (390, 1280)

FOOD = Product(name="Sablés au miel", price=Decimal("8.00"), legal=ProductLegal(
    quantity=Decimal("250"), unit=QuantityUnit.G, withdrawal=WithdrawalException.PERISHABLE,
    food=FoodInfo(name="Biscuits sablés au miel", ingredients="Farine de blé, beurre, miel (20 %), œufs, noisettes",
                  allergens_note="Traces possibles de sésame.", storage="À conserver au sec.",
                  use="À consommer dans les 8 jours.", operator_name="Biscuiterie Martin",
                  operator_address="4 place du Marché, 69004 Lyon", origin="France", alcohol="")))
GOODS = Product(name="Lampe de chevet", price=Decimal("50.00"), legal=ProductLegal(
    withdrawal=WithdrawalException.CUSTOM_MADE,
    safety=Safety(made_by_seller=False, manufacturer_name="Far Lights Ltd",
                  manufacturer_address="1 Harbour Road, Hong Kong", manufacturer_email="safety@farlights.example",
                  manufacturer_outside_eu=True, responsible_name="EU Rep SAS",
                  responsible_address="5 quai Est, 69002 Lyon", responsible_email="rep@eurep.example",
                  product_type="Lampe de table 230 V", reference="LT-2026-11",
                  warnings="Ampoule de 40 W au plus. Ne pas couvrir.")))
COSMETIC = Product(name="Olive oil soap", price=Decimal("20.00"), option_names=("Size",), variants=(
    Variant(options=(("Size", "Small"),), quantity=Decimal("50"), unit=QuantityUnit.ML),
    Variant(options=(("Size", "Large"),), price=Decimal("30.00"), quantity=Decimal("0.2"), unit=QuantityUnit.L),
), legal=ProductLegal(withdrawal=WithdrawalException.SEALED_HYGIENE, safety=Safety(warnings="Avoid the eyes.")))

# niche, language, the product with every block, its price after the reduction, what its page must show
SHOPS = (
    ("local-food", "fr", FOOD, Decimal("6.00"), ("au lieu de </span>8,00", "-25 %", 'class="allergen"', "Quantité nette",
                                                  "Biscuiterie Martin", "Pas de droit de rétractation")),
    ("crafts", "fr", GOODS, Decimal("40.00"), ("au lieu de </span>50,00", "-20 %", "EU Rep SAS", "LT-2026-11",
                                                "Ne pas couvrir.", "Pas de droit de rétractation")),
    ("cosmetics", "en", COSMETIC, Decimal("15.00"), ("instead of", "/l", "Avoid the eyes.",
                                                      "No right of withdrawal once unsealed")),
)


@dataclass(frozen=True)
class LegalSite:
    lang: str
    root: Path
    pages: dict[str, str]  # what → path inside the site


class _Clock:
    def __init__(self, when: dt.datetime) -> None:
        self.now = when

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")


def _build(tmp: Path, niche: str, lang: str, product: Product, reduced: Decimal) -> LegalSite:
    clock = _Clock(dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=60))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shopfile_module, "_now", clock)
        shop: ShopFile = make_demo_shop(tmp / f"{niche}-{lang}.echoppe", niche, lang, photo_size=(400, 300))
        try:
            stored = shop.add_product(product)
            clock.now += dt.timedelta(days=40)
            variants = tuple(replace(v, price=(v.price or stored.price) * reduced / stored.price)
                             for v in stored.variants)
            stored = shop.update_product(replace(stored, price=reduced, compare_at_price=stored.price,
                                                 variants=tuple(replace(v, compare_at_price=Decimal("999"))
                                                                for v in variants)))
            shop.save_shipping_rate(ShippingRate("Retrait" if lang == "fr" else "Pickup", ShippingZone.FRANCE,
                                                 pickup=True, address="12 rue des Tilleuls\n69003 Lyon",
                                                 hours="Samedi 9 h – 12 h", delivery_days=2))
            root = tmp / f"{niche}-{lang}"
            build_site(shop, root)
        finally:
            shop.close()
    paths = paths_for(lang)
    return LegalSite(lang, root, {"product": paths.product(stored.slug), "terms": paths.terms,
                                  "withdrawal": paths.withdrawal, "cart": paths.cart,
                                  "legal-notice": paths.legal_notice})


@pytest.fixture(scope="module")
def legal_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[LegalSite]]:
    tmp = tmp_path_factory.mktemp("legal-sites")
    yield [_build(tmp, niche, lang, product, reduced) for niche, lang, product, reduced, _shown in SHOPS]


def test_the_legal_blocks_are_on_the_pages_checked(legal_sites: list[LegalSite]) -> None:
    """What the two checks below validate is really there (else they would prove nothing)."""
    for site, (_niche, _lang, _product, _reduced, shown) in zip(legal_sites, SHOPS, strict=True):
        product = (site.root / site.pages["product"]).read_text(encoding="utf-8")
        for text in shown:
            assert text in product, f"{site.root.name}: {text!r} missing from {site.pages['product']}"
        assert "999" not in product, "a typed former price is never shown"
        terms = (site.root / site.pages["terms"]).read_text(encoding="utf-8")
        assert 'class="guarantee-box"' in terms and ("livré sous" in terms or "delivered within" in terms)
        withdrawal = (site.root / site.pages["withdrawal"]).read_text(encoding="utf-8")
        assert "<form" in withdrawal or "mailto:" in withdrawal, site.pages["withdrawal"]


def test_nu_html_checker_finds_no_error_in_the_legal_markup(legal_sites: list[LegalSite]) -> None:
    required_tool("Java", "/usr/bin/java")
    required_tool("Nu HTML Checker (npm ci)", str(VNU_JAR))
    files = [str(p) for site in legal_sites for p in sorted(site.root.rglob("*.html"))]
    assert len(files) > 10 * len(legal_sites)
    result = subprocess.run(["java", "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
                             "--stdout", *files], capture_output=True, text=True, timeout=600, check=False)
    messages = json.loads(result.stdout)["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    summary = "\n".join(f"{m.get('url', '').removeprefix('file:')}:{m.get('lastLine', '?')}: {m['message']}"
                        for m in errors[:30])
    assert not errors, f"{len(errors)} HTML errors:\n{summary}"


def test_axe_finds_no_violation_in_the_legal_markup(legal_sites: list[LegalSite]) -> None:
    required_tool("Chromium", CHROMIUM)
    required_tool("axe-core (npm ci)", str(AXE_JS))
    axe = AXE_JS.read_text(encoding="utf-8")
    problems: list[str] = []
    checked = 0
    parent = legal_sites[0].root.parent
    with serve(parent) as base, chromium() as browser:
        for site in legal_sites:
            for width in WIDTHS:
                context = browser.new_context(viewport={"width": width, "height": 800})
                context.add_init_script(script=axe)
                page = context.new_page()
                site_base = f"{base}{site.root.name}/"
                for what in ("product", "terms", "withdrawal", "legal-notice", "cart"):
                    page.goto(site_base + site.pages[what], wait_until="domcontentloaded")
                    if what == "product":
                        page.locator("form[data-cart-add] [type=submit]").first.click()
                        page.wait_for_function("document.querySelector('[data-cart-count]').textContent")
                    if what == "cart":
                        # The email fallback is a committing step too: L221-14's wording, nothing else.
                        send = page.locator(".cart-send")
                        assert send.count() == 1 and send.text_content().strip() == PLACE_ORDER[site.lang]
                    raw = page.evaluate("async () => JSON.stringify(await axe.run(document, "
                                        "{resultTypes: ['violations']}))")
                    for v in json.loads(raw)["violations"]:
                        targets = "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:4])
                        problems.append(f"{site.root.name} {site.pages[what]} @{width}px: {v['id']} "
                                        f"({v['impact']}) {v['help']}: {targets}")
                    checked += 1
                context.close()
    assert checked == len(legal_sites) * len(WIDTHS) * 5
    assert not problems, f"{len(problems)} axe violations:\n" + "\n".join(problems[:30])
