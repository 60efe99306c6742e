"""Incremental builds (the change journal's) give the same bytes as a full build, file by file.

Random edits through the store's API, each followed by a build into the same folder (by a new
``ShopFile`` as ``echoppe build`` does, or by the open one as the app does), are compared with a
full build of the same shop into a fresh folder that never takes the journal's word.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import wizard.site.build as build
from tests.site.shopdata import make_shop
from wizard.domain.model import Product, ShopIdentity
from wizard.site import build_site, incremental
from wizard.store import ShopFile


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _fresh(shop: ShopFile, out: Path) -> dict[str, bytes]:
    build_site(shop, out, incremental_builds=False, workers=1)
    return _files(out)


def _count_fast(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    taken: list[list[str]] = []
    real = incremental.build

    def counting(*args: Any, **kwargs: Any) -> list[str] | None:
        written = real(*args, **kwargs)
        if written is not None:
            taken.append(written)
        return written

    monkeypatch.setattr(build.incremental, "build", counting)
    return taken


def _edit(shop: ShopFile, rng: random.Random, step: int) -> str:
    products = shop.products()
    p = rng.choice(products)
    kind = rng.choice(["price", "price", "price", "stock", "description", "tags", "compare", "variant",
                       "name", "category", "featured", "published", "add", "delete", "settings", "reorder"])
    if kind == "price":
        shop.update_product(replace(p, price=p.price + Decimal(rng.randint(1, 9))))
    elif kind == "stock":
        shop.update_product(replace(p, stock=rng.choice([None, 0, 1, 7])))
    elif kind == "description":
        shop.update_product(replace(p, description=f"Texte **{step}** écologique" if step % 5 == 0 else f"Texte {step}"))
    elif kind == "tags":
        shop.update_product(replace(p, tags=(f"t{step}", "commun")))
    elif kind == "compare":
        shop.update_product(replace(p, compare_at_price=None if p.compare_at_price else p.price + 5))
    elif kind == "variant" and p.variants:
        first = replace(p.variants[0], price=(p.variants[0].price or p.price) + 1)
        shop.update_product(replace(p, variants=(first, *p.variants[1:])))
    elif kind == "name":
        shop.update_product(replace(p, name=f"{p.name} {step}"))
    elif kind == "category":
        shop.update_product(replace(p, category_id=rng.choice([c.id for c in shop.categories()])))
    elif kind == "featured":
        shop.update_product(replace(p, featured=not p.featured))
    elif kind == "published":
        shop.update_product(replace(p, published=not p.published))
    elif kind == "add":
        shop.add_product(Product(name=f"Nouveau {step}", price=Decimal("3.5"), category_id=p.category_id))
    elif kind == "delete" and len(products) > 5:
        shop.delete_product(p.id)
    elif kind == "settings":
        ident = shop.shop().identity
        shop.save_settings(replace(ident, tagline=f"Slogan {step}"))
    elif kind == "reorder":
        ids = [q.id for q in products]
        rng.shuffle(ids)
        shop.reorder_products(ids)
    return kind


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_build_the_same_files_as_a_full_build(tmp_path: Path, seed: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    path = tmp_path / "s.echoppe"
    make_shop(path, extra_products=30).close()  # two listing pages in "Bols"
    out = tmp_path / "site"
    with ShopFile.open(path) as shop:
        build_site(shop, out)
    taken = _count_fast(monkeypatch)
    kinds = []
    session: ShopFile | None = None
    for step in range(20):
        if session is None or rng.random() < 0.5:  # a new process, or the app's open shop
            if session is not None:
                session.close()
            session = ShopFile.open(path)
        for _ in range(rng.choice([1, 1, 2])):
            kinds.append(_edit(session, rng, step))
        build_site(session, out, workers=1)
        expected = _fresh(session, tmp_path / f"fresh-{step}")
        assert _files(out) == expected, f"step {step}: {kinds}"
    assert session is not None
    session.close()
    assert taken, kinds  # some builds were incremental
    assert all(len(written) <= 8 for written in taken)


def test_a_changed_price_renders_only_the_pages_that_show_it(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.echoppe"
    make_shop(path, extra_products=30).close()
    out = tmp_path / "site"
    with ShopFile.open(path) as shop:
        build_site(shop, out)
    with ShopFile.open(path) as shop:
        plate = shop.product("assiette-2")
        assert plate is not None
        shop.update_product(replace(plate, price=Decimal("99.5")))
    taken = _count_fast(monkeypatch)
    with ShopFile.open(path) as shop:
        report = build_site(shop, out)
        assert _files(out) == _fresh(shop, tmp_path / "fresh")
    assert len(taken) == 1
    assert "produit/assiette-2.html" in report.written and "search.json" in report.written
    assert all(rel.endswith((".html", ".json")) for rel in report.written) and len(report.written) <= 5
    assert "99,50" in (out / "produit" / "assiette-2.html").read_text()


def test_an_edit_by_another_program_is_never_taken_for_nothing(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.echoppe"
    make_shop(path).close()
    out = tmp_path / "site"
    with ShopFile.open(path) as shop:
        build_site(shop, out)
    with sqlite3.connect(path) as conn:  # not through Échoppe: no journal row
        conn.execute("UPDATE products SET price = '31.00' WHERE slug = 'bol-bleu'")
    conn.close()
    taken = _count_fast(monkeypatch)
    with ShopFile.open(path) as shop:
        build_site(shop, out)
        assert _files(out) == _fresh(shop, tmp_path / "fresh")
    assert not taken
    assert "31,00" in (out / "produit" / "bol-bleu.html").read_text()


def test_another_shop_file_built_into_the_folder_is_built_in_full(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    make_shop(tmp_path / "a.echoppe").close()
    with ShopFile.open(tmp_path / "a.echoppe") as shop:
        build_site(shop, out)
    other = ShopFile.create(tmp_path / "b.echoppe", ShopIdentity(name="Autre"))
    other.add_product(Product(name="Seul", price=Decimal("2")))
    taken = _count_fast(monkeypatch)
    with other:
        build_site(other, out, replace_foreign=True)
        assert _files(out) == _fresh(other, tmp_path / "fresh")
    assert not taken


def test_a_killed_incremental_build_leaves_nothing_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.echoppe"
    make_shop(path).close()
    out = tmp_path / "site"
    with ShopFile.open(path) as shop:
        build_site(shop, out)
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, price=Decimal("30")))
    real_write = build.OutputFolder.write

    def dying(self: Any, rel: str, data: bytes, fingerprint: str = "") -> bool:
        real_write(self, rel, data, fingerprint)
        raise KeyboardInterrupt  # killed right after the first file

    monkeypatch.setattr(build.OutputFolder, "write", dying)
    with ShopFile.open(path) as shop, pytest.raises(KeyboardInterrupt):
        build_site(shop, out)
    monkeypatch.setattr(build.OutputFolder, "write", real_write)
    with ShopFile.open(path) as shop:
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, price=Decimal("24.50")))  # back to the first build's price
        build_site(shop, out)
        assert _files(out) == _fresh(shop, tmp_path / "fresh")


@pytest.mark.parametrize("slug", ["bol-bleu", "tasse-a-cafe", "assiette-29"])
def test_a_product_of_the_home_page_or_the_feed_is_built_incrementally(tmp_path: Path, slug: str,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Featured (the home page's selection and hero, with a photo) or among the newest (feed.xml)."""
    path = tmp_path / "s.echoppe"
    make_shop(path, extra_products=30, with_image=False).close()
    out = tmp_path / "site"
    with ShopFile.open(path) as shop:
        build_site(shop, out)
        product = shop.product(slug)
        assert product is not None
        shop.update_product(replace(product, price=product.price + 3, stock=4))
    taken = _count_fast(monkeypatch)
    with ShopFile.open(path) as shop:
        report = build_site(shop, out)
        assert _files(out) == _fresh(shop, tmp_path / "fresh")
    assert len(taken) == 1
    assert ("index.html" in report.written) == (slug != "assiette-29")
    assert ("feed.xml" in report.written) == (slug == "assiette-29")


def test_a_product_in_the_shopping_feeds_has_its_items_replaced(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.echoppe"
    make_shop(path, extra_products=5).close()  # "Bol bleu" has a photo: the feeds list it
    out = tmp_path / "site"
    with ShopFile.open(path) as shop:
        build_site(shop, out)
        assert b"BOL-BLEU" in (out / "feeds" / "google-merchant.xml").read_bytes()
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, price=Decimal("26.10"), stock=0))
    taken = _count_fast(monkeypatch)
    with ShopFile.open(path) as shop:
        report = build_site(shop, out)
        assert _files(out) == _fresh(shop, tmp_path / "fresh")
    assert len(taken) == 1
    assert {"feeds/google-merchant.xml", "feeds/meta-catalogue.xml"} <= set(report.written)
    assert b"26.10 EUR" in (out / "feeds" / "google-merchant.xml").read_bytes()


def test_a_reopened_shop_with_no_change_renders_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing moves the write-ahead log into the file (other bytes, the same shop): the journal says
    nothing changed, and nothing is rendered."""
    path = tmp_path / "s.echoppe"
    shop = make_shop(path)
    out = tmp_path / "site"
    build_site(shop, out)
    shop.close()
    taken = _count_fast(monkeypatch)
    with ShopFile.open(path) as shop:
        report = build_site(shop, out)
        assert _files(out) == _fresh(shop, tmp_path / "fresh")
    assert taken == [[]] and report.written == ()
