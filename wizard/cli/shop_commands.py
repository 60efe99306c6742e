"""Commands on a shop's products: import, export, edit, products."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.cli import EXIT_ERROR, EXIT_REJECTED, EXIT_USAGE, CliError
from wizard.cli.terminal import Progress, printable, warn
from wizard.i18n import gettext_for
from wizard.transfer.formats import SourceFormat

if TYPE_CHECKING:  # the engines are imported by the commands that run, never for --help
    from wizard.domain.model import Product, Variant
    from wizard.store import ShopFile
    from wizard.transfer import ImportPreview, ImportReport

FORMATS = tuple(f.value for f in SourceFormat)


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    """Register the product commands."""
    p = subparsers.add_parser(
        "import",
        help=_("Import products from a CSV file (Échoppe, WooCommerce, Shopify or a spreadsheet)."),
        description=_(
            "Import products from a CSV file. Nothing is imported when a row is wrong, unless "
            "--skip-invalid is given; exit status 3 then tells that rows were rejected."
        ),
    )
    p.add_argument("shop", type=Path, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("file", type=Path, help=_("The CSV file to import."))
    p.add_argument("--format", choices=FORMATS, default="auto",
                   help=_("The file's format (detected by default)."))
    p.add_argument("--encoding", default="auto", metavar="NAME",
                   help=_("The file's text encoding, such as utf-8 or cp1252 (detected by default; with utf-8, "
                          "bytes that are not UTF-8 are read as Windows-1252)."))
    p.add_argument("--dry-run", action="store_true", help=_("Show what would be imported, change nothing."))
    p.add_argument("--skip-invalid", action="store_true",
                   help=_("Import the correct rows and leave out the wrong ones."))
    p.add_argument("--download-images", action="store_true",
                   help=_("Then download the pictures given as links (needs the Internet)."))
    p.add_argument("--json", action="store_true", help=_("Print JSON for scripts."))
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("export", help=_("Export all products to a CSV file (Échoppe format)."))
    p.add_argument("shop", type=Path, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("file", type=Path, help=_("The CSV file to write."))
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("edit", help=_("Change a product's price, stock or visibility."))
    p.add_argument("shop", type=Path, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("slug", help=_("The product's slug (see 'echoppe products')."))
    p.add_argument("--variant", "--sku", dest="sku", metavar="SKU", help=_("Change only the variant with this SKU."))
    p.add_argument("--all-variants", action="store_true",
                   help=_("Change every variant of the product (the price, stock or former price of each)."))
    p.add_argument("--price", help=_("The new price, like 12.50 or 12,50."))
    p.add_argument("--compare-at", help=_("The former price shown crossed out; 'none' removes it, 'auto' uses the "
                                          "one the price history supports (the lowest of the 30 days before)."))
    p.add_argument("--stock", help=_("The new stock (a whole number); 'none' stops tracking it."))
    p.add_argument("--published", choices=("yes", "no"), help=_("Show the product in the shop or not."))
    p.set_defaults(handler=cmd_edit)

    p = subparsers.add_parser("products", help=_("List a shop's products."))
    p.add_argument("shop", type=Path, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("--json", action="store_true", help=_("Print JSON for scripts."))
    p.set_defaults(handler=cmd_products)


def _cli_error(text: str, status: int = EXIT_ERROR) -> CliError:
    return CliError(text, status)


# ----------------------------------------------------------------------------- import
def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from wizard.store import ShopFile
    from wizard.transfer import RowsRejected, apply_import, read_products
    from wizard.transfer.images import fetch_pending_images

    _ = gettext_for(lang)
    progress = Progress()
    with ShopFile.open(args.shop) as shop:
        progress.say(_("Reading {file}…").format(file=args.file))
        preview = read_products(args.file, args.format, args.encoding)
        progress.say(_("{rows} row(s) read.").format(rows=preview.rows))
        writing = _("Importing:")
        try:
            report = apply_import(shop, preview, skip_invalid=args.skip_invalid, dry_run=args.dry_run,
                                  progress=lambda done, total: progress.update(writing, done, total))
        except RowsRejected as exc:
            if args.json:
                print(json.dumps(_import_json(preview, None, lang), ensure_ascii=False, indent=2))
            else:
                _print_summary(preview, None, lang)
            raise _cli_error(exc.text(lang), EXIT_REJECTED) from exc
        finally:
            progress.done()
        fetched = None
        if args.download_images and not args.dry_run:
            fetched = fetch_pending_images(shop)
    if args.json:
        data = _import_json(preview, report, lang)
        if fetched is not None:
            data["images"] = {
                "downloaded": fetched.downloaded,
                "failed": [{"url": f.url, "reason": f.reason.text(lang)} for f in fetched.failures],
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_summary(preview, report, lang)
        if fetched is not None:
            _ = gettext_for(lang)
            print(_("Pictures downloaded: {count}; still links: {failed}.").format(
                count=fetched.downloaded, failed=len(fetched.failures)))
            for failure in fetched.failures:
                print("  " + failure.text(lang))
    return 0


def _import_json(preview: ImportPreview, report: ImportReport | None, lang: str) -> dict[str, Any]:
    return {
        "format": preview.format.value,
        "encoding": preview.encoding,
        "delimiter": preview.delimiter,
        "rows": preview.rows,
        "dry_run": bool(report and report.dry_run),
        "imported": report.count if report and not report.dry_run else 0,
        "would_import": report.count if report and report.dry_run else 0,
        "products": [p.slug for p in report.imported] if report else [],
        "categories_created": list(report.categories_created) if report else [],
        "rejected": [
            {"line": r.line, "name": r.name, "reasons": [m.text(lang) for m in r.reasons]}
            for r in preview.rejected
        ],
        "warnings": [
            {"line": w.line, "message": w.message.text(lang)}
            for w in (report.warnings if report else preview.warnings)
        ],
    }


def _print_summary(preview: ImportPreview, report: ImportReport | None, lang: str) -> None:
    _ = gettext_for(lang)
    delimiter = {"\t": "tab"}.get(preview.delimiter, preview.delimiter)
    print(_("Format: {format} ({encoding}, separator {delimiter}), {rows} row(s) read.").format(
        format=preview.format.value, encoding=preview.encoding, delimiter=delimiter, rows=preview.rows))
    if report is None:
        print(_("Imported: nothing."))
    elif report.dry_run:
        print(_("Dry run: {count} product(s) would be imported; nothing was changed.").format(count=report.count))
    else:
        print(_("Imported: {count} product(s).").format(count=report.count))
    if report and report.categories_created:
        print(_("New categories: {names}").format(names=", ".join(report.categories_created)))
    if preview.rejected:
        left_out = _("left out") if report else _("nothing imported")
        print(_("Rejected rows ({left_out}): {count}").format(left_out=left_out, count=len(preview.rejected)))
        for row in preview.rejected:
            print("  " + row.text(lang))
    warnings = report.warnings if report else preview.warnings
    if warnings:  # on stderr: stdout stays the summary
        warn(_("Warnings: {count}").format(count=len(warnings)))
        for warning in warnings:
            warn("  " + warning.text(lang))


# ----------------------------------------------------------------------------- export
def cmd_export(args: argparse.Namespace, lang: str) -> int:
    from wizard.store import ShopFile
    from wizard.transfer import export_products

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        count = export_products(shop, args.file)
    print(_("Exported {count} product(s) to {file}.").format(count=count, file=args.file))
    return 0


# ----------------------------------------------------------------------------- edit
def _amount(text: str, lang: str, allow_none: bool = False) -> Any:
    from wizard.domain.money import NotAnAmount, parse_amount

    _ = gettext_for(lang)
    if allow_none and text.strip().lower() in ("none", "aucun", ""):
        return None
    try:
        value = parse_amount(text)
    except NotAnAmount as exc:
        raise _cli_error(exc.text(lang)) from None
    if value is None or value < 0:
        raise _cli_error(_("\"{value}\" is not a price: write it like 12.50 or 12,50.").format(value=text))
    return value


def _stock(text: str, lang: str) -> int | None:
    _ = gettext_for(lang)
    if text.strip().lower() in ("none", "aucun"):
        return None
    if not text.strip().isdigit():
        raise _cli_error(_("\"{value}\" is not a stock: give a whole number, 0 or more.").format(value=text))
    return int(text.strip())


def cmd_edit(args: argparse.Namespace, lang: str) -> int:
    from wizard.domain.validation import validate_product
    from wizard.store import ShopFile
    from wizard.store.reductions import compare_at_problems

    _ = gettext_for(lang)
    if all(getattr(args, name) is None for name in ("price", "compare_at", "stock", "published")):
        raise _cli_error(_("Nothing to change: give --price, --compare-at, --stock or --published."), EXIT_USAGE)
    changes: dict[str, Any] = {}
    if args.price is not None:
        changes["price"] = _amount(args.price, lang)
    auto_compare = args.compare_at is not None and args.compare_at.strip().lower() == "auto"
    if args.compare_at is not None and not auto_compare:
        changes["compare_at_price"] = _amount(args.compare_at, lang, allow_none=True)
    if args.stock is not None:
        changes["stock"] = _stock(args.stock, lang)
    with ShopFile.open(args.shop) as shop:
        product = shop.product(args.slug)
        if product is None:
            raise _cli_error(
                _("No product has the slug \"{slug}\". See the slugs with: echoppe products {shop}").format(
                    slug=args.slug, shop=args.shop))
        if args.sku is not None and args.all_variants:
            raise _cli_error(_("Give either --variant or --all-variants, not both."), EXIT_USAGE)
        if args.sku is not None:
            product = _edit_variant(product, args.sku, changes, lang)
        elif args.all_variants and product.variants:
            product = _edit_all_variants(product, changes)
        else:
            if product.variants and changes:
                # The customer sees the variants' own prices and stocks: changing the product's alone
                # would say "Saved" while nothing they see changed.
                skus = ", ".join(v.sku for v in product.variants if v.sku) or "—"
                raise _cli_error(_("\"{slug}\" has variants ({skus}): give --variant SKU to change one, or "
                                   "--all-variants to change them all.").format(slug=args.slug, skus=skus),
                                 EXIT_USAGE)
            product = replace(product, **changes)
        if args.published is not None:
            product = replace(product, published=args.published == "yes")
        if auto_compare:
            product = _auto_compare_at(shop, product, args.sku, lang)
        problems = validate_product(product)
        if problems:
            raise _cli_error(" ".join(p.text(lang) for p in problems))
        refused = compare_at_problems(shop, product, before=shop.product(args.slug))
        if refused:
            raise _cli_error(" ".join(p.message.text(lang) for p in refused))
        shop.update_product(product)
    print(_("Saved \"{name}\".").format(name=product.name))
    return 0


def _auto_compare_at(shop: ShopFile, product: Product, sku: str | None, lang: str) -> Product:
    """``product`` with the former price its history supports (refused when there is none)."""
    from wizard.store.reductions import accepted_former_price

    _ = gettext_for(lang)
    index = next((i for i, v in enumerate(product.variants) if v.sku == sku), None) if sku is not None else None
    r = accepted_former_price(shop, product, index)
    if r is None:
        raise _cli_error(_("No former price can be shown for \"{slug}\": its price has not gone down below the "
                           "lowest price of the 30 days before.").format(slug=product.slug))
    if index is None:
        return replace(product, compare_at_price=r.former)
    variants = list(product.variants)
    variants[index] = replace(variants[index], compare_at_price=r.former)
    return replace(product, variants=tuple(variants))


def _edit_variant(product: Product, sku: str, changes: dict[str, Any], lang: str) -> Product:
    _ = gettext_for(lang)
    variants: list[Variant] = []
    found = False
    for variant in product.variants:
        if variant.sku == sku and not found:
            found = True
            variant = replace(variant, **changes)
        variants.append(variant)
    if not found:
        raise _cli_error(_("\"{slug}\" has no variant with the SKU \"{sku}\".").format(slug=product.slug, sku=sku))
    return replace(product, variants=tuple(variants))


def _edit_all_variants(product: Product, changes: dict[str, Any]) -> Product:
    """Every variant gets the change: a price or former price is set on each, and so is a stock."""
    variants = tuple(replace(v, **changes) for v in product.variants)
    product_changes = {k: v for k, v in changes.items() if k != "stock"}
    return replace(product, variants=variants, **product_changes)


# ----------------------------------------------------------------------------- products
def products_json(shop: ShopFile) -> list[dict[str, Any]]:
    """The products as the documented JSON objects (scripts rely on these keys)."""
    from wizard.domain.money import format_plain
    from wizard.transfer import category_paths

    currency = shop.shop().identity.currency
    paths = category_paths(shop)
    result = []
    for p in shop.products():
        result.append({
            "name": p.name,
            "slug": p.slug,
            "price": format_plain(p.price),
            "compare_at_price": format_plain(p.compare_at_price) or None,
            "currency": currency,
            "published": p.published,
            "category": paths.get(p.category_id) if p.category_id else None,
            "sku": p.sku,
            "stock": p.stock,
            "tags": list(p.tags),
            "variants": [
                {
                    "options": dict(v.options),
                    "sku": v.sku,
                    "price": format_plain(v.price if v.price is not None else p.price),
                    "stock": v.stock,
                }
                for v in p.variants
            ],
        })
    return result


def cmd_products(args: argparse.Namespace, lang: str) -> int:
    from wizard.store import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        items = products_json(shop)
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(_("No products yet."))
        return 0
    header = (_("Slug"), _("Name"), _("Price"), _("Stock"), _("Shown"), _("Category"))
    rows = []
    for item in items:
        prices = sorted({v["price"] for v in item["variants"]}, key=Decimal) or [item["price"]]
        price = prices[0] if len(prices) == 1 else f"{prices[0]}–{prices[-1]}"
        if item["variants"]:
            stocks = [v["stock"] for v in item["variants"]]
            stock = "—" if any(s is None for s in stocks) else str(sum(stocks))
            stock += " " + _("({count} variants)").format(count=len(item["variants"]))
        else:
            stock = "—" if item["stock"] is None else str(item["stock"])
        rows.append((item["slug"], item["name"], f"{price} {item['currency']}", stock,
                     _("yes") if item["published"] else _("no"), item["category"] or ""))
    widths = [min(max(len(str(r[i])) for r in [header, *rows]), 40) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(printable(str(cell), keep_lines=False)[:40].ljust(width)
                        for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0

