"""Backup commands: ``echoppe backups``, ``echoppe backup`` and ``echoppe restore``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path

from wizard.i18n import gettext_for, msg


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser(
        "backups",
        help=_("List a shop's backups."),
        description=_("List the backups Échoppe made of a shop on this computer, newest first."),
    )
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--json", action="store_true", help=_("Print JSON (path, made_at, products, orders, bytes)."))
    p.set_defaults(handler=cmd_backups)

    p = subparsers.add_parser(
        "backup",
        help=_("Back up a shop now."),
        description=_("Make a checked backup of a shop now. Échoppe also makes one before each publish, "
                      "import and order fetch, and once a day when the shop is opened."),
    )
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--set-passphrase", action="store_true",
                   help=_("Choose the backup passphrase that seals the copy sent to the host after each "
                          "publish (kept in the system's password store)."))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=_("Read the backup passphrase from standard input."))
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser(
        "restore",
        help=_("Restore a shop from a backup into a new file."),
        description=_("Restore a backup (a file from 'echoppe backups', or the encrypted copy on the host) "
                      "into a new shop file. An existing file is never replaced."),
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("backup", type=Path, nargs="?", help=_("The backup file."))
    source.add_argument("--from-host", type=Path, metavar="SHOP",
                        help=_("Fetch the newest encrypted copy from the host this shop publishes to."))
    p.add_argument("--out", type=Path, required=True, help=_("The new shop file (must not exist)."))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=_("Read the backup passphrase from standard input (after the host password when "
                          "--password-stdin is given too)."))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("Read the host password (or key passphrase) from standard input."))
    p.add_argument("--accept-host-key", metavar="SHA256:…",
                   help=_("Accept the server's key if its fingerprint is exactly this one."))
    p.set_defaults(handler=cmd_restore)


def _human(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def cmd_backups(args: argparse.Namespace, lang: str) -> int:
    from wizard.store import backups
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        found = backups.list_backups(shop)
    if args.json:
        print(json.dumps([b.as_json() for b in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(_("No backup yet."))
        return 0
    for b in found:
        orders = "" if b.orders is None else " " + msg("{n} orders", n=b.orders).text(lang)
        print(f"{b.made_at.astimezone():%Y-%m-%d %H:%M}  "
              + msg("{n} products", n=b.products).text(lang) + orders + f"  {_human(b.bytes)}  {b.path}")
    return 0


def _passphrase(args: argparse.Namespace, lang: str, confirm: bool = False) -> str:
    from wizard.cli import CliError

    _ = gettext_for(lang)
    if args.passphrase_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        value = getpass.getpass(_("Backup passphrase: "))
        if confirm and getpass.getpass(_("The same passphrase again: ")) != value:
            raise CliError(_("The two passphrases differ: nothing was changed."))
    else:
        raise CliError(_("A backup passphrase is needed: type it, or give it with --passphrase-stdin."), 2)
    if not value:
        raise CliError(_("The backup passphrase is empty."), 2)
    return value


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import CliError
    from wizard.publish.host_backup import store_passphrase
    from wizard.store import backups
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        if args.set_passphrase:
            if not store_passphrase(shop, _passphrase(args, lang, confirm=True)):
                raise CliError(_("This computer has no safe password store: the backup passphrase was not "
                                 "saved, so no encrypted copy can go to the host after a publish."))
            print(_("The backup passphrase is kept in the system's password store. Write it down somewhere "
                    "safe too: without it the copy on the host cannot be opened."))
        info = backups.make_backup(shop, backups.Reason.MANUAL)
    print(msg("Backup made: {path} ({products} products, {size}).", path=str(info.path), products=info.products,
              size=_human(info.bytes)).text(lang))
    return 0


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from wizard.store import backups

    if args.backup is not None:
        out = backups.restore(args.backup, args.out)
    else:
        out = _restore_from_host(args, lang)
    print(msg("Restored into the new shop file {path}.", path=str(out)).text(lang))
    return 0


def _restore_from_host(args: argparse.Namespace, lang: str) -> Path:
    from wizard.cli import CliError
    from wizard.domain.model import AuthMethod
    from wizard.publish import KnownHosts, get_password, is_folder_target
    from wizard.publish.host_backup import restore_from_host, stored_passphrase
    from wizard.store import backups
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.from_host) as shop:
        target = shop.shop().target
        shop_id = backups.shop_id(shop)
        kept = stored_passphrase(shop)
    if is_folder_target(target) or not target.host:
        raise CliError(_("This shop is not published to a host: there is no copy to fetch."))
    if args.password_stdin:
        secret: str | None = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = get_password(target)
        if secret is None and target.auth != AuthMethod.KEY and sys.stdin.isatty():
            secret = getpass.getpass(msg("Password for {user} on {host}: ", user=target.user,
                                         host=target.host).text(lang))
    passphrase = _passphrase(args, lang) if args.passphrase_stdin or kept is None else kept
    return restore_from_host(target, secret, passphrase, args.out, shop_id=shop_id, known_hosts=KnownHosts(),
                             accept_fingerprint=args.accept_host_key)
