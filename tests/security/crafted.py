"""Crafted shop files, as an attacker would send them: a real shop, then edited with plain SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.site.shopdata import make_shop, small_jpeg
from wizard.domain.model import ImageRef, Product
from wizard.store.shopfile import ShopFile


def honest_shop(path: Path) -> Path:
    """A complete shop with one stored picture, closed again."""
    make_shop(path).close()
    return path


def shop_with_picture(path: Path) -> tuple[Path, str]:
    """A one-product shop whose product has one stored picture; returns (path, image key)."""
    with ShopFile.create(path) as shop:
        image = shop.add_image(small_jpeg())
        shop.add_product(Product(name="Savon", price=__import__("decimal").Decimal("5"),
                                 images=(ImageRef(image.key, None, "Savon"),)))
    return path, image.key


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """The shop file as plain SQLite (no foreign keys, no checks): what an attacker edits."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def files_under(folder: Path) -> dict[str, bytes]:
    """Every regular file under ``folder`` with its content."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
