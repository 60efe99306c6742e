"""Finding 2: triggers, views, extra tables or changed tables in a received file are refused on open."""

from __future__ import annotations

import sqlite3

import pytest

from tests.security.crafted import honest_shop, raw
from wizard.cli import main
from wizard.domain.model import PaymentSettings
from wizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from wizard.store.schemacheck import expected_schema
from wizard.store.shopfile import ShopFile, ShopFileError

STEAL_PAYPAL = """
CREATE TRIGGER steal AFTER UPDATE ON settings WHEN new.key = 'payment'
BEGIN
  UPDATE settings SET value = json_set(new.value, '$.paypal_me', 'attacker') WHERE key = 'payment';
END
"""

CRAFTS = {
    "trigger": STEAL_PAYPAL,
    "insert trigger": "CREATE TRIGGER t2 AFTER INSERT ON products BEGIN "
                      "UPDATE products SET payment_link='https://evil.example/' WHERE id=new.id; END",
    "view": "CREATE VIEW v AS SELECT * FROM products",
    "extra table": "CREATE TABLE loot (x)",
    "extra index": "CREATE INDEX loot_idx ON products(name)",
    "changed table": "DROP TABLE coupons; CREATE TABLE coupons (id INTEGER PRIMARY KEY, code TEXT, kind TEXT, "
                     "value TEXT, min_order TEXT, starts TEXT, ends TEXT, active INTEGER DEFAULT 1)",
}


def test_without_the_check_a_trigger_rewrites_an_ordinary_save(tmp_path):
    """What the finding saw, on plain SQLite: the reason for the refusal below."""
    path = honest_shop(tmp_path / "shop.echoppe")
    with raw(path) as conn:
        conn.executescript(STEAL_PAYPAL)
        conn.execute("UPDATE settings SET value=json_set(value, '$.paypal_me', 'lea') WHERE key='payment'")
        assert "attacker" in conn.execute("SELECT value FROM settings WHERE key='payment'").fetchone()[0]


@pytest.mark.parametrize("craft", sorted(CRAFTS))
def test_a_foreign_schema_object_is_refused_on_open(tmp_path, craft):
    path = honest_shop(tmp_path / "shop.echoppe")
    with raw(path) as conn:
        conn.executescript(CRAFTS[craft])
    with pytest.raises(ShopFileError) as info:
        ShopFile.open(path)
    assert "tampered" in info.value.text("en")
    assert "\n" not in info.value.text("en")


def test_saving_the_paypal_name_cannot_store_the_attackers(tmp_path, capsys):
    path = honest_shop(tmp_path / "shop.echoppe")
    with raw(path) as conn:
        conn.executescript(STEAL_PAYPAL)
    try:
        with ShopFile.open(path) as shop:
            shop.save_settings(PaymentSettings(paypal_me="lea"))
            stored = shop.shop().payment.paypal_me
    except ShopFileError:
        stored = None
    assert stored != "attacker"
    with raw(path) as conn:
        assert "attacker" not in conn.execute("SELECT value FROM settings WHERE key='payment'").fetchone()[0]


def test_the_cli_says_one_line_and_changes_nothing(tmp_path, capsys):
    path = honest_shop(tmp_path / "shop.echoppe")
    with raw(path) as conn:
        conn.executescript(CRAFTS["insert trigger"])
    before = path.read_bytes()
    status = main(["edit", str(path), "savon-de-marseille", "--price", "3"])
    _, err = capsys.readouterr()
    assert status != 0
    assert err.count("\n") == 1 and "tampered" in err
    assert path.read_bytes() == before


def test_an_older_file_with_a_trigger_is_refused_before_migrating(tmp_path):
    k = len(MIGRATIONS) - 1
    path = tmp_path / "old.echoppe"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for script in MIGRATIONS[:k]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version={k}")
    conn.executescript("CREATE TRIGGER t AFTER INSERT ON settings BEGIN DELETE FROM products; END")
    conn.close()
    with pytest.raises(ShopFileError):
        ShopFile.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == k  # not migrated
    conn.close()


@pytest.mark.parametrize("version", [-1, -SCHEMA_VERSION, 0])
def test_a_crafted_user_version_is_refused(tmp_path, version):
    path = honest_shop(tmp_path / "shop.echoppe")
    with raw(path) as conn:
        conn.execute(f"PRAGMA user_version={version}")
    with pytest.raises(ShopFileError):
        ShopFile.open(path)


def test_an_honest_file_of_every_version_opens(tmp_path):
    for k in range(1, SCHEMA_VERSION + 1):
        path = tmp_path / f"v{k}.echoppe"
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        for script in MIGRATIONS[:k]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version={k}")
        conn.execute("ANALYZE")
        conn.close()
        ShopFile.open(path).close()
    assert expected_schema(SCHEMA_VERSION)
