"""A rebuild by a new process (``echoppe build`` again) of an unchanged shop renders and reads nothing.

The previous build recorded a hash of the shop file's bytes; equal bytes built the same way skip
the build (files in place), any other byte, option or template makes the full comparison run.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

import wizard.site.build as build
from tests.site.shopdata import make_shop
from wizard.domain.model import LegalIdentity
from wizard.site import build_site
from wizard.store import ShopFile


def _refuse_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the shop was read and the site planned again")

    monkeypatch.setattr(build, "SiteBuilder", refuse)


def test_a_reopened_unchanged_shop_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    make_shop(tmp_path / "s.echoppe", legal=LegalIdentity()).close()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        first = build_site(shop, out)
    _refuse_builder(monkeypatch)
    with ShopFile.open(tmp_path / "s.echoppe") as shop:  # as a new process would
        again = build_site(shop, out)
    assert again.written == () and again.removed == () and again.pages == first.pages
    assert again.unchanged == len([p for p in out.rglob("*") if p.is_file()])
    assert {str(w) for w in again.warnings} == {str(w) for w in first.warnings}  # the legal warnings kept


def test_a_change_made_in_another_session_is_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    make_shop(tmp_path / "s.echoppe").close()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, price=Decimal("27")))
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        report = build_site(shop, out)
    assert "produit/bol-bleu.html" in report.written
    assert "27,00" in (out / "produit" / "bol-bleu.html").read_text()


def test_bytes_changed_by_another_program_are_built(tmp_path: Path) -> None:
    out = tmp_path / "site"
    make_shop(tmp_path / "s.echoppe").close()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    with sqlite3.connect(tmp_path / "s.echoppe") as conn:  # not through Échoppe: no session revision
        conn.execute("UPDATE products SET name = 'Bol vert' WHERE slug = 'bol-bleu'")
    conn.close()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        report = build_site(shop, out)
    assert "produit/bol-bleu.html" in report.written
    assert "Bol vert" in (out / "produit" / "bol-bleu.html").read_text()


def test_another_theme_or_a_missing_file_is_built(tmp_path: Path) -> None:
    out = tmp_path / "site"
    make_shop(tmp_path / "s.echoppe", theme="market").close()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        assert build_site(shop, out, theme="gallery").written  # an option of the build
    (out / "contact.html").unlink()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        report = build_site(shop, out, theme="gallery")
    assert "contact.html" in report.written


def test_a_big_shop_file_is_not_hashed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "CONTENT_KEY_LIMIT", 1024)  # every shop file is bigger
    out = tmp_path / "site"
    make_shop(tmp_path / "s.echoppe").close()
    with ShopFile.open(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
        assert build._shop_digest(shop) == ""
    with ShopFile.open(tmp_path / "s.echoppe") as shop:  # the full comparison: nothing rewritten
        assert build_site(shop, out).written == ()


def test_the_sitemap_is_made_again_only_when_what_it_shows_changes(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[bytes] = []
    plain = build.SiteBuilder._sitemap

    def counted(self: build.SiteBuilder) -> bytes:
        made.append(plain(self))
        return made[-1]

    monkeypatch.setattr(build.SiteBuilder, "_sitemap", counted)
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
        assert len(made) == 1
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, price=Decimal("26")))
        build_site(shop, out)
        assert len(made) == 1  # a price is not in the sitemap
        bowl = shop.product("bol-bleu")
        assert bowl is not None
        shop.update_product(replace(bowl, slug="bol-indigo"))
        build_site(shop, out)
        assert len(made) == 2 and b"bol-indigo" in made[-1]
        shop.delete_product(bowl.id)
        build_site(shop, out)
        assert len(made) == 3 and b"bol-indigo" not in made[-1]
    assert (out / "sitemap.xml").read_bytes() == made[-1]
