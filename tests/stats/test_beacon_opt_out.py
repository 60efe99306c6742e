"""The cart's statistics beacon in real Chromium: requested on an add to the cart, not when the browser sends
Global Privacy Control or Do Not Track (the visitor objects: not even the picture is asked for)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.browser.serve import chromium, serve
from tests.site.shopdata import make_shop
from wizard.site import build_site

OBJECTS = {
    "none": "",
    "gpc": "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true});",
    "dnt": "Object.defineProperty(Navigator.prototype, 'doNotTrack', {get: () => '1'});",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("beacon-site")
    with make_shop(tmp / "s.echoppe") as shop:
        build_site(shop, tmp / "site")
    return tmp / "site"


@pytest.mark.parametrize("signal", ["none", "gpc", "dnt"])
def test_the_cart_beacon_respects_the_visitors_objection(site: Path, signal: str) -> None:
    with serve(site) as base, chromium() as browser:
        context = browser.new_context()
        if OBJECTS[signal]:
            context.add_init_script(OBJECTS[signal])
        page = context.new_page()
        asked: list[str] = []
        page.on("request", lambda r: asked.append(r.url) if "/e/" in r.url else None)
        page.goto(base + "produit/bol-bleu.html")
        page.click("form[data-cart-add] [type=submit]")
        page.wait_for_selector("[data-cart-view]:not([hidden])")
        page.goto(base + "index.html")  # an ordinary request after the add: anything sent before it is seen
        context.close()
    if signal == "none":
        assert [u.rsplit("/", 1)[1] for u in asked] == ["add.gif?p=bol-bleu"]
    else:
        assert asked == []
