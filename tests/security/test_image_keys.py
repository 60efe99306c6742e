"""Finding 1: a stored image key is never a file path (build, publish, preview)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.security.crafted import raw, shop_with_picture
from wizard.cli import main
from wizard.store.shopfile import ShopFile


def _rekey(path: Path, old: str, new: str) -> None:
    with raw(path) as conn:
        conn.execute("UPDATE images SET key=? WHERE key=?", (new, old))
        conn.execute("UPDATE product_images SET image_key=? WHERE image_key=?", (new, old))


@pytest.mark.parametrize("kind", ["absolute", "relative"])
def test_a_key_holding_a_path_writes_nothing_outside(tmp_path, capsys, kind):
    shop, key = shop_with_picture(tmp_path / "shop.echoppe")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "thesis.txt"
    victim.write_text("my thesis", encoding="utf-8")
    stem = str(victim.with_suffix(""))
    if kind == "relative":
        stem = "../" * 12 + stem.lstrip("/")
    _rekey(shop, key, stem)
    status = main(["build", str(shop), "--out", str(tmp_path / "site")])
    capsys.readouterr()
    assert status == 0
    assert victim.read_text(encoding="utf-8") == "my thesis"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["thesis.txt"]


def test_keys_are_checked_when_read(tmp_path):
    shop, key = shop_with_picture(tmp_path / "shop.echoppe")
    _rekey(shop, key, "../x")
    with ShopFile.open(shop) as s:
        assert s.image("../x") is None
        assert s.image_keys() == []
        assert s.products()[0].images[0].key is None


def test_an_image_whose_bytes_do_not_match_its_key_is_not_served(tmp_path):
    """Keys are content hashes: the cache, shared by every shop, cannot be poisoned under another key."""
    shop, key = shop_with_picture(tmp_path / "shop.echoppe")
    with raw(shop) as conn:
        conn.execute("UPDATE images SET data=X'FFD8FF00' WHERE key=?", (key,))
    with ShopFile.open(shop) as s:
        assert s.image(key) is None


def test_the_key_pattern():
    from wizard.store.images import is_image_key

    assert is_image_key("a" * 64)
    for bad in ("A" * 64, "a" * 63, "a" * 65, "../" + "a" * 61, "a" * 64 + "\n", None, 5):
        assert not is_image_key(bad)
