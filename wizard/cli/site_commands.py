"""Site commands: ``echoppe build`` (the static shop site) and ``echoppe themes``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wizard.cli.terminal import Progress, warn
from wizard.i18n import gettext_for


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser(
        "build",
        help=_("Build the shop's website into a folder."),
        description=_("Build the shop's static website into a folder. Only files whose content changed "
                      "are rewritten; files of an earlier build that are no longer needed are removed."),
    )
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--out", type=Path, required=True, help=_("The folder to build the site into."))
    p.add_argument("--theme", help=_("The theme to use instead of the shop's (see: echoppe themes)."))
    p.add_argument("--override", type=Path,
                   help=_("A folder of your own templates that replace or extend the theme's."))
    p.add_argument("--base-url", help=_("The shop's public address, if different from the one saved."))
    p.add_argument("--replace", action="store_true",
                   help=_("Build even into a folder holding files Échoppe did not write, replacing them."))
    p.set_defaults(handler=cmd_build)

    p = subparsers.add_parser("themes", help=_("List the site themes."))
    p.set_defaults(handler=cmd_themes)


def cmd_build(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import CliError
    from wizard.site import build_site
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    if args.override is not None and not args.override.is_dir():
        raise CliError(_("The override folder {folder} does not exist.").format(folder=args.override))
    from wizard.desk.plan import desk_plan
    from wizard.site.build import keep_objects_until_exit

    keep_objects_until_exit()
    args.exit_at_once = True  # nothing of the build is freed: main() ends the process with os._exit
    progress = Progress()
    building = _("Building the site:")
    with ShopFile.open(args.shop) as shop:
        settings = shop.shop()
        try:
            report = build_site(shop, args.out, theme=args.theme, override_dir=args.override,
                                base_url=args.base_url, replace_foreign=args.replace,
                                desk=desk_plan(shop, args.base_url),
                                progress=lambda step: progress.update(building, step.done, step.total))
        finally:
            progress.done()
    print(
        _("Built {pages} pages into {folder}: {written} files written, {unchanged} unchanged, {removed} removed.")
        .format(pages=report.pages, folder=args.out, written=len(report.written), unchanged=report.unchanged,
                removed=len(report.removed))
    )  # fmt: skip
    for warning in report.warnings:  # on stderr: stdout stays the summary
        warn(_("Warning: {text}").format(text=warning.text(lang)))
    print_feeds(settings, args.base_url, lang)
    return 0


def print_feeds(settings: Any, base_url: str | None, lang: str) -> None:
    """The shopping feeds' addresses once published, and where to register them (two sentences)."""
    from wizard.site.feeds import feed_addresses

    addresses = feed_addresses(settings, base_url)
    if addresses is None:
        return
    _ = gettext_for(lang)
    google, meta = addresses
    print(_("Shopping feeds, once published: {google} (Google) and {meta} (Meta).").format(google=google, meta=meta))
    print(_("To list your products for free on Google, add the first address in Google Merchant Center under "
            "Products > Data sources, as a file fetched on a schedule. To show them on Facebook and Instagram, "
            "add the second in Meta Commerce Manager under Catalogue > Data sources, as a scheduled data feed."))


def cmd_themes(args: argparse.Namespace, lang: str) -> int:
    from wizard.site import available_themes

    for theme in available_themes():
        print(f"{theme.id}\t{theme.name(lang)}: {theme.description(lang)}")
    return 0
