"""``echoppe desk SHOP --enable|--disable|--status [--json]``: the order desk on the host."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from wizard.i18n import gettext_for


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser(
        "desk",
        help=_("Turn the order desk on the host on or off, or show its state."),
        description=_("The order desk: a few small PHP files published with the site take the orders and "
                      "the withdrawal declarations, compute every price again, seal them with the shop's key "
                      "and email the customer. Without it (or without PHP on the host) customers order by email."),
    )
    p.add_argument("shop", type=Path, help=_("The shop file."))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--enable", action="store_true", help=_("Turn the desk on (makes the shop's key pair once)."))
    group.add_argument("--disable", action="store_true", help=_("Turn the desk off (the keys are kept)."))
    group.add_argument("--status", action="store_true", help=_("Show the desk's state (the default)."))
    p.add_argument("--json", action="store_true", help=_("Print the state as JSON."))
    p.set_defaults(handler=cmd_desk)


def cmd_desk(args: argparse.Namespace, lang: str) -> int:
    from wizard.desk import keys
    from wizard.desk.probe import WITHDRAWALS_BY_EMAIL
    from wizard.desk.status import desk_status
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        if args.enable:
            keys.enable(shop)
        elif args.disable:
            keys.disable(shop)
        status = desk_status(shop)
    if args.json:
        print(json.dumps(status.as_dict(), ensure_ascii=False, indent=1))
        return 0
    if not status.enabled:
        print(_("Order desk: off. Customers order by email. With the desk on, a host that runs PHP takes the "
                "orders itself, confirms the total to the customer by email and keeps them for you to fetch."))
        print(WITHDRAWALS_BY_EMAIL.text(lang))
        return 0
    print(_("Order desk: on."))
    print(_("Public key: {key}").format(key=status.public_key))
    if not status.server_target:
        print(_("Publishing goes to a folder: there is no PHP there, so customers order by email."))
    elif not status.public_url:
        print(_("Set the shop's public address: the desk needs it (the publish checks PHP through it)."))
    elif status.probe_ok is None:
        print(_("The host has not been checked yet: the next publish checks that it runs PHP with sodium and mail()."))
    elif status.probe_ok:
        print(_("The host runs PHP {php} with sodium and mail(): the desk is online.").format(php=status.php))
    else:
        print(_("The host did not pass the check (PHP 7.4 or later with sodium and mail()): customers order "
                "by email. The next publish checks again."))
    if not status.active:
        print(WITHDRAWALS_BY_EMAIL.text(lang))
    if status.private_dir:
        print(_("Sealed orders wait on the host in: {folder}").format(folder=status.private_dir))
    print(_("The private key is in the shop file: back the shop file up, or the orders waiting on the host "
            "cannot be opened."))
    return 0
