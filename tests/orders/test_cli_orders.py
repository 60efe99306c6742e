"""echoppe orders / order / receipts, in-process through the real argument parser."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.orders.orderdata import seal, stock_of, two_line_order
from tests.orders.test_fetch import _place, desk  # noqa: F401 - the fixture
from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.publish import KnownHosts


def _run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_fetch_json_status_and_receipts(desk, sshd_server, capsys, monkeypatch, tmp_path: Path) -> None:  # noqa: F811
    shop_path, real, key, _kh = desk
    sshd_server.trust(KnownHosts())
    _place(real, "orders", "2026-00001.sealed", seal(key, two_line_order("2026-00001", honey=2, soap=1)))
    _place(real, "orders", "2026-00002.sealed", seal(key, two_line_order("2026-00002", honey=1, soap=2)))
    status, out, err = _run(capsys, monkeypatch, "orders", str(shop_path), "--fetch", "--password-stdin", "--json",
                            stdin=PASSWORD + "\n")
    assert status == 0, err
    orders = json.loads(out)
    assert [o["number"] for o in orders] == ["2026-00002", "2026-00001"]
    first = orders[1]
    assert set(first) == {"number", "received_at", "status", "total", "currency", "customer", "lines", "payment",
                          "withdrawals"}
    assert first["withdrawals"] == []
    assert first["total"] == "23.25" and first["status"] == "new" and first["currency"] == "EUR"
    assert first["customer"] == {"name": "Margaux Lefèvre", "email": "margaux@example.fr"}
    assert first["lines"][0] == {"slug": "miel-de-lavande", "sku": "MIEL-250", "options": {"Pot": "250 g"},
                                 "quantity": 2, "unit_price": "6.90"}
    assert "Stock changed" in err

    assert _run(capsys, monkeypatch, "order", str(shop_path), "2026-00001", "--status", "paid")[0] == 0
    with pytest.raises(SystemExit):
        main(["order", str(shop_path), "2026-00001", "--status", "new"])
    capsys.readouterr()
    status, _out, err = _run(capsys, monkeypatch, "order", str(shop_path), "2026-00002", "--status", "delivered")
    assert status == 1 and err.count("\n") == 1 and "cannot become" in err
    status, _out, err = _run(capsys, monkeypatch, "order", str(shop_path), "2026-09999", "--status", "paid")
    assert status == 1 and "no order number" in err
    assert _run(capsys, monkeypatch, "order", str(shop_path), "2026-00002", "--status", "cancelled")[0] == 0
    from wizard.store.shopfile import ShopFile

    with ShopFile.open(shop_path) as shop:
        assert stock_of(shop, "savon") == 2  # 3 - 1 (order 1); order 2's two bars came back
    status, out, _ = _run(capsys, monkeypatch, "orders", str(shop_path), "--status", "paid", "--json")
    assert [o["number"] for o in json.loads(out)] == ["2026-00001"]

    import datetime as dt

    year = str(dt.date.today().year)
    csv_path = tmp_path / "livre.csv"
    assert _run(capsys, monkeypatch, "receipts", str(shop_path), "--out", str(csv_path), "--year", year)[0] == 0
    text = csv_path.read_bytes().decode("utf-8-sig")
    lines = text.strip().split("\r\n")
    assert len(lines) == 2
    assert lines[1].split(";")[1:3] == ["2026-00001", "Margaux Lefèvre"]
    assert "23,25" in lines[1] and "Miel de lavande (Pot: 250 g) × 2" in lines[1]
    pdf_path = tmp_path / "livre.pdf"
    assert _run(capsys, monkeypatch, "receipts", str(shop_path), "--out", str(pdf_path), "--year", year)[0] == 0
    assert pdf_path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf_path),
                        str(tmp_path / "page")], check=True)
        assert (tmp_path / "page-1.png").stat().st_size > 1000
    status, _o, err = _run(capsys, monkeypatch, "receipts", str(shop_path), "--out", str(tmp_path / "x.txt"))
    assert status == 2 and err.startswith("echoppe: ")


def test_orders_on_missing_shop_is_one_line(capsys, monkeypatch, tmp_path: Path) -> None:
    status, _out, err = _run(capsys, monkeypatch, "orders", str(tmp_path / "none.echoppe"))
    assert status == 1 and err.count("\n") == 1 and err.startswith("echoppe: ")


@pytest.mark.parametrize("argv", [["orders"], ["receipts", "x.echoppe"]])
def test_usage_errors(argv: list[str], capsys, monkeypatch) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
