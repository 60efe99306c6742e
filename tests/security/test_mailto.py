"""Finding 13: an order address cannot add a Bcc (or anything else) to the order emails."""

from __future__ import annotations

import json

from tests.security.crafted import files_under, honest_shop, raw
from wizard.cli import main
from wizard.domain.validation import is_email


def test_a_header_in_the_address_never_reaches_the_site(tmp_path, capsys):
    shop = honest_shop(tmp_path / "shop.echoppe")
    evil = "lea@example.fr?bcc=spy@evil.example"
    with raw(shop) as conn:
        for key, field in (("payment", "order_email"), ("identity", "email")):
            row = conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
            data = json.loads(row[0]) if row else {}
            data[field] = evil
            conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, json.dumps(data)))
    assert main(["build", str(shop), "--out", str(tmp_path / "site")]) == 0
    capsys.readouterr()
    for name, data in files_under(tmp_path / "site").items():
        assert b"spy@evil" not in data and b"spy%40evil" not in data, name


def test_the_email_rule():
    assert is_email("léa.martin+shop@atelier-lou.fr")
    for bad in ("x@y.fr?bcc=z@w.fr", "x@y.fr&cc=z", "x@y", "x y@z.fr", "x@y.fr#", "x%40y@z.fr", "a@b/c.fr"):
        assert not is_email(bad)
