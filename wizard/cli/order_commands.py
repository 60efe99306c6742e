"""Order commands: ``echoppe orders`` (list, fetch), ``echoppe order`` (status, note), ``echoppe receipts``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wizard.i18n import gettext_for, msg

STATUSES = ("new", "paid", "shipped", "delivered", "cancelled", "withdrawn")


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser("orders", help=_("List the shop's orders (and fetch the new ones)."),
                              description=_("List the orders kept in the shop file. With --fetch, first bring "
                                            "in the orders waiting on the host (same login as publishing)."))
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--fetch", action="store_true", help=_("Fetch the new orders from the host first."))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("Read the password (or key passphrase) from standard input."))
    p.add_argument("--accept-host-key", metavar="SHA256:…",
                   help=_("Accept the server's key if its fingerprint is exactly this one."))
    p.add_argument("--status", choices=STATUSES, help=_("Only the orders with this status."))
    p.add_argument("--json", action="store_true", help=_("Print the orders as JSON."))
    p.set_defaults(handler=cmd_orders)

    p = subparsers.add_parser("order", help=_("Change the status of an order."),
                              description=_("Mark an order paid, shipped, delivered, cancelled or withdrawn "
                                            "(cancelling or withdrawing puts its stock back)."))
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("number", help=_("The order number, for example 2026-00042."))
    p.add_argument("--status", choices=STATUSES[1:], help=_("The new status."))
    p.add_argument("--tracking", help=_("The parcel's tracking number."))
    p.add_argument("--note", help=_("A note kept with the order."))
    p.set_defaults(handler=cmd_order)

    p = subparsers.add_parser("receipts", help=_("Write the book of receipts (CSV or PDF)."),
                              description=_("Write the book of receipts (livre des recettes) from the paid "
                                            "orders, for a year or a month."))
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--out", type=Path, required=True, help=_("The file to write: FILE.csv or FILE.pdf."))
    p.add_argument("--year", type=int, help=_("The year (this year by default)."))
    p.add_argument("--month", type=int, choices=range(1, 13), metavar="MM", help=_("Only this month (1-12)."))
    p.set_defaults(handler=cmd_receipts)


def order_json(order: Any, withdrawals: list[Any] | None = None) -> dict[str, Any]:
    from wizard.domain.withdrawal_check import differs_from_order

    return {
        "number": order.number,
        "received_at": order.received_at.isoformat(),
        "status": order.status.value,
        "total": format(order.total, "f"),
        "currency": order.currency,
        "customer": {"name": order.customer.name, "email": order.customer.email},
        "lines": [{"slug": ln.slug, "sku": ln.sku, "options": dict(ln.options), "quantity": ln.quantity,
                   "unit_price": format(ln.unit_price, "f")} for ln in order.lines],
        "payment": order.payment,
        "withdrawals": [{"number": w.number, "received_at": w.received_at.isoformat(), "name": w.name,
                         "email": w.email, "matches_order": not differs_from_order(order, w)}
                        for w in withdrawals or []],
    }


def _doubt_line(withdrawal: str, order: str, name: str, email: str) -> Any:
    return msg("Withdrawal {withdrawal} (order {order}) was filed by {name} <{email}>: the name or e-mail on this "
               "withdrawal differs from the order's; check before refunding.",
               withdrawal=withdrawal, order=order, name=name, email=email)


def _by_order(shop: Any) -> dict[str, list[Any]]:
    from wizard.store.orders import list_withdrawals

    found: dict[str, list[Any]] = {}
    for w in sorted(list_withdrawals(shop), key=lambda w: (w.received_at, w.number)):  # oldest first
        found.setdefault(w.order_number, []).append(w)
    return found


def _fetch(args: argparse.Namespace, shop: Any, lang: str) -> None:
    from wizard.publish.orders_fetch import FetchFinished, Rejected, fetch_orders

    secret = None
    if args.password_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        from wizard.publish import get_password

        secret = get_password(shop.shop().target)
    out = sys.stderr if args.json else sys.stdout
    for ev in fetch_orders(shop, secret, accept_fingerprint=args.accept_host_key):
        if isinstance(ev, Rejected):
            print("!! " + msg("{name} was kept on the server: {reason}.", name=ev.name,
                              reason=ev.message()).text(lang), file=out)
        elif isinstance(ev, FetchFinished):
            print(msg("{orders} new orders, {withdrawals} withdrawal declarations fetched.",
                      orders=len(ev.new_orders), withdrawals=len(ev.new_withdrawals)).text(lang), file=out)
            for d in ev.doubtful:
                print("!! " + _doubt_line(d.withdrawal, d.order, d.name, d.email).text(lang), file=out)
            if ev.stock_changed:
                print(gettext_for(lang)("Stock changed: publish the shop so the site shows it."), file=out)


def cmd_orders(args: argparse.Namespace, lang: str) -> int:
    from wizard.domain.orders import OrderStatus
    from wizard.domain.withdrawal_check import differs_from_order
    from wizard.store.orders import list_orders
    from wizard.store.shopfile import ShopFile

    with ShopFile.open(args.shop) as shop:
        if args.fetch:
            _fetch(args, shop, lang)
        orders = list_orders(shop, OrderStatus(args.status) if args.status else None)
        withdrawals = _by_order(shop)
    if args.json:
        print(json.dumps([order_json(o, withdrawals.get(o.number)) for o in orders], ensure_ascii=False,
                         indent=2))
        return 0
    if not orders:
        print(gettext_for(lang)("No orders."))
    for o in orders:
        print(f"{o.number}  {o.received_at:%Y-%m-%d}  {o.status.value:<9}  {format(o.total, 'f'):>9} "
              f"{o.currency}  {o.customer.name}")
        for w in withdrawals.get(o.number, []):
            print("    " + msg("withdrawal {number} declared on {day} by {name} <{email}>", number=w.number,
                               day=f"{w.received_at:%Y-%m-%d}", name=w.name, email=w.email).text(lang))
            if differs_from_order(o, w):
                print("    !! " + _doubt_line(w.number, o.number, w.name, w.email).text(lang))
    return 0


def cmd_order(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import CliError
    from wizard.domain.orders import OrderStatus
    from wizard.domain.withdrawal_check import differs_from_order
    from wizard.store import orders as store
    from wizard.store.shopfile import ShopFile

    if not args.status and args.note is None and args.tracking is None:
        raise CliError(gettext_for(lang)("Say what to change: --status, --tracking or --note."), 2)
    with ShopFile.open(args.shop) as shop:
        order = store.get_order(shop, args.number)
        if args.status == "withdrawn":
            # A declaration is never taken on trust: say so when its name or e-mail is not the order's.
            for w in _by_order(shop).get(order.number, []):
                if differs_from_order(order, w):
                    print("!! " + _doubt_line(w.number, order.number, w.name, w.email).text(lang),
                          file=sys.stderr)
        if args.status:
            order, _changes = store.change_status(shop, args.number, OrderStatus(args.status),
                                                  note=args.note or "", tracking=args.tracking)
        elif args.note:
            order = store.add_note(shop, args.number, args.note)
    print(msg("Order {number}: {status}.", number=order.number, status=order.status.value).text(lang))
    return 0


def cmd_receipts(args: argparse.Namespace, lang: str) -> int:
    import datetime as dt

    from wizard.cli import CliError
    from wizard.domain.receipts import receipts
    from wizard.store.orders import list_orders
    from wizard.store.shopfile import ShopFile
    from wizard.transfer.receipts import write_receipts

    _ = gettext_for(lang)
    if args.out.suffix.lower() not in (".csv", ".pdf"):
        raise CliError(_("The book of receipts is written as FILE.csv or FILE.pdf."), 2)
    year = args.year or dt.date.today().year
    with ShopFile.open(args.shop) as shop:
        identity = shop.shop().identity
        rows = receipts(list_orders(shop), year, args.month)
    period = f"{year}-{args.month:02d}" if args.month else str(year)
    write_receipts(args.out, rows, identity.language, identity.name, period)
    print(msg("{count} receipts written to {path}.", count=len(rows), path=str(args.out)).text(lang))
    return 0
