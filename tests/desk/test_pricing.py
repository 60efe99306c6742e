"""The golden carts: Python's reference totals and the desk's PHP (real interpreter) agree to the cent."""

from __future__ import annotations

import json

import pytest

from tests.desk.carts import GOLDEN, php_results, python_result
from tests.desk.deskshop import build_with_desk, make_desk_shop


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("desk-pricing")
    shop = make_desk_shop(root / "shop.echoppe")
    out = root / "site"
    build_with_desk(shop, out)
    yield out
    shop.close()


@pytest.mark.parametrize("cart", GOLDEN, ids=[c["name"] for c in GOLDEN])
def test_python_matches_the_golden_cart(built, cart):
    catalogue = json.loads((built / "desk" / "catalogue.json").read_text())
    assert python_result(catalogue, cart) == cart["expect"]


def test_php_matches_every_golden_cart(built):
    results = php_results(built / "desk", GOLDEN)
    for cart, result in zip(GOLDEN, results, strict=True):
        assert result == cart["expect"], cart["name"]
