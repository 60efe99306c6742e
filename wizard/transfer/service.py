"""The import/export service used by the command line and the desktop app (no Qt here)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from wizard.domain.model import ImageRef, Product
from wizard.gcpause import gc_paused
from wizard.i18n import msg
from wizard.store import ShopFile
from wizard.store.backups import Reason, backup_before
from wizard.transfer import echoppe_csv, shopify, spreadsheet, woocommerce
from wizard.transfer.common import Outcome
from wizard.transfer.formats import SourceFormat
from wizard.transfer.results import (
    ImportCancelled,
    ImportItem,
    ImportPreview,
    ImportReport,
    ImportWarning,
    RowsRejected,
    TransferError,
    UnreadableFile,
)
from wizard.transfer.table import Table, read_table

Progress = Callable[[int, int], None]  # (products written, products to write)

_READERS = {
    SourceFormat.ECHOPPE: echoppe_csv,
    SourceFormat.WOOCOMMERCE: woocommerce,
    SourceFormat.SHOPIFY: shopify,
    SourceFormat.SPREADSHEET: spreadsheet,
}


def detect_format(table: Table) -> SourceFormat:
    """Which export the header comes from (the most specific first)."""
    for fmt in (SourceFormat.ECHOPPE, SourceFormat.SHOPIFY, SourceFormat.WOOCOMMERCE, SourceFormat.SPREADSHEET):
        if _READERS[fmt].looks_like(table.header):
            return fmt
    raise UnreadableFile(
        msg("No product name column was found in this file (columns: {columns}).",
            columns=", ".join(table.header[:8])),
        msg("Name the columns in the first row, for example: Nom, Prix, Catégorie, Description, Stock."),
    )


def read_products(source: str | Path | bytes, format: str | SourceFormat = "auto",
                  encoding: str = "auto") -> ImportPreview:
    """Read a product CSV file (a path or its bytes) without touching any shop.

    Detects the encoding (unless given), the delimiter and, with ``format="auto"``, the format.
    Raises :class:`UnreadableFile` when the file cannot be read as a product table at all, and its
    subclass ``MixedEncoding`` when the encoding must be chosen (see :mod:`wizard.transfer.encoding`).
    """
    with gc_paused():
        return _read_products(source, format, encoding)


def _read_products(source: str | Path | bytes, format: str | SourceFormat, encoding: str) -> ImportPreview:
    table = read_table(source, encoding)
    chosen = SourceFormat(format)
    if chosen == SourceFormat.AUTO:
        chosen = detect_format(table)
    elif not _READERS[chosen].looks_like(table.header):
        raise UnreadableFile(
            msg("This file does not look like a {format} export.", format=chosen.value),
            msg("Let Échoppe detect the format (auto), or choose the right one."),
        )
    out = Outcome()
    for line in table.repaired_lines:
        out.warn(msg("Characters that are not {encoding} were read as Windows-1252: check this line.",
                     encoding=table.encoding.upper()), line)
    for broken in table.swallowed:
        out.reject(broken.row, [msg(
            "A quote opened on line {first} of the file is only closed on line {last}: those {count} lines "
            "were read as one cell.", first=broken.first_line, last=broken.last_line,
            count=broken.last_line - broken.first_line + 1),
            msg("Remove the stray quote (or close it) on line {first}.", first=broken.first_line)])
    _READERS[chosen].read(table, out)
    pending = sum(1 for item in out.items for image in item.product.images if image.pending)
    if pending:
        out.warn(msg("{count} image(s) are links that were not downloaded: the products keep the links "
                     "until you add the pictures.", count=pending))
    out.rejected.sort(key=lambda r: r.line)
    return ImportPreview(
        items=tuple(out.items),
        rejected=tuple(out.rejected),
        warnings=tuple(out.warnings),
        format=chosen,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows) + len(table.swallowed),
    )


class _Rollback(Exception):
    """Undoes a dry run's transaction."""


def apply_import(
    shop: ShopFile,
    preview: ImportPreview,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Write the previewed products into ``shop`` in ONE transaction: all of them or none.

    Backs the shop up first (not for a dry run). Refuses with :class:`RowsRejected` (nothing written) when rows were rejected, unless
    ``skip_invalid``. ``dry_run`` does everything, then rolls back: the report tells what would
    happen (slugs, new categories). ``cancel`` set from another thread stops the import with
    :class:`ImportCancelled`, leaving the shop unchanged.
    """
    if preview.rejected and not skip_invalid:
        raise RowsRejected(preview.rejected, len(preview.items))
    if not dry_run and preview.items:
        backup_before(shop, Reason.IMPORT)  # raises BackupFailed: an import never runs unprotected
    warnings = list(preview.warnings)
    total = len(preview.items)
    known_keys: set[str] | None = None
    if any(image.key for item in preview.items for image in item.product.images):
        known_keys = set(shop.image_keys())
    result: dict[str, object] = {}
    try:
        with gc_paused(), shop.transaction("products"):
            before = {c.id for c in shop.categories()}
            category_ids: dict[str, int | None] = {}
            for item in preview.items:
                if item.category_path and item.category_path not in category_ids:
                    category_ids[item.category_path] = shop.category_for_path(item.category_path)
            created = tuple(c.name for c in shop.categories() if c.id not in before)

            def products() -> Iterator[Product]:
                for done, item in enumerate(preview.items):
                    if cancel is not None and cancel.is_set():
                        raise ImportCancelled()
                    if progress is not None and done % 200 == 0:
                        progress(done, total)
                    yield _resolved(item, category_ids, known_keys, warnings)

            stored = shop.add_products(products())
            if progress is not None:
                progress(total, total)
            result["stored"], result["created"] = stored, created
            if dry_run:
                raise _Rollback()
    except _Rollback:
        pass
    return ImportReport(
        imported=tuple(result["stored"]),  # type: ignore[arg-type]
        rejected=preview.rejected,
        warnings=tuple(warnings),
        categories_created=result["created"],  # type: ignore[arg-type]
        dry_run=dry_run,
        format=preview.format,
    )


def _resolved(
    item: ImportItem,
    category_ids: dict[str, int | None],
    known_keys: set[str] | None,
    warnings: list[ImportWarning],
) -> Product:
    product = item.product
    if item.category_path:
        product = _with_category(product, category_ids[item.category_path])
    if known_keys is not None and any(i.key and i.key not in known_keys for i in product.images):
        kept: list[ImageRef] = []
        for image in product.images:
            if image.key and image.key not in known_keys:
                warnings.append(ImportWarning(
                    msg("An image of \"{name}\" is not in this shop: it was left out.", name=product.name),
                    item.line,
                ))
            else:
                kept.append(image)
        product = replace(product, images=tuple(kept))
    return product


def _with_category(product: Product, category_id: int | None) -> Product:
    """``replace(product, category_id=...)`` without its cost (a hot spot on big imports).

    Product is a plain frozen dataclass without ``__post_init__``: copying its fields is enough.
    """
    copy = object.__new__(Product)
    copy.__dict__.update(product.__dict__)
    copy.__dict__["category_id"] = category_id
    return copy


def category_paths(shop: ShopFile) -> dict[int, str]:
    """``{category id: "Parent > Child"}`` for every category of the shop."""
    categories = {c.id: c for c in shop.categories()}
    paths: dict[int, str] = {}
    for cid in categories:
        names, seen, current = [], set(), categories.get(cid)
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(current.name)
            current = categories.get(current.parent_id) if current.parent_id else None
        paths[cid] = " > ".join(reversed(names))
    return paths


def export_products(shop: ShopFile, path: str | Path) -> int:
    """Write every product of ``shop`` in our own CSV format (atomically); returns the product count."""
    path = Path(path)
    if not path.parent.is_dir():
        raise TransferError(
            msg("The folder {folder} does not exist.", folder=str(path.parent)),
            msg("Choose an existing folder for the exported file."),
        )
    paths = category_paths(shop)
    rows: list[list[str]] = []
    products = shop.products()
    for product in products:
        category = paths.get(product.category_id, "") if product.category_id else ""
        rows.extend(echoppe_csv.product_rows(product, category))
    echoppe_csv.write_csv(path, rows)
    return len(products)
