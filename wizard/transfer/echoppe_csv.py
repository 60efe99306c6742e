"""Our own CSV format: one row per simple product or per variant, every product field in a column.

Rows of one product share its ``slug``; the product's own fields are on its first row, the next
rows only carry variant columns. Lists: tags comma-separated, images one per line
(``key:<sha256>`` for a stored image, else its URL), image alt texts one per line in the same order.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
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


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """Write atomically, UTF-8 with a BOM so that Excel shows accents right."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows(rows)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------------------- reading
@dataclass
class _Draft:
    line: int
    fields: dict[str, object]
    category: str
    option_names: tuple[str, ...]
    variants: list[Variant] = field(default_factory=list)
    problems: list[tuple[int, Message]] = field(default_factory=list)


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


def _product_fields(r: dict[str, str]) -> dict[str, object]:
    """Product fields of a first row; raises :class:`BadCell` on the first wrong cell."""
    return {
        "name": r["name"].strip(),
        "slug": r["slug"].strip(),
        "description": r["description"],
        "description_format": r["description_format"].strip() or "markdown",
        "price": cells.required_price(r["price"]),
        "compare_at_price": cells.price(r["compare_at_price"], "compare_at"),
        "sku": r["sku"].strip(),
        "stock": cells.stock(r["stock"]),
        "weight_g": cells.whole(r["weight_g"], "weight"),
        "tags": cells.split_list(r["tags"], ","),
        "images": _images(r["images"], r["image_alts"]),
        "published": cells.flag(r["published"]),
        "featured": cells.flag(r["featured"], default=False),
        "payment_link": r["payment_link"].strip(),
        "external_url": r["external_url"].strip(),
        "kind": _kind(r["kind"]),
        "duration_minutes": cells.whole(r["duration_minutes"], "duration"),
        "event_date": _date(r["event_date"]),
        "location": r["location"].strip(),
        "download_url": r["download_url"].strip(),
    }


def _is_variant_row(r: dict[str, str]) -> bool:
    return bool((r["option1_value"] + r["option2_value"] + r["option3_value"] + r["variant_sku"]
                 + r["variant_price"] + r["variant_compare_at_price"] + r["variant_stock"]).strip())


def read(table: Table, out: Outcome) -> None:
    """Parse our own format into ``out``."""
    drafts: dict[str, _Draft] = {}
    order: list[_Draft] = []
    last: _Draft | None = None
    rejected: set[str] = set()
    for line, r in table.project(COLUMNS):
        key = r["slug"].strip() or r["name"].strip()
        if key in rejected:
            continue  # more rows of a product whose first row was rejected
        draft = drafts.get(key) if key else last
        if draft is None:
            try:
                product_fields = _product_fields(r)
            except BadCell as exc:
                out.reject(line, [exc.message], r["name"])
                last = None
                if key:
                    rejected.add(key)
                continue
            names = (r["option1_name"].strip(), r["option2_name"].strip(), r["option3_name"].strip())
            draft = _Draft(line, product_fields, r["category"].strip(), tuple(n for n in names if n))
            if key:
                drafts[key] = draft
            order.append(draft)
        last = draft
        if _is_variant_row(r):
            try:
                values = (r["option1_value"].strip(), r["option2_value"].strip(), r["option3_value"].strip())
                draft.variants.append(Variant(
                    options=tuple(zip(draft.option_names, values, strict=False)),
                    sku=r["variant_sku"].strip(),
                    price=cells.price(r["variant_price"], "variant_price"),
                    compare_at_price=cells.price(r["variant_compare_at_price"], "variant_compare_at"),
                    stock=cells.stock(r["variant_stock"]),
                ))
            except BadCell as exc:
                draft.problems.append((line, exc.message))
    for draft in order:
        product = Product(**draft.fields, option_names=draft.option_names,  # type: ignore[arg-type]
                          variants=tuple(draft.variants))
        if draft.problems:
            for line, problem in draft.problems:
                out.reject(line, [problem], product.name)
        else:
            out.add(product, draft.line, draft.category)

