"""Shopping feeds: the product catalogue as Google Merchant Center and Meta (Facebook, Instagram) read it.

Both are RSS 2.0 with Google's ``g:`` namespace (Meta reads the same vocabulary). One item per
variant, grouped by ``item_group_id``; prices are the exact amounts the product pages show (the
crossed-out former price only where the dated history supports it, as on the page), in the feed's
``"12.50 EUR"`` form; availability comes from the stock; GTIN only when a SKU is a valid GTIN; brand
is the maker when the merchant does not make the product, else the shop. Only what a visitor can order
here is listed: published physical goods with a price, not sold elsewhere. Products without a
picture are left out (both services refuse items without an image) and named in a warning.

Every text goes through ElementTree, which escapes it, after removing the characters XML 1.0 cannot
hold at all; every link is built from the shop's checked public address.
"""

from __future__ import annotations

import hashlib
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from wizard.domain.model import Product, ProductKind, Shop, Variant
from wizard.domain.money import CENTS
from wizard.domain.urls import safe_web_url, web_url
from wizard.i18n import Message, msg
from wizard.site import filters
from wizard.site.views import ProductView, SiteModel

G = "http://base.google.com/ns/1.0"
RSS_OWN = frozenset({"title", "link", "description"})  # RSS 2.0's own item elements; the rest are g:
GOOGLE_PATH = "feeds/google-merchant.xml"
META_PATH = "feeds/meta-catalogue.xml"
TITLE_MAX = 150  # both services cut longer titles
DESCRIPTION_MAX = 5000
ID_MAX = 50  # Google's limit for id and item_group_id
EXTRA_IMAGES = 10
NAMED_IN_WARNING = 5
# ISO 4217 currencies without minor units (amounts are kept to cents as typed; whole ones drop them).
NO_MINOR_UNITS = frozenset({"XPF", "XOF", "JPY"})
# Option names (French and English) that mean a feed attribute of their own.
OPTION_ATTRIBUTES = {
    "taille": "size", "size": "size", "pointure": "size",
    "couleur": "color", "coloris": "color", "color": "color", "colour": "color",
    "matiere": "material", "matière": "material", "material": "material",
    "motif": "pattern", "pattern": "pattern",
}  # fmt: skip
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ET.register_namespace("g", G)


class Service(Enum):
    """Who reads a feed; each spells a few values its own way."""

    GOOGLE = "google"
    META = "meta"


@dataclass(frozen=True)
class FeedItem:
    """One orderable thing (a product, or one variant of it) as the feeds describe it."""

    id: str
    group_id: str  # empty for a product without variants
    title: str
    description: str
    link: str
    image_link: str
    extra_images: tuple[str, ...]
    in_stock: bool
    price: Decimal  # the regular price: the former one during a reduction
    sale_price: Decimal | None  # the price paid during a reduction the history supports
    currency: str
    brand: str
    gtin: str
    product_type: str  # "Maison > Savons"
    attributes: tuple[tuple[str, str], ...]  # ("size", "M"), ("color", "Bleu")
    weight_g: int | None


@dataclass(frozen=True)
class Catalogue:
    """What the feeds list, and the orderable products left out for want of a picture."""

    items: tuple[FeedItem, ...]
    left_out: tuple[str, ...]
    listed_ids: frozenset[int] = frozenset()  # the products that gave items
    left_out_ids: frozenset[int] = frozenset()
    # For an incremental build: each listing product's id and its items' ids (in document order),
    # and the products one of whose ids was changed to be unique.
    item_ids: tuple[tuple[int, tuple[str, ...]], ...] = ()
    renamed_ids: frozenset[int] = frozenset()


def is_gtin(text: str) -> bool:
    """True for a GTIN-8, -12 (UPC), -13 (EAN) or -14 whose check digit is right."""
    if not (text.isascii() and text.isdigit() and len(text) in (8, 12, 13, 14)):
        return False
    digits = [int(c) for c in text]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def orderable(product: Product) -> bool:
    """A published physical product with a price that is bought on this shop (not sold elsewhere)."""
    return (product.published and product.kind == ProductKind.GOODS and product.price > 0
            and not product.external_url)


def feed_amount(amount: Decimal, currency: str) -> str:
    """``"12.50 EUR"``: the exact amount with its currency's decimals (``"1500 XPF"``)."""
    exponent = Decimal(1) if currency in NO_MINOR_UNITS else Decimal(1).scaleb(-CENTS)
    value = amount.quantize(exponent) if amount == amount.quantize(exponent) else amount.quantize(
        Decimal(1).scaleb(-CENTS))
    return f"{value:f} {currency}"


def feed_addresses(settings: Shop, base_url: str | None = None) -> tuple[str, str] | None:
    """The public addresses of the Google and Meta feeds, or ``None`` when the shop has no address."""
    base = web_url(base_url) if base_url is not None else (
        safe_web_url(settings.identity.public_url) or safe_web_url(settings.target.public_url))
    if not base:
        return None
    root = base.rstrip("/") + "/"
    return root + GOOGLE_PATH, root + META_PATH


def catalogue(model: SiteModel, products: list[Product], category_path: Callable[[Product], str]) -> Catalogue:
    """The feed items of ``products`` (the site's published ones), in shop order."""
    items: list[FeedItem] = []
    left_out: list[str] = []
    listed: set[int] = set()
    left_out_ids: set[int] = set()
    item_ids: list[tuple[int, tuple[str, ...]]] = []
    for product in products:
        if not orderable(product):
            continue
        view = model.with_pictures(product)
        images = [model.absolute(pic.fallback.lstrip("/")) for pic in view.pictures]
        if not images:
            left_out.append(product.name)
            left_out_ids.add(product.id)
            continue
        listed.add(product.id)
        own = _items(model, view, images, category_path(product))
        item_ids.append((product.id, tuple(item.id for item in own)))
        items.extend(own)
    unique = _unique_ids(items)
    renamed: set[int] = set()
    at = 0
    for pid, ids in item_ids:
        if any(unique[at + i].id != own_id for i, own_id in enumerate(ids)):
            renamed.add(pid)
        at += len(ids)
    return Catalogue(unique, tuple(left_out), frozenset(listed), frozenset(left_out_ids), tuple(item_ids),
                     frozenset(renamed))


def _unique_ids(items: list[FeedItem]) -> tuple[FeedItem, ...]:
    """Items whose ids are all distinct (two products may share a SKU): a repeated id gets ``-2``, ``-3``…"""
    seen: set[str] = set()
    unique: list[FeedItem] = []
    for item in items:
        candidate, n = item.id, 1
        while candidate in seen:
            n += 1
            candidate = _feed_id(f"{item.id}-{n}")
        seen.add(candidate)
        unique.append(item if candidate == item.id else replace(item, id=candidate))
    return tuple(unique)


def left_out_warning(names: tuple[str, ...]) -> Message | None:
    """The build warning naming the orderable products the feeds leave out for want of a picture."""
    if not names:
        return None
    shown = "; ".join(names[:NAMED_IN_WARNING]) + ("; …" if len(names) > NAMED_IN_WARNING else "")
    return msg("{count} product(s) without a picture are left out of the shopping feeds (Google, Meta): "
               "{names}.", count=len(names), names=shown)


def _brand(model: SiteModel, product: Product) -> str:
    safety = product.legal.safety
    if not safety.made_by_seller and safety.manufacturer_name.strip():
        return safety.manufacturer_name.strip()
    return model.identity.name.strip()


def _description(product: Product) -> str:
    text = filters.plain_text(product.description, product.description_format, DESCRIPTION_MAX)
    if product.description_format == "html":
        text = html.unescape(text)  # the sanitiser leaves entities; ElementTree escapes again
    return text or product.name


def _feed_id(text: str) -> str:
    """An id within Google's 50 characters, stable, and unique for distinct texts."""
    if len(text) <= ID_MAX:
        return text
    return text[: ID_MAX - 13] + "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _items(model: SiteModel, view: ProductView, images: list[str], product_type: str) -> list[FeedItem]:
    product = view.product
    base_id = _feed_id(product.sku.strip() or product.slug)
    regular, sale = _prices(model, product, None, product.price)
    single = FeedItem(
        id=base_id, group_id="", title=product.name[:TITLE_MAX], description=_description(product),
        link=model.absolute(view.path), image_link=images[0], extra_images=tuple(images[1:1 + EXTRA_IMAGES]),
        in_stock=product.in_stock, price=regular, sale_price=sale, currency=model.currency,
        brand=_brand(model, product), gtin=_gtin(product.sku), product_type=product_type, attributes=(),
        weight_g=product.weight_g,
    )
    if not product.variants:
        return [single]
    items = []
    for index, variant in enumerate(product.variants):
        amount = variant.price if variant.price is not None else product.price
        regular, sale = _prices(model, product, variant, amount)
        label = variant.label()
        title = f"{product.name} – {label}" if label else product.name
        attributes = tuple((OPTION_ATTRIBUTES[name.strip().lower()], value) for name, value in variant.options
                           if name.strip().lower() in OPTION_ATTRIBUTES and value.strip())
        items.append(replace(
            single, id=_feed_id(variant.sku.strip() or f"{product.slug}-{index + 1}"), group_id=base_id,
            title=title[:TITLE_MAX], in_stock=variant.stock is None or variant.stock > 0, price=regular,
            sale_price=sale, gtin=_gtin(variant.sku), attributes=attributes,
        ))
    return items


def _prices(model: SiteModel, product: Product, variant: Variant | None, amount: Decimal) -> tuple[
        Decimal, Decimal | None]:
    """(regular price, sale price): the page's crossed-out former price is the regular one."""
    cut = model.law.reduction(product, variant)
    if cut is not None and cut.former > amount:
        return cut.former, amount
    return amount, None


def _gtin(sku: str) -> str:
    return sku.strip() if is_gtin(sku.strip()) else ""


def _clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (a received shop file may have them)."""
    return _NOT_XML.sub("", text)


def render(items: tuple[FeedItem, ...], service: Service, title: str, home: str, description: str) -> bytes:
    """The RSS 2.0 document of ``items`` for ``service``."""
    return assemble([item_xml(item, service) for item in items], title, home, description)


_MARK = f"{{{G}}}items-here"
_MARK_TEXT = b"<g:items-here />"
_ITEM_NS = f'<item xmlns:g="{G}">'
ITEM_SEPARATOR = "\n  "  # between two items, as ElementTree's indent leaves them


def item_xml(item: FeedItem, service: Service) -> str:
    """One ``<item>`` as it stands in the document (indented at its depth, without its tail).

    The document is its channel's head, these joined by ``ITEM_SEPARATOR``, and its end, exactly the
    bytes ElementTree gives for the whole tree (``tests/site/test_feeds.py`` compares them), so an
    incremental build can replace one product's items in the file.
    """
    node = ET.Element("item")
    _render_item(node, item, service)
    ET.indent(node, space=" ", level=2)
    text = ET.tostring(node, encoding="unicode")
    if text.startswith(_ITEM_NS):  # declared once on <rss> in the document
        text = "<item>" + text[len(_ITEM_NS):]
    return text


def assemble(items: list[str], title: str, home: str, description: str) -> bytes:
    """The document of items made by :func:`item_xml`."""
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    for tag, text in (("title", title), ("link", home), ("description", description or title)):
        ET.SubElement(channel, tag).text = _clean(text)
    if items:
        ET.SubElement(channel, _MARK)  # where the items go; it also puts xmlns:g on <rss>
    ET.indent(rss, space=" ")
    doc = bytes(ET.tostring(rss, encoding="utf-8", xml_declaration=True)) + b"\n"
    if items:
        doc = doc.replace(_MARK_TEXT, ITEM_SEPARATOR.join(items).encode("utf-8"), 1)
    return doc


def split(document: bytes) -> tuple[bytes, list[bytes], bytes] | None:
    """(head, items, end) of a document made by :func:`assemble`; None when it is not of that shape."""
    start = document.find(b"<item>")
    if start < 0:
        return None
    last = document.rfind(b"</item>")
    if last < start:
        return None
    last += len(b"</item>")
    items = [chunk + b"</item>" for chunk in document[start:last].split(b"</item>" + ITEM_SEPARATOR.encode())]
    items[-1] = items[-1][: -len(b"</item>")]
    return document[:start], items, document[last:]


def _render_item(node: ET.Element, item: FeedItem, service: Service) -> None:
    def add(name: str, text: str) -> None:
        if text:
            tag = name if name in RSS_OWN else f"{{{G}}}{name}"
            ET.SubElement(node, tag).text = _clean(text)

    add("id", item.id)
    add("item_group_id", item.group_id)
    add("title", item.title)
    add("description", item.description)
    add("link", item.link)
    add("image_link", item.image_link)
    for extra in item.extra_images:
        add("additional_image_link", extra)
    if service is Service.GOOGLE:
        add("availability", "in_stock" if item.in_stock else "out_of_stock")
    else:
        add("availability", "in stock" if item.in_stock else "out of stock")
    add("condition", "new")
    add("price", feed_amount(item.price, item.currency))
    if item.sale_price is not None:
        add("sale_price", feed_amount(item.sale_price, item.currency))
    add("brand", item.brand or ("Échoppe" if service is Service.META else ""))
    add("gtin", item.gtin)
    if service is Service.GOOGLE and not item.gtin:
        add("identifier_exists", "no")  # handmade goods: no GTIN, no maker's part number
    add("product_type", item.product_type)
    for name, value in item.attributes:
        add(name, value)
    if item.weight_g:
        add("shipping_weight", f"{item.weight_g} g")
