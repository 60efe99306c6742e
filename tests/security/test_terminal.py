"""Finding 14: ``echoppe products`` never prints a terminal escape sequence from a product name."""

from __future__ import annotations

from tests.security.crafted import honest_shop, raw
from wizard.cli import main


def test_escape_sequences_in_names_are_not_printed(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        conn.execute("UPDATE products SET name=? WHERE rowid=(SELECT MIN(rowid) FROM products)",
                     ("\x1b]0;pwned\x07\x1b[2J\x1b[31mSavon\u202e",))
    assert main(["products", str(shop)]) == 0
    out, _ = capsys.readouterr()
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Savon" in out


HOSTILE = "\x1b]0;pwned\x07\u009b31mSavon\u202e\u2066 doux\u0085"
CONTROLS = ("\x1b", "\x07", "\u009b", "\u202e", "\u2066", "\u0085")


def _stored_names(shop) -> list[str]:
    from wizard.store.shopfile import ShopFile

    with ShopFile.open(shop) as s:
        return [p.name for p in s.products() if "Savon" in p.name and "doux" in p.name]


def test_controls_are_stripped_when_a_csv_is_imported(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "in.csv"
    path.write_text(f"Nom,Prix\n\"{HOSTILE}\",5\n", encoding="utf-8")
    assert main(["import", str(shop), str(path)]) == 0
    assert _stored_names(shop) == ["]0;pwned31mSavon doux"]
    capsys.readouterr()


def test_controls_are_stripped_when_a_spreadsheet_is_imported(tmp_path, capsys):
    from tests.transfer.test_workbook import make_xlsx

    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "in.xlsx"
    # XML cannot hold ESC or BEL: Excel writes them as _x001B_ and _x0007_, which the reader decodes.
    path.write_bytes(make_xlsx([["Nom", "Prix"],
                                [HOSTILE.replace("\x1b", "_x001B_").replace("\x07", "_x0007_"), 5]]))
    assert main(["import", str(shop), str(path)]) == 0
    names = _stored_names(shop)
    assert names == ["]0;pwned31mSavon doux"]
    assert main(["products", str(shop)]) == 0
    out, _ = capsys.readouterr()
    assert not any(c in out for c in CONTROLS)


def test_build_warnings_naming_products_print_no_escape(tmp_path, capsys, monkeypatch):
    """A received shop file's names reach stderr through build warnings (missing pictures, feeds)."""
    monkeypatch.setenv("ECHOPPE_LANG", "en")
    shop = honest_shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        conn.execute("UPDATE products SET name=? WHERE id NOT IN (SELECT product_id FROM product_images)",
                     (HOSTILE,))
        conn.execute("INSERT INTO product_images(product_id, image_key, position, alt) "
                     "SELECT MIN(id), ?, 9, '' FROM products", ("f" * 64,))  # a picture not in the file
        conn.execute("UPDATE products SET name=? WHERE id=(SELECT MIN(id) FROM products)", (HOSTILE + "2",))
    assert main(["build", str(shop), "--out", str(tmp_path / "site")]) == 0
    _, err = capsys.readouterr()
    assert "Savon" in err  # the names are there…
    assert not any(c in err for c in CONTROLS)  # …without their control characters
