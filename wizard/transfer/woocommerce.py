"""WooCommerce product CSV exports (Products > Export), in English or French column names.

- ``simple`` → a product; ``external`` → a product with ``external_url``; ``downloadable`` → digital,
  ``virtual`` → a service (nothing shipped).
- ``variable`` + its ``variation`` rows (``Parent`` = ``id:NN`` or the parent's SKU) → one product
  with variants. A variation attribute left empty means "any value": it is expanded over the values
  the parent lists for that attribute.
- ``grouped`` → not imported (Échoppe has no grouped products): a warning names it; its member
  products are imported as the ordinary products they are.
- Sale price → price, with the regular price as the former (compare-at) price.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from wizard.domain.model import ImageRef, Product, ProductKind, Variant
from wizard.domain.slugs import slugify
from wizard.i18n import Message, msg
from wizard.transfer import cells
from wizard.transfer.cells import BadCell
from wizard.transfer.common import Outcome
from wizard.transfer.table import Table, column_map, normalise_header, unit_in_header

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "type": ("type",),
    "sku": ("sku", "ugs"),
    "name": ("name", "nom"),
    "published": ("published", "publie"),
    "featured": ("is featured", "mis en avant"),
    "visibility": ("visibility in catalog", "visibilite dans le catalogue"),
    "short": ("short description", "description courte"),
    "description": ("description",),
    "in_stock": ("in stock", "en stock"),
    "stock": ("stock",),
    "weight": ("weight", "poids"),
    "sale": ("sale price", "tarif promo", "prix promo"),
    "regular": ("regular price", "tarif regulier", "prix regulier"),
    "categories": ("categories",),
    "tags": ("tags", "etiquettes"),
    "images": ("images",),
    "parent": ("parent",),
    "grouped": ("grouped products", "groupes de produits", "produits groupes"),
    "external_url": ("external url", "url externe"),
    "download_url": ("download 1 url", "telechargement 1 url", "url du telechargement 1"),
}
_ATTR_NAME = re.compile(r"^(?:attribute (\d+) name|nom de l attribut (\d+))$")
_ATTR_VALUES = re.compile(r"^(?:attribute (\d+) value|valeur de l attribut (\d+))$")


def looks_like(header: tuple[str, ...]) -> bool:
    cols = column_map(header, ALIASES)
    return {"type", "name", "regular"} <= cols.keys() or {"type", "name", "parent"} <= cols.keys()


@dataclass
class _Row:
    line: int
    record: dict[str, str]
    kinds: set[str]
    attributes: list[tuple[str, str]]  # (name, raw value(s)) in column order
    variations: list[_Row] = field(default_factory=list)


def _attribute_columns(header: tuple[str, ...]) -> list[tuple[str, str]]:
    names: dict[int, str] = {}
    values: dict[int, str] = {}
    for column in header:
        norm = normalise_header(column)
        if m := _ATTR_NAME.match(norm):
            names[int(m.group(1) or m.group(2))] = column
        elif m := _ATTR_VALUES.match(norm):
            values[int(m.group(1) or m.group(2))] = column
    return [(names[n], values[n]) for n in sorted(names) if n in values]


def _description(r: dict[str, str], cols: dict[str, str]) -> tuple[str, str]:
    """Short and long descriptions as one sanitised HTML text (WooCommerce writes newlines as ``\\n``)."""
    parts = []
    for key in ("short", "description"):
        text = r.get(cols.get(key, ""), "").replace("\\n", "\n").strip()
        if text:
            parts.append(text)
    if not parts:
        return "", "markdown"
    html = "\n\n".join(parts)
    if "<" not in html:
        # Plain text: one paragraph per blank-line-separated block.
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", html) if p.strip()]
        html = "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paragraphs)
    return cells.safe_html(html), "html"


def _prices(r: dict[str, str], cols: dict[str, str]) -> tuple[Decimal | None, Decimal | None]:
    """(price, former price): the sale price when there is one, the regular price as former price."""
    regular = cells.price(r.get(cols.get("regular", ""), ""))
    sale = cells.price(r.get(cols.get("sale", ""), ""))
    if sale is not None:
        return sale, regular
    return regular, None


def _stock(r: dict[str, str], cols: dict[str, str]) -> int | None:
    value = cells.stock(r.get(cols.get("stock", ""), ""))
    if value is None and r.get(cols.get("in_stock", ""), "").strip() == "0":
        return 0
    return value


def read(table: Table, out: Outcome) -> None:
    """Parse a WooCommerce export into ``out``."""
    cols = column_map(table.header, ALIASES)
    attr_cols = _attribute_columns(table.header)
    weight_unit = unit_in_header(cols["weight"]) if "weight" in cols else None
    rows: list[_Row] = []
    by_ref: dict[str, _Row] = {}
    for line, r in table.records():
        kinds = {k.strip().lower() for k in r.get(cols.get("type", ""), "").split(",") if k.strip()}
        attributes = [(r[n].strip(), r[v].strip()) for n, v in attr_cols if r[n].strip()]
        row = _Row(line, r, kinds, attributes)
        rows.append(row)
        if ident := r.get(cols.get("id", ""), "").strip():
            by_ref[f"id:{ident}"] = row
        if sku := r.get(cols.get("sku", ""), "").strip():
            by_ref.setdefault(sku, row)
    # Attach variations to their parents.
    for row in rows:
        if "variation" not in row.kinds:
            continue
        ref = row.record.get(cols.get("parent", ""), "").strip()
        parent = by_ref.get(ref) or by_ref.get(f"id:{ref}")
        if parent is None or "variable" not in parent.kinds:
            out.reject(row.line, [msg("Its parent product \"{parent}\" is not in the file.", parent=ref)],
                       row.record.get(cols.get("name", ""), ""))
            continue
        parent.variations.append(row)
    for row in rows:
        if "variation" in row.kinds:
            continue
        name = row.record.get(cols.get("name", ""), "").strip()
        if "grouped" in row.kinds:
            out.warn(msg("\"{name}\" is a grouped product: it was not imported; the products it groups are "
                         "imported one by one.", name=name), row.line)
            continue
        try:
            product = _product(row, cols, weight_unit, out)
        except BadCell as exc:
            out.reject(row.line, [exc.message], name)
            continue
        if product is not None:
            categories = cells.split_list(row.record.get(cols.get("categories", ""), ""), ",")
            if len(categories) > 1:
                out.warn(msg("\"{name}\" is in several categories: it was put in \"{category}\" only.",
                             name=name, category=categories[0]), row.line)
            out.add(product, row.line, categories[0] if categories else "", lenient=True)


def _product(row: _Row, cols: dict[str, str], weight_unit: str | None, out: Outcome) -> Product | None:
    r = row.record
    name = r.get(cols.get("name", ""), "").strip()
    description, description_format = _description(r, cols)
    kind = ProductKind.GOODS
    if "downloadable" in row.kinds:
        kind = ProductKind.DIGITAL
    elif "virtual" in row.kinds:
        kind = ProductKind.SERVICE
    images = tuple(ImageRef(url=u) for u in cells.split_list(r.get(cols.get("images", ""), ""), ","))
    published = cells.flag(r.get(cols.get("published", ""), ""))
    if published and r.get(cols.get("visibility", ""), "").strip().lower() == "hidden":
        published = False
        out.warn(msg("\"{name}\" was hidden from the WooCommerce catalogue: it was imported unpublished.",
                     name=name), row.line)
    base = Product(
        name=name,
        description=description,
        description_format=description_format,
        sku=r.get(cols.get("sku", ""), "").strip(),
        weight_g=cells.weight_grams(r.get(cols.get("weight", ""), ""), weight_unit),
        tags=cells.split_list(r.get(cols.get("tags", ""), ""), ","),
        images=images,
        published=published,
        featured=cells.flag(r.get(cols.get("featured", ""), ""), default=False),
        external_url=r.get(cols.get("external_url", ""), "").strip() if "external" in row.kinds else "",
        download_url=r.get(cols.get("download_url", ""), "").strip() if kind == ProductKind.DIGITAL else "",
        kind=kind,
    )
    if "variable" not in row.kinds:
        price, former = _prices(r, cols)
        if price is None:
            raise BadCell(msg("The price is missing."))
        return replace(base, price=price, compare_at_price=former, stock=_stock(r, cols))
    return _variable(row, base, cols, out)


def _variable(row: _Row, base: Product, cols: dict[str, str], out: Outcome) -> Product | None:
    """A variable product and its variations as one product with variants."""
    if not row.variations:
        out.reject(row.line, [msg("This variable product has no variations in the file.")], base.name)
        return None
    parent_values = {n: cells.split_list(v, ",") for n, v in row.attributes}
    # Options: the attributes the variations vary on, in the parent's order.
    used = {n for v in row.variations for n, _ in v.attributes}
    option_names = tuple(n for n, _ in row.attributes if n in used) + tuple(
        sorted(used - {n for n, _ in row.attributes})
    )
    variants: list[Variant] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    problems: list[tuple[int, Message]] = []
    for variation in row.variations:
        r = variation.record
        if not cells.flag(r.get(cols.get("published", ""), ""), default=True):
            out.warn(msg("A disabled variation of \"{name}\" was left out.", name=base.name), variation.line)
            continue
        try:
            price, former = _prices(r, cols)
            stock = _stock(r, cols)
        except BadCell as exc:
            problems.append((variation.line, exc.message))
            continue
        if price is None:
            problems.append((variation.line, msg("The price is missing.")))
            continue
        given = dict(variation.attributes)
        sku = r.get(cols.get("sku", ""), "").strip()
        choices = [(given[n],) if given.get(n) else (parent_values.get(n) or ("",)) for n in option_names]
        expanded = any(len(c) > 1 for c in choices)
        for values in itertools.product(*choices):
            options = tuple(zip(option_names, values, strict=True))
            if options in seen:
                continue
            seen.add(options)
            # One variation for "any size" becomes one variant per size: keep their SKUs distinct.
            suffix = "-".join(slugify(v, "x") for n, v in options if not given.get(n))
            variant_sku = f"{sku}-{suffix}" if sku and expanded else sku
            variants.append(Variant(options, variant_sku, price, former, stock))
    if problems:
        for line, problem in problems:
            out.reject(line, [problem], base.name)
        return None
    if not variants:
        out.reject(row.line, [msg("This variable product has no variations in the file.")], base.name)
        return None
    prices = [v.price for v in variants if v.price is not None]
    # A variation's own picture joins the product's pictures (once).
    images = list(base.images)
    known = {i.url for i in images}
    for variation in row.variations:
        for url in cells.split_list(variation.record.get(cols.get("images", ""), ""), ","):
            if url not in known:
                known.add(url)
                images.append(ImageRef(url=url))
    return replace(base, price=min(prices), option_names=option_names, variants=tuple(variants),
                   images=tuple(images))
