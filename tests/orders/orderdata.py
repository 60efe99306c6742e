"""Orders as the desk writes them (docs/order-format.md), for the orders tests."""

from __future__ import annotations

import base64
import copy
import json
from decimal import Decimal
from typing import Any

from nacl.public import PrivateKey, SealedBox

from wizard.domain.model import Product, Variant
from wizard.store.shopfile import ShopFile

SAMPLE: dict[str, Any] = {
    "format": "echoppe-order/1",
    "number": "2026-00042",
    "received_at": "2026-12-02T19:04:05+00:00",
    "lang": "fr",
    "currency": "EUR",
    "customer": {
        "name": "Margaux Lefèvre", "email": "margaux@example.fr", "phone": "06 12 34 56 78",
        "address": {"line1": "3 rue des Lilas", "line2": "", "postcode": "69001", "city": "Lyon", "country": "FR"},
    },
    "lines": [
        {"slug": "miel-de-lavande", "sku": "MIEL-250", "name": "Miel de lavande", "options": {"Pot": "250 g"},
         "quantity": 2, "unit_price": "6.90", "line_total": "13.80"},
    ],
    "subtotal": "13.80",
    "coupon": {"code": "MARCHE10", "discount": "1.38"},
    "shipping": {"method": "Colissimo", "zone": "fr", "price": "4.95"},
    "total": "17.37",
    "payment": "transfer",
    "message": "Livraison après 18 h s'il vous plaît",
}


def order_data(number: str = "2026-00042", **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(SAMPLE)
    data["number"] = number
    data.update(changes)
    return data


def two_line_order(number: str, honey: int = 1, soap: int = 1) -> dict[str, Any]:
    """An order for ``honey`` jars (variant 250 g) and ``soap`` bars (no variant), no coupon."""
    lines = [
        {"slug": "miel-de-lavande", "sku": "MIEL-250", "name": "Miel de lavande", "options": {"Pot": "250 g"},
         "quantity": honey, "unit_price": "6.90", "line_total": str(Decimal("6.90") * honey)},
        {"slug": "savon", "sku": "SAV", "name": "Savon", "options": [], "quantity": soap,
         "unit_price": "4.50", "line_total": str(Decimal("4.50") * soap)},
    ]
    sub = Decimal("6.90") * honey + Decimal("4.50") * soap
    return order_data(number, lines=lines, subtotal=str(sub), coupon=None,
                      total=str(sub + Decimal("4.95")))


def withdrawal_data(number: str = "W2026-00003", order_number: str = "2026-00042") -> dict[str, Any]:
    return {"format": "echoppe-withdrawal/1", "number": number, "received_at": "2026-12-04T08:15:00+00:00",
            "lang": "fr", "order_number": order_number, "name": "Margaux Lefèvre", "email": "margaux@example.fr"}


def add_products(shop: ShopFile, honey_stock: int = 5, soap_stock: int = 3) -> None:
    shop.add_products([
        Product(name="Miel de lavande", slug="miel-de-lavande", price=Decimal("6.90"), option_names=("Pot",),
                variants=(Variant((("Pot", "250 g"),), "MIEL-250", None, None, honey_stock),
                          Variant((("Pot", "500 g"),), "MIEL-500", Decimal("11.50"), None, 4))),
        Product(name="Savon", slug="savon", price=Decimal("4.50"), sku="SAV", stock=soap_stock),
    ])


def make_keys(shop: ShopFile) -> PrivateKey:
    key = PrivateKey.generate()
    shop.set_value("desk.public_key", base64.b64encode(bytes(key.public_key)).decode())
    shop.set_value("desk.secret_key", base64.b64encode(bytes(key)).decode())
    return key


def seal(key: PrivateKey, data: dict[str, Any]) -> bytes:
    return SealedBox(key.public_key).encrypt(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def stock_of(shop: ShopFile, slug: str, options: tuple[tuple[str, str], ...] = ()) -> int | None:
    product = shop.product(slug)
    assert product is not None
    if not options:
        return product.stock
    return next(v.stock for v in product.variants if v.options == options)
