"""Finding 3: a setting read from a shop file never chooses a folder outside Échoppe's cache."""

from __future__ import annotations

import json

import pytest

from tests.security.crafted import honest_shop, raw
from wizard.cli import main
from wizard.domain.model import PublishTarget
from wizard.paths import cache_dir
from wizard.publish.shop import build_dir_for
from wizard.store.shopfile import ShopFile


def _set_build_id(path, value) -> None:
    with raw(path) as conn:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('x:publish.build_id', ?)",
                     (json.dumps(value),))


@pytest.mark.parametrize("kind", ["absolute", "relative"])
def test_publish_dry_run_never_builds_into_a_folder_named_by_the_file(tmp_path, capsys, kind):
    path = honest_shop(tmp_path / "shop.echoppe")
    with ShopFile.open(path) as shop:
        shop.save_settings(PublishTarget(local_folder=str(tmp_path / "dest")))
    mine = tmp_path / "my-site"
    mine.mkdir()
    (mine / "index.html").write_text("my own page", encoding="utf-8")
    _set_build_id(path, str(mine) if kind == "absolute" else "../" * 15 + str(mine).lstrip("/"))
    status = main(["publish", str(path), "--dry-run"])
    capsys.readouterr()
    assert status == 0
    assert sorted(p.name for p in mine.iterdir()) == ["index.html"]
    assert (mine / "index.html").read_text(encoding="utf-8") == "my own page"


@pytest.mark.parametrize("value", ["", "..", "a/b", "x" * 32, 12, None, ["a"], "0" * 31, "0" * 32 + "/.."])
def test_the_build_folder_is_always_a_folder_of_our_cache(tmp_path, value):
    path = honest_shop(tmp_path / "shop.echoppe")
    _set_build_id(path, value)
    with ShopFile.open(path) as shop:
        folder = build_dir_for(shop)
        assert folder.parent == cache_dir() / "builds"
        assert len(folder.name) == 32 and set(folder.name) <= set("0123456789abcdef")
        assert build_dir_for(shop) == folder  # kept for the next publish


def test_a_good_build_id_is_kept(tmp_path):
    path = honest_shop(tmp_path / "shop.echoppe")
    _set_build_id(path, "0123456789abcdef" * 2)
    with ShopFile.open(path) as shop:
        assert build_dir_for(shop).name == "0123456789abcdef" * 2
