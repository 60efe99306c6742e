"""The shop's data as frozen dataclasses. Identifiers are assigned by the store (0 = not stored yet)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from wizard.domain.legalinfo import ProductLegal, QuantityUnit


class VatStatus(StrEnum):
    """VAT regime of the seller."""

    FRANCHISE = "franchise"  # "TVA non applicable, art. 293 B du CGI"
    SUBJECT = "subject"  # prices include VAT


class ProductKind(StrEnum):
    """What a niche sells, which decides the fields and steps that apply."""

    GOODS = "goods"  # shipped
    SERVICE = "service"  # sold by duration, no shipping
    EXPERIENCE = "experience"  # dated, at a place, no shipping
    DIGITAL = "digital"  # downloaded, no shipping


class CouponKind(StrEnum):
    PERCENT = "percent"
    FIXED = "fixed"


class ShippingZone(StrEnum):
    FRANCE = "FR"
    EU = "EU"
    WORLD = "WORLD"


class ShippingKind(StrEnum):
    FLAT = "flat"  # one price
    FREE_ABOVE = "free_above"  # price, free when the order reaches ``free_above``
    BY_WEIGHT = "by_weight"  # price applies up to ``max_weight_g``


class AuthMethod(StrEnum):
    PASSWORD = "password"
    KEY = "key"


@dataclass(frozen=True)
class ShopIdentity:
    """What the shop is called and how it looks and speaks."""

    name: str = ""
    tagline: str = ""
    about: str = ""  # Markdown
    logo: str | None = None  # image key (SHA-256 of the stored image)
    primary_color: str = "#2f5d50"
    accent_color: str = "#e07a3f"
    language: str = "fr"
    currency: str = "EUR"
    email: str = ""
    phone: str = ""
    public_url: str = ""  # e.g. https://www.example.fr/
    niche: str = "other"
    theme: str = "market"


@dataclass(frozen=True)
class LegalIdentity:
    """Who sells: what the French law asks a micro-entrepreneur to show."""

    owner_name: str = ""
    legal_form: str = "EI"
    trade_name: str = ""
    address: str = ""  # street, postcode and city, several lines allowed
    country: str = "France"
    siret: str = ""
    vat_status: VatStatus = VatStatus.FRANCHISE
    vat_number: str = ""
    rcs_rm: str = ""  # trade or crafts register entry, when registered
    mediator_name: str = ""
    mediator_url: str = ""
    host_name: str = ""  # the web host's identity, for the "mentions légales"
    host_address: str = ""
    host_phone: str = ""


@dataclass(frozen=True)
class Category:
    id: int = 0
    name: str = ""
    slug: str = ""
    parent_id: int | None = None
    description: str = ""
    position: int = 0


@dataclass(frozen=True)
class ImageRef:
    """An image of a product: stored in the shop file (``key``) or still only a URL to download."""

    key: str | None = None  # SHA-256 of the stored (downscaled) image
    url: str | None = None  # where an import said it lives, while not downloaded
    alt: str = ""

    @property
    def pending(self) -> bool:
        """True while the image is only a URL, not yet in the shop file."""
        return self.key is None


@dataclass(frozen=True)
class Variant:
    """One buyable combination of options (e.g. size M, colour blue)."""

    options: tuple[tuple[str, str], ...] = ()  # ordered (option name, value)
    sku: str = ""
    price: Decimal | None = None  # None: the product's price
    compare_at_price: Decimal | None = None
    stock: int | None = None  # None: not tracked
    id: int = 0
    quantity: Decimal | None = None  # net quantity of this variant (None: the product's)
    unit: QuantityUnit | None = None

    def option_dict(self) -> dict[str, str]:
        return dict(self.options)

    def label(self) -> str:
        """``"M / Blue"``."""
        return " / ".join(value for _, value in self.options)


@dataclass(frozen=True)
class Product:
    name: str = ""
    slug: str = ""
    description: str = ""  # Markdown, or sanitised HTML when ``description_format`` is "html"
    description_format: str = "markdown"
    price: Decimal = Decimal("0")
    compare_at_price: Decimal | None = None
    sku: str = ""
    stock: int | None = None  # None: stock not tracked
    weight_g: int | None = None
    category_id: int | None = None
    tags: tuple[str, ...] = ()
    images: tuple[ImageRef, ...] = ()
    published: bool = True
    featured: bool = False
    payment_link: str = ""  # Stripe Payment Link, PayPal button link…
    external_url: str = ""  # a product sold elsewhere (WooCommerce "external")
    option_names: tuple[str, ...] = ()  # at most three, e.g. ("Taille", "Couleur")
    variants: tuple[Variant, ...] = ()
    kind: ProductKind = ProductKind.GOODS
    duration_minutes: int | None = None  # services
    event_date: dt.datetime | None = None  # experiences
    location: str = ""  # experiences
    download_url: str = ""  # digital products
    position: int = 0
    id: int = 0
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    legal: ProductLegal = field(default_factory=ProductLegal)  # net quantity, safety, food, withdrawal

    @property
    def in_stock(self) -> bool:
        """False only when stock is tracked and nothing is left (any variant counts)."""
        if self.variants:
            return any(v.stock is None or v.stock > 0 for v in self.variants)
        return self.stock is None or self.stock > 0

    def price_range(self) -> tuple[Decimal, Decimal]:
        """Lowest and highest price over the variants (the product price when none)."""
        prices = [v.price if v.price is not None else self.price for v in self.variants] or [self.price]
        return min(prices), max(prices)


@dataclass(frozen=True)
class Coupon:
    code: str = ""
    kind: CouponKind = CouponKind.PERCENT
    value: Decimal = Decimal("0")
    min_order: Decimal | None = None
    starts: dt.date | None = None
    ends: dt.date | None = None
    active: bool = True
    id: int = 0

    def valid_on(self, day: dt.date) -> bool:
        return self.active and (self.starts is None or self.starts <= day) and (
            self.ends is None or day <= self.ends
        )


@dataclass(frozen=True)
class ShippingRate:
    name: str = ""
    zone: ShippingZone = ShippingZone.FRANCE
    kind: ShippingKind = ShippingKind.FLAT
    price: Decimal = Decimal("0")
    free_above: Decimal | None = None
    max_weight_g: int | None = None
    id: int = 0
    delivery_days: int | None = None  # the firm delivery deadline stated in the terms (30 when None)
    pickup: bool = False  # collected by the customer ("retrait sur place"): no shipping
    address: str = ""  # pickup: where
    hours: str = ""  # pickup: opening hours


@dataclass(frozen=True)
class PaymentSettings:
    """How customers order and pay, without a server of our own."""

    order_by_email: bool = True
    order_email: str = ""  # defaults to the shop's contact email
    payment_links: bool = False  # per-product links the merchant pasted
    paypal_me: str = ""  # PayPal.me name for paying the cart total
    hosted_cart_key: str = ""  # optional hosted cart service public key
    promotion_text: str = ""  # banner shown on every page
    promotion_coupon: str = ""  # coupon code the banner advertises


@dataclass(frozen=True)
class PublishTarget:
    """Where the site goes. Never a secret: passwords live in the system's keyring."""

    preset: str = "custom"
    host: str = ""
    port: int = 22
    user: str = ""
    path: str = ""
    auth: AuthMethod = AuthMethod.PASSWORD
    key_file: str = ""
    public_url: str = ""
    local_folder: str = ""  # "publish to a folder" instead of SFTP when set and host empty


@dataclass(frozen=True)
class Shop:
    """Everything that is not a list: identity, legal, payment and publishing settings."""

    identity: ShopIdentity = field(default_factory=ShopIdentity)
    legal: LegalIdentity = field(default_factory=LegalIdentity)
    payment: PaymentSettings = field(default_factory=PaymentSettings)
    target: PublishTarget = field(default_factory=PublishTarget)
