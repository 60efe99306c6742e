"""The desk as the build sees it: :func:`desk_plan` gives the files and endpoints, or ``None``."""

from __future__ import annotations

import json

from wizard.desk.catalogue import catalogue
from wizard.desk.files import ORDER_URL, WITHDRAW_URL, desk_files, desk_site
from wizard.site.deskplan import DeskPlan
from wizard.site.paths import paths_for
from wizard.site.views import LOCALE_TAGS, SiteModel, gettext_site
from wizard.store.shopfile import ShopFile


def desk_plan(shop: ShopFile, base_url: str | None = None) -> DeskPlan | None:
    """The desk's part of the site when it is on for this shop and target, else ``None``."""
    desk = desk_site(shop)
    if desk is None:
        return None
    settings = shop.shop()
    lang = settings.identity.language if settings.identity.language in LOCALE_TAGS else "fr"
    paths = paths_for(lang)
    products = shop.products(published_only=True)
    coupons, shipping = shop.coupons(), shop.shipping_rates()
    model = SiteModel(settings, products, shop.categories(), coupons, shipping, paths, "", None, base_url)  # type: ignore[arg-type]  # no pages rendered: no pictures needed
    rows = model.country_rows()
    files = desk_files(
        desk,
        catalogue=catalogue(products, coupons, shipping, rows, model.law.withdrawal_text),
        lang=lang,
        currency=model.currency,
        shop_name=settings.identity.name,
        order_email=model.order_email,
        paypal_me=settings.payment.paypal_me.strip(),
        has_payment_links=any(p.payment_link for p in products),
        base_url=model.base_url,
        terms_page=paths.terms,
        withdraw_page=paths.withdrawal,
        cart_page=paths.cart,
        countries=rows,
        gettext=gettext_site(lang),
    )
    payments = tuple(json.loads(files["desk/config.json"])["payments"])
    return DeskPlan(ORDER_URL, WITHDRAW_URL, files, payments)
