"""Commands for starting a shop: niches, new."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from wizard.domain.model import ShopIdentity
from wizard.domain.niches import catalogue, niche
from wizard.store import ShopFile


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser("niches", help=_("List the shop niches."))
    p.add_argument("--json", action="store_true", help=_("Print JSON for scripts."))
    p.set_defaults(handler=cmd_niches)

    p = subparsers.add_parser("new", help=_("Create a new shop file."))
    p.add_argument("shop", type=Path, help=_("The new shop file (ending in .echoppe)."))
    p.add_argument("--name", required=True, help=_("The shop's name."))
    p.add_argument("--niche", default="other", help=_("A niche id (see 'echoppe niches')."))
    p.add_argument("--lang", choices=("fr", "en"), default=None, help=_("The shop's language."))
    p.add_argument("--currency", default="EUR", help=_("The shop's currency (EUR by default)."))
    p.set_defaults(handler=cmd_new)


def cmd_niches(args: argparse.Namespace, lang: str) -> int:
    niches = catalogue()
    if args.json:
        print(json.dumps([{"id": n.id, "name": n.name(lang), "kind": n.kind.value} for n in niches],
                         ensure_ascii=False, indent=2))
    else:
        for n in niches:
            print(f"{n.id:<16} {n.name(lang)}")
    return 0


def cmd_new(args: argparse.Namespace, lang: str) -> int:
    chosen = niche(args.niche)
    shop_lang = args.lang or lang
    identity = ShopIdentity(
        name=args.name,
        language=shop_lang,
        currency=args.currency.upper(),
        niche=chosen.id,
        theme=chosen.theme,
        primary_color=chosen.primary_color,
        accent_color=chosen.accent_color,
        tagline=chosen.tagline(shop_lang),
    )
    with ShopFile.create(args.shop, identity):
        pass
    return 0
