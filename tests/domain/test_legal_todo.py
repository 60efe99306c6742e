"""The legal checklist's "what to do" sends the person to the page where the field really is: the host's
identity on Publish ("Who hosts your site"), delivery deadlines and pickup on Shipping, the rest on
Your shop."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from wizard.domain.legal import Finding, check_shop
from wizard.domain.model import (
    LegalIdentity,
    Product,
    ShippingRate,
    ShippingZone,
    Shop,
    ShopIdentity,
    VatStatus,
)

FULL = LegalIdentity(owner_name="Louise Martin", address="12 rue des Lilas\n69001 Lyon", siret="73282932000074",
                     vat_status=VatStatus.FRANCHISE, mediator_name="Médiateur Exemple",
                     host_name="OVH SAS", host_address="2 rue Kellermann, 59100 Roubaix", host_phone="1007")
IDENTITY = ShopIdentity(name="Lou", niche="crafts", email="lou@example.fr", language="en")


def _todos(shop: Shop, rates: list[ShippingRate] | None = None,
           products: list[Product] | None = None) -> dict[str, str]:
    findings: list[Finding] = check_shop(shop, products or [], rates or [], {})
    return {f.code: f.todo.text("en") for f in findings}


def test_a_missing_host_is_sent_to_the_publish_page() -> None:
    todos = _todos(Shop(identity=IDENTITY, legal=replace(FULL, host_name="", host_address="",
                                                            host_phone="")))
    assert set(todos) == {"identity.host_name"}
    assert "Publish page (Who hosts your site)" in todos["identity.host_name"]
    assert "Your shop" not in todos["identity.host_name"]
    assert "--host-name" in todos["identity.host_name"]


def test_a_host_without_address_is_sent_to_the_publish_page() -> None:
    todos = _todos(Shop(identity=IDENTITY, legal=replace(FULL, host_phone="")))
    assert "Publish page (Who hosts your site)" in todos["identity.host"]


def test_the_seller_s_own_fields_stay_on_your_shop() -> None:
    todos = _todos(Shop(identity=IDENTITY, legal=replace(FULL, siret="")))
    assert "Your shop page" in todos["identity.siret"]


def test_deadlines_and_pickup_are_sent_to_the_shipping_page() -> None:
    rates = [ShippingRate("Colissimo", ShippingZone.FRANCE, price=Decimal("5")),
             ShippingRate("Atelier", ShippingZone.FRANCE, pickup=True)]
    todos = _todos(Shop(identity=IDENTITY, legal=FULL), rates)
    for code in ("shipping.deadline", "shipping.pickup"):
        assert "Shipping page" in todos[code] and "Selling" not in todos[code], code
    none = _todos(Shop(identity=IDENTITY, legal=FULL), [], [Product(name="Vase", price=Decimal("20"), sku="V")])
    assert "Shipping page" in none["shipping.none"] and "Selling" not in none["shipping.none"]
