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
