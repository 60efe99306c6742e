"""The former price of a reduction (L112-1-1) and the unit price, computed exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from wizard.domain.allergens import allergens_in, split_allergens
from wizard.domain.claims import find_claims
from wizard.domain.legalinfo import QuantityUnit
from wizard.domain.pricing import PricePoint, reduction, unit_price

D0 = dt.datetime(2026, 9, 1, 10, 0, tzinfo=dt.UTC)


def points(*steps: tuple[int, str]) -> list[PricePoint]:
    return [PricePoint(D0 + dt.timedelta(days=day), Decimal(price)) for day, price in steps]


def test_a_reduction_from_20_to_15_shows_20_and_25_percent() -> None:
    r = reduction(points((0, "20"), (40, "15")))
    assert r is not None and (r.former, r.current, r.percent) == (Decimal("20"), Decimal("15"), 25)
    assert r.began == D0 + dt.timedelta(days=40)


def test_the_former_price_is_the_lowest_of_the_30_days_before() -> None:
    # 20 for long, 18 for a week, back to 20 two weeks before the sale, then 15: the former price is 18.
    r = reduction(points((0, "20"), (100, "18"), (107, "20"), (121, "15")))
    assert r is not None and r.former == Decimal("18") and r.percent == 16  # 16.66… rounded down
    # A price raised just before the "reduction" back to where it was: no reduction at all.
    assert reduction(points((0, "15"), (60, "20"), (70, "15"))) is None


def test_successive_reductions_keep_the_price_before_the_first() -> None:
    r = reduction(points((0, "20"), (40, "15"), (50, "12")))
    assert r is not None and (r.former, r.percent) == (Decimal("20"), 40)
    # Far apart, the second decrease starts a new period: the former price is 15.
    r = reduction(points((0, "20"), (40, "15"), (200, "12")))
    assert r is not None and r.former == Decimal("15")


def test_no_reduction_without_a_decrease() -> None:
    assert reduction(points((0, "20"))) is None
    assert reduction(points((0, "15"), (10, "20"))) is None
    assert reduction([]) is None
    assert reduction(points((0, "20"), (5, "20"))) is None


def test_unit_price_is_exact() -> None:
    assert unit_price(Decimal("6.90"), Decimal("250"), QuantityUnit.G) == unit_price(
        Decimal("6.90"), Decimal("0.25"), QuantityUnit.KG)
    up = unit_price(Decimal("6.90"), Decimal("250"), QuantityUnit.G)
    assert up is not None and (up.amount, up.per) == (Decimal("27.60"), "kg")
    up = unit_price(Decimal("4.99"), Decimal("750"), QuantityUnit.ML)
    assert up is not None and (up.amount, up.per) == (Decimal("6.65"), "l")  # 6.6533… half up
    assert unit_price(Decimal("5"), None, QuantityUnit.G) is None
    assert unit_price(Decimal("5"), Decimal("0"), QuantityUnit.G) is None


def test_the_14_allergens_are_found_in_ingredients() -> None:
    text = "Farine de BLÉ, sucre, œufs frais, beurre, noisettes, graines de sésame, sel"
    assert allergens_in(text) == ["gluten", "eggs", "milk", "nuts", "sesame"]
    marked = [s.text for s in split_allergens(text) if s.allergen]
    assert marked == ["BLÉ", "œufs", "beurre", "noisettes", "sésame"]
    assert "".join(s.text for s in split_allergens(text)) == text
    assert allergens_in("Sucre, eau, pectine") == []
    assert allergens_in("noixdecoco") == []  # whole words only


def test_generic_environmental_claims_are_found_and_colours_are_not() -> None:
    assert find_claims("Un savon éco-responsable et Écologique") == ["eco-responsable", "ecologique"]
    assert find_claims("An eco-friendly, environmentally friendly bag") == ["eco-friendly",
                                                                             "environmentally friendly"]
    assert find_claims("Pull vert sapin, laine très durable") == []
    assert find_claims("Un choix vert pour la planète") == ["vert"]
    assert find_claims("Respectueux de l’environnement") == ["respectueux de l'environnement"]
