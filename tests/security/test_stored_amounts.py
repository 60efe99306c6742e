"""Finding 16 (amounts): a stored price no version of Échoppe writes is one clear line, not a traceback.

``NaN``, ``Infinity`` and ``1E+500`` are valid decimal texts, so they passed the reader and crashed
the build (rounding, comparing) deep inside the site generator.
"""

from __future__ import annotations

import pytest

from tests.security.crafted import honest_shop, raw
from wizard.cli import main

BAD = ["NaN", "sNaN", "Infinity", "-Infinity", "1E+500", "1E-30"]
WHERE = [
    ("products", "price"),
    ("products", "compare_at_price"),
    ("variants", "price"),
    ("shipping_rates", "price"),
    ("price_history", "price"),
]


@pytest.mark.parametrize("table,column", WHERE)
@pytest.mark.parametrize("value", BAD)
def test_an_impossible_stored_amount_is_refused_in_one_line(tmp_path, capsys, monkeypatch, table, column, value):
    monkeypatch.setenv("ECHOPPE_LANG", "en")
    shop = honest_shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        assert conn.execute(f"UPDATE {table} SET {column}=?", (value,)).rowcount > 0
    for command in (["build", str(shop), "--out", str(tmp_path / "site")], ["products", str(shop)]):
        status = main(command)
        _, err = capsys.readouterr()
        lines = [line for line in err.splitlines() if not line.startswith("Warning:")]
        if command[0] == "products" and status == 0:
            continue  # the list does not read every table: nothing to refuse, nothing crashed
        assert status != 0 and len(lines) == 1, err
        assert "damaged or foreign data" in lines[0]


@pytest.mark.parametrize("table,column", [("products", "created_at"), ("products", "updated_at"),
                                          ("price_history", "since")])
def test_a_moment_without_its_offset_still_builds(tmp_path, capsys, table, column):
    """A hand-edited file's ``2026-01-01 10:00:00`` (no offset) made sorting and the price history
    compare naive with aware moments: a TypeError traceback in every build."""
    shop = honest_shop(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        conn.execute(f"UPDATE {table} SET {column}=datetime('now', '-40 days') "
                     f"WHERE rowid=(SELECT MIN(rowid) FROM {table})")
    status = main(["build", str(shop), "--out", str(tmp_path / "site")])
    _, err = capsys.readouterr()
    assert status == 0 and "Traceback" not in err, err
