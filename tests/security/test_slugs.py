"""Finding 9: slugs and handles are normalised on import and on read, so every build works."""

from __future__ import annotations

import pytest

from tests.security.crafted import files_under, honest_shop, raw
from wizard.cli import main
from wizard.domain.slugs import MAX_LENGTH, RESERVED, is_safe_slug, slugify, unique_slug
from wizard.store.shopfile import ShopFile

HANDLES = ["Savon", "savon", "café", "cafe\u0301", "CON", "a?b#c", "%2e%2e", "x" * 300, "../../etc", "lpt1"]


def _shopify(tmp_path, handles):
    head = "Handle,Title,Variant Price\n"
    rows = "".join(f"\"{h}\",Produit {i},5\n" for i, h in enumerate(handles))
    path = tmp_path / "export.csv"
    path.write_text(head + rows, encoding="utf-8")
    return path


def test_imported_handles_become_safe_distinct_slugs_and_the_site_builds(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    assert main(["import", str(shop), str(_shopify(tmp_path, HANDLES))]) == 0
    with ShopFile.open(shop) as s:
        slugs = [p.slug for p in s.products() if p.name.startswith("Produit")]
    assert len(slugs) == len(HANDLES) == len({x.casefold() for x in slugs})
    assert all(is_safe_slug(x) for x in slugs), slugs
    assert main(["build", str(shop), "--out", str(tmp_path / "site")]) == 0
    capsys.readouterr()
    pages = [name for name in files_under(tmp_path / "site") if name.startswith("produit/")]
    assert len({p.casefold() for p in pages}) == len(pages)
    assert not any(p.split("/")[-1].split(".")[0] in RESERVED for p in pages)


def test_slugs_stored_by_another_program_are_repaired_on_open(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM products ORDER BY id")]
        for pid, bad in zip(ids, ["../../x", "CON", "a/b", "x\x00y", "Z" * 300], strict=False):
            conn.execute("UPDATE products SET slug=? WHERE id=?", (bad, pid))
        conn.execute("UPDATE categories SET slug='../../cat' WHERE id=(SELECT MIN(id) FROM categories)")
    assert main(["build", str(shop), "--out", str(tmp_path / "site")]) == 0
    _, err = capsys.readouterr()
    # Only the legal checklist's warnings (one line each); no error, no traceback.
    assert all(line.startswith("Warning: ") for line in err.splitlines()), err
    with ShopFile.open(shop) as s:
        assert all(is_safe_slug(p.slug) for p in s.products())
        assert all(is_safe_slug(c.slug) for c in s.categories())


@pytest.mark.parametrize("text", [*HANDLES, "", "---", "\x00", "ÆØß", "\u202e"])
def test_slugify_is_always_safe(text):
    assert is_safe_slug(slugify(text))
    assert is_safe_slug(unique_slug(text, {slugify(text)}))
    assert len(unique_slug("y" * 200, {slugify("y" * 200)})) <= MAX_LENGTH
