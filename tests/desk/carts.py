"""Running carts through the three implementations: Python (reference), PHP (real ``php``), the cart."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from wizard.desk.pricing import CartRefused, Item, plain, price_cart

HERE = Path(__file__).parent
GOLDEN = json.loads((HERE / "golden_carts.json").read_text(encoding="utf-8"))
TODAY = "2026-12-02"


def items_of(cart: dict[str, Any]) -> list[Item]:
    return [Item(s, v, q) for s, v, q in cart["items"]]


def python_result(catalogue: dict[str, Any], cart: dict[str, Any]) -> dict[str, Any]:
    try:
        r = price_cart(catalogue, items_of(cart), cart["coupon"], cart["country"], cart["rate"], TODAY)
    except CartRefused as exc:
        return {"error": exc.key}
    return {"subtotal": plain(r.subtotal), "discount": plain(r.discount),
            "shipping": [r.shipping.index, plain(r.shipping.cost)] if r.shipping else None, "total": plain(r.total)}


def php_results(desk_dir: Path, carts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Price every cart with lib.php in one real ``php`` process."""
    php = shutil.which("php")
    if php is None:
        pytest.skip("php is not installed (apt-get install php-cli)")
    payload = [{"items": [{"slug": s, "variant": v, "qty": q} for s, v, q in c["items"]], "coupon": c["coupon"],
                "country": c["country"], "rate": c["rate"], "today": TODAY} for c in carts]
    done = subprocess.run([php, str(HERE / "php_harness.php"), str(desk_dir)], input=json.dumps(payload),
                          capture_output=True, text=True, check=True, timeout=300)
    out = []
    for r in json.loads(done.stdout):
        if "error" in r:
            out.append({"error": r["error"]})
            continue
        cents = lambda c: plain(Decimal(c) / 100)  # noqa: E731
        out.append({"subtotal": cents(r["sub"]), "discount": cents(r["off"]),
                    "shipping": [r["ship"][0], cents(r["ship"][1])] if r["ship"] else None, "total": cents(r["total"])})
    return out
