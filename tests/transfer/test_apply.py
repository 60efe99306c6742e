"""Writing an import into a shop: all or nothing, skipping on request, dry runs, slugs, categories."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.domain.model import ImageRef, Product
from wizard.store import ShopFile
from wizard.transfer import (
    ImportCancelled,
    ImportItem,
    ImportPreview,
    RowsRejected,
    apply_import,
    category_paths,
    read_products,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def shop(shop_path):
    with ShopFile.create(shop_path) as s:
        yield s


def test_rejected_rows_refuse_everything(shop):
    preview = read_products(FIXTURES / "excel-fr-bad-rows.csv")
    with pytest.raises(RowsRejected) as caught:
        apply_import(shop, preview)
    assert shop.product_count() == 0
    assert shop.categories() == []
    assert len(caught.value.rejected) == 3 and caught.value.importable == 2
    assert "3 row(s)" in caught.value.text("en")


def test_skip_invalid_imports_the_good_rows(shop):
    preview = read_products(FIXTURES / "excel-fr-bad-rows.csv")
    report = apply_import(shop, preview, skip_invalid=True)
    assert [p.name for p in shop.products()] == ["Bonnet", "Mitaines"]
    assert report.count == 2 and len(report.rejected) == 3
    assert shop.product("bonnet").price == Decimal("12.00")


def test_dry_run_changes_nothing_but_reports(shop):
    revision = shop.revision
    preview = read_products(FIXTURES / "excel-fr-cp1252.csv")
    report = apply_import(shop, preview, dry_run=True)
    assert report.dry_run and report.count == 5
    assert set(report.categories_created) == {"Cosmétiques", "Savons", "Bijoux", "Papeterie"}
    assert shop.product_count() == 0 and shop.categories() == []
    assert shop.revision == revision


def test_duplicate_names_get_distinct_slugs_and_categories_are_created(shop):
    changes: list[str] = []
    shop.add_listener(changes.append)
    preview = read_products(FIXTURES / "excel-fr-cp1252.csv")
    report = apply_import(shop, preview)
    slugs = [p.slug for p in shop.products()]
    assert slugs == ["savon-au-lait-d-anesse", "boucles-d-oreilles-goutte", "collier-elan",
                     "carte-postale-oeillets", "savon-au-lait-d-anesse-2"]
    assert [p.slug for p in report.imported] == slugs
    paths = category_paths(shop)
    soap = shop.product("savon-au-lait-d-anesse")
    assert paths[soap.category_id] == "Cosmétiques > Savons"
    assert soap.description == "Doux pour les peaux sensibles.\nFabriqué à Nîmes."
    # One transaction: one commit, listeners told once about products.
    assert changes.count("products") == 1
    # Importing again: slugs stay unique, existing categories are reused.
    apply_import(shop, preview)
    assert shop.product_count() == 10 and len(shop.products()) == len({p.slug for p in shop.products()})
    assert len(shop.categories()) == 4


def test_cancel_leaves_the_shop_unchanged(shop):
    items = tuple(ImportItem(Product(name=f"P{i}", price=Decimal(i)), i + 2, "Cat") for i in range(1000))
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 400:
            cancel.set()

    with pytest.raises(ImportCancelled):
        apply_import(shop, ImportPreview(items), progress=progress, cancel=cancel)
    assert shop.product_count() == 0 and shop.categories() == []
    assert seen[0] == (0, 1000)
    report = apply_import(shop, ImportPreview(items), progress=lambda d, t: seen.append((d, t)))
    assert report.count == 1000 and seen[-1] == (1000, 1000)


def test_unknown_image_keys_are_dropped_with_a_warning(shop, tmp_path):
    from PIL import Image

    path = tmp_path / "p.png"
    Image.new("RGB", (20, 10), "red").save(path)
    stored = shop.add_image(path.read_bytes())
    product = Product(name="Vase", price=Decimal("30"), images=(
        ImageRef(key=stored.key, alt="rouge"), ImageRef(key="0" * 64), ImageRef(url="https://x.example/v.jpg")))
    report = apply_import(shop, ImportPreview((ImportItem(product, 2),)))
    vase = shop.product("vase")
    assert [(i.key, i.url) for i in vase.images] == [(stored.key, None), (None, "https://x.example/v.jpg")]
    assert any("Vase" in w.text("en") for w in report.warnings)
