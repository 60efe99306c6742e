"""The change journal: what each commit changed, as a build reads it (``changes_since``)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from wizard.domain.model import Product, ShopIdentity
from wizard.store import ShopFile
from wizard.store.history import PublishOutcome
from wizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from wizard.store.shopfile import JOURNAL_MAX_IDS


def _shop(path: Path) -> tuple[ShopFile, list[Product]]:
    shop = ShopFile.create(path, ShopIdentity(name="Journal"))
    products = shop.add_products([Product(name=f"P{i}", price=Decimal(i + 1)) for i in range(3)])
    return shop, products


def test_an_updated_product_is_named_and_nothing_else(tmp_path: Path) -> None:
    shop, products = _shop(tmp_path / "s.echoppe")
    with shop:
        head = shop.journal_head()
        assert head is not None
        assert shop.changes_since(*head) == set()
        shop.update_product(replace(products[1], price=Decimal("9.5")))
        shop.update_product(replace(products[2], stock=3))
        assert shop.changes_since(*head) == {products[1].id, products[2].id}
        shop.record_publish("sftp://h/", PublishOutcome.OK, "2026-01-01T00:00:00+00:00")  # shown by no site: not journaled
        assert shop.changes_since(*head) == {products[1].id, products[2].id}
        assert shop.products_by_ids([products[1].id, 999]) == {products[1].id: shop.product_by_id(products[1].id)}


def test_any_other_change_means_anything_changed(tmp_path: Path) -> None:
    shop, products = _shop(tmp_path / "s.echoppe")
    with shop:
        head = shop.journal_head()
        assert head is not None
        shop.save_settings(ShopIdentity(name="Autre nom"))
        assert shop.changes_since(*head) is None
        head = shop.journal_head()
        assert head is not None
        shop.delete_product(products[0].id)
        assert shop.changes_since(*head) is None


def test_a_rolled_back_change_is_not_journaled(tmp_path: Path) -> None:
    shop, products = _shop(tmp_path / "s.echoppe")
    with shop:
        head = shop.journal_head()
        assert head is not None
        try:
            with shop.transaction("products", products=(products[0].id,)):
                raise RuntimeError("abandoned")
        except RuntimeError:
            pass
        assert shop.journal_head() == head and shop.changes_since(*head) == set()
        with shop.transaction("products", products=(products[1].id,)):
            pass
        assert shop.changes_since(*head) == {products[1].id}


def test_an_unknown_mark_or_too_many_products_are_not_known(tmp_path: Path) -> None:
    shop, _products = _shop(tmp_path / "s.echoppe")
    with shop:
        head = shop.journal_head()
        assert head is not None
        assert shop.changes_since(head[0], "another token") is None  # another file's row (a copy, a restore)
        assert shop.changes_since(head[0] + 10, head[1]) is None
        with shop.transaction("products", products=range(1, JOURNAL_MAX_IDS + 2)):
            pass
        assert shop.changes_since(*head) is None


def test_a_foreign_value_in_the_journal_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "s.echoppe"
    shop, products = _shop(path)
    with shop:
        head = shop.journal_head()
        shop.update_product(replace(products[0], price=Decimal("2")))
    assert head is not None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE change_log SET product_id = 'x' WHERE seq > ?", (head[0],))
    conn.close()
    with ShopFile.open(path) as shop:
        assert shop.changes_since(*head) is None


def test_an_edit_by_another_program_is_journaled_as_anything(tmp_path: Path) -> None:
    path = tmp_path / "s.echoppe"
    shop, _products = _shop(path)
    shop.close()
    with ShopFile.open(path) as shop:  # closed and opened again by Échoppe: nothing to say
        head = shop.journal_head()
        assert head is not None and shop.changes_since(*head) == set()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE products SET price = '7.00'")
    conn.close()
    with ShopFile.open(path) as shop:
        assert shop.changes_since(*head) is None


def test_a_file_of_the_previous_version_migrates_with_a_journal(tmp_path: Path) -> None:
    """A v5 file (the version before the journal), with a product, opens and says "anything changed"."""
    path = tmp_path / "v5.echoppe"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for script in MIGRATIONS[:5]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version=5")
    conn.execute("INSERT INTO products(id, name, slug, price, created_at, updated_at) "
                 "VALUES (1, 'Ammonite', 'ammonite', '12.00', '2025-03-01T10:00:00+00:00', "
                 "'2025-03-01T10:00:00+00:00')")
    conn.commit()
    conn.close()
    assert SCHEMA_VERSION == 6
    with ShopFile.open(path) as shop:
        assert shop.schema_version == SCHEMA_VERSION
        assert [p.name for p in shop.products()] == ["Ammonite"]
        head = shop.journal_head()
        assert head is not None  # the migration's own row: no earlier build can be trusted
        rows = shop.read("SELECT product_id FROM change_log")
        assert [r[0] for r in rows] == [None]
        shop.update_product(replace(shop.products()[0], price=Decimal("13")))
        assert shop.changes_since(*head) == {1}
