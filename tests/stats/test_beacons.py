"""The site carries the beacon pictures the cart requests (and nothing is sent but the request)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from tests.site.shopdata import make_shop
from wizard.site import build_site
from wizard.stats.beacons import BEACONS


def test_the_built_site_has_the_beacons_and_the_cart_requests_them(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with make_shop(tmp_path / "s.echoppe") as shop:
        build_site(shop, out)
    for name in ("e/add.gif", "e/order.gif"):
        data = (out / name).read_bytes()
        assert data == BEACONS[name]
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "GIF" and image.size == (1, 1)
    script = (out / "static" / "cart.js").read_text(encoding="utf-8")
    assert script.count("fetch(") == 1 and "'.gif?p='" in script
    assert "signal('add', [d.slug])" in script and script.count("signal('order'") == 2
