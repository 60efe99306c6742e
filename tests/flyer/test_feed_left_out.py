"""The build reports the products the shopping feeds leave out, also when it has nothing to redo (the
publish page names them after every publish)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from wizard.domain.model import Product, ShopIdentity
from wizard.site import build as build_module
from wizard.site.build import build_site
from wizard.store.shopfile import ShopFile


def test_left_out_products_are_reported_by_a_full_and_by_a_quick_build(shop_path: Path, tmp_path: Path,
                                                                       monkeypatch) -> None:
    with ShopFile.create(shop_path, ShopIdentity(name="Chez Léa", public_url="https://lea.example/")) as shop:
        shop.add_product(Product(name="Bol sans photo", slug="bol", price=Decimal("12")))
        shop.add_product(Product(name="Service", slug="cours", price=Decimal("0")))  # not orderable: not named
        first = build_site(shop, tmp_path / "site", workers=1)
        assert first.feed_left_out == ("Bol sans photo",)
        full_builds: list[object] = []
        real = build_module._full_build
        monkeypatch.setattr(build_module, "_full_build", lambda *a, **k: full_builds.append(a) or real(*a, **k))
        again = build_site(shop, tmp_path / "site", workers=1)
        assert full_builds == []  # nothing changed: the quick path answered
        assert again.feed_left_out == ("Bol sans photo",)
        without_address = build_site(shop, tmp_path / "other", base_url="", workers=1)
    assert without_address.feed_left_out == ()  # no address, no feed, nothing left out of it
