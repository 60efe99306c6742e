"""Commands for starting a shop: ``echoppe niches`` and ``echoppe new``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from wizard.i18n import msg


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser(
        "niches",
        help=_("List the shop niches."),
        description=_("List the niches a new shop can start from: their ids, names and what they sell."),
    )
    p.add_argument("--lang", choices=("fr", "en"), default=None,
                   help=_("The language of the names (your system's by default)."))
    p.add_argument("--json", action="store_true", help=_("Print JSON for scripts."))
    p.set_defaults(handler=cmd_niches)

    p = subparsers.add_parser(
        "new",
        help=_("Create a new shop file."),
        description=_(
            "Create a new shop file from a niche: its look, categories, example products and a first "
            "shipping set-up."
        ),
    )
    p.add_argument("shop", type=Path, help=_("The new shop file (ending in .echoppe)."))
    p.add_argument("--name", required=True, help=_("The shop's name."))
    p.add_argument("--niche", default="other", help=_("A niche id (see 'echoppe niches')."))
    p.add_argument("--lang", choices=("fr", "en"), default=None, help=_("The shop's language."))
    p.add_argument("--currency", default="EUR", help=_("The shop's currency (EUR by default)."))
    p.add_argument("--no-examples", action="store_true", help=_("Start without the example products."))
    p.add_argument("--example", action="append", metavar=_("NAME"), dest="examples",
                   help=_("Keep only this example product (repeat to keep several; see 'echoppe niches --json')."))
    p.add_argument("--json", action="store_true", help=_("Print JSON for scripts."))
    p.set_defaults(handler=cmd_new)


def cmd_niches(args: argparse.Namespace, lang: str) -> int:
    from wizard.domain.niches import catalogue

    niches = catalogue()
    lang = args.lang or lang
    if args.json:
        data = [
            {
                "id": n.id,
                "name": n.name(lang),
                "description": n.description(lang),
                "kind": n.kind.value,
                "theme": n.theme,
                "palette": {"primary": n.primary_color, "accent": n.accent_color},
                "categories": n.categories(lang),
                "examples": [e.name for e in n.examples(lang)],
            }
            for n in niches
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    width = max(len(n.id) for n in niches) + 2
    for n in niches:
        print(f"{n.id:<{width}}{n.name(lang)} — {n.description(lang)}")
    return 0


def cmd_new(args: argparse.Namespace, lang: str) -> int:
    from wizard.store.newshop import create_shop

    shop_lang = args.lang or lang
    path: Path = args.shop
    if path.suffix != ".echoppe":
        path = path.with_name(path.name + ".echoppe")
    with create_shop(path, args.name, args.niche, shop_lang, args.currency,
                     keep_examples=not args.no_examples, example_names=args.examples) as shop:
        products = shop.product_count()
        categories = len(shop.categories())
    if args.json:
        print(json.dumps({"path": str(path), "niche": args.niche, "language": shop_lang,
                          "products": products, "categories": categories}, ensure_ascii=False))
    else:
        print(msg("Created {path}. Example products: {products}; categories: {categories}.",
                  path=str(path), products=products, categories=categories).text(lang))
        print(msg("Open it with the app (echoppe) to fill in your details.").text(lang))
    return 0
