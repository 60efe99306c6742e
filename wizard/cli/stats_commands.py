"""Statistics commands: ``echoppe stats`` (read logs, print the visits) and ``echoppe flyer`` (a QR flyer)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wizard.i18n import gettext_for, msg

TOP = 5


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser(
        "stats", help=_("Visitor statistics from the host's access logs."),
        description=_("Count visits, page views, sources, cart adds and orders from the web server's access "
                      "logs: no cookie and no tracker on the site, no address kept. Read a log file you "
                      "downloaded (--log) or fetch the new logs from the host (--fetch), then print the days."))
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--log", "--from-file", dest="logs", action="append", type=Path, default=[], metavar="FILE",
                   help=_("Read this access log (plain or .gz, from any host); may be repeated."))
    p.add_argument("--fetch", action="store_true", help=_("Fetch the new logs from the host first (same login as "
                                                          "publishing)."))
    p.add_argument("--log-dir", metavar="FOLDER",
                   help=_("The host's logs folder, relative to the login folder (kept for the next fetches)."))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("Read the password (or key passphrase) from standard input."))
    p.add_argument("--ovh-login", metavar="USER",
                   help=_("OVH shared hosting: fetch the logs over HTTPS with this \"statistics and logs\" user "
                          "(its password is read with --password-stdin, then kept in the system keyring)."))
    p.add_argument("--ovh-cluster", metavar="clusterXXX",
                   help=_("OVH: the hosting's cluster, as the control panel shows it (kept for the next fetches)."))
    p.add_argument("--ovh-domain", metavar="DOMAIN",
                   help=_("OVH: the hosting's domain, when it is not the shop's public address."))
    p.add_argument("--accept-host-key", metavar="SHA256:…",
                   help=_("Accept the server's key if its fingerprint is exactly this one."))
    p.add_argument("--since", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help=_("The first day shown (by default, 30 days before the last day counted)."))
    p.add_argument("--until", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help=_("The last day shown."))
    p.add_argument("--json", action="store_true", help=_("Print the days as JSON."))
    p.set_defaults(handler=cmd_stats)

    p = subparsers.add_parser(
        "flyer", help=_("Make a printable flyer (PDF) with a QR code to the shop or to a product."),
        description=_("Make a one-page flyer for a market stall or a parcel: the shop's name, logo and colours, "
                      "a QR code to the shop (or to one product) carrying a source name the statistics count, "
                      "and optionally a discount code with its conditions and dates. The shop needs its "
                      "public address."))
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=_("The PDF file to write."))
    p.add_argument("--size", choices=("A5", "A6"), default="A5", type=str.upper,
                   help=_("The paper size (A5 by default)."))
    p.add_argument("--product", metavar="SLUG", help=_("Lead to this product instead of the shop's home page."))
    p.add_argument("--coupon", metavar="CODE", help=_("Print this discount code, with its conditions and dates."))
    p.add_argument("--source", default="flyer", metavar="NAME",
                   help=_("The source name the statistics show for visits from this flyer (default: flyer), "
                          "for example flyer-marche."))
    p.set_defaults(handler=cmd_flyer)


def source_label(name: str, lang: str) -> str:
    kind, _sep, value = name.partition(":")
    if kind == "tag":
        return msg("tag {name}", name=value).text(lang)
    if kind == "search":
        return msg("search engine {name}", name=value).text(lang)
    if kind == "social":
        return msg("social network {name}", name=value).text(lang)
    if kind == "site":
        return msg("site {name}", name=value).text(lang)
    if name == "unknown":
        return gettext_for(lang)("unknown")
    return gettext_for(lang)("direct")


def _report(report: Any, lang: str, out: Any) -> None:
    if report.problem is not None:
        print("!! " + report.problem.text(lang), file=out)
    elif report.unchanged:
        print(msg("{name}: nothing new.", name=report.name).text(lang), file=out)
    else:
        print(msg("{name}: {lines} lines read, {bots} from bots, {broken} not understood.", name=report.name,
                  lines=report.lines, bots=report.bots, broken=report.broken).text(lang), file=out)


def _secret(args: argparse.Namespace, shop: Any) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    from wizard.publish import get_password

    return get_password(shop.shop().target)


def _uses_ovh(args: argparse.Namespace, shop: Any) -> bool:
    """OVH's HTTPS logs: asked for on the command line, set up before, or the OVH preset with no logs folder."""
    from wizard.stats.ovhlogs import LOGIN_SETTING

    if args.ovh_login or args.ovh_cluster or args.ovh_domain or shop.get_value(LOGIN_SETTING):
        return True
    return bool(shop.shop().target.preset == "ovh" and not args.log_dir and not shop.get_value("stats.log_dir"))


def _fetch_ovh(args: argparse.Namespace, shop: Any, salts: Any, lang: str, out: Any) -> None:
    from wizard.cli import CliError
    from wizard.stats import ovhlogs

    ovhlogs.configure(shop, login=args.ovh_login, cluster=args.ovh_cluster, domain=args.ovh_domain)
    place = ovhlogs.ovh_logs(shop)
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else ovhlogs.get_password(place)
    if not password:
        raise CliError(msg("No password is known for the OVH logs user {login}: give it with --password-stdin "
                           "(it is then kept in the system keyring).", login=place.login).text(lang), 2)
    for report in ovhlogs.fetch_ovh_logs(shop, password, salts=salts):
        _report(report, lang, out)
    if args.password_stdin:  # it worked: kept for the next fetches, if the keyring is a safe one
        info = ovhlogs.store_password(place, password)
        if not info.safe:
            print(info.message.text(lang), file=out)


def _top(counter: Counter[str], label: Callable[[str], str] = str) -> str:
    return ", ".join(f"{label(k)} {n}" for k, n in counter.most_common(TOP)) or "–"


def print_summary(days: list[Any], lang: str) -> None:
    from wizard.stats.summary import summarise

    _ = gettext_for(lang)
    if not days:
        print(_("No visits counted yet: read a log with --log FILE or fetch them with --fetch."))
        return
    head = (_("Day"), _("Visits"), _("Pages"), _("Products"), _("Cart"), _("Orders"))
    print(f"{head[0]:<10}  " + "  ".join(f"{h:>8}" for h in head[1:]))
    for d in days:
        row = (d.visits, d.pageviews, sum(d.product_views.values()), d.cart_adds, d.orders)
        print(f"{d.day.isoformat():<10}  " + "  ".join(f"{n:>8}" for n in row))
    period = summarise(days)
    print()
    print(msg("From {first} to {last}: {visits} visits, {pages} page views, {products} product views, "
              "{adds} cart adds, {orders} orders sent.", first=period.first, last=period.last,
              visits=period.visits, pages=period.pageviews, products=period.product_view_total,
              adds=period.cart_adds, orders=period.orders).text(lang))
    print(msg("Sources: {list}", list=_top(period.sources, lambda s: source_label(s, lang))).text(lang))
    print(msg("Orders sent, by source of the visit: {list}",
              list=_top(period.order_sources, lambda s: source_label(s, lang))).text(lang))
    print(msg("Products viewed most: {list}", list=_top(period.product_views)).text(lang))
    print(msg("Searches on the site: {count} ({list})", count=period.searches,
              list=_top(period.search_terms)).text(lang))
    print(msg("Browsers: {list}", list=_top(period.browsers)).text(lang))
    print(msg("Requests from bots left out: {count}", count=period.bot_requests).text(lang))


def cmd_stats(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import CliError
    from wizard.stats.ingest import read_file
    from wizard.stats.salts import Salts
    from wizard.stats.summary import day_json
    from wizard.store.shopfile import ShopFile
    from wizard.store.stats import stats_days

    out = sys.stderr if args.json else sys.stdout
    for path in args.logs:
        if not path.is_file():
            raise CliError(msg("The log {name} was not found.", name=str(path)).text(lang), 2)
    with ShopFile.open(args.shop) as shop:
        salts = Salts()
        if args.log_dir is not None:
            shop.set_value("stats.log_dir", args.log_dir)
        for path in args.logs:
            try:
                report = read_file(shop, path, salts)
            except OSError as exc:
                raise CliError(msg("The log {name} could not be read: {error}", name=str(path),
                                   error=exc.strerror or str(exc)).text(lang)) from exc
            _report(report, lang, out)
        if args.fetch and _uses_ovh(args, shop):
            _fetch_ovh(args, shop, salts, lang, out)
        elif args.fetch:
            from wizard.stats.hostlogs import fetch_logs

            for report in fetch_logs(shop, _secret(args, shop), accept_fingerprint=args.accept_host_key,
                                     salts=salts):
                _report(report, lang, out)
        every = stats_days(shop, until=args.until)
        since = args.since or (every[-1].day - dt.timedelta(days=29) if every else None)
        days = [d for d in every if since is None or d.day >= since]
    if args.json:
        print(json.dumps({"days": [day_json(d) for d in days]}, ensure_ascii=False, indent=2))
        return 0
    print_summary(days, lang)
    return 0


def cmd_flyer(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import EXIT_USAGE, CliError
    from wizard.flyer.plan import BadSourceName, FlyerSize, plan_flyer
    from wizard.flyer.render import render_pdf, write_flyer
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    if args.out.suffix.lower() != ".pdf":
        raise CliError(_("The flyer is written as FILE.pdf."), EXIT_USAGE)
    if not args.shop.is_file():
        raise CliError(msg("The shop file {name} was not found.", name=str(args.shop)).text(lang), EXIT_USAGE)
    try:
        with ShopFile.open(args.shop) as shop:
            plan = plan_flyer(shop, size=FlyerSize(args.size), product=args.product, coupon=args.coupon,
                              source=args.source)
    except BadSourceName as exc:
        raise CliError(exc.text(lang), EXIT_USAGE) from exc
    write_flyer(args.out, render_pdf(plan))
    print(msg("Flyer written to {path} ({size}): its QR code leads to {url}", path=str(args.out), size=args.size,
              url=plan.url).text(lang))
    return 0
