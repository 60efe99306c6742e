"""A shop with the order desk on, for the desk's tests: variants with stock, weight bands, coupons."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from tests.site.shopdata import FULL_LEGAL
from wizard.desk import keys
from wizard.desk.plan import desk_plan
from wizard.domain.model import (
    Coupon,
    CouponKind,
    PaymentSettings,
    Product,
    PublishTarget,
    ShippingKind,
    ShippingRate,
    ShippingZone,
    ShopIdentity,
    Variant,
)
from wizard.site import build_site
from wizard.site.deskplan import DeskPlan
from wizard.store.shopfile import ShopFile

PUBLIC_URL = "https://miel.example.fr/"


def make_desk_shop(path: Path, *, target_path: str = "www/shop/public", public_url: str = PUBLIC_URL,
                   host: str = "127.0.0.1", port: int = 22, lang: str = "fr") -> ShopFile:
    shop = ShopFile.create(path, ShopIdentity(name="Les Ruchers d'Anaïs", language=lang, email="bonjour@example.fr",
                                              public_url=public_url))
    shop.save_settings(FULL_LEGAL, PaymentSettings(order_email="commandes@example.fr", paypal_me="ruchers"),
                       PublishTarget(host=host, port=port, user="echoppe-jail", path=target_path,
                                     public_url=public_url))
    shop.add_products([
        Product(name="Miel de lavande", slug="miel-de-lavande", price=Decimal("6.90"), sku="MIEL", weight_g=300,
                option_names=("Pot",), variants=(
                    Variant(options=(("Pot", "250 g"),), sku="MIEL-250", stock=40),
                    Variant(options=(("Pot", "500 g"),), sku="MIEL-500", price=Decimal("11.45"), stock=3),
                    Variant(options=(("Pot", "1 kg"),), sku="MIEL-1K", price=Decimal("19.99"), stock=0),
                )),
        Product(name="Bougie <b>cire</b> & \"abeille\"", slug="bougie", price=Decimal("8.33"), sku="BOUGIE",
                weight_g=150),
        Product(name="Pollen", slug="pollen", price=Decimal("0.99"), stock=500, weight_g=20),
        Product(name="Visite du rucher", slug="visite", price=Decimal("25"), payment_link="https://buy.stripe.com/test_x"),
    ])
    shop.save_coupon(Coupon(code="MARCHE10", kind=CouponKind.PERCENT, value=Decimal("12.5")))
    shop.save_coupon(Coupon(code="MOINS5", kind=CouponKind.FIXED, value=Decimal("5"), min_order=Decimal("30")))
    shop.save_coupon(Coupon(code="VIEUX", kind=CouponKind.FIXED, value=Decimal("3"), ends=dt.date(2020, 1, 1)))
    shop.save_coupon(Coupon(code="FUTUR", kind=CouponKind.FIXED, value=Decimal("3"), starts=dt.date(2099, 1, 1)))
    shop.save_shipping_rate(ShippingRate("Colissimo", ShippingZone.FRANCE, ShippingKind.FREE_ABOVE, Decimal("4.95"),
                                         Decimal("45")))
    shop.save_shipping_rate(ShippingRate("Lettre suivie", ShippingZone.FRANCE, ShippingKind.BY_WEIGHT, Decimal("2.10"),
                                         max_weight_g=250))
    shop.save_shipping_rate(ShippingRate("Lettre suivie", ShippingZone.FRANCE, ShippingKind.BY_WEIGHT, Decimal("3.40"),
                                         max_weight_g=1000))
    shop.save_shipping_rate(ShippingRate("Retrait à la ferme", ShippingZone.FRANCE, ShippingKind.FLAT, Decimal("0")))
    shop.save_shipping_rate(ShippingRate("Europe", ShippingZone.EU, ShippingKind.FLAT, Decimal("14.50")))
    shop.save_shipping_rate(ShippingRate("Monde", ShippingZone.WORLD, ShippingKind.BY_WEIGHT, Decimal("22"),
                                         max_weight_g=2000))
    keys.enable(shop)
    return shop


def build_with_desk(shop: ShopFile, out: Path) -> DeskPlan:
    plan = desk_plan(shop)
    assert plan is not None
    build_site(shop, out, desk=plan)
    return plan
