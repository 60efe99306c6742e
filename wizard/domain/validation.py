"""Checks that return human messages (French and English) instead of raising."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from wizard.domain.model import Coupon, LegalIdentity, Product, ShippingRate, ShopIdentity, VatStatus
from wizard.domain.money import CURRENCIES
from wizard.domain.urls import is_web_url
from wizard.i18n import Message, msg

MAX_OPTIONS = 3
MIN_CONTRAST = 4.5  # WCAG 2 level AA for normal text
# Letters, digits and ``._+-`` only: no ``?``, ``&``, ``=``, ``%``, ``#`` or ``/``, which would add headers
# (``x@y.fr?bcc=…``) or break a ``mailto:`` link.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: which field, and what to tell the person."""

    field: str
    message: Message

    def text(self, lang: str | None = None) -> str:
        return self.message.text(lang)


def is_email(text: str) -> bool:
    """A plain address, safe inside ``mailto:`` as it is."""
    return isinstance(text, str) and _EMAIL.fullmatch(text.strip()) is not None


def is_url(text: str) -> bool:
    """An ``http(s)`` address with a server name (see :mod:`wizard.domain.urls`)."""
    return is_web_url(text.strip())


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (0 for black, 1 for white)."""
    if not _COLOR.match(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str = "#ffffff") -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours, from 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


SIRET_EXAMPLE = "732 829 320 00074"  # a real, valid SIRET (shown as the example to follow)


def siret_problem(siret: str) -> Message | None:
    """Why ``siret`` is not a SIRET number (the true reason), or ``None`` when it is one (or empty)."""
    digits = re.sub(r"[\s.\-\u00a0\u202f]", "", siret)
    if not digits:
        return None
    if not digits.isascii() or not digits.isdigit():
        return msg("A SIRET number has only digits (14 of them, like {example}).", example=SIRET_EXAMPLE)
    if len(digits) != 14:
        return msg("This SIRET number has {count} digits; it needs 14, like {example}.", count=len(digits),
                   example=SIRET_EXAMPLE)
    if not siret_ok(digits):
        return msg("This SIRET number has 14 digits but one of them is wrong (its check digit does not "
                   "match): copy it again from your registration certificate or annuaire-entreprises."
                   "data.gouv.fr.")
    return None


def siret_ok(siret: str) -> bool:
    """14 digits passing the Luhn check (or La Poste's own digit-sum rule)."""
    digits = re.sub(r"[\s.\-\u00a0\u202f]", "", siret)
    if not re.fullmatch(r"\d{14}", digits):
        return False
    if digits.startswith("356000000") and sum(int(d) for d in digits) % 5 == 0:
        return True  # La Poste's establishments use a digit-sum rule instead of Luhn
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def validate_product(product: Product) -> list[Problem]:
    """Everything wrong with a product, in the order of the form."""
    problems: list[Problem] = []
    if not product.name.strip():
        problems.append(Problem("name", msg("The product needs a name.")))
    if product.price < 0:
        problems.append(Problem("price", msg("A price cannot be negative.")))
    if product.compare_at_price is not None and product.compare_at_price <= product.price:
        problems.append(
            Problem(
                "compare_at_price",
                msg("The former price must be higher than the price, or left empty."),
            )
        )
    if product.stock is not None and product.stock < 0:
        problems.append(Problem("stock", msg("Stock cannot be negative.")))
    if product.weight_g is not None and product.weight_g < 0:
        problems.append(Problem("weight_g", msg("Weight cannot be negative.")))
    if product.duration_minutes is not None and product.duration_minutes <= 0:
        problems.append(Problem("duration_minutes", msg("A duration must be more than zero minutes.")))
    if len(product.option_names) > MAX_OPTIONS:
        problems.append(
            Problem("option_names", msg("A product can have at most {n} options.", n=MAX_OPTIONS))
        )
    if product.variants and not product.option_names:
        problems.append(Problem("option_names", msg("Name the options (like Size) before adding variants.")))
    if len(set(product.option_names)) != len(product.option_names):
        problems.append(Problem("option_names", msg("Two options have the same name.")))
    seen: set[tuple[tuple[str, str], ...]] = set()
    for index, variant in enumerate(product.variants, start=1):
        names = tuple(name for name, _ in variant.options)
        if names != product.option_names:
            problems.append(
                Problem("variants", msg("Variant {n} does not give a value for each option.", n=index))
            )
        if variant.options in seen:
            problems.append(Problem("variants", msg("Variant {n} is there twice.", n=index)))
        seen.add(variant.options)
        if variant.price is not None and variant.price < 0:
            problems.append(Problem("variants", msg("Variant {n} has a negative price.", n=index)))
        if variant.stock is not None and variant.stock < 0:
            problems.append(Problem("variants", msg("Variant {n} has a negative stock.", n=index)))
    for link_field in ("payment_link", "external_url", "download_url"):
        value = getattr(product, link_field)
        if value and not is_url(value):
            problems.append(
                Problem(link_field, msg("This link must start with https:// (copy it from your browser)."))
            )
    return problems


def validate_identity(identity: ShopIdentity) -> list[Problem]:
    problems: list[Problem] = []
    if not identity.name.strip():
        problems.append(Problem("name", msg("Your shop needs a name.")))
    if identity.email and not is_email(identity.email):
        problems.append(Problem("email", msg("This email address does not look right.")))
    for color_field in ("primary_color", "accent_color"):
        if not _COLOR.match(getattr(identity, color_field)):
            problems.append(Problem(color_field, msg("A colour is written like #2f5d50.")))
    if identity.public_url and not is_url(identity.public_url):
        problems.append(
            Problem("public_url", msg("The shop's address must start with https:// or http://."))
        )
    if identity.language not in ("fr", "en"):
        problems.append(Problem("language", msg("The shop's language must be French or English.")))
    if identity.currency not in CURRENCIES:
        problems.append(
            Problem("currency", msg("Choose a currency among: {currencies}.", currencies=", ".join(CURRENCIES)))
        )
    return problems


def contrast_problems(identity: ShopIdentity, background: str = "#ffffff") -> list[Problem]:
    """Colours too light to carry text on white, or white text on them (WCAG AA, 4.5:1)."""
    problems: list[Problem] = []
    for color_field in ("primary_color", "accent_color"):
        colour = getattr(identity, color_field)
        if not _COLOR.match(colour):
            continue  # validate_identity reports it
        ratio = contrast_ratio(colour, background)
        if ratio < MIN_CONTRAST:
            problems.append(
                Problem(
                    color_field,
                    msg(
                        "This colour is hard to read against white (contrast {ratio}:1). "
                        "Choose a darker one: at least {minimum}:1.",
                        ratio=f"{ratio:.1f}",
                        minimum=MIN_CONTRAST,
                    ),
                )
            )
    return problems


def missing_legal_fields(legal: LegalIdentity, identity: ShopIdentity) -> list[Problem]:
    """What the legal pages still lack (the law asks for each of these)."""
    problems: list[Problem] = []
    if not legal.owner_name.strip():
        problems.append(Problem("owner_name", msg("Your legal name is missing.")))
    if not legal.address.strip():
        problems.append(Problem("address", msg("Your postal address is missing.")))
    if not legal.siret.strip():
        problems.append(Problem("siret", msg("Your SIRET number is missing.")))
    elif (siret_reason := siret_problem(legal.siret)) is not None:
        problems.append(Problem("siret", siret_reason))
    if legal.vat_status == VatStatus.SUBJECT and not legal.vat_number.strip():
        problems.append(Problem("vat_number", msg("Your VAT number is missing.")))
    if not legal.mediator_name.strip():
        problems.append(Problem("mediator_name", msg("The consumer mediator is missing.")))
    if not legal.host_name.strip():
        problems.append(Problem("host_name", msg("Your web host's name is missing.")))
    if not (identity.email.strip() or identity.phone.strip()):
        problems.append(Problem("email", msg("A contact email or phone number is missing.")))
    return problems


def validate_coupon(coupon: Coupon) -> list[Problem]:
    problems: list[Problem] = []
    if not re.fullmatch(r"[A-Z0-9_-]{2,32}", coupon.code):
        problems.append(
            Problem("code", msg("A code is 2 to 32 capital letters or digits, like WELCOME10."))
        )
    if coupon.value <= 0:
        problems.append(Problem("value", msg("The discount must be more than zero.")))
    if coupon.kind == "percent" and coupon.value > 100:
        problems.append(Problem("value", msg("A percentage discount cannot exceed 100.")))
    if coupon.min_order is not None and coupon.min_order < 0:
        problems.append(Problem("min_order", msg("The minimum order cannot be negative.")))
    if coupon.starts and coupon.ends and coupon.ends < coupon.starts:
        problems.append(Problem("ends", msg("The end date is before the start date.")))
    return problems


def validate_shipping(rate: ShippingRate) -> list[Problem]:
    problems: list[Problem] = []
    if not rate.name.strip():
        problems.append(Problem("name", msg("Give this shipping option a name, like Colissimo.")))
    if rate.price < Decimal(0):
        problems.append(Problem("price", msg("A price cannot be negative.")))
    if rate.kind == "free_above" and (rate.free_above is None or rate.free_above <= 0):
        problems.append(Problem("free_above", msg("Say from which order amount shipping is free.")))
    if rate.kind == "by_weight" and (rate.max_weight_g is None or rate.max_weight_g <= 0):
        problems.append(Problem("max_weight_g", msg("Say up to which weight this price applies.")))
    return problems
