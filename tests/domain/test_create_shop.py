"""create_shop: a new shop file started from each niche, in each language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from wizard.domain.model import ProductKind, ShippingKind, ShippingZone
from wizard.domain.niches import catalogue, niche
from wizard.domain.validation import validate_identity, validate_product
from wizard.store import ShopFile, ShopFileError
from wizard.store.newshop import NewShopError, UnknownNiche, create_shop

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("niche_id", [n.id for n in catalogue()])
def test_create_shop_for_every_niche(tmp_path, niche_id, lang):
    n = niche(niche_id)
    path = tmp_path / f"{niche_id}.echoppe"
    with create_shop(path, "Ma boutique", niche_id, lang, today=TODAY) as shop:
        pass
    with ShopFile.open(path) as shop:  # everything was committed
        settings = shop.shop()
        identity = settings.identity
        assert (identity.name, identity.niche, identity.language) == ("Ma boutique", niche_id, lang)
        assert (identity.theme, identity.primary_color, identity.accent_color) == (
            n.theme, n.primary_color, n.accent_color)
        assert identity.tagline == n.tagline(lang)
        assert validate_identity(identity) == []
        names = [c.name for c in shop.categories()]
        for category in n.categories(lang):
            assert category.split(">")[-1].strip() in names
        products = shop.products()
        assert [p.name for p in products] == [e.name for e in n.examples(lang)]
        for product, example in zip(products, n.examples(lang), strict=True):
            assert validate_product(product) == []
            assert product.kind == n.kind
            assert product.price == example.price
            assert len(product.variants) == len(example.variants)
            category = next(c for c in shop.categories() if c.id == product.category_id)
            assert category.name == example.category.split(">")[-1].strip()
            if n.fields.dates:
                assert product.event_date.date() == TODAY + dt.timedelta(days=example.starts_in_days)
        rates = shop.shipping_rates()
        if n.kind == ProductKind.GOODS:
            france = next(r for r in rates if r.zone == ShippingZone.FRANCE)
            assert france.kind == ShippingKind.FREE_ABOVE and france.free_above > france.price > 0
        else:
            assert rates == []
        assert settings.payment.order_by_email
        assert settings.payment.payment_links == (n.kind == ProductKind.DIGITAL)


def test_shipping_names_are_in_the_shop_language(tmp_path):
    with create_shop(tmp_path / "fr.echoppe", "A", "pets", "fr") as shop:
        assert shop.shipping_rates()[0].name == "Colis suivi, France"
    with create_shop(tmp_path / "en.echoppe", "A", "pets", "en") as shop:
        assert shop.shipping_rates()[0].name == "Tracked parcel, France"


def test_without_examples_and_with_a_chosen_example(tmp_path):
    with create_shop(tmp_path / "a.echoppe", "A", "fossils", "fr", keep_examples=False) as shop:
        assert shop.products() == [] and shop.categories()
    chosen = niche("fossils").examples("en")[1].name
    with create_shop(tmp_path / "b.echoppe", "B", "fossils", "en", example_names=[chosen]) as shop:
        assert [p.name for p in shop.products()] == [chosen]
    with create_shop(tmp_path / "c.echoppe", "C", "fossils", "en", example_names=[]) as shop:
        assert shop.products() == []


def test_variants_and_prices_are_exact(tmp_path):
    with create_shop(tmp_path / "a.echoppe", "A", "clothing", "fr", currency="eur") as shop:
        tshirt = shop.products()[0]
        assert shop.shop().identity.currency == "EUR"
    assert tshirt.option_names == ("Taille", "Couleur")
    assert tshirt.variants[0].options == (("Taille", "S"), ("Couleur", "Écru"))
    assert tshirt.price == Decimal("29.00") and tshirt.in_stock


def test_unknown_niche_leaves_no_file(tmp_path):
    path = tmp_path / "a.echoppe"
    with pytest.raises(UnknownNiche) as info:
        create_shop(path, "A", "unicorns", "en")
    assert "echoppe niches" in info.value.text("en")
    assert "Il n'existe pas de niche « unicorns »." in info.value.text("fr")
    assert not path.exists()


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"name": "  "}, "needs a name"),
        ({"currency": "BTC"}, "currency BTC"),
        ({"example_names": ["Nope"]}, "no example product called “Nope”"),
    ],
)
def test_bad_choices_are_refused_before_any_file(tmp_path, kwargs, fragment):
    path = tmp_path / "a.echoppe"
    args = {"name": "A", "niche_id": "books", "lang": "en", **kwargs}
    with pytest.raises(NewShopError) as info:
        create_shop(path, **args)
    assert fragment in info.value.text("en")
    assert not path.exists()


def test_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "a.echoppe"
    path.write_bytes(b"precious")
    with pytest.raises(ShopFileError) as info:
        create_shop(path, "A", "books", "fr")
    assert "existe déjà" in info.value.text("fr")
    assert path.read_bytes() == b"precious"


def test_a_failure_midway_removes_the_half_made_file(tmp_path, monkeypatch):
    path = tmp_path / "a.echoppe"

    def boom(self, rate):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ShopFile, "save_shipping_rate", boom)
    with pytest.raises(RuntimeError):
        create_shop(path, "A", "books", "fr")
    assert list(tmp_path.iterdir()) == []
