"""Fuzz: randomly corrupted and randomly crafted shop files, opened, listed, built and published to a
folder through the CLI. Nothing is written outside the shop's own folders, nothing ends in a
traceback, and every refusal is one line."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.security.crafted import files_under
from tests.site.shopdata import make_shop
from wizard.cli import main
from wizard.domain.model import PublishTarget
from wizard.store.shopfile import ShopFile

_TEMPLATE: dict[str, bytes] = {}


def _template() -> bytes:
    """An honest shop file with a folder target, made once."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="echoppe-fuzz-template-"))
        with make_shop(folder / "t.echoppe") as shop:
            shop.save_settings(PublishTarget(local_folder="PLACEHOLDER"))
        _TEMPLATE["bytes"] = (folder / "t.echoppe").read_bytes()
        shutil.rmtree(folder)
    return _TEMPLATE["bytes"]


NASTY = st.sampled_from([
    "../../../../victim/x", "/tmp/victim/x", "CON", "a/b", "..", "", "x\x00y", "javascript:alert(1)", "Z" * 400,
    "'; DROP TABLE products; --", "\u202e", "=HYPERLINK(1)", "null", "[]", "{}", '{"a": 1}', "1e999", "-1",
])
TEXT = st.one_of(NASTY, st.text(max_size=40))
COLUMNS = st.sampled_from([
    ("products", "slug"), ("products", "name"), ("products", "price"), ("products", "payment_link"),
    ("products", "tags"), ("products", "option_names"), ("products", "kind"), ("products", "created_at"),
    ("products", "event_date"), ("products", "stock"), ("categories", "slug"), ("categories", "parent_id"),
    ("product_images", "image_key"), ("product_images", "url"), ("images", "key"), ("images", "data"),
    ("images", "width"), ("images", "mime"), ("variants", "options"), ("variants", "price"),
    ("coupons", "kind"), ("coupons", "value"), ("coupons", "starts"), ("shipping_rates", "zone"),
    ("settings", "value"),
])
SQL_EDIT = st.tuples(COLUMNS, st.one_of(TEXT, st.integers(-(2**63), 2**63 - 1), st.binary(max_size=16), st.none()))
SETTING_EDIT = st.tuples(st.sampled_from(["identity", "legal", "payment", "target", "x:publish.build_id"]),
                         st.sampled_from(["logo", "language", "theme", "public_url", "local_folder", "port",
                                          "currency", "primary_color", "paypal_me", "mediator_url"]),
                         st.one_of(TEXT, st.integers(), st.booleans(), st.none(), st.lists(st.integers(), max_size=2)))
CORRUPTION = st.lists(st.tuples(st.integers(0, 2**20), st.binary(min_size=1, max_size=8)), max_size=4)


def _craft(path: Path, sql_edits, setting_edits, corruption, victim: Path, dest: Path) -> None:
    data = _template().replace(b"PLACEHOLDER", b"P" * len("PLACEHOLDER"))
    path.write_bytes(data)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE settings SET value=json_set(value, '$.local_folder', ?) WHERE key='target'",
                     (str(dest),))
        for (table, column), value in sql_edits:
            with contextlib.suppress(sqlite3.Error):
                value = str(victim / str(value)) if value == "/tmp/victim/x" else value
                conn.execute(f"UPDATE {table} SET {column}=? WHERE rowid=(SELECT MIN(rowid) FROM {table})",
                             (value,))
        for key, field, value in setting_edits:
            with contextlib.suppress(sqlite3.Error):
                if key.startswith("x:"):
                    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                                 (key, json.dumps(value)))
                else:
                    conn.execute("UPDATE settings SET value=json_set(value, ?, json(?)) WHERE key=?",
                                 (f"$.{field}", json.dumps(value), key))
    finally:
        conn.close()
    if corruption:
        raw = bytearray(path.read_bytes())
        for offset, chunk in corruption:
            at = offset % len(raw)
            raw[at : at + len(chunk)] = chunk
        path.write_bytes(bytes(raw))


def _run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, err.getvalue()


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate], report_multiple_bugs=True)
@given(sql_edits=st.lists(SQL_EDIT, max_size=4), setting_edits=st.lists(SETTING_EDIT, max_size=3),
       corruption=CORRUPTION)
def test_crafted_shop_files_never_escape_or_crash(sql_edits, setting_edits, corruption):
    root = Path(tempfile.mkdtemp(prefix="echoppe-fuzz-"))
    try:
        victim = root / "victim"
        victim.mkdir()
        (victim / "thesis.txt").write_text("mine", encoding="utf-8")
        (victim / "index.html").write_text("mine", encoding="utf-8")
        before = files_under(victim)
        shop = root / "shop" / "shop.echoppe"
        shop.parent.mkdir()
        _craft(shop, sql_edits, setting_edits, corruption, victim, root / "dest")
        for args in (["products", str(shop)], ["build", str(shop), "--out", str(root / "site")],
                     ["publish", str(shop), "--dry-run"], ["publish", str(shop)]):
            status, err = _run(*args)  # an uncaught exception fails the test with its traceback
            assert isinstance(status, int)
            assert "Traceback" not in err
            # Build warnings go to stderr too (one line each); a refusal is one line.
            errors = [line for line in err.splitlines() if line and not line.startswith("Warning: ")]
            assert len(errors) <= 1, err
        assert files_under(victim) == before
        assert {p.name for p in root.iterdir()} <= {"victim", "shop", "site", "dest"}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_the_template_is_an_honest_shop():
    root = Path(tempfile.mkdtemp(prefix="echoppe-fuzz-"))
    try:
        path = root / "s.echoppe"
        path.write_bytes(_template())
        with ShopFile.open(path) as shop:
            assert shop.product_count() > 0
    finally:
        shutil.rmtree(root, ignore_errors=True)
