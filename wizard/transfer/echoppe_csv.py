"""Our own CSV format: one row per simple product or per variant, every product field in a column.

Rows of one product share its ``slug``; the product's own fields are on its first row, the next
rows only carry variant columns. Lists: tags comma-separated, images one per line
(``key:<sha256>`` for a stored image, else its URL), image alt texts one per line in the same order.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from dataclasses import MISSING
from dataclasses import fields as dataclass_fields
from pathlib import Path

from wizard.domain.model import ImageRef, Product, ProductKind, Variant
from wizard.domain.money import format_plain
from wizard.i18n import Message, msg
from wizard.transfer import cells
from wizard.transfer.cells import BadCell
from wizard.transfer.common import Outcome
from wizard.transfer.table import Table

PRODUCT_COLUMNS = (
    "slug", "name", "description", "description_format", "price", "compare_at_price", "sku", "stock",
    "weight_g", "category", "tags", "images", "image_alts", "published", "featured", "payment_link",
    "external_url", "kind", "duration_minutes", "event_date", "location", "download_url",
)
VARIANT_COLUMNS = (
    "option1_name", "option1_value", "option2_name", "option2_value", "option3_name", "option3_value",
    "variant_sku", "variant_price", "variant_compare_at_price", "variant_stock",
)
COLUMNS = PRODUCT_COLUMNS + VARIANT_COLUMNS
KEY_PREFIX = "key:"
# Cell positions in a projected row (see Table.project).
_I_CATEGORY = COLUMNS.index("category")
_I_COMPARE_AT_PRICE = COLUMNS.index("compare_at_price")
_I_DESCRIPTION = COLUMNS.index("description")
_I_DESCRIPTION_FORMAT = COLUMNS.index("description_format")
_I_DOWNLOAD_URL = COLUMNS.index("download_url")
_I_DURATION_MINUTES = COLUMNS.index("duration_minutes")
_I_EVENT_DATE = COLUMNS.index("event_date")
_I_EXTERNAL_URL = COLUMNS.index("external_url")
_I_FEATURED = COLUMNS.index("featured")
_I_IMAGE_ALTS = COLUMNS.index("image_alts")
_I_IMAGES = COLUMNS.index("images")
_I_KIND = COLUMNS.index("kind")
_I_LOCATION = COLUMNS.index("location")
_I_NAME = COLUMNS.index("name")
_I_OPTION1_NAME = COLUMNS.index("option1_name")
_I_OPTION1_VALUE = COLUMNS.index("option1_value")
_I_OPTION2_NAME = COLUMNS.index("option2_name")
_I_OPTION2_VALUE = COLUMNS.index("option2_value")
_I_OPTION3_NAME = COLUMNS.index("option3_name")
_I_OPTION3_VALUE = COLUMNS.index("option3_value")
_I_PAYMENT_LINK = COLUMNS.index("payment_link")
_I_PRICE = COLUMNS.index("price")
_I_PUBLISHED = COLUMNS.index("published")
_I_SKU = COLUMNS.index("sku")
_I_SLUG = COLUMNS.index("slug")
_I_STOCK = COLUMNS.index("stock")
_I_TAGS = COLUMNS.index("tags")
_I_VARIANT_COMPARE_AT_PRICE = COLUMNS.index("variant_compare_at_price")
_I_VARIANT_PRICE = COLUMNS.index("variant_price")
_I_VARIANT_SKU = COLUMNS.index("variant_sku")
_I_VARIANT_STOCK = COLUMNS.index("variant_stock")
_I_WEIGHT_G = COLUMNS.index("weight_g")


def looks_like(header: tuple[str, ...]) -> bool:
    names = set(header)
    return {"slug", "name", "price", "option1_name", "variant_price"} <= names


# ----------------------------------------------------------------------------- writing
def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _num(value: int | None) -> str:
    return "" if value is None else str(value)


def product_rows(product: Product, category_path: str) -> list[list[str]]:
    """The CSV rows of one product."""
    images = "\n".join(KEY_PREFIX + i.key if i.key else (i.url or "") for i in product.images)
    alts = "\n".join(i.alt for i in product.images) if any(i.alt for i in product.images) else ""
    head = [
        product.slug, product.name, product.description, product.description_format,
        format_plain(product.price), format_plain(product.compare_at_price), product.sku, _num(product.stock),
        _num(product.weight_g), category_path, ", ".join(product.tags), images, alts,
        _yes(product.published), _yes(product.featured), product.payment_link, product.external_url,
        product.kind.value, _num(product.duration_minutes),
        product.event_date.isoformat() if product.event_date else "", product.location, product.download_url,
    ]
    names = list(product.option_names) + [""] * (3 - len(product.option_names))
    if not product.variants:
        return [[*head, names[0], "", names[1], "", names[2], "", "", "", "", ""]]
    rows = []
    for index, variant in enumerate(product.variants):
        values = [value for _, value in variant.options] + [""] * (3 - len(variant.options))
        tail = [
            names[0], values[0], names[1], values[1], names[2], values[2], variant.sku,
            format_plain(variant.price), format_plain(variant.compare_at_price), _num(variant.stock),
        ]
        lead = head if index == 0 else [product.slug] + [""] * (len(PRODUCT_COLUMNS) - 1)
        rows.append(lead + tail)
    return rows


# A cell starting like a formula is evaluated by spreadsheets (``=HYPERLINK(…)``, ``+cmd|…``,
# ``@SUM(…)``): such cells are written behind a ``'``, which spreadsheets read as "this is text".
# A cell starting with ``'`` gets one too, so reading our own format removes exactly one: the round
# trip is exact for every text.
_FORMULA_START = frozenset("=+-@\t\r'")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def neutralise(cell: str) -> str:
    """``=1+1`` → ``'=1+1``; numbers (``-4``) and ordinary text are unchanged."""
    if cell and cell[0] in _FORMULA_START and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """The inverse of :func:`neutralise` (for our own format only)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_START and not _NUMBER.fullmatch(cell[1:]):
        return cell[1:]
    return cell


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """Write atomically, UTF-8 with a BOM so that Excel shows accents right; formulas neutralised."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows([neutralise(cell) for cell in row] for row in rows)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------------------- reading
class _Draft:
    """A product being read: its first row's fields, then its variants (one per row)."""

    __slots__ = ("category", "fields", "line", "option_names", "problems", "variants")

    def __init__(self, line: int, fields: dict[str, object], category: str, option_names: tuple[str, ...]):
        self.line = line
        self.fields = fields
        self.category = category
        self.option_names = option_names
        self.variants: list[Variant] = []
        self.problems: list[tuple[int, Message]] = []


_PRODUCT_DEFAULTS = {f.name: f.default for f in dataclass_fields(Product)}
# The shortcut below holds only while Product stays that simple; otherwise use its __init__.
_FAST_NEW = (
    all(f.default is not MISSING for f in dataclass_fields(Product))
    and not hasattr(Product, "__post_init__")
    and not hasattr(Product, "__slots__")
)


def _new_product(values: dict[str, object]) -> Product:
    """``Product(**values)`` at about half the cost: a hot spot of a big import.

    Product is a plain frozen dataclass (no ``__post_init__``, no slots, no default factories), so
    filling its ``__dict__`` gives the same object as its ``__init__``.
    """
    if not _FAST_NEW:
        return Product(**values)  # type: ignore[arg-type]
    product = object.__new__(Product)
    attributes = product.__dict__
    get = values.get
    # One key at a time, in field order: the instance keeps its compact key-sharing dict
    # (a bulk update() would make a full dict per product, twice the memory).
    for name, default in _PRODUCT_DEFAULTS.items():
        attributes[name] = get(name, default)
    return product


_KINDS = {kind.value: kind for kind in ProductKind}


def _kind(cell: str) -> ProductKind:
    if cell in _KINDS:
        return _KINDS[cell]
    try:
        return ProductKind(cell.strip().lower() or "goods")
    except ValueError as exc:
        raise BadCell(msg("The kind \"{value}\" is unknown (goods, service, experience or digital).",
                          value=cell.strip())) from exc


def _date(cell: str) -> dt.datetime | None:
    if not cell.strip():
        return None
    try:
        return dt.datetime.fromisoformat(cell.strip())
    except ValueError as exc:
        raise BadCell(msg("The date \"{value}\" is not a date like 2026-05-30 14:00.", value=cell.strip())) from exc


def _images(images_cell: str, alts_cell: str) -> tuple[ImageRef, ...]:
    if not images_cell:
        return ()
    if "\n" not in images_cell and not alts_cell and not images_cell.startswith(KEY_PREFIX):
        url = images_cell.strip()
        return (ImageRef(url=url),) if url else ()
    entries = [e.strip() for e in images_cell.split("\n")] if images_cell.strip() else []
    alts = alts_cell.split("\n") if alts_cell else []
    alts += [""] * (len(entries) - len(alts))
    refs = []
    for entry, alt in zip(entries, alts, strict=False):
        if not entry:
            continue
        if entry.startswith(KEY_PREFIX):
            refs.append(ImageRef(key=entry[len(KEY_PREFIX):], alt=alt))
        else:
            refs.append(ImageRef(url=entry, alt=alt))
    return tuple(refs)


def _product_fields(r: tuple[str, ...]) -> dict[str, object]:
    """Product fields of a first row; raises :class:`BadCell` on the first wrong cell."""
    return {
        "name": r[_I_NAME].strip(),
        "slug": r[_I_SLUG].strip(),
        "description": r[_I_DESCRIPTION],
        "description_format": r[_I_DESCRIPTION_FORMAT].strip() or "markdown",
        "price": cells.required_price(r[_I_PRICE]),
        "compare_at_price": cells.price(r[_I_COMPARE_AT_PRICE], "compare_at"),
        "sku": r[_I_SKU].strip(),
        "stock": cells.stock(r[_I_STOCK]),
        "weight_g": cells.whole(r[_I_WEIGHT_G], "weight"),
        "tags": cells.split_list(r[_I_TAGS], ","),
        "images": _images(r[_I_IMAGES], r[_I_IMAGE_ALTS]),
        "published": cells.flag(r[_I_PUBLISHED]),
        "featured": cells.flag(r[_I_FEATURED], default=False),
        "payment_link": r[_I_PAYMENT_LINK].strip(),
        "external_url": r[_I_EXTERNAL_URL].strip(),
        "kind": _kind(r[_I_KIND]),
        "duration_minutes": cells.whole(r[_I_DURATION_MINUTES], "duration"),
        "event_date": _date(r[_I_EVENT_DATE]),
        "location": r[_I_LOCATION].strip(),
        "download_url": r[_I_DOWNLOAD_URL].strip(),
    }


def _is_variant_row(r: tuple[str, ...]) -> bool:
    return bool((r[_I_OPTION1_VALUE] + r[_I_OPTION2_VALUE] + r[_I_OPTION3_VALUE] + r[_I_VARIANT_SKU]
                 + r[_I_VARIANT_PRICE] + r[_I_VARIANT_COMPARE_AT_PRICE] + r[_I_VARIANT_STOCK]).strip())


def read(table: Table, out: Outcome) -> None:
    """Parse our own format into ``out``."""
    drafts: dict[str, _Draft] = {}
    order: list[_Draft] = []
    last: _Draft | None = None
    rejected: set[str] = set()
    for line, cells_read in table.drain(COLUMNS):
        r = tuple(map(restore, cells_read))
        key = r[_I_SLUG].strip() or r[_I_NAME].strip()
        if key in rejected:
            continue  # more rows of a product whose first row was rejected
        draft = drafts.get(key) if key else last
        if draft is None:
            try:
                product_fields = _product_fields(r)
            except BadCell as exc:
                out.reject(line, [exc.message], r[_I_NAME])
                last = None
                if key:
                    rejected.add(key)
                continue
            names = (r[_I_OPTION1_NAME].strip(), r[_I_OPTION2_NAME].strip(), r[_I_OPTION3_NAME].strip())
            draft = _Draft(line, product_fields, r[_I_CATEGORY].strip(), tuple(n for n in names if n))
            if key:
                drafts[key] = draft
            order.append(draft)
        last = draft
        if _is_variant_row(r):
            try:
                values = (r[_I_OPTION1_VALUE].strip(), r[_I_OPTION2_VALUE].strip(), r[_I_OPTION3_VALUE].strip())
                draft.variants.append(Variant(
                    options=tuple(zip(draft.option_names, values, strict=False)),
                    sku=r[_I_VARIANT_SKU].strip(),
                    price=cells.price(r[_I_VARIANT_PRICE], "variant_price"),
                    compare_at_price=cells.price(r[_I_VARIANT_COMPARE_AT_PRICE], "variant_compare_at"),
                    stock=cells.stock(r[_I_VARIANT_STOCK]),
                ))
            except BadCell as exc:
                draft.problems.append((line, exc.message))
    for draft in order:
        fields = draft.fields
        fields["option_names"] = draft.option_names
        fields["variants"] = tuple(draft.variants)
        product = _new_product(fields)
        if draft.problems:
            for line, problem in draft.problems:
                out.reject(line, [problem], product.name)
        else:
            out.add(product, draft.line, draft.category)

