"""Exact money amounts: parsing from what people type and what spreadsheets export."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CURRENCIES = ("EUR", "CHF", "GBP", "USD", "CAD", "XPF", "MAD", "XOF")

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY_MARKS = re.compile(r"(€|EUR|CHF|£|GBP|\$|USD|CAD|XPF|MAD|XOF|TTC|HT)", re.IGNORECASE)


class NotAnAmount(ValueError):
    """The text is not an amount of money."""


def parse_amount(text: str | int | float | Decimal | None) -> Decimal | None:
    """Parse ``"12,50 €"``, ``"1 234,5"``, ``"1,234.50"`` or ``"12.5"`` into an exact Decimal.

    Empty text gives ``None``; anything else that is not a number raises :class:`NotAnAmount`.
    """
    if text is None:
        return None
    if isinstance(text, Decimal):
        return text
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    raw = _CURRENCY_MARKS.sub("", text)
    raw = _SPACES.sub("", raw)
    if not raw:
        return None
    if "," in raw and "." in raw:
        # The last separator is the decimal one: "1.234,50" or "1,234.50".
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = raw.replace(",", "") if raw.count(",") > 1 else f"{head}.{tail}"
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", raw):
        raise NotAnAmount(text)
    try:
        return Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the regex guards this
        raise NotAnAmount(text) from exc


def quantize(amount: Decimal) -> Decimal:
    """Round to cents, half up (how a till rounds)."""
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_plain(amount: Decimal | None) -> str:
    """Canonical text of an amount for files and JSON (``"12.50"``, never ``1E+1``); empty for ``None``."""
    if amount is None:
        return ""
    return format(amount, "f")
