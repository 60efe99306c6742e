"""The product commands: import, export, edit, products (in-process and as a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.cli import EXIT_REJECTED, main
from wizard.domain.model import Product, ShopIdentity, Variant
from wizard.store import ShopFile

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(shop_path: Path) -> Path:
    ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", currency="EUR")).close()
    return shop_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_import_prints_a_summary(shop, capsys):
    status, out, err = run(capsys, "import", shop, FIXTURES / "shopify-products.csv")
    assert status == 0
    assert "Imported: 5 product(s)." in out
    assert "Format: shopify" in out
    assert "Line 11" in err and "oversold" in err  # warnings on stderr
    with ShopFile.open(shop) as s:
        assert s.product_count() == 5


def test_import_rejected_rows_exit_3_and_nothing_imported(shop, capsys):
    status, out, err = run(capsys, "import", shop, FIXTURES / "excel-fr-bad-rows.csv")
    assert status == EXIT_REJECTED
    assert "Line 4 (Écharpe): Price: “douze” is not an amount" in out
    assert err.startswith("echoppe: Nothing was imported") and err.count("\n") == 1
    with ShopFile.open(shop) as s:
        assert s.product_count() == 0


def test_import_json_dry_run_then_skip_invalid(shop, capsys):
    status, out, _ = run(capsys, "import", shop, FIXTURES / "excel-fr-bad-rows.csv", "--skip-invalid",
                         "--dry-run", "--json")
    data = json.loads(out)
    assert status == 0 and data["dry_run"] is True
    assert (data["imported"], data["would_import"]) == (0, 2)
    assert [r["line"] for r in data["rejected"]] == [3, 4, 5]
    assert data["rejected"][2]["reasons"] == ["The stock cannot be negative (-4)."]
    with ShopFile.open(shop) as s:
        assert s.product_count() == 0
    status, out, _ = run(capsys, "import", shop, FIXTURES / "excel-fr-bad-rows.csv", "--skip-invalid", "--json")
    data = json.loads(out)
    assert status == 0 and data["imported"] == 2 and data["products"] == ["bonnet", "mitaines"]


def test_import_with_explicit_wrong_format_fails_cleanly(shop, capsys):
    status, _, err = run(capsys, "import", shop, FIXTURES / "excel-fr-cp1252.csv", "--format", "woocommerce")
    assert status == 1 and "does not look like a woocommerce export" in err


def test_products_json_has_the_documented_keys(shop, capsys):
    with ShopFile.open(shop) as s:
        cat = s.category_for_path("Vêtements > T-shirts")
        s.add_products([
            Product(name="T-shirt « Été »", price=Decimal("25.00"), category_id=cat, option_names=("Taille",),
                    variants=(Variant((("Taille", "S"),), "TS-S", None, None, 3),
                              Variant((("Taille", "L"),), "TS-L", Decimal("27.50"), None, None))),
            Product(name="Savon", price=Decimal("6.5"), published=False, stock=4),
        ])
    status, out, _ = run(capsys, "products", shop, "--json")
    assert status == 0
    data = json.loads(out)
    required = {"name", "slug", "price", "currency", "published", "category", "variants"}
    assert all(required <= item.keys() for item in data)
    tshirt, soap = data
    assert tshirt["name"] == "T-shirt « Été »" and tshirt["slug"] == "t-shirt-ete"
    assert (tshirt["price"], tshirt["currency"], tshirt["published"]) == ("25.00", "EUR", True)
    assert tshirt["category"] == "Vêtements > T-shirts"
    assert tshirt["variants"] == [
        {"options": {"Taille": "S"}, "sku": "TS-S", "price": "25.00", "stock": 3},
        {"options": {"Taille": "L"}, "sku": "TS-L", "price": "27.50", "stock": None},
    ]
    assert (soap["price"], soap["published"], soap["category"], soap["variants"]) == ("6.5", False, None, [])
    status, out, _ = run(capsys, "products", shop)
    assert "t-shirt-ete" in out and "25.00–27.50 EUR" in out and "Vêtements > T-shirts" in out


def test_edit_price_stock_published_and_variant(shop, capsys):
    run(capsys, "import", shop, FIXTURES / "shopify-products.csv")
    status, _, err = run(capsys, "edit", shop, "savon-lavande", "--price", "12,50", "--stock", "7",
                           "--published", "no", "--compare-at", "none")
    assert status == 0, err
    status, _, err = run(capsys, "edit", shop, "tshirt-coton-bio", "--sku", "TS-L-NOIR", "--price", "30")
    assert status == 0, err
    with ShopFile.open(shop) as s:
        soap = s.product("savon-lavande")
        assert (soap.price, soap.stock, soap.published, soap.compare_at_price) == (Decimal("12.50"), 7, False, None)
        assert str(soap.price) == "12.50"
        tshirt = s.product("tshirt-coton-bio")
        assert [v.price for v in tshirt.variants if v.sku == "TS-L-NOIR"] == [Decimal("30")]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("nope", "--price", "3"), 'No product has the slug "nope"'),
        (("savon-lavande", "--price", "abc"), "“abc” is not an amount"),
        (("savon-lavande", "--price", "12,5,0"), "In “12,5,0”, the comma neither groups thousands"),
        (("savon-lavande", "--price", "1,234"), "could be 1,234.00 or 1.234"),
        (("savon-lavande", "--price", "12.5555"), "at most two"),
        (("savon-lavande", "--stock", "-2"), '"-2" is not a stock'),
        (("savon-lavande", "--compare-at", "1"), "former price must be higher"),
        (("tshirt-coton-bio", "--sku", "NOPE", "--price", "3"), 'no variant with the SKU "NOPE"'),
    ],
)
def test_edit_errors_are_one_line(shop, capsys, args, expected):
    run(capsys, "import", shop, FIXTURES / "shopify-products.csv")
    status, _, err = run(capsys, "edit", shop, *args)
    assert status != 0
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_edit_refuses_an_ambiguous_price_in_french_and_changes_nothing(shop, capsys, monkeypatch):
    run(capsys, "import", shop, FIXTURES / "shopify-products.csv")
    with ShopFile.open(shop) as s:
        before = s.product("savon-lavande").price
    monkeypatch.setenv("ECHOPPE_LANG", "fr")
    status, _, err = run(capsys, "edit", shop, "savon-lavande", "--price", "1.234")
    assert status != 0
    assert "« 1.234 »" in err or "“1.234”" in err
    assert "1\u202f234" in err and "1,234" in err and "1,23" in err  # both readings, written the French way
    with ShopFile.open(shop) as s:
        assert s.product("savon-lavande").price == before


@pytest.mark.parametrize(("cell", "reason"), [
    ("12,5,0", "neither groups thousands"),
    ("1,234", "could be 1,234.00 or 1.234"),
    ("1.234", "could be 1,234.00 or 1.234"),
    ("12.345,6.7", "mixes its separators"),
    ("4,999", "could be 4,999.00 or 4.999"),
])
def test_import_refuses_ambiguous_prices_with_the_line(shop, tmp_path, capsys, cell, reason):
    source = tmp_path / "prix.csv"
    source.write_text(f'Nom;Prix\nMiel de lavande;"{cell}"\nConfiture;"1 234,50"\n', encoding="utf-8")
    status, out, err = run(capsys, "import", shop, source)
    assert status == EXIT_REJECTED, out + err
    assert "Line 2 (Miel de lavande): Price: " in out and f"“{cell}”" in out and reason in out
    with ShopFile.open(shop) as s:
        assert s.product_count() == 0  # all or nothing


def test_import_reads_grouped_prices_exactly(shop, tmp_path, capsys):
    source = tmp_path / "prix.csv"
    source.write_text('Nom;Prix\nA;"1 234,50"\nB;"1.234,50"\nC;"1\u202f234"\nD;12,5\n', encoding="utf-8")
    status, out, err = run(capsys, "import", shop, source)
    assert status == 0, out + err
    with ShopFile.open(shop) as s:
        assert sorted(p.price for p in s.products()) == [Decimal("12.5"), Decimal("1234"), Decimal("1234.50"),
                                                         Decimal("1234.50")]


def test_export_round_trips_through_import(shop, tmp_path, capsys):
    run(capsys, "import", shop, FIXTURES / "shopify-products.csv")
    target = tmp_path / "export.csv"
    status, out, _ = run(capsys, "export", shop, target)
    assert status == 0 and "Exported 5 product(s)" in out
    assert target.read_bytes().startswith(b"\xef\xbb\xbfslug,name,")
    other = tmp_path / "other.echoppe"
    ShopFile.create(other, ShopIdentity(name="Copie", currency="EUR")).close()
    assert run(capsys, "import", other, target)[0] == 0
    assert json.loads(run(capsys, "products", other, "--json")[1]) == json.loads(
        run(capsys, "products", shop, "--json")[1])


@pytest.mark.parametrize("command", ["import", "export", "edit", "products"])
def test_help(command, capsys):
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])
    assert caught.value.code == 0
    assert "usage: echoppe " + command in capsys.readouterr().out


def _echoppe() -> list[str]:
    script = Path(sys.executable).parent / "echoppe"
    return [str(script)] if script.exists() else [sys.executable, "-m", "wizard"]


def test_real_process_errors_without_traceback(shop, tmp_path):
    # A missing file, a missing shop, and a shop already open elsewhere: one line each, no traceback.
    cases = [
        ["import", str(shop), str(tmp_path / "missing.csv")],
        ["products", str(tmp_path / "missing.echoppe")],
    ]
    for args in cases:
        done = subprocess.run([*_echoppe(), *args], capture_output=True, text=True, timeout=60, cwd=REPO)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
        assert done.stderr.startswith("echoppe: ")
    with ShopFile.open(shop):
        done = subprocess.run([*_echoppe(), "import", str(shop), str(FIXTURES / "excel-fr-cp1252.csv")],
                              capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 1
    assert "already open" in done.stderr and "Traceback" not in done.stderr


def test_real_process_import_rejected_status(shop):
    done = subprocess.run([*_echoppe(), "import", str(shop), str(FIXTURES / "excel-fr-bad-rows.csv")],
                          capture_output=True, text=True, timeout=60, cwd=REPO,
                          env={**os.environ, "ECHOPPE_LANG": "en"})
    assert done.returncode == EXIT_REJECTED
    assert "Line 5 (Gants)" in done.stdout and "Traceback" not in done.stderr


def test_import_download_images_offline_keeps_links(shop, capsys):
    # Nothing listens on port 9 (discard): like having no network, the import succeeds and the
    # picture stays a link, reported with the reason.
    data = b"Nom;Prix;Photo\nBol;12;http://127.0.0.1:9/bol.jpg\n"
    source = shop.parent / "bol.csv"
    source.write_bytes(data)
    status, out, err = run(capsys, "import", shop, source, "--download-images", "--json")
    assert status == 0, err
    result = json.loads(out)
    assert result["imported"] == 1 and result["images"]["downloaded"] == 0
    assert result["images"]["failed"][0]["url"] == "http://127.0.0.1:9/bol.jpg"
    assert "could not be reached" in result["images"]["failed"][0]["reason"]
    with ShopFile.open(shop) as s:
        assert s.product("bol").images[0].url == "http://127.0.0.1:9/bol.jpg"


def test_export_into_a_missing_folder_is_one_clear_line(shop, tmp_path, capsys):
    status, _, err = run(capsys, "export", shop, tmp_path / "nowhere" / "out.csv")
    assert status == 1
    assert err.startswith("echoppe: The folder") and "does not exist" in err and err.count("\n") == 1
