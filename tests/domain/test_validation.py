"""Each validation rule: it fires on bad input, stays quiet on good input, and speaks French too."""

import datetime as dt
from decimal import Decimal

import pytest

from wizard.domain.model import (
    Coupon,
    CouponKind,
    LegalIdentity,
    Product,
    ShippingKind,
    ShippingRate,
    ShopIdentity,
    Variant,
    VatStatus,
)
from wizard.domain.validation import (
    contrast_problems,
    contrast_ratio,
    is_email,
    is_url,
    missing_legal_fields,
    siret_ok,
    validate_coupon,
    validate_identity,
    validate_product,
    validate_shipping,
)

GOOD = Product(name="Savon", price=Decimal("7.50"))


def fields_of(problems):
    return [p.field for p in problems]


def test_a_good_product_has_no_problem():
    assert validate_product(GOOD) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"price": Decimal("-1")}, "price"),
        ({"compare_at_price": Decimal("7.50")}, "compare_at_price"),
        ({"compare_at_price": Decimal("5")}, "compare_at_price"),
        ({"stock": -1}, "stock"),
        ({"weight_g": -5}, "weight_g"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"option_names": ("A", "B", "C", "D")}, "option_names"),
        ({"option_names": ("Taille", "Taille")}, "option_names"),
        ({"variants": (Variant(()),)}, "option_names"),
        ({"payment_link": "buy.stripe.com/abc"}, "payment_link"),
        ({"external_url": "javascript:alert(1)"}, "external_url"),
        ({"download_url": "ftp://example.com/f.pdf"}, "download_url"),
    ],
)
def test_each_product_rule(changes, field):
    product = Product(**{**GOOD.__dict__, **changes})
    assert field in fields_of(validate_product(product))


def test_compare_at_price_higher_is_fine():
    assert validate_product(Product(name="A", price=Decimal(5), compare_at_price=Decimal(6))) == []


def test_variant_rules():
    base = Product(name="T-shirt", price=Decimal(20), option_names=("Taille",))
    ok = Variant((("Taille", "M"),), price=Decimal(20), stock=3)
    assert validate_product(Product(**{**base.__dict__, "variants": (ok,)})) == []
    cases = {
        "missing option": Variant((("Couleur", "Bleu"),)),
        "twice": ok,
        "negative price": Variant((("Taille", "L"),), price=Decimal("-1")),
        "negative stock": Variant((("Taille", "XL"),), stock=-2),
    }
    product = Product(**{**base.__dict__, "variants": (ok, *cases.values())})
    texts = [p.text("en") for p in validate_product(product)]
    assert texts == [
        "Variant 2 does not give a value for each option.",
        "Variant 3 is there twice.",
        "Variant 4 has a negative price.",
        "Variant 5 has a negative stock.",
    ]


def test_identity_rules():
    good = ShopIdentity(name="Les Bocaux de Léa", email="lea@example.fr", public_url="https://lea.fr/")
    assert validate_identity(good) == []
    bad = ShopIdentity(
        name="", email="lea@", primary_color="red", accent_color="#12345", public_url="lea.fr",
        language="de", currency="BTC",
    )
    assert fields_of(validate_identity(bad)) == [
        "name", "email", "primary_color", "accent_color", "public_url", "language", "currency",
    ]


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("#000000") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777") == pytest.approx(4.48, abs=0.01)  # the classic "just fails AA" grey
    assert contrast_ratio("#767676") >= 4.5
    with pytest.raises(ValueError):
        contrast_ratio("tomato")


def test_contrast_problems_name_the_colour_and_ratio():
    problems = contrast_problems(ShopIdentity(primary_color="#2f5d50", accent_color="#f4a261"))
    assert fields_of(problems) == ["accent_color"]
    assert "2.1:1" in problems[0].text("en")
    assert "contraste 2.1:1" in problems[0].text("fr")


LEGAL_OK = LegalIdentity(
    owner_name="Léa Martin", address="3 rue des Lilas\n35000 Rennes", siret="732 829 320 00074",
    mediator_name="CM2C", host_name="OVH SAS",
)


def test_legal_rules():
    contact = ShopIdentity(name="x", email="lea@example.fr")
    assert missing_legal_fields(LEGAL_OK, contact) == []
    empty = missing_legal_fields(LegalIdentity(), ShopIdentity(name="x"))
    assert fields_of(empty) == ["owner_name", "address", "siret", "mediator_name", "host_name", "email"]
    bad_siret = LegalIdentity(**{**LEGAL_OK.__dict__, "siret": "73282932000075"})
    assert fields_of(missing_legal_fields(bad_siret, contact)) == ["siret"]
    vat = LegalIdentity(**{**LEGAL_OK.__dict__, "vat_status": VatStatus.SUBJECT})
    assert fields_of(missing_legal_fields(vat, contact)) == ["vat_number"]
    by_phone = ShopIdentity(name="x", phone="02 99 00 00 00")
    assert missing_legal_fields(LEGAL_OK, by_phone) == []


def test_siret_luhn_and_la_poste():
    assert siret_ok("73282932000074")
    assert not siret_ok("73282932000075")
    assert not siret_ok("7328293200007")
    assert siret_ok("35600000000048")  # La Poste's head office: Luhn
    assert siret_ok("35600000012346")  # a La Poste establishment: digit sum 30, a multiple of 5
    assert not siret_ok("35600000012345")


def test_email_and_url():
    assert is_email(" lea@example.fr ") and not is_email("lea@example") and not is_email("a b@c.fr")
    assert is_url("https://buy.stripe.com/x") and not is_url("www.example.fr")


def test_coupon_rules():
    good = Coupon("BIENVENUE10", CouponKind.PERCENT, Decimal(10))
    assert validate_coupon(good) == []
    assert fields_of(validate_coupon(Coupon("bienvenue", CouponKind.PERCENT, Decimal(10)))) == ["code"]
    assert fields_of(validate_coupon(Coupon("A1", CouponKind.FIXED, Decimal(0)))) == ["value"]
    assert fields_of(validate_coupon(Coupon("A1", CouponKind.PERCENT, Decimal(101)))) == ["value"]
    assert validate_coupon(Coupon("A1", CouponKind.FIXED, Decimal(150))) == []
    assert fields_of(validate_coupon(Coupon("A1", CouponKind.FIXED, Decimal(5), Decimal(-1)))) == ["min_order"]
    backwards = Coupon("A1", CouponKind.FIXED, Decimal(5), starts=dt.date(2026, 5, 2), ends=dt.date(2026, 5, 1))
    assert fields_of(validate_coupon(backwards)) == ["ends"]


def test_shipping_rules():
    assert validate_shipping(ShippingRate("Colissimo", price=Decimal("6.90"))) == []
    assert fields_of(validate_shipping(ShippingRate(" ", price=Decimal(1)))) == ["name"]
    assert fields_of(validate_shipping(ShippingRate("X", price=Decimal(-1)))) == ["price"]
    free = ShippingRate("X", kind=ShippingKind.FREE_ABOVE, price=Decimal(5))
    assert fields_of(validate_shipping(free)) == ["free_above"]
    weight = ShippingRate("X", kind=ShippingKind.BY_WEIGHT, price=Decimal(5), max_weight_g=0)
    assert fields_of(validate_shipping(weight)) == ["max_weight_g"]


def test_messages_come_out_in_french():
    problems = validate_product(Product(name="", price=Decimal(-1), stock=-1))
    assert [p.text("fr") for p in problems] == [
        "Le produit doit avoir un nom.",
        "Un prix ne peut pas être négatif.",
        "Le stock ne peut pas être négatif.",
    ]
    assert problems[0].text("en") == "The product needs a name."
    variant = validate_product(
        Product(name="x", option_names=("Taille",), variants=(Variant((("Taille", "M"),), stock=-1),))
    )
    assert variant[0].text("fr") == "La variante 1 a un stock négatif."
    coupon = validate_coupon(Coupon("x", CouponKind.PERCENT, Decimal(10)))
    assert "WELCOME10" not in coupon[0].text("fr") and "lettres" in coupon[0].text("fr")


def test_siret_problem_names_the_true_reason():
    from wizard.domain.validation import SIRET_EXAMPLE, siret_ok, siret_problem

    assert siret_ok(SIRET_EXAMPLE) and siret_problem(SIRET_EXAMPLE) is None
    assert siret_problem("") is None
    assert "check digit" in siret_problem("12345678900000").text("en")
    assert "13 digits" in siret_problem("1234567890000").text("en")
    assert "only digits" in siret_problem("7328293200007A").text("en")
    assert siret_problem("732.829.320-00074") is None
    assert siret_problem("12345678900000").text("fr") != siret_problem("12345678900000").text("en")
