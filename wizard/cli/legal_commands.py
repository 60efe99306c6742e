"""``echoppe check`` (the legal checklist) and ``echoppe legal`` (fill the legal identity)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.cli import EXIT_ERROR, EXIT_USAGE, CliError
from wizard.i18n import gettext_for

if TYPE_CHECKING:  # the engines are imported by the commands that run, never for --help
    from wizard.domain.legal import Finding
    from wizard.store import ShopFile

LEGAL_OPTIONS = ("owner", "trade_name", "address", "siret", "vat", "mediator", "mediator_url", "email", "phone",
                 "host_name", "host_address", "host_phone")


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    p = subparsers.add_parser("check", help=_("List what the law asks of the shop that is missing or doubtful."))
    p.add_argument("shop", type=Path, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("--json", action="store_true", help=_("Print the list as JSON."))
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser("legal", help=_("Show or change the shop's legal identity (for the legal pages)."))
    p.add_argument("shop", type=Path, help=_("The shop file (ending in .echoppe)."))
    p.add_argument("--owner", help=_("Your legal name (first name and name)."))
    p.add_argument("--trade-name", help=_("Your trade name, if any."))
    p.add_argument("--address", help=_("Your postal address (use \\n between lines)."))
    p.add_argument("--siret", help=_("Your SIRET number (14 digits)."))
    p.add_argument("--vat", help=_("'franchise' (VAT-exempt, art. 293 B) or your VAT number."))
    p.add_argument("--mediator", help=_("Your consumer mediator's name."))
    p.add_argument("--mediator-url", help=_("Your consumer mediator's web address."))
    p.add_argument("--email", help=_("The shop's contact email."))
    p.add_argument("--phone", help=_("The shop's contact phone."))
    p.add_argument("--host-name", help=_("Your web host's name."))
    p.add_argument("--host-address", help=_("Your web host's address."))
    p.add_argument("--host-phone", help=_("Your web host's phone."))
    p.add_argument("--json", action="store_true", help=_("Print the legal identity as JSON."))
    p.set_defaults(handler=cmd_legal)


def shop_findings(shop: ShopFile) -> list[Finding]:
    """The legal checklist of an open shop."""
    from wizard.domain.legal import check_shop

    return check_shop(shop.shop(), shop.products(published_only=True), shop.shipping_rates(), shop.price_histories())


def cmd_check(args: argparse.Namespace, lang: str) -> int:
    from wizard.domain.legal import Severity
    from wizard.store import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        findings = shop_findings(shop)
    if args.json:
        print(json.dumps([f.as_dict(lang) for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print(_("Nothing is missing: the legal pages and product pages are complete."))
    else:
        for f in findings:
            mark = _("MISSING") if f.severity == Severity.MISSING else _("CHECK")
            print(f"{mark}: {f.message.text(lang)}\n    → {f.todo.text(lang)}")
    return EXIT_ERROR if any(f.severity == Severity.MISSING for f in findings) else 0


def cmd_legal(args: argparse.Namespace, lang: str) -> int:
    from wizard.domain.model import VatStatus
    from wizard.domain.validation import is_email, is_url, siret_ok
    from wizard.publish.hostlegal import with_host_from_preset
    from wizard.store import ShopFile

    _ = gettext_for(lang)
    given = {name: getattr(args, name) for name in LEGAL_OPTIONS if getattr(args, name) is not None}
    with ShopFile.open(args.shop) as shop:
        settings = shop.shop()
        legal, identity = settings.legal, settings.identity
        if "siret" in given and given["siret"].strip() and not siret_ok(given["siret"]):
            raise CliError(_("\"{value}\" is not a valid SIRET number (14 digits).").format(value=given["siret"]),
                           EXIT_USAGE)
        if "email" in given and given["email"].strip() and not is_email(given["email"]):
            raise CliError(_("\"{value}\" is not an email address.").format(value=given["email"]), EXIT_USAGE)
        if "mediator_url" in given and given["mediator_url"].strip() and not is_url(given["mediator_url"]):
            raise CliError(_("\"{value}\" is not a web address (https://…).").format(value=given["mediator_url"]),
                           EXIT_USAGE)
        changes: dict[str, Any] = {}
        for option, field_name in (("owner", "owner_name"), ("trade_name", "trade_name"), ("siret", "siret"),
                                   ("mediator", "mediator_name"), ("mediator_url", "mediator_url"),
                                   ("host_name", "host_name"), ("host_address", "host_address"),
                                   ("host_phone", "host_phone")):
            if option in given:
                changes[field_name] = given[option].strip()
        if "address" in given:
            changes["address"] = given["address"].replace("\\n", "\n").strip()
        if "vat" in given:
            vat = given["vat"].strip()
            if vat.lower() in ("franchise", "none", "exempt"):
                changes.update(vat_status=VatStatus.FRANCHISE, vat_number="")
            else:
                changes.update(vat_status=VatStatus.SUBJECT, vat_number=vat.upper().replace(" ", ""))
        new_legal = with_host_from_preset(replace(legal, **changes), settings.target)
        new_identity = replace(identity, **{k: given[k].strip() for k in ("email", "phone") if k in given})
        if new_legal != legal or new_identity != identity:
            shop.save_settings(new_legal, new_identity)
        data = {
            "owner": new_legal.owner_name, "trade_name": new_legal.trade_name, "address": new_legal.address,
            "siret": new_legal.siret,
            "vat": "franchise" if new_legal.vat_status == VatStatus.FRANCHISE else new_legal.vat_number,
            "mediator": new_legal.mediator_name, "mediator_url": new_legal.mediator_url,
            "email": new_identity.email, "phone": new_identity.phone, "host_name": new_legal.host_name,
            "host_address": new_legal.host_address, "host_phone": new_legal.host_phone,
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {value}".replace("\n", ", "))
    return 0
