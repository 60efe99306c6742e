"""Shopify product CSV exports (Products > Export > CSV for Excel or plain CSV).

Rows sharing a ``Handle`` are one product: its first row carries the product's fields and usually
its first variant; the next rows carry another variant, another image, or both. The handle becomes
the slug. ``Option1 Name`` = ``Title`` with the value ``Default Title`` means a product without
variants. ``Status`` draft/archived or ``Published`` false → imported unpublished. ``Body (HTML)``
is sanitised (no script, style, event handler or ``javascript:`` link) and kept as HTML.
``Type`` (the merchant's own product type) becomes the category, else the last level of
``Product Category``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from wizard.domain.model import ImageRef, Product, Variant
from wizard.i18n import Message, msg
from wizard.transfer import cells
from wizard.transfer.cells import BadCell
from wizard.transfer.common import Outcome
from wizard.transfer.table import Table, column_map

ALIASES: dict[str, tuple[str, ...]] = {
    "handle": ("handle", "url handle"),
    "title": ("title",),
    "body": ("body", "description"),
    "vendor": ("vendor",),
    "category": ("product category",),
    "type": ("type",),
    "tags": ("tags",),
    "published": ("published", "published on online store"),
    "status": ("status",),
    "o1n": ("option1 name",),
    "o1v": ("option1 value",),
    "o2n": ("option2 name",),
    "o2v": ("option2 value",),
    "o3n": ("option3 name",),
    "o3v": ("option3 value",),
    "sku": ("variant sku", "sku"),
    "grams": ("variant grams",),
    "tracker": ("variant inventory tracker", "inventory tracker"),
    "qty": ("variant inventory qty", "inventory quantity"),
    "price": ("variant price", "price"),
    "compare": ("variant compare at price", "compare at price"),
    "image": ("image src", "product image url"),
    "position": ("image position",),
    "alt": ("image alt text",),
    "variant_image": ("variant image", "variant image url"),
}
_DEFAULT_VALUES = {"default title", "default"}


def looks_like(header: tuple[str, ...]) -> bool:
    cols = column_map(header, ALIASES)
    return {"handle", "title", "price"} <= cols.keys()


class _Cells:
    """Reads a row's cells by field name (stripped), whatever the file's exact column names."""

    def __init__(self, cols: dict[str, str]) -> None:
        self.cols = cols

    def __call__(self, r: dict[str, str], key: str) -> str:
        return self.raw(r, key).strip()

    def raw(self, r: dict[str, str], key: str) -> str:
        return r.get(self.cols.get(key, ""), "")


@dataclass
class _Draft:
    handle: str
    line: int
    first: dict[str, str]
    option_names: tuple[str, ...] = ()
    variant_rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    images: list[tuple[int, int, str, str]] = field(default_factory=list)  # (position, order, url, alt)


def read(table: Table, out: Outcome) -> None:
    """Parse a Shopify export into ``out``."""
    cell = _Cells(column_map(table.header, ALIASES))
    drafts: dict[str, _Draft] = {}
    for line, r in table.records():
        handle = cell(r, "handle")
        if not handle:
            out.reject(line, [msg("The Handle is missing.")], cell(r, "title"))
            continue
        draft = drafts.get(handle)
        if draft is None:
            names = tuple(cell(r, k) for k in ("o1n", "o2n", "o3n"))
            draft = _Draft(handle, line, r, tuple(n for n in names if n))
            drafts[handle] = draft
        if any(cell(r, k) for k in ("o1v", "o2v", "o3v", "price", "sku")):
            draft.variant_rows.append((line, r))
        for key in ("image", "variant_image"):
            if url := cell(r, key):
                position = cell(r, "position") if key == "image" else ""
                order = int(position) if position.isdigit() else 10_000 + len(draft.images)
                draft.images.append((order, len(draft.images), url, cell(r, "alt") if key == "image" else ""))
    for draft in drafts.values():
        name = cell(draft.first, "title")
        try:
            product = _product(draft, cell, out)
        except BadCell as exc:
            out.reject(draft.line, [exc.message], name)
            continue
        if product is None:
            continue
        category = cell(draft.first, "type") or cell(draft.first, "category").split(">")[-1].strip()
        out.add(product, draft.line, category, lenient=True)


def _product(draft: _Draft, cell: _Cells, out: Outcome) -> Product | None:
    first = draft.first
    name = cell(first, "title")
    status = cell(first, "status").lower()
    published = cells.flag(cell(first, "published"), default=True) and status in ("", "active")
    seen_urls: set[str] = set()
    images = []
    for _, _, url, alt in sorted(draft.images):
        if url not in seen_urls:
            seen_urls.add(url)
            images.append(ImageRef(url=url, alt=alt))
    body = cell.raw(first, "body")
    simple = not draft.option_names or (
        len(draft.variant_rows) <= 1
        and draft.option_names[0].lower() == "title"
        and cell(draft.variant_rows[0][1] if draft.variant_rows else first, "o1v").lower() in _DEFAULT_VALUES
    )
    variants: list[Variant] = []
    problems: list[tuple[int, Message]] = []
    weight = None
    for line, r in draft.variant_rows:
        try:
            price = cells.required_price(cell(r, "price"))
            former = cells.price(cell(r, "compare"), "compare_at")
            stock = _stock(cell(r, "qty"), cell(r, "tracker"), name, line, out)
            grams = cells.whole(cell(r, "grams"), "weight") if cell(r, "grams") else None
        except BadCell as exc:
            problems.append((line, exc.message))
            continue
        if weight is None:
            weight = grams
        values = [cell(r, k) for k in ("o1v", "o2v", "o3v")][: len(draft.option_names)]
        variants.append(Variant(tuple(zip(draft.option_names, values, strict=True)), cell(r, "sku"), price,
                                former, stock))
    for line, problem in problems:
        out.reject(line, [problem], name)
    if problems:
        return None
    if not variants:
        out.reject(draft.line, [msg("The price is missing.")], name)
        return None
    base = Product(
        name=name,
        slug=draft.handle,
        description=cells.safe_html(body) if body.strip() else "",
        description_format="html" if body.strip() else "markdown",
        tags=cells.split_list(cell(first, "tags"), ","),
        images=tuple(images),
        published=published,
        weight_g=weight,
    )
    if simple:
        v = variants[0]
        return replace(base, price=v.price or Decimal(0), compare_at_price=v.compare_at_price, sku=v.sku,
                       stock=v.stock)
    return replace(base, price=min(v.price or Decimal(0) for v in variants), option_names=draft.option_names,
                   variants=tuple(variants))


def _stock(qty: str, tracker: str, name: str, line: int, out: Outcome) -> int | None:
    """Shopify stock: only when Shopify tracks it; an oversold (negative) count becomes 0."""
    if not qty or not tracker:
        return None
    try:
        return cells.stock(qty)
    except BadCell:
        if qty.lstrip().startswith("-") and qty.strip().lstrip("-").isdigit():
            out.warn(msg("\"{name}\" was oversold in Shopify ({value}): its stock was set to 0.",
                         name=name, value=qty), line)
            return 0
        raise
