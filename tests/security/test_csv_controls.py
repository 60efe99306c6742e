"""Findings 14 and 15: control characters and NUL bytes in a CSV never reach the shop."""

from __future__ import annotations

from tests.security.crafted import honest_shop
from wizard.cli import main
from wizard.store.shopfile import ShopFile


def test_nul_bytes_after_4_kb_and_escapes_are_dropped_and_the_site_builds(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    padding = "".join(f"pad-{i},Produit {i},5\n" for i in range(300))  # > 4 KB before the bad row
    bad = "sav\x00on,Sav\x00on \x1b[31mrouge\x07,5\n"
    path = tmp_path / "in.csv"
    path.write_text("Handle,Title,Variant Price\n" + padding + bad, encoding="utf-8")
    assert main(["import", str(shop), str(path)]) == 0
    with ShopFile.open(shop) as s:
        names = [p.name for p in s.products()]
        slugs = [p.slug for p in s.products()]
    assert not any(c in "".join(names + slugs) for c in "\x00\x1b\x07")
    assert "Savon [31mrouge" in names
    assert main(["build", str(shop), "--out", str(tmp_path / "site")]) == 0
    capsys.readouterr()
