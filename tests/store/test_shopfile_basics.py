import subprocess
import sys
from decimal import Decimal

import pytest

from wizard.domain.model import ImageRef, Product, ShopIdentity, Variant
from wizard.store import ShopFile, ShopFileError, ShopLocked


def test_products_round_trip(shop_path):
    with ShopFile.create(shop_path, ShopIdentity(name="Croquettes & Co")) as shop:
        cat = shop.category_for_path("Chats > Pâtées")
        shop.add_products(
            [
                Product(
                    name="Pâtée saumon",
                    price=Decimal("3.90"),
                    compare_at_price=Decimal("4.50"),
                    category_id=cat,
                    tags=("chat", "poisson"),
                    option_names=("Poids",),
                    variants=(
                        Variant((("Poids", "400 g"),), "PS-400", Decimal("3.90"), None, 12),
                        Variant((("Poids", "800 g"),), "PS-800", Decimal("6.90"), None, 0),
                    ),
                    images=(ImageRef(url="https://example.com/a.jpg"),),
                ),
                Product(name="Pâtée saumon", price=Decimal("1")),
            ]
        )
    with ShopFile.open(shop_path) as shop:
        first, second = shop.products()
        assert shop.shop().identity.name == "Croquettes & Co"
        assert first.slug == "patee-saumon" and second.slug == "patee-saumon-2"
        assert first.variants[1].price == Decimal("6.90")
        assert first.variants[1].options == (("Poids", "800 g"),)
        assert first.images[0].pending
        assert [c.name for c in shop.categories()] == ["Chats", "Pâtées"]
        assert shop.categories()[1].parent_id == shop.categories()[0].id


def test_second_process_is_refused(shop_path):
    shop = ShopFile.create(shop_path)
    code = (
        "from wizard.store import ShopFile, ShopLocked\n"
        f"try:\n    ShopFile.open(r'{shop_path}')\nexcept ShopLocked as e:\n    print(e.text('en')); raise SystemExit(7)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 7, result.stderr
    assert "already open" in result.stdout
    shop.close()
    assert ShopFile.open(shop_path).product_count() == 0


def test_not_a_shop_file(tmp_path):
    bogus = tmp_path / "notes.echoppe"
    bogus.write_text("hello")
    with pytest.raises(ShopFileError) as info:
        ShopFile.open(bogus)
    assert "not an Échoppe shop file" in info.value.text("en")
    assert not isinstance(info.value, ShopLocked)


def test_failed_transaction_keeps_nothing(shop_path):
    with ShopFile.create(shop_path) as shop:
        with pytest.raises(RuntimeError), shop.transaction():
            shop.add_products([Product(name="A", price=Decimal(1))])
            raise RuntimeError("boom")
        assert shop.product_count() == 0
