"""Turning cells into values, with a translatable reason when a cell is wrong."""

from __future__ import annotations

import re
from decimal import Decimal

import nh3

from wizard.domain.money import NotAnAmount, parse_amount
from wizard.i18n import N_, Message, msg


class BadCell(ValueError):
    """A cell that cannot be used; ``message`` says why, for the person who made the file."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.message = message


_TRUE = {"1", "yes", "y", "true", "vrai", "oui", "o", "x", "published", "publie", "publié", "active", "visible"}
_FALSE = {"0", "no", "n", "false", "faux", "non", "draft", "brouillon", "archived", "hidden", "-1", "private"}


_AMOUNT_MESSAGES = {
    "price": (N_("Price: {reason}"), N_("The price cannot be negative.")),
    "compare_at": (N_("Former price: {reason}"), N_("The former price cannot be negative.")),
    "variant_price": (N_("Variant price: {reason}"), N_("A variant price cannot be negative.")),
    "variant_compare_at": (N_("Variant former price: {reason}"), N_("A variant former price cannot be negative.")),
}
_WHOLE_MESSAGES = {
    "weight": N_("The weight \"{value}\" is not a whole number of grams."),
    "duration": N_("The duration \"{value}\" is not a whole number of minutes."),
}


# "12.50", "7", "0.5": one reading only, so the common case skips the full parser. "1.234" does not match.
_PLAIN_AMOUNT = re.compile(r"\d{1,12}(?:\.\d{1,2})?").fullmatch


def price(cell: str, what: str = "price") -> Decimal | None:
    """An exact amount (``"12,50 €"`` too); empty gives ``None``. ``what``: a key of ``_AMOUNT_MESSAGES``."""
    if not cell:
        return None
    if _PLAIN_AMOUNT(cell):
        return Decimal(cell)  # the common case, "12.50": skip the tolerant parser
    refused, negative = _AMOUNT_MESSAGES[what]
    try:
        amount = parse_amount(cell)
    except NotAnAmount as exc:
        raise BadCell(msg(refused, reason=exc.message)) from exc
    if amount is not None and amount < 0:
        raise BadCell(msg(negative))
    return amount


def required_price(cell: str) -> Decimal:
    """A product's price, which must be there."""
    amount = price(cell)
    if amount is None:
        raise BadCell(msg("The price is missing."))
    return amount


def stock(cell: str) -> int | None:
    """A whole, non-negative quantity; empty gives ``None`` (not tracked)."""
    if cell.isascii() and cell.isdigit():
        return int(cell)
    text = re.sub(r"[\s\u00a0\u202f]", "", cell)
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite() or value != value.to_integral_value():
        raise BadCell(msg("The stock \"{value}\" is not a whole number.", value=cell.strip()))
    if value < 0:
        raise BadCell(msg("The stock cannot be negative ({value}).", value=cell.strip()))
    return int(value)


def flag(cell: str, default: bool = True) -> bool:
    """Yes/no cells in English or French (``1``, ``oui``, ``true``…); empty gives ``default``."""
    text = cell.strip().lower()
    if not text:
        return default
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadCell(msg("\"{value}\" is not yes or no.", value=cell.strip()))


_WEIGHT = re.compile(r"^\s*([0-9.,][0-9\s.,]*)\s*(kg|g|gr|grammes?|grams?|lbs?|oz)?\s*$", re.IGNORECASE)
_GRAMS_PER = {"kg": Decimal(1000), "g": Decimal(1), "lbs": Decimal("453.59237"), "oz": Decimal("28.349523125")}


def weight_grams(cell: str, unit: str | None = None) -> int | None:
    """Grams from ``"1,2 kg"``, ``"500 g"``, ``".5"`` with ``unit="lbs"``…; empty gives ``None``.

    Without a unit in the cell or the header, a whole number is grams and a decimal one kilograms.
    """
    if not cell.strip():
        return None
    match = _WEIGHT.match(cell)
    if not match:
        raise BadCell(msg("The weight \"{value}\" is not a number.", value=cell.strip()))
    try:
        amount = parse_amount(match.group(1).strip(), decimals=None)
    except NotAnAmount as exc:
        raise BadCell(msg("Weight: {reason}", reason=exc.message)) from exc
    if amount is None:
        return None
    written = (match.group(2) or "").lower()
    if written.startswith("gr") or written == "g":
        written = "g"
    elif written.startswith("lb"):
        written = "lbs"
    chosen = written or unit or ("g" if amount == amount.to_integral_value() else "kg")
    grams = amount * _GRAMS_PER[chosen]
    return int(grams.to_integral_value())


def split_list(cell: str, separators: str = ",\n") -> tuple[str, ...]:
    """``"a, b,,c"`` → ``("a", "b", "c")``."""
    if not cell:
        return ()
    if separators == ",":
        return tuple(p for p in map(str.strip, cell.split(",")) if p)
    parts = re.split("[" + re.escape(separators) + "]", cell)
    return tuple(p.strip() for p in parts if p.strip())


# Tags a product description may keep: text formatting, lists, links, simple tables and images.
_SAFE_TAGS = {
    "p", "br", "hr", "strong", "b", "em", "i", "u", "s", "small", "sub", "sup", "blockquote",
    "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "a", "span", "div", "table", "thead", "tbody",
    "tr", "th", "td", "img", "figure", "figcaption", "code", "pre",
}
_SAFE_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan"},
                    "th": {"colspan"}}


def safe_html(html: str) -> str:
    """HTML a browser can show without running anything: no script, style, event handler, ``javascript:``."""
    return nh3.clean(
        html,
        tags=_SAFE_TAGS,
        clean_content_tags={"script", "style"},
        attributes=_SAFE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ).strip()


def whole(cell: str, what: str) -> int | None:
    """A whole, non-negative number (``what``: "weight" in grams, "duration" in minutes); empty: ``None``."""
    if cell.isascii() and cell.isdigit():
        return int(cell)
    text = re.sub(r"[\s\u00a0\u202f]", "", cell)
    if not text:
        return None
    if not re.fullmatch(r"\+?\d+", text):
        raise BadCell(msg(_WHOLE_MESSAGES[what], value=cell.strip()))
    return int(text)
