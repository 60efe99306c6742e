"""What a flyer says, decided from the shop file before anything is drawn.

:func:`plan_flyer` reads the shop (its name, logo, colours, public address, one product, one coupon)
and returns a :class:`FlyerPlan`: every text already in the shop's language, the exact address the QR
code carries, the picture bytes. It refuses, with a typed error, what would make a useless or wrong
flyer: no public address (the QR code would lead nowhere), a product that is not on the site, a coupon
that does not exist or has ended, a source name the statistics would not count. Drawing the plan
(``wizard.flyer.render``) then needs neither the shop file nor the network, so it can run in a worker.

The QR code's address carries our own source tag, ``?src=NAME``: ``wizard.stats.sources.tag_of`` is
the one rule that decides what counts as a tag, and a name is accepted here only when that rule reads
it back unchanged, so every visit from the flyer is counted under its name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from wizard.domain.model import Coupon, CouponKind, Product, Shop
from wizard.domain.urls import safe_web_url
from wizard.domain.validation import validate_coupon
from wizard.i18n import EchoppeError, gettext_for, msg, normalise_language
from wizard.stats.sources import tag_of
from wizard.store.shopfile import ShopFile

DEFAULT_SOURCE = "flyer"
NAME_MAX = 80  # characters of the shop's or the product's name drawn (a received file may hold more)
TAGLINE_MAX = 140
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class FlyerSize(StrEnum):
    A5 = "A5"
    A6 = "A6"


class FlyerError(EchoppeError):
    """A flyer that cannot be made as asked (what and why, then what to do)."""


class NoPublicAddress(FlyerError):
    def __init__(self) -> None:
        super().__init__(msg("The shop has no public web address, so the flyer's QR code would lead nowhere."),
                         msg("Publish the shop on your host and type its address (https://…) on the Publish "
                             "page, then make the flyer."))


class UnknownProduct(FlyerError):
    def __init__(self, slug: str) -> None:
        super().__init__(msg("No product of the shop has the slug “{slug}”.", slug=_shown(slug)),
                         msg("See the slugs with: echoppe products SHOP"))


class ProductNotOnSite(FlyerError):
    def __init__(self, name: str) -> None:
        super().__init__(msg("The product “{name}” is hidden from the shop: its QR code would lead to a missing "
                             "page.", name=_shown(name)),
                         msg("Show it in the shop (Products page), publish, then make the flyer."))


class UnknownCoupon(FlyerError):
    def __init__(self, code: str) -> None:
        super().__init__(msg("The shop has no discount code “{code}”.", code=_shown(code)),
                         msg("Create it on the Selling page, or choose one the shop has."))


class CouponNotUsable(FlyerError):
    """The code exists but a customer could not use it (ended, switched off)."""


class BadSourceName(FlyerError):
    def __init__(self, name: str) -> None:
        super().__init__(msg("“{name}” cannot be a source name.", name=_shown(name)),
                         msg("Use 1 to 40 letters, digits, dots, dashes or underscores, starting with a letter "
                             "or a digit, like flyer-marche."))


def _shown(text: str) -> str:
    """A name from the shop file or the command line, safe to show in one line."""
    return _CONTROL.sub("?", text)[:60]


def _line(text: str, limit: int) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


@dataclass(frozen=True)
class Picture:
    data: bytes
    mime: str  # image/jpeg, image/png or image/webp (what the shop file stores)
    width: int
    height: int


@dataclass(frozen=True)
class FlyerPlan:
    """Everything drawn on the flyer, in the shop's language."""

    size: FlyerSize
    lang: str
    shop_name: str
    tagline: str
    logo: Picture | None
    primary_color: str
    accent_color: str
    url: str  # what the QR code holds, with the source tag
    address: str  # the shop's address as a person would type it (no tag): www.example.fr
    headline: str  # "Find our shop online" or the product's name
    price: str  # the product's price ("From 12,00 €" for a range); empty for the whole shop
    picture: Picture | None  # the product's first picture
    scan_hint: str
    coupon_offer: str  # "10 % off with the code"; empty without a coupon
    coupon_code: str
    coupon_terms: tuple[str, ...]  # minimum order, dates, where to type it
    contact: str  # e-mail · phone
    source: str


def source_tag(name: str) -> str:
    """``name`` as the statistics will count it (lower case); :class:`BadSourceName` when they would not."""
    value = name.strip()
    tag = tag_of(f"src={value}") if value and "&" not in value and "=" not in value else None
    if tag is None or tag != value.lower():
        raise BadSourceName(name)
    return tag


def base_address(settings: Shop) -> str:
    """The shop's public address ending in ``/`` (the one the site and the feeds use); NoPublicAddress."""
    base = safe_web_url(settings.identity.public_url) or safe_web_url(settings.target.public_url)
    if not base:
        raise NoPublicAddress()
    return base.split("#")[0].split("?")[0].rstrip("/") + "/"


def typed_address(url: str) -> str:
    """``https://www.example.fr/shop/`` → ``www.example.fr/shop`` (what a customer types)."""
    return url.split("://", 1)[-1].rstrip("/")


def find_coupon(coupons: list[Coupon], code: str, today: dt.date) -> Coupon:
    """The shop's coupon ``code`` (any case) if a customer can use it today or later."""
    wanted = code.strip().upper()
    coupon = next((c for c in coupons if c.code.upper() == wanted and not validate_coupon(c)), None)
    if coupon is None:
        raise UnknownCoupon(code)
    if not coupon.active:
        raise CouponNotUsable(msg("The discount code {code} is switched off.", code=coupon.code),
                              msg("Switch it on again on the Selling page, or choose another code."))
    if coupon.ends is not None and coupon.ends < today:
        raise CouponNotUsable(msg("The discount code {code} ended on {day}.", code=coupon.code,
                                  day=coupon.ends.isoformat()),
                              msg("Give it a later end date on the Selling page, or choose another code."))
    return coupon


def _number(value: Decimal, lang: str) -> str:
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text.replace(".", ",") if lang == "fr" else text


def coupon_texts(coupon: Coupon, currency: str, lang: str) -> tuple[str, tuple[str, ...]]:
    """(the offer, the conditions) of ``coupon`` in ``lang``."""
    from wizard.site.filters import date_text, price

    _ = gettext_for(lang)
    if coupon.kind == CouponKind.PERCENT:
        offer = _("{value}% off with the code").format(value=_number(coupon.value, lang))
    else:
        offer = _("{amount} off with the code").format(amount=price(coupon.value, currency, lang))
    terms: list[str] = []
    if coupon.min_order:
        terms.append(_("For an order of at least {amount}.").format(amount=price(coupon.min_order, currency, lang)))
    if coupon.starts and coupon.ends:
        terms.append(_("Valid from {start} to {end}.").format(start=date_text(coupon.starts, lang),
                                                             end=date_text(coupon.ends, lang)))
    elif coupon.ends:
        terms.append(_("Valid until {end}.").format(end=date_text(coupon.ends, lang)))
    elif coupon.starts:
        terms.append(_("Valid from {start}.").format(start=date_text(coupon.starts, lang)))
    terms.append(_("Type the code in your basket on the shop."))
    return offer, tuple(terms)


def _price_text(product: Product, currency: str, lang: str) -> str:
    from wizard.site.filters import price

    low, high = product.price_range()
    if low <= 0:
        return ""
    if high != low:
        return gettext_for(lang)("From {price}").format(price=price(low, currency, lang))
    return price(low, currency, lang)


def _picture(shop: ShopFile, key: str | None) -> Picture | None:
    image = shop.image(key) if key else None
    return Picture(image.data, image.mime, image.width, image.height) if image is not None else None


def plan_flyer(shop: ShopFile, *, size: FlyerSize = FlyerSize.A5, product: str | None = None,
               coupon: str | None = None, source: str = DEFAULT_SOURCE, today: dt.date | None = None) -> FlyerPlan:
    """What the flyer of ``shop`` says (the whole shop, or the product of slug ``product``)."""
    tag = source_tag(source)
    settings = shop.shop()
    identity = settings.identity
    lang = normalise_language(identity.language)
    _ = gettext_for(lang)
    base = base_address(settings)
    currency = identity.currency or "EUR"
    offer, code = "", ""
    terms: tuple[str, ...] = ()
    if coupon:
        found = find_coupon(shop.coupons(), coupon, today or dt.date.today())
        offer, terms = coupon_texts(found, currency, lang)
        code = found.code
    picture: Picture | None = None
    if product is not None:
        from wizard.site.paths import paths_for

        item = shop.product(product.strip())
        if item is None:
            raise UnknownProduct(product)
        if not item.published:
            raise ProductNotOnSite(item.name)
        page = base + paths_for(identity.language).product(item.slug)
        headline, price = _line(item.name, NAME_MAX), _price_text(item, currency, lang)
        picture = next((p for p in (_picture(shop, ref.key) for ref in item.images) if p is not None), None)
        scan_hint = _("Scan to see this product on the shop")
    else:
        page = base
        headline, price = _("Find our shop online"), ""
        scan_hint = _("Scan to visit the shop")
    contact = " · ".join(_line(p, 80) for p in (identity.email, identity.phone) if p.strip())
    return FlyerPlan(
        size=size, lang=lang, shop_name=_line(identity.name, NAME_MAX) or typed_address(base),
        tagline=_line(identity.tagline, TAGLINE_MAX), logo=_picture(shop, identity.logo),
        primary_color=identity.primary_color, accent_color=identity.accent_color,
        url=f"{page}?src={tag}", address=typed_address(base), headline=headline, price=price, picture=picture,
        scan_hint=scan_hint, coupon_offer=offer, coupon_code=code, coupon_terms=terms, contact=contact,
        source=tag,
    )
