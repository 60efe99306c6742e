"""The shop file's schema: old files open and keep their data, newer files are refused, FKs are on."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from decimal import Decimal

import pytest

from wizard.domain.model import Product, ShopIdentity, Variant
from wizard.store import ShopFile, ShopFileError, ShopLocked
from wizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

NOW = "2025-03-01T10:00:00+00:00"


def make_v1_file(path):
    """A shop file exactly as the first version of Échoppe wrote it, with data in it."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version=1")
    conn.execute(
        "INSERT INTO settings(key, value) VALUES ('identity', ?)",
        ('{"name": "La Fossilerie", "language": "fr", "primary_color": "#5a4632", "future_key": 1}',),
    )
    conn.execute("INSERT INTO categories(id, name, slug) VALUES (1, 'Ammonites', 'ammonites')")
    conn.execute(
        "INSERT INTO products(id, name, slug, price, category_id, option_names, created_at, updated_at) "
        "VALUES (1, 'Ammonite polie', 'ammonite-polie', '12.00', 1, '[\"Taille\"]', ?, ?)",
        (NOW, NOW),
    )
    conn.execute(
        "INSERT INTO variants(product_id, position, options, sku, price, stock) "
        "VALUES (1, 0, '[[\"Taille\", \"4 à 5 cm\"]]', 'AMM-45', '12.00', 15)"
    )
    conn.execute("INSERT INTO coupons(code, kind, value) VALUES ('BIENVENUE10', 'percent', '10')")
    conn.execute(
        "INSERT INTO shipping_rates(name, zone, kind, price, free_above) "
        "VALUES ('Colissimo', 'FR', 'free_above', '6.90', '60')"
    )
    conn.commit()
    conn.close()


def user_version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_there_is_a_migration_after_v1():
    assert SCHEMA_VERSION >= 2


def test_a_v1_file_opens_with_its_data(tmp_path):
    path = tmp_path / "v1.echoppe"
    make_v1_file(path)
    assert user_version(path) == 1
    with ShopFile.open(path) as shop:
        assert shop.schema_version == SCHEMA_VERSION
        assert shop.integrity_ok()
        assert shop.shop().identity.name == "La Fossilerie"
        (product,) = shop.products()
        assert product.name == "Ammonite polie" and product.price == Decimal("12.00")
        assert product.location == ""  # the column v2 added, with its default
        assert product.variants[0].options == (("Taille", "4 à 5 cm"),) and product.variants[0].stock == 15
        assert shop.categories()[0].name == "Ammonites"
        assert shop.coupons()[0].code == "BIENVENUE10"
        assert shop.shipping_rates()[0].free_above == Decimal("60")
        # What v2 brought works on the migrated file.
        shop.update_product(Product(**{**product.__dict__, "location": "Digne-les-Bains"}))
        shop.record_publish("folder", "ok", NOW, files_sent=3)
    with ShopFile.open(path) as shop:
        assert shop.products()[0].location == "Digne-les-Bains"
        assert shop.publish_history()[0]["files_sent"] == 3
    assert user_version(path) == SCHEMA_VERSION


def test_a_failing_migration_leaves_the_old_file_untouched(tmp_path):
    path = tmp_path / "v1.echoppe"
    make_v1_file(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE publish_history (id INTEGER PRIMARY KEY)")  # v2 will trip over it
    conn.commit()
    conn.close()
    with pytest.raises(ShopFileError):
        ShopFile.open(path)
    assert user_version(path) == 1
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(products)")]
    assert "location" not in columns  # the half-done v2 was rolled back
    assert conn.execute("SELECT name FROM products").fetchall() == [("Ammonite polie",)]
    conn.close()


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.echoppe"
    ShopFile.create(path, ShopIdentity(name="Demain")).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(ShopFileError) as info:
        ShopFile.open(path)
    assert "newer version of Échoppe" in info.value.text("en")
    assert "Mettez Échoppe à jour" in info.value.text("fr")
    assert not isinstance(info.value, ShopLocked)
    assert user_version(path) == SCHEMA_VERSION + 1


def test_pragmas_foreign_keys_and_wal(shop_path):
    with ShopFile.create(shop_path) as shop:
        with shop.transaction() as conn:
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        category = shop.add_category("Minéraux")
        product = shop.add_product(
            Product(name="Quartz", price=Decimal(5), category_id=category.id, option_names=("Taille",),
                    variants=(Variant((("Taille", "S"),)), Variant((("Taille", "L"),))))
        )
        with pytest.raises(sqlite3.IntegrityError), shop.transaction() as conn:
            conn.execute("INSERT INTO variants(product_id, position, options) VALUES (999, 0, '[]')")
        shop.delete_category(category.id)
        assert shop.product_by_id(product.id).category_id is None  # ON DELETE SET NULL
        shop.delete_product(product.id)
        with shop.transaction() as conn:
            assert conn.execute("SELECT COUNT(*) FROM variants").fetchone()[0] == 0  # ON DELETE CASCADE


def _open_elsewhere(path, lang="en"):
    code = (
        "import sys\nfrom wizard.store import ShopFile, ShopLocked\n"
        f"try:\n    ShopFile.open(sys.argv[1])\nexcept ShopLocked as e:\n    print(e.text({lang!r})); raise SystemExit(7)\n"
    )
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)


def test_lock_refuses_other_processes_and_connections_while_open(shop_path):
    shop = ShopFile.create(shop_path, ShopIdentity(name="A"))
    shop.add_product(Product(name="Quartz", price=Decimal(5)))
    result = _open_elsewhere(shop_path, "fr")
    assert result.returncode == 7, result.stderr
    assert "déjà ouvert" in result.stdout and "Fermez-le" in result.stdout
    with pytest.raises(ShopLocked):  # a second open in the same process is refused too
        ShopFile.open(shop_path)
    raw = sqlite3.connect(shop_path, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError):  # and so is any other program reading the file
        raw.execute("SELECT COUNT(*) FROM products").fetchone()
    raw.close()
    shop.add_product(Product(name="Pyrite", price=Decimal(7)))  # the owner still writes
    shop.close()
    assert _open_elsewhere(shop_path).returncode == 0
    with ShopFile.open(shop_path) as again:
        assert again.product_count() == 2
