"""Legal by default, asserted on generated pages of a French and an English shop (goods, food and
service niches): the verbatim guarantee box, the online-withdrawal sentence, delivery deadlines,
the former price of a reduction, unit prices, food information, the GPSR block and withdrawal
exceptions, and no "[to be completed" once the legal form is filled in."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.site.pagecheck import html_files, read_page
from tests.site.shopdata import FULL_LEGAL, make_shop
from wizard.domain.legalinfo import FoodInfo, ProductLegal, QuantityUnit, Safety, WithdrawalException
from wizard.domain.model import Product, ProductKind, ShippingRate, ShippingZone
from wizard.site import build_site
from wizard.site.paths import SitePaths
from wizard.store import shopfile as shopfile_module
from wizard.store.shopfile import ShopFile

GUARANTEE_FIRST = (
    "Le consommateur dispose d’un délai de deux ans à compter de la délivrance du bien pour obtenir la mise "
    "en œuvre de la garantie légale de conformité en cas d’apparition d’un défaut de conformité. Durant ce "
    "délai, le consommateur n’est tenu d’établir que l’existence du défaut de conformité et non la date "
    "d’apparition de celui-ci."
)
GUARANTEE_LAST = (
    "Le consommateur bénéficie également de la garantie légale des vices cachés en application des articles "
    "1641 à 1649 du code civil, pendant une durée de deux ans à compter de la découverte du défaut. Cette "
    "garantie donne droit à une réduction de prix si le bien est conservé ou à un remboursement intégral "
    "contre restitution du bien."
)
R221_3 = "Vous pouvez également exercer votre droit de rétractation en ligne sur"
HAS_WITHDRAWAL_PAGE = any(f.name == "withdrawal" for f in fields(SitePaths))


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(shopfile_module, "_now", c)
    return c


def text(path: Path) -> str:
    return read_page(path).text.replace("\xa0", " ").replace("\u202f", " ")


def set_niche(shop: ShopFile, niche: str) -> None:
    shop.save_settings(replace(shop.shop().identity, niche=niche))


def reduce_price(shop: ShopFile, clock: Clock, slug: str, new: str, compare_at: str, days: int = 40) -> None:
    clock.now += dt.timedelta(days=days)
    product = shop.product(slug)
    assert product is not None
    shop.update_product(replace(product, price=Decimal(new), compare_at_price=Decimal(compare_at)))


def goods_shop(tmp_path: Path, clock: Clock, lang: str = "fr") -> Path:
    out = tmp_path / f"site-{lang}"
    with make_shop(tmp_path / f"goods-{lang}.echoppe", lang=lang) as shop:
        set_niche(shop, "crafts")
        shop.add_product(Product(name="Vase", price=Decimal("20"), sku="VASE-1"))
        shop.add_product(Product(name="Mug gravé", price=Decimal("18"), legal=ProductLegal(
            withdrawal=WithdrawalException.CUSTOM_MADE,
            safety=Safety(warnings="Ne pas passer au micro-ondes."))))
        shop.add_product(Product(name="Lampe", price=Decimal("40"), sku="LAMPE", legal=ProductLegal(
            safety=Safety(made_by_seller=False, manufacturer_name="Lumière SARL",
                          manufacturer_address="3 quai Est, 69002 Lyon", manufacturer_email="contact@lumiere.example",
                          product_type="Lampe de table", reference="LT-2026-07"))))
        reduce_price(shop, clock, "vase", "15", "30")  # a compare-at of 30 is asked: 20 is shown
        rates = shop.shipping_rates()
        shop.save_shipping_rate(replace(rates[0], delivery_days=3))
        shop.save_shipping_rate(ShippingRate("Retrait à l'atelier", ShippingZone.FRANCE, pickup=True,
                                             address="12 rue des Lilas\n69001 Lyon",
                                             hours="Samedi 9 h – 12 h", delivery_days=2))
        build_site(shop, out)
    return out


def test_french_goods_shop(tmp_path: Path, clock: Clock) -> None:
    out = goods_shop(tmp_path, clock)
    terms = text(out / "cgv.html")
    assert GUARANTEE_FIRST in terms and GUARANTEE_LAST in terms
    html = (out / "cgv.html").read_text()
    assert 'class="guarantee-box" lang="fr"' in html
    assert "Colissimo : livré sous 3 jours" in terms
    assert "Europe : livré sous 30 jours" in terms  # no deadline given: 30 days
    assert "Retrait à l'atelier : prêt à retirer sous 2 jours – adresse : 12 rue des Lilas, 69001 Lyon" in terms
    assert "horaires : Samedi 9 h – 12 h" in terms
    assert "Médiateur Exemple" in terms
    # The reduction: history 20 → 15 shows 20 and -25 %, never the compare-at of 30 typed in.
    vase = text(out / "produit" / "vase.html")
    assert "15,00 € au lieu de 20,00 € -25 %" in vase and "30,00" not in vase
    listing = text(out / "boutique.html")
    assert "au lieu de 20,00 € -25 %" in listing
    bowl = text(out / "produit" / "bol-bleu.html")  # a compare-at with no history behind it
    assert "29,00" not in bowl and "au lieu de" not in bowl
    # GPSR on goods: the seller by default, another maker when given.
    assert "Sécurité du produit" in vase and "Fabricant L'Atelier de Lou, 12 rue des Lilas, 69001 Lyon" in vase
    assert "Référence VASE-1" in vase
    lamp = text(out / "produit" / "lampe.html")
    assert "Fabricant Lumière SARL, 3 quai Est, 69002 Lyon, contact@lumiere.example" in lamp
    assert "Type de produit Lampe de table" in lamp and "Référence LT-2026-07" in lamp
    workshop = text(out / "produit" / "atelier-tournage.html")  # an experience: no GPSR
    assert "Sécurité du produit" not in workshop
    mug = text(out / "produit" / "mug-grave.html")
    assert "Pas de droit de rétractation : ce bien est confectionné selon vos spécifications" in mug
    assert "Ne pas passer au micro-ondes." in mug
    # The legal form is complete: nothing left to complete anywhere.
    for page in html_files(out):
        assert "[à compléter" not in page.read_text(), page


@pytest.mark.skipif(not HAS_WITHDRAWAL_PAGE, reason="the withdrawal function (issue 8) is not merged yet")
def test_terms_give_the_online_withdrawal_sentence(tmp_path: Path, clock: Clock) -> None:
    out = goods_shop(tmp_path, clock)
    terms = text(out / "cgv.html")
    assert R221_3 + " https://boutique.example.fr/" in terms
    assert "y compris son contenu ainsi que la date et l’heure de sa soumission." in terms


def test_french_food_shop(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "food.echoppe") as shop:
        set_niche(shop, "local-food")
        shop.add_product(Product(name="Sablés au miel", price=Decimal("6.90"), legal=ProductLegal(
            quantity=Decimal("250"), unit=QuantityUnit.G, withdrawal=WithdrawalException.PERISHABLE,
            food=FoodInfo(ingredients="Farine de blé, beurre, miel (20 %), œufs, noisettes, sel",
                          storage="À conserver dans un endroit sec.", use="À consommer dans les 8 jours.",
                          allergens_note="Traces possibles de sésame."))))
        build_site(shop, out)
    page = text(out / "produit" / "sables-au-miel.html")
    assert "6,90 € (27,60 €/kg)" in page
    assert "Quantité nette 250 g" in page and "À conserver dans un endroit sec." in page
    html = (out / "produit" / "sables-au-miel.html").read_text()
    assert ('Farine de <strong class="allergen">blé</strong>, <strong class="allergen">beurre</strong>, miel '
            '(20 %), <strong class="allergen">œufs</strong>, <strong class="allergen">noisettes</strong>, sel') in html
    assert "Exploitant du secteur alimentaire L'Atelier de Lou, 12 rue des Lilas, 69001 Lyon" in page
    assert "Sécurité du produit" not in page  # food is outside the GPSR
    assert "Pas de droit de rétractation : ce bien peut se détériorer ou se périmer rapidement" in page
    assert "27,60 €/kg" in text(out / "boutique.html")


def test_english_food_shop(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "food-en.echoppe", lang="en") as shop:
        set_niche(shop, "local-food")
        shop.add_product(Product(name="Honey biscuits", price=Decimal("6.90"), legal=ProductLegal(
            quantity=Decimal("250"), unit=QuantityUnit.G, withdrawal=WithdrawalException.PERISHABLE,
            food=FoodInfo(ingredients="Wheat flour, butter, honey (20 %), eggs, hazelnuts, salt",
                          storage="Keep in a dry place.", use="Best eaten within 8 days."))))
        build_site(shop, out)
    page_path = out / "product" / "honey-biscuits.html"
    page = text(page_path)
    assert "€6.90 (€27.60/kg)" in page
    assert "Net quantity 250 g" in page and "Keep in a dry place." in page and "Best eaten within 8 days." in page
    html = page_path.read_text()
    assert ('<strong class="allergen">Wheat</strong> flour, <strong class="allergen">butter</strong>, honey '
            '(20 %), <strong class="allergen">eggs</strong>, <strong class="allergen">hazelnuts</strong>, salt') in html
    assert "Food information" in page and "Product safety" not in page  # food is outside the GPSR
    assert "Quantité nette" not in page and "Ingrédients" not in page  # English labels, not French
    assert "€27.60/kg" in text(out / "shop.html")


def test_english_service_shop(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "en.echoppe", lang="en") as shop:
        set_niche(shop, "services")
        shop.add_product(Product(name="Pottery lesson", price=Decimal("45"), kind=ProductKind.SERVICE,
                                 duration_minutes=90))
        build_site(shop, out)
    page = text(out / "product" / "pottery-lesson.html")
    assert "Product safety" not in page and "Food information" not in page
    terms = text(out / "terms.html")
    assert GUARANTEE_FIRST in terms and "French law requires the following framed text" in terms
    assert "Colissimo: delivered within 30 days" in terms
    for page_path in html_files(out):
        assert "[to be completed" not in page_path.read_text(), page_path


def test_english_goods_shop_shows_the_reduction_and_unit_price(tmp_path: Path, clock: Clock) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "en.echoppe", lang="en") as shop:
        set_niche(shop, "cosmetics")
        shop.add_product(Product(name="Soap", price=Decimal("20"), sku="SOAP", legal=ProductLegal(
            quantity=Decimal("100"), unit=QuantityUnit.G)))
        reduce_price(shop, clock, "soap", "15", "20")
        build_site(shop, out)
    page = text(out / "product" / "soap.html")
    assert "€15.00 instead of €20.00 -25%" in page and "(€150.00/kg)" in page
    assert "Product safety" in page and "Manufacturer L'Atelier de Lou, 12 rue des Lilas, 69001 Lyon" in page
    assert "No right of withdrawal once unsealed" not in page  # the niche default is not forced on products


def test_a_legal_form_left_empty_is_flagged_on_the_pages(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe", legal=replace(FULL_LEGAL, host_name="", host_address="",
                                                          host_phone="")) as shop:
        build_site(shop, out)
    assert "[à compléter : nom de l’hébergeur]" in text(out / "mentions-legales.html")


def test_the_build_warns_about_banned_claims_and_missing_safety_facts(tmp_path: Path) -> None:
    with make_shop(tmp_path / "s.echoppe") as shop:
        set_niche(shop, "crafts")
        shop.add_product(Product(name="Sac", price=Decimal("30"), sku="SAC",
                                 description="Un sac **éco-responsable** en coton."))
        shop.add_product(Product(name="Lampe importée", price=Decimal("40"), sku="LI", legal=ProductLegal(
            safety=Safety(made_by_seller=False, manufacturer_name="Far Away Ltd", manufacturer_outside_eu=True))))
        report = build_site(shop, tmp_path / "site")
        texts = [w.text("fr") if hasattr(w, "text") else str(w) for w in report.warnings]
        again = build_site(shop, tmp_path / "site")  # nothing changed: the same warnings, from the folder
        assert [w.text("fr") for w in again.warnings] == texts
    claims = next(t for t in texts if "éco-responsable" in t.replace("eco-responsable", "éco-responsable")
                  or "eco-responsable" in t)
    assert "Sac" in claims and "2024/825" in claims
    assert any("Lampe importée" in t and "fabricant" in t.lower() for t in texts)
    assert any("Lampe importée" in t and "UE" in t for t in texts)
