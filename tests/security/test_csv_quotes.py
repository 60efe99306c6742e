"""Finding 8: a stray quote that swallows rows is detected and its line reported.

A French Excel CSV (semicolons, Windows-1252) of 100 rows with one unbalanced quote, imported
through the CLI as the finding did.
"""

from __future__ import annotations

import json

import pytest

from tests.security.crafted import honest_shop
from wizard.cli import EXIT_REJECTED, main
from wizard.store.shopfile import ShopFile


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("ECHOPPE_LANG", "en")


def _french_excel(path, stray_row: int | None, closing_row: int | None) -> None:
    lines = ["Nom;Prix;Description"] + [f"Crème n°{i};{i},50;Fait à la main" for i in range(100)]
    if stray_row is not None:
        lines[stray_row] = f"\"Savon n°{stray_row};5;Fait à la main"  # the quote is never closed here
    if closing_row is not None:
        lines[closing_row] = f"\"Bougie n°{closing_row}\";7;Parfum \"vanille\""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def _count(shop) -> int:
    with ShopFile.open(shop) as s:
        return sum(1 for p in s.products() if "n°" in p.name)


@pytest.mark.parametrize("closing_row", [31, None], ids=["closed-20-lines-later", "never-closed"])
def test_a_stray_quote_is_reported_with_its_line_and_nothing_is_imported(tmp_path, capsys, closing_row):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "excel.csv"
    _french_excel(path, 11, closing_row)
    assert main(["import", str(shop), str(path), "--json"]) == EXIT_REJECTED
    report = json.loads(capsys.readouterr().out)
    assert [r["line"] for r in report["rejected"]] == [12]
    reasons = " ".join(report["rejected"][0]["reasons"])
    last = closing_row + 1 if closing_row else 101
    assert f"opened on line 12 of the file is only closed on line {last}" in reasons
    assert _count(shop) == 0


def test_skipping_it_imports_the_other_rows_and_says_what_was_left_out(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "excel.csv"
    _french_excel(path, 11, 31)
    assert main(["import", str(shop), str(path), "--skip-invalid"]) == 0
    out, _ = capsys.readouterr()
    assert "Imported: 79 product(s)." in out  # 21 lines are one rejected row
    assert "Line 12:" in out and "21 lines were read as one cell" in out


def test_multi_line_descriptions_are_not_mistaken_for_a_stray_quote(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "excel.csv"
    rows = ["Nom;Prix;Description"] + [
        f"Crème n°{i};5;\"Ingrédients : eau; huile; soude.\nTaille : 100 g; 200 g.\nFait à la main.\"" for i in range(20)
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    assert main(["import", str(shop), str(path)]) == 0, capsys.readouterr()
    assert _count(shop) == 20
    capsys.readouterr()


def test_a_clean_file_imports_every_row(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "excel.csv"
    _french_excel(path, None, 31)
    assert main(["import", str(shop), str(path)]) == 0
    assert _count(shop) == 100
    capsys.readouterr()
