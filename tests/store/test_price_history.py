"""The shop file keeps a dated price history per product and variant, from every entry point, and
the legal-information migration keeps older files' data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.domain.legalinfo import FoodInfo, ProductLegal, QuantityUnit, Safety, WithdrawalException
from wizard.domain.model import Product, ShippingKind, ShippingRate, ShippingZone, Variant
from wizard.store import shopfile as shopfile_module
from wizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from wizard.store.shopfile import ShopFile, variant_key

LEGAL_MIGRATION = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE price_history" in m)
NOW = "2026-01-10T10:00:00+00:00"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 9, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def advance(self, days: int) -> None:
        self.now += dt.timedelta(days=days)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(shopfile_module, "_now", c)
    return c


def make_previous_file(path: Path) -> None:
    """A shop file as the version before the legal migration wrote it, with a product and a variant."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for script in MIGRATIONS[:LEGAL_MIGRATION]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version={LEGAL_MIGRATION}")
    conn.execute(
        "INSERT INTO products(id, name, slug, price, option_names, created_at, updated_at) "
        "VALUES (1, 'Miel', 'miel', '8.50', '[\"Pot\"]', ?, ?)", (NOW, NOW))
    conn.execute("INSERT INTO variants(product_id, position, options, sku, price, stock) "
                 "VALUES (1, 0, '[[\"Pot\", \"500 g\"]]', 'MIEL-500', '12.00', 3)")
    conn.execute("INSERT INTO variants(product_id, position, options, sku, stock) "
                 "VALUES (1, 1, '[[\"Pot\", \"250 g\"]]', 'MIEL-250', 5)")
    conn.execute("INSERT INTO shipping_rates(name, zone, kind, price) VALUES ('Colissimo', 'FR', 'flat', '6.90')")
    conn.commit()
    conn.close()


def test_a_file_of_the_previous_version_migrates_with_its_prices_as_history(tmp_path: Path) -> None:
    path = tmp_path / "old.echoppe"
    make_previous_file(path)
    with ShopFile.open(path) as shop:
        assert shop.schema_version == SCHEMA_VERSION
        product = shop.product("miel")
        assert product is not None and product.legal == ProductLegal()
        assert [v.quantity for v in product.variants] == [None, None]
        history = shop.price_history(product.id)
        since = dt.datetime.fromisoformat(NOW)
        assert [(p.since, p.price) for p in history[""]] == [(since, Decimal("8.50"))]
        assert history[variant_key(product.variants[0])][0].price == Decimal("12.00")
        assert history[variant_key(product.variants[1])][0].price == Decimal("8.50")  # the product's price
        rate = shop.shipping_rates()[0]
        assert (rate.delivery_days, rate.pickup, rate.address, rate.hours) == (None, False, "", "")


def test_every_price_change_is_dated_and_others_are_not(tmp_path: Path, clock: Clock) -> None:
    with ShopFile.create(tmp_path / "s.echoppe") as shop:
        p = shop.add_product(Product(name="Bol", price=Decimal("20"), option_names=("Taille",), variants=(
            Variant(options=(("Taille", "S"),), sku="S"), Variant(options=(("Taille", "L"),), price=Decimal("30")))))
        clock.advance(40)
        p = shop.update_product(p.__class__(**{**p.__dict__, "price": Decimal("15")}))
        clock.advance(1)
        shop.update_product(p.__class__(**{**p.__dict__, "stock": 4}))  # no price change: no new row
        history = shop.price_history(p.id)
        assert [h.price for h in history[""]] == [Decimal("20"), Decimal("15")]
        assert [h.price for h in history[variant_key(p.variants[0])]] == [Decimal("20"), Decimal("15")]
        assert [h.price for h in history[variant_key(p.variants[1])]] == [Decimal("30")]
        assert history[""][1].since - history[""][0].since == dt.timedelta(days=40)
        shop.delete_product(p.id)
        assert shop.price_history(p.id) == {}


def test_legal_information_and_pickup_round_trip(tmp_path: Path) -> None:
    legal = ProductLegal(
        quantity=Decimal("250"), unit=QuantityUnit.G, withdrawal=WithdrawalException.PERISHABLE,
        safety=Safety(made_by_seller=False, manufacturer_name="Fab", reference="LOT-3"),
        food=FoodInfo(ingredients="Miel", storage="À l'abri de la chaleur"),
    )
    with ShopFile.create(tmp_path / "s.echoppe") as shop:
        p = shop.add_product(Product(name="Miel", price=Decimal("6.90"), legal=legal, option_names=("Pot",),
                                     variants=(Variant(options=(("Pot", "1 kg"),), quantity=Decimal("1"),
                                                       unit=QuantityUnit.KG),)))
        again = shop.product_by_id(p.id)
        assert again is not None and again.legal == legal
        assert (again.variants[0].quantity, again.variants[0].unit) == (Decimal("1"), QuantityUnit.KG)
        rate = shop.save_shipping_rate(ShippingRate("Retrait à l'atelier", ShippingZone.FRANCE, ShippingKind.FLAT,
                                                    Decimal("0"), pickup=True, address="12 rue des Lilas",
                                                    hours="Samedi 9 h – 12 h"))
        shop.save_shipping_rate(ShippingRate("Colissimo", price=Decimal("6.90"), delivery_days=3))
        rates = shop.shipping_rates()
        assert rates[0] == rate and rates[1].delivery_days == 3


def test_a_damaged_legal_column_is_read_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "s.echoppe"
    with ShopFile.create(path) as shop:
        p = shop.add_product(Product(name="Bol", price=Decimal("5")))
        with shop.transaction() as conn:
            conn.execute("UPDATE products SET legal=? WHERE id=?",
                         ('{"quantity": "x", "unit": "stone", "safety": [1], "withdrawal": "later"}', p.id))
        again = shop.product_by_id(p.id)
        assert again is not None and again.legal == ProductLegal()
