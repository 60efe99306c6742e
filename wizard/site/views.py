"""What the templates see: shop data turned into ready-to-show values (texts, links, JSON-LD)."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from babel import Locale
from markupsafe import Markup

from wizard.domain.model import (
    Category,
    Coupon,
    LegalIdentity,
    Product,
    ProductKind,
    ShippingRate,
    ShippingZone,
    Shop,
    Variant,
    VatStatus,
)
from wizard.domain.money import format_plain
from wizard.domain.urls import safe_web_url, web_url
from wizard.domain.validation import is_email
from wizard.i18n import translations
from wizard.site import filters
from wizard.site.colors import ink_on, text_on
from wizard.site.images import ImagePipeline
from wizard.site.legalviews import ProductLaw
from wizard.site.paths import SitePaths
from wizard.site.pictures import SIZES_CARD, SIZES_MAIN, Picture

LOCALE_TAGS = {"fr": "fr-FR", "en": "en-GB"}
SCHEMA_IN_STOCK = "https://schema.org/InStock"
SCHEMA_OUT_OF_STOCK = "https://schema.org/OutOfStock"
# Page backgrounds of the themes: the palette's "ink" colours are made readable on them.
THEME_BACKGROUNDS = {"market": "#fbf5ea", "gallery": "#ffffff"}
# The cart's country list: the French zone (Monaco ships as France), then the other EU members.
FRANCE_ZONE = ("FR", "MC")
OTHER_COUNTRY = "ZZ"  # ISO 3166 "user-assigned": the WORLD zone
EU_MEMBERS = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip


def gettext_site(lang: str) -> Callable[[str], str]:
    """``_`` for the site's own texts (gettext domain "site")."""
    return translations(lang, "site").gettext


@dataclass(frozen=True)
class VariantView:
    value: str
    label: str
    price: str  # plain "12.50"
    price_text: str
    compare_text: str
    stock: int | None
    in_stock: bool
    unit_text: str = ""  # price per kg or l
    percent_text: str = ""  # "-25%" of a reduction the price history supports


@dataclass
class ProductView:
    product: Product
    path: str
    price_text: str
    from_price: bool
    compare_text: str
    in_stock: bool
    category: Category | None
    pictures: list[Picture] = field(default_factory=list)
    card_picture: Picture | None = None
    og_image: str = ""  # site path of a large JPEG for link previews
    variants: list[VariantView] = field(default_factory=list)
    unit_text: str = ""  # price per kg or l
    percent_text: str = ""  # "-25%" of a reduction the price history supports

    @property
    def name(self) -> str:
        return self.product.name


class SiteModel:
    """Views of one shop for one build; product views are made once and reused by every page."""

    def __init__(
        self,
        shop: Shop,
        products: list[Product],
        categories: list[Category],
        coupons: list[Coupon],
        shipping: list[ShippingRate],
        paths: SitePaths,
        theme_id: str,
        pipeline: ImagePipeline,
        base_url: str | None,
        histories: Any = None,
    ) -> None:
        self.shop = shop
        self.identity = shop.identity
        self.lang = shop.identity.language if shop.identity.language in LOCALE_TAGS else "fr"
        self._ = gettext_site(self.lang)
        self.products = products
        self.categories = categories
        self.coupons = coupons
        self.shipping = shipping
        self.paths = paths
        self.theme_id = theme_id
        self.pipeline = pipeline
        # An address given for this build must be one; a stored one that is not (yet) is no address.
        base = web_url(base_url) if base_url is not None else (
            safe_web_url(shop.identity.public_url) or safe_web_url(shop.target.public_url))
        self.base_url = base.rstrip("/") + "/" if base else ""
        self.category_by_id = {c.id: c for c in categories}
        self._views: dict[int, ProductView] = {}
        self.currency = shop.identity.currency or "EUR"
        self.law = ProductLaw(shop, histories or {}, self._, self.price)

    # ----------------------------------------------------------------- helpers
    def price(self, amount: Decimal | None) -> str:
        return filters.price(amount, self.currency, self.lang)

    def absolute(self, rel: str) -> str:
        """The public URL of a site path, or ``""`` when the shop has no public address yet."""
        return self.base_url + rel if self.base_url else ""

    @property
    def order_email(self) -> str:
        """The address orders go to; empty unless it is a plain address (no ``?bcc=`` in a link)."""
        address = (self.shop.payment.order_email or self.identity.email).strip()
        return address if is_email(address) else ""

    @property
    def franchise(self) -> bool:
        return self.shop.legal.vat_status == VatStatus.FRANCHISE

    def vat_note(self) -> str:
        _ = self._
        if self.franchise:
            return _("VAT not applicable, art. 293 B of the French tax code (CGI).")
        return _("Prices include VAT.")

    def category_trail(self, category_id: int | None) -> list[Category]:
        trail: list[Category] = []
        seen: set[int] = set()
        while category_id is not None and category_id in self.category_by_id and category_id not in seen:
            seen.add(category_id)
            cat = self.category_by_id[category_id]
            trail.insert(0, cat)
            category_id = cat.parent_id
        return trail

    # ----------------------------------------------------------------- products
    def view(self, product: Product) -> ProductView:
        """The view of a product (prices as text, link, variants) without its pictures."""
        cached = self._views.get(product.id)
        if cached is not None:
            return cached
        low, high = product.price_range()
        # A crossed-out price only where the dated history supports it (L112-1-1), never the
        # compare-at price as typed: see wizard/domain/pricing.py.
        law = self.law
        if product.variants:
            found = [r for v in product.variants if (r := law.reduction(product, v)) is not None]
            cut = min(found, key=lambda r: r.former) if found and low == high else None
        else:
            cut = law.reduction(product)
        unit = ""
        if not product.variants:
            unit = law.unit_text(product.price, product.legal.quantity, product.legal.unit)
        view = ProductView(
            product=product,
            path=self.paths.product(product.slug),
            price_text=self.price(low),
            from_price=low != high,
            compare_text=self.price(cut.former) if cut is not None else "",
            in_stock=product.in_stock,
            category=self.category_by_id.get(product.category_id) if product.category_id else None,
            unit_text=unit,
            percent_text=law.percent_text(cut),
        )
        self._views[product.id] = view
        return view

    def with_card_picture(self, product: Product) -> ProductView:
        view = self.view(product)
        if view.card_picture is None:
            for ref in product.images:
                if ref.key:
                    view.card_picture = self.pipeline.picture(ref.key, ref.alt or product.name, SIZES_CARD)
                    if view.card_picture is not None:
                        break
        return view

    def with_pictures(self, product: Product) -> ProductView:
        view = self.with_card_picture(product)
        if not view.pictures:
            for ref in product.images:
                if ref.key:
                    pic = self.pipeline.picture(ref.key, ref.alt or product.name, SIZES_MAIN)
                    if pic is not None:
                        view.pictures.append(pic)
                        if not view.og_image:
                            view.og_image = self.pipeline.og_image(ref.key) or ""
        if not view.variants:
            view.variants = [self._variant_view(product, i, v) for i, v in enumerate(product.variants)]
        return view

    def _variant_view(self, product: Product, index: int, v: Variant) -> VariantView:
        amount = v.price if v.price is not None else product.price
        cut = self.law.reduction(product, v)
        quantity, unit = (v.quantity, v.unit) if v.quantity is not None else (product.legal.quantity,
                                                                               product.legal.unit)
        return VariantView(
            value=v.sku or str(index),
            label=v.label() or v.sku or str(index + 1),
            price=format_plain(amount),
            price_text=self.price(amount),
            compare_text=self.price(cut.former) if cut is not None else "",
            stock=v.stock,
            in_stock=v.stock is None or v.stock > 0,
            unit_text=self.law.unit_text(amount, quantity, unit),
            percent_text=self.law.percent_text(cut),
        )

    def mailto(self, subject: str, body: str) -> str:
        if not self.order_email:
            return ""
        return f"mailto:{quote(self.order_email, safe='@')}?subject={quote(subject)}&body={quote_lines(body)}"

    def product_mailto(self, view: ProductView) -> str:
        """An order-by-email link that works without JavaScript (product, variants, prices)."""
        _ = self._
        p = view.product
        lines = [_("Hello, I would like to order:"), "", f"{p.name}"]
        if view.variants:
            lines.append(_("Choice (keep one line):"))
            lines.extend(f"- {v.label}: {v.price_text}" for v in view.variants if v.in_stock)
        else:
            lines.append(_("Price: {price}").format(price=view.price_text))
        if exception := self.law.withdrawal_text(p):
            lines.append(exception)
        lines += [
            _("Quantity: 1"),
            "",
            _("My name:"),
            _("My address:"),
            _("My phone:"),
        ]
        return self.mailto(_("Order: {name}").format(name=p.name), "\n".join(lines))

    def withdrawal_mailto(self) -> str:
        """Without the desk, the withdrawal page prepares this email (the merchant acknowledges it)."""
        _ = self._
        body = "\n".join([
            _("Hello,"), "",
            _("I hereby give notice that I withdraw from my contract of sale of the following goods / for the "
              "provision of the following service:"), "",
            _("Order number:"), _("Ordered on / received on:"), _("Name:"), _("Address:"), _("Email:"), "",
            _("Please acknowledge receipt of this withdrawal."),
        ])
        return self.mailto(_("Withdrawal from the contract"), body)

    def kind_details(self, product: Product) -> list[tuple[str, str]]:
        """Facts shown for services and experiences (duration, date, place)."""
        _ = self._
        rows: list[tuple[str, str]] = []
        if product.duration_minutes:
            hours, minutes = divmod(product.duration_minutes, 60)
            if hours and minutes:
                text = _("{h} h {m} min").format(h=hours, m=minutes)
            elif hours:
                text = _("{h} h").format(h=hours)
            else:
                text = _("{m} min").format(m=minutes)
            rows.append((_("Duration"), text))
        if product.event_date:
            rows.append((_("Date"), filters.date_text(product.event_date, self.lang, with_time=True)))
        if product.location:
            rows.append((_("Place"), product.location))
        return rows

    def stock_text(self, view: ProductView) -> str:
        _ = self._
        p = view.product
        if not view.in_stock:
            return _("Out of stock")
        if not p.variants and p.stock is not None and p.stock <= 3:
            return _("Only {n} left").format(n=p.stock)
        if p.kind in (ProductKind.SERVICE, ProductKind.EXPERIENCE):
            return _("Available")
        return _("In stock")

    def jsonld(self, view: ProductView, image_urls: list[str]) -> dict[str, Any]:
        """schema.org ``Product`` with one ``Offer`` per variant (or one)."""
        p = view.product
        url = self.absolute(view.path) or view.path
        offers: list[dict[str, Any]] = []
        if view.variants:
            for v in view.variants:
                offers.append(
                    {
                        "@type": "Offer",
                        "name": v.label,
                        "sku": v.value,
                        "price": v.price,
                        "priceCurrency": self.currency,
                        "availability": SCHEMA_IN_STOCK if v.in_stock else SCHEMA_OUT_OF_STOCK,
                        "url": url,
                    }
                )
        else:
            offers.append(
                {
                    "@type": "Offer",
                    "price": format_plain(p.price),
                    "priceCurrency": self.currency,
                    "availability": SCHEMA_IN_STOCK if view.in_stock else SCHEMA_OUT_OF_STOCK,
                    "url": url,
                }
            )
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": p.name,
            "description": filters.plain_text(p.description, p.description_format, 500) or p.name,
            "sku": p.sku or p.slug,
            "offers": offers if len(offers) > 1 else offers[0],
        }
        if image_urls:  # an empty list is an error for search engines: leave the property out
            data["image"] = image_urls
        if self.identity.name:
            data["brand"] = {"@type": "Brand", "name": self.identity.name}
        return data

    # ----------------------------------------------------------------- site-wide
    def palette(self) -> dict[str, str]:
        """CSS custom properties: brand colours and readable text colours derived from them."""
        ident = self.identity
        background = THEME_BACKGROUNDS.get(self.theme_id, "#ffffff")
        return {
            "--primary": filters_color(ident.primary_color, "#2f5d50"),
            "--on-primary": text_on(ident.primary_color),
            "--primary-ink": ink_on(ident.primary_color, background),
            "--accent": filters_color(ident.accent_color, "#e07a3f"),
            "--on-accent": text_on(ident.accent_color),
            "--accent-ink": ink_on(ident.accent_color, background),
        }

    def shop_config(self, cart_path: str) -> dict[str, Any]:
        """The ``shop-config`` JSON read by ``cart.js``."""
        _ = self._
        pay = self.shop.payment
        return {
            "currency": self.currency,
            "locale": LOCALE_TAGS[self.lang],
            "orderEmail": self.order_email if pay.order_by_email else "",
            "paypalMe": pay.paypal_me.strip(),
            "shipping": [
                {
                    "name": r.name,
                    "zone": r.zone.value,
                    "kind": r.kind.value,
                    "price": format_plain(r.price),
                    "freeAbove": format_plain(r.free_above) or None,
                    "maxWeightG": r.max_weight_g,
                }
                for r in self.shipping
            ],
            "coupons": [
                {
                    "code": c.code,
                    "kind": c.kind.value,
                    "value": format_plain(c.value),
                    "minOrder": format_plain(c.min_order) or None,
                    "starts": c.starts.isoformat() if c.starts else None,
                    "ends": c.ends.isoformat() if c.ends else None,
                }
                for c in self.coupons
                if c.active
            ],
            "vatNote": self.vat_note(),
            "cartUrl": cart_path,
            "shopName": self.identity.name,
            "strings": self.cart_strings(),
        }

    def cart_strings(self) -> dict[str, str]:
        _ = self._
        return {
            "addToCart": _("Add to cart"),
            "added": _("Added to your cart"),
            "remove": _("Remove"),
            "quantity": _("Quantity"),
            "variant": _("Choice"),
            "unitPrice": _("Unit price"),
            "subtotal": _("Subtotal"),
            "discount": _("Discount"),
            "shipping": _("Shipping"),
            "chooseShipping": _("Choose a delivery option"),
            "free": _("Free"),
            "total": _("Total"),
            "couponApplied": _("Coupon applied"),
            "invalidCode": _("Invalid code"),
            "couponExpired": _("This code is no longer valid"),
            "couponMinimum": _("This code needs an order of at least {amount}"),
            "emptyCart": _("Your cart is empty"),
            "orderByEmail": _("Order by email"),
            "payPaypal": _("Pay the total with PayPal"),
            "payLink": _("Pay online"),
            "orderSubject": _("Order from {shop}"),
            "orderGreeting": _("Hello, here is my order:"),
            "orderItems": _("Items"),
            "orderCustomer": _("Delivery details"),
            "orderCheck": _("The shop will confirm the total and the delivery by email."),
            "name": _("Name"),
            "address": _("Address"),
            "postcode": _("Postcode"),
            "city": _("City"),
            "country": _("Country"),
            "email": _("Email"),
            "phone": _("Phone"),
            "note": _("Note"),
            "missingField": _("Please fill in this field"),
            "cartCount": _("Cart ({n})"),
            "noShipping": _("No delivery option for this country: write to us."),
            "truncated": _("…and {n} more items (see the cart)"),
            "placeOrder": _("Place order with obligation to pay"),
            "payment": _("Payment"),
            "pay_paypalme": _("PayPal"),
            "pay_transfer": _("Bank transfer"),
            "pay_link": _("Online payment links"),
            "pay_pickup": _("Pay on pickup"),
            "pay_email": _("The shop tells me how to pay"),
        }

    def countries(self) -> list[tuple[str, str]]:
        """``(name, zone)`` for the cart's country list, in the shop's language: France first,
        then the EU countries in alphabetical order, then "Other country" (the WORLD rates)."""
        return [(name, zone) for _code, name, zone in self.country_rows()]

    def country_rows(self) -> list[tuple[str, str, str]]:
        """``(code, name, zone)`` in the order of :meth:`countries`; "Other country" is ``ZZ``."""
        names = Locale.parse(self.lang).territories

        def key(code: str) -> str:
            return "".join(c for c in unicodedata.normalize("NFD", names[code]) if not unicodedata.combining(c))

        rows = [(code, names[code], ShippingZone.FRANCE.value) for code in FRANCE_ZONE]
        rows += [(code, names[code], ShippingZone.EU.value) for code in sorted(EU_MEMBERS, key=key)]
        rows.append((OTHER_COUNTRY, self._("Other country (write it in the address)"), ShippingZone.WORLD.value))
        return rows

    def legal_missing(self) -> set[str]:
        from wizard.domain.validation import missing_legal_fields

        return {p.field for p in missing_legal_fields(self.shop.legal, self.identity)}

    def legal(self) -> LegalIdentity:
        return self.shop.legal

    def monogram(self) -> str:
        name = self.identity.name.strip() or "?"
        return name[0].upper()

    def promotion(self) -> dict[str, str] | None:
        pay = self.shop.payment
        if not pay.promotion_text.strip():
            return None
        return {"text": pay.promotion_text.strip(), "coupon": pay.promotion_coupon.strip()}

    def today_note(self) -> str:
        return dt.date.today().isoformat()


@functools.lru_cache(maxsize=4096)
def _quote_line(line: str) -> str:
    return quote(line)


def quote_lines(text: str) -> str:
    """``quote(text)``, line by line: an email's fixed lines (the same on every product) quoted once."""
    return "%0A".join(map(_quote_line, text.split("\n")))


def filters_color(color: str, default: str) -> str:
    from wizard.site.colors import parse_hex, to_hex

    return to_hex(parse_hex(color, default))


def markup_join(parts: list[str]) -> Markup:
    return Markup("").join(parts)
