"""The command line's manners: progress and warnings on stderr, argparse in the user's language, no
"Broken pipe" into `head`, no silent no-op edits on products with variants."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from wizard.cli import EXIT_USAGE, main
from wizard.cli.terminal import Progress
from wizard.domain.model import Product, ShopIdentity, Variant
from wizard.store import ShopFile

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def _echoppe() -> list[str]:
    script = Path(sys.executable).parent / "echoppe"
    return [str(script)] if script.exists() else [sys.executable, "-m", "wizard"]


@pytest.fixture
def shop(shop_path: Path) -> Path:
    with ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", currency="EUR")) as s:
        s.add_product(Product(name="Miel", price=Decimal("8"), option_names=("Pot",), variants=(
            Variant(options=(("Pot", "250 g"),), sku="MIEL-250", price=Decimal("6.50")),
            Variant(options=(("Pot", "500 g"),), sku="MIEL-500", price=Decimal("11")),
        )))
        s.add_product(Product(name="Savon", price=Decimal("5")))
    return shop_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_edit_price_of_a_product_with_variants_needs_a_choice(shop, capsys):
    status, out, err = run(capsys, "edit", shop, "miel", "--price", "9")
    assert status == EXIT_USAGE and out == ""
    assert "--variant" in err and "--all-variants" in err and "MIEL-250" in err
    with ShopFile.open(shop) as s:
        assert [v.price for v in s.product("miel").variants] == [Decimal("6.50"), Decimal("11")]
        assert s.product("miel").price == Decimal("8")
    assert run(capsys, "edit", shop, "miel", "--variant", "MIEL-500", "--price", "12")[0] == 0
    with ShopFile.open(shop) as s:
        assert [v.price for v in s.product("miel").variants] == [Decimal("6.50"), Decimal("12")]
    assert run(capsys, "edit", shop, "miel", "--all-variants", "--price", "9,90", "--stock", "3")[0] == 0
    with ShopFile.open(shop) as s:
        miel = s.product("miel")
        assert [(v.price, v.stock) for v in miel.variants] == [(Decimal("9.90"), 3), (Decimal("9.90"), 3)]
        assert miel.price == Decimal("9.90")
    assert run(capsys, "edit", shop, "savon", "--price", "5,50")[0] == 0  # no variants: as before


def test_argparse_speaks_french(capsys, monkeypatch):
    monkeypatch.setenv("ECHOPPE_LANG", "fr")
    with pytest.raises(SystemExit) as caught:
        main(["import"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : echoppe import")
    assert "erreur : les arguments suivants sont obligatoires" in err
    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    out = capsys.readouterr().out
    assert "arguments positionnels" in out and "afficher ce message d'aide et quitter" in out
    with pytest.raises(SystemExit):
        main(["build", "x", "--out", "y", "--nope"])
    assert "arguments non reconnus : --nope" in capsys.readouterr().err
    monkeypatch.setenv("ECHOPPE_LANG", "en")
    with pytest.raises(SystemExit):
        main(["import"])
    assert capsys.readouterr().err.startswith("usage: echoppe import")


def test_import_warnings_go_to_stderr(shop_path, capsys):
    ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", currency="EUR")).close()
    status, out, err = run(capsys, "import", shop_path, FIXTURES / "shopify-products.csv")
    assert status == 0
    assert "Imported: 5 product(s)." in out and "oversold" not in out
    assert "Line 11" in err and "oversold" in err


def test_progress_on_stderr_when_asked_and_never_on_stdout(shop_path, tmp_path, capsys, monkeypatch):
    ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", currency="EUR")).close()
    source = tmp_path / "many.csv"
    source.write_text("Nom;Prix\n" + "".join(f"Produit {i};{i},50\n" for i in range(1, 401)), encoding="utf-8")
    monkeypatch.setenv("ECHOPPE_PROGRESS", "1")
    status, out, err = run(capsys, "import", shop_path, source)
    assert status == 0 and "Imported: 400 product(s)." in out
    assert "Reading " in err and "400 row(s) read." in err and "Importing: 400/400 (100 %)" in err
    assert "Importing" not in out
    status, out, err = run(capsys, "build", shop_path, "--out", tmp_path / "site")
    assert status == 0 and "Building the site:" in err and "(100 %)" in err and "Building" not in out
    monkeypatch.delenv("ECHOPPE_PROGRESS")
    status, out, err = run(capsys, "import", shop_path, source, "--dry-run")
    assert "Importing" not in err, "not a terminal, not asked: silent"


def test_progress_on_a_terminal_rewrites_one_line():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    progress = Progress(stream)
    for done in range(0, 1001):
        progress.update("Building:", done, 1000)
    progress.done()
    text = stream.getvalue()
    assert text.endswith("Building: 1000/1000 (100 %)\n") and text.count("\n") == 1
    assert "\r" in text


def test_no_broken_pipe_when_the_reader_leaves(shop):
    with ShopFile.open(shop) as s:
        for i in range(2000):
            s.add_product(Product(name=f"Produit {i:04d}", price=Decimal("1")))
    child = subprocess.Popen([*_echoppe(), "products", str(shop)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=REPO, env={**os.environ, "ECHOPPE_LANG": "en"})
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()  # like `head -1`: read a line, then go
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0
    assert "Broken pipe" not in err and "Traceback" not in err and "Exception ignored" not in err
