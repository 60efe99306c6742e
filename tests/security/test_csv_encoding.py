"""Findings 7 and 22: a CSV file's encoding is decided on evidence, and what cannot be read is said.

Each test imports a real file through the CLI, as the finding did.
"""

from __future__ import annotations

import json

import pytest

from tests.security.crafted import honest_shop
from wizard.cli import EXIT_REJECTED, main
from wizard.store.shopfile import ShopFile

HEADER = "Nom;Prix;Description\n"


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("ECHOPPE_LANG", "en")


def _names(shop) -> list[str]:
    with ShopFile.open(shop) as s:
        return sorted(p.name for p in s.products() if "enc-" in p.name)


def _rows(count: int) -> str:
    return "".join(f"Crème enc-{i};5;Savon à l'huile d'olive n°{i}\n" for i in range(count))


def test_one_bad_byte_names_its_line_and_imports_nothing(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    lines = (HEADER + _rows(30)).encode("utf-8").splitlines(keepends=True)
    lines[12] = "Pâte enc-bad;5;Fait à la main\n".encode("cp1252")  # line 13 of the file
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(lines))
    before = _names(shop)
    status = main(["import", str(shop), str(path)])
    _, err = capsys.readouterr()
    assert status != 0
    assert "line(s) 13" in err and "--encoding utf-8" in err
    assert len(err.strip().splitlines()) <= 2  # one message, with its hint; no traceback
    assert _names(shop) == before  # nothing was imported


def test_choosing_utf8_keeps_every_accent_and_warns_on_the_line(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    lines = (HEADER + _rows(30)).encode("utf-8").splitlines(keepends=True)
    lines[12] = "Pâte enc-bad;5;Fait à la main\n".encode("cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(lines))
    assert main(["import", str(shop), str(path), "--encoding", "utf-8", "--json"]) == 0
    out, _ = capsys.readouterr()
    report = json.loads(out)
    assert [w["line"] for w in report["warnings"]] == [13]
    names = _names(shop)
    assert "Crème enc-0" in names and "Pâte enc-bad" in names
    assert not any("Ã" in n for n in names)


def test_a_windows_1252_file_is_still_read_as_such(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "excel.csv"
    path.write_bytes((HEADER + _rows(5)).encode("cp1252"))
    assert main(["import", str(shop), str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "cp1252"
    assert "Crème enc-3" in _names(shop)


def test_utf32_files_are_read(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    for index, codec in enumerate(("utf-32", "utf-32-le", "utf-16-le")):  # with a BOM, then without
        path = tmp_path / f"wide-{index}.csv"
        path.write_bytes((HEADER + f"Crème enc-w{index};5;Été\n").encode(codec))
        assert main(["import", str(shop), str(path)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert _names(shop) == ["Crème enc-w0", "Crème enc-w1", "Crème enc-w2"]


def test_a_shift_jis_file_is_recognised_and_refused(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    path = tmp_path / "japon.csv"
    path.write_bytes((HEADER + "石鹸 enc-jp;5;手作りのオリーブ石鹸です\n抹茶 enc-jq;8;京都の抹茶\n").encode("shift_jis"))
    before = _names(shop)
    status = main(["import", str(shop), str(path)])
    _, err = capsys.readouterr()
    assert status != 0 and status != EXIT_REJECTED
    assert "SHIFT-JIS" in err and "no product name column" not in err.lower()
    assert _names(shop) == before
    # Named, it is read correctly.
    assert main(["import", str(shop), str(path), "--encoding", "shift_jis"]) == 0
    assert _names(shop) == ["抹茶 enc-jq", "石鹸 enc-jp"]
