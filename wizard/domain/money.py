"""Exact money amounts: the one parser for what people type and what spreadsheets export.

An amount is accepted only when it has one reading. The rules:

- at most two decimals (cents); the decimal mark is a comma or a dot, used once, after every grouper;
- grouping separators (space, no-break space, narrow no-break space, apostrophe, or the other mark) only
  where they group thousands: a first group of one to three digits, then groups of exactly three;
- one kind of grouper per amount; ``"12,5,0"``, ``"1,2,3"``, ``"12.345,6.7"`` are refused;
- a bare ``"1,234"`` or ``"1.234"`` could be a thousand or one and a bit: refused, with both readings.

Every refusal is a :class:`NotAnAmount` that says, in the person's language, what we understood.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from wizard.i18n import N_, EchoppeError, Message, gettext_for, system_language

CURRENCIES = ("EUR", "CHF", "GBP", "USD", "CAD", "XPF", "MAD", "XOF")
CENTS = 2  # decimals of every currency we sell in, as typed

_MARK_WORDS = r"(?:[A-Z]{0,2}[€£$][A-Z]{0,2}|EUR|CHF|GBP|USD|CAD|XPF|MAD|XOF|TTC|HT|F\s?CFA|FCFP|DH)"
_LEADING_MARKS = re.compile(r"^(?:[\s\u00a0\u202f\u2009]*" + _MARK_WORDS + ")+", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"(?:" + _MARK_WORDS + r"[\s\u00a0\u202f\u2009]*)+$", re.IGNORECASE)
_SPACES = " \u00a0\u202f\u2009'\u2019"  # spaces, no-break spaces, thin space, Swiss apostrophes
_MARKS = ",."
_TOKEN = re.compile(r"\d+|[" + re.escape(_SPACES + _MARKS) + "]")
_NARROW_NBSP = "\u202f"
_BLANKS = " \t\r\n\u00a0\u202f\u2009"
_SIGNS = "+-\u2212"


class Problem(StrEnum):
    """Why a text is not an amount."""

    NOT_A_NUMBER = "not-a-number"
    TOO_MANY_DECIMALS = "too-many-decimals"
    BAD_GROUPING = "bad-grouping"
    SEPARATORS = "separators"
    AMBIGUOUS = "ambiguous"
    NOTHING_AFTER_MARK = "nothing-after-mark"


_MESSAGES = {
    Problem.NOT_A_NUMBER: N_("“{value}” is not an amount: write it with digits, like {example}."),
    Problem.TOO_MANY_DECIMALS: N_("“{value}” has {count} decimals; a price has at most two (the cents): write "
                                  "it like {example}."),
    Problem.BAD_GROUPING: N_("In “{value}”, {mark} neither groups thousands (groups of three digits, like "
                             "{example}) nor marks the cents: we cannot tell which amount you mean."),
    Problem.SEPARATORS: N_("“{value}” mixes its separators, so it has no single reading: write it like {example}."),
    Problem.AMBIGUOUS: N_("“{value}” could be {thousands} or {decimal}: write {thousands_plain} if you mean "
                          "{thousands}, or {rounded} to the cent."),
    Problem.NOTHING_AFTER_MARK: N_("“{value}” ends with {mark}: write the cents after it, or remove it."),
}
_MARK_NAMES = {",": N_("the comma"), ".": N_("the dot"), " ": N_("the space")}


@dataclass(frozen=True)
class AmountMessage(Message):
    """A :class:`Message` whose amounts are written the way the reader's language writes them."""

    amounts: dict[str, Decimal] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang``, its amounts formatted for that language."""
        lang = lang or system_language()
        _ = gettext_for(lang)
        params: dict[str, object] = dict(self.params)
        params.update({k: _(v) for k, v in self.words.items()})
        for key, amount in self.amounts.items():
            params[key] = format_amount(amount, lang)
            params[key + "_plain"] = format_amount(amount, lang, grouped=False)
        return str(_(self.msgid)).format(**params)


class NotAnAmount(EchoppeError, ValueError):
    """The text is not one unambiguous amount of money; ``message`` says why (translated when shown).

    ``problem`` names the rule broken; ``readings`` holds the amounts it could have meant, if any.
    """

    def __init__(self, text: str, problem: Problem, message: Message,
                 readings: tuple[Decimal, ...] = ()) -> None:
        super().__init__(message)
        self.value = text
        self.problem = problem
        self.readings = readings


def _refuse(text: str, problem: Problem, *, readings: tuple[Decimal, ...] = (), mark: str = "",
            count: int = 0, **amounts: Decimal) -> NotAnAmount:
    shown = text.strip()
    params: dict[str, object] = {"value": shown}
    words: dict[str, str] = {}
    if mark:
        words["mark"] = _MARK_NAMES[" " if mark in _SPACES else mark]
    if count:
        params["count"] = count
    amounts.setdefault("example", Decimal("12.50") if problem is Problem.NOT_A_NUMBER else Decimal("1234.50"))
    message = AmountMessage(_MESSAGES[problem], params, amounts=amounts, words=words)
    return NotAnAmount(text, problem, message, readings)


def _groups_ok(groups: list[str]) -> bool:
    """Thousands groups: the first of one to three digits (not starting with zero), then threes."""
    if len(groups) == 1:
        return True
    first = groups[0]
    return 1 <= len(first) <= 3 and not first.startswith("0") and all(len(g) == 3 for g in groups[1:])


def _decimals(text: str, whole: str, cents: str, limit: int | None) -> Decimal:
    if limit is not None and len(cents) > limit:
        raise _refuse(text, Problem.TOO_MANY_DECIMALS, count=len(cents),
                      example=quantize(Decimal(f"{whole or '0'}.{cents}")))
    return Decimal(f"{whole or '0'}.{cents}" if cents else whole)


def parse_amount(text: str | int | float | Decimal | None, *, decimals: int | None = CENTS) -> Decimal | None:
    """One exact Decimal from ``"12,50 €"``, ``"1 234,5"``, ``"1,234.50"``, ``"€12"``…; empty text gives ``None``.

    ``decimals`` is the most digits allowed after the mark (``None``: any, for weights). Anything that is
    not exactly one amount raises :class:`NotAnAmount`, which says why.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise _refuse(str(text), Problem.NOT_A_NUMBER)
    if isinstance(text, int):
        return Decimal(text)
    if isinstance(text, float | Decimal):
        amount = Decimal(repr(text)) if isinstance(text, float) else text
        if not amount.is_finite():
            raise _refuse(str(text), Problem.NOT_A_NUMBER)
        exponent = amount.normalize().as_tuple().exponent
        if decimals is not None and isinstance(exponent, int) and -exponent > decimals:
            raise _refuse(format(amount, "f"), Problem.TOO_MANY_DECIMALS, count=-exponent,
                          example=quantize(amount))
        return amount
    raw, sign = text.strip(_BLANKS), ""
    if raw[:1] in _SIGNS:  # "-€12.50", as Babel writes it
        raw, sign = raw[1:], raw[:1]
    raw = _TRAILING_MARKS.sub("", _LEADING_MARKS.sub("", raw)).strip(_BLANKS)
    if not sign and raw[:1] in _SIGNS:  # "€ -12.50"
        raw, sign = raw[1:].lstrip(_BLANKS), raw[:1]
    if not raw:
        if sign:
            raise _refuse(text, Problem.NOT_A_NUMBER)
        return None
    sign = "" if sign in ("", "+") else "-"
    tokens = _TOKEN.findall(raw)
    if not raw or "".join(tokens) != raw or not any(t.isdigit() for t in tokens):
        raise _refuse(text, Problem.NOT_A_NUMBER)
    return Decimal(sign + format(_body(text, tokens, decimals), "f"))


def _body(text: str, tokens: list[str], decimals: int | None) -> Decimal:
    """The amount written by ``tokens`` (digit runs and separators), or the reason it is refused."""
    seps = [t for t in tokens if not t.isdigit()]
    for a, b in itertools.pairwise(tokens):
        if not a.isdigit() and not b.isdigit():
            raise _refuse(text, Problem.SEPARATORS)
    if not seps:
        return Decimal(tokens[0])
    if not tokens[-1].isdigit():
        if len(seps) == 1 and seps[0] in _MARKS:
            raise _refuse(text, Problem.NOTHING_AFTER_MARK, mark=seps[0])
        raise _refuse(text, Problem.SEPARATORS)
    kinds = {" " if s in _SPACES else s for s in seps}
    last = seps[-1]
    if tokens[0] in _MARKS:  # ",50" / ".5": cents alone
        if len(seps) > 1:
            raise _refuse(text, Problem.SEPARATORS)
        return _decimals(text, "0", tokens[1], decimals)
    if len(kinds) == 3 or (len(kinds) == 2 and (last in _SPACES or seps.count(last) > 1)):
        raise _refuse(text, Problem.SEPARATORS)
    digits = [t for t in tokens if t.isdigit()]
    if len(kinds) == 2:  # groupers of one kind, then the decimal mark once, last
        if not _groups_ok(digits[:-1]):
            raise _refuse(text, Problem.BAD_GROUPING, mark=seps[0])
        return _decimals(text, "".join(digits[:-1]), digits[-1], decimals)
    # One kind of separator.
    if last in _SPACES or len(seps) > 1:  # groupers only: a whole amount
        if _groups_ok(digits):
            return Decimal("".join(digits))
        raise _refuse(text, Problem.BAD_GROUPING, mark=last)
    whole, cents = digits
    if len(cents) == 3 and _groups_ok([whole, cents]):
        thousands, decimal = Decimal(whole + cents), Decimal(f"{whole}.{cents}")
        raise _refuse(text, Problem.AMBIGUOUS, readings=(thousands, decimal), thousands=thousands, decimal=decimal,
                      rounded=quantize(decimal))
    return _decimals(text, whole, cents, decimals)


def quantize(amount: Decimal) -> Decimal:
    """Round to cents, half up (how a till rounds)."""
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_amount(amount: Decimal, lang: str = "fr", grouped: bool = True) -> str:
    """An amount as a person of ``lang`` writes it: ``1 234,50`` (narrow no-break space) or ``1,234.50``.

    Cents are always written (``12,00``), so a grouped thousand never reads like a decimal; more precise
    amounts keep their digits. What this writes, :func:`parse_amount` reads back to the same amount.
    """
    text = format(amount, "f")
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, cents = text.partition(".")
    if len(cents) < CENTS:
        cents = cents.ljust(CENTS, "0")
    french = lang.split("_")[0] == "fr"
    if grouped and len(whole) > 3:
        head = len(whole) % 3 or 3
        parts = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
        whole = (_NARROW_NBSP if french else ",").join(parts)
    mark = "," if french else "."
    return sign + whole + mark + cents


def format_plain(amount: Decimal | None) -> str:
    """Canonical text of an amount for files and JSON (``"12.50"``, never ``1E+1``); empty for ``None``."""
    if amount is None:
        return ""
    return format(amount, "f")


__all__ = [
    "CENTS", "CURRENCIES", "AmountMessage", "NotAnAmount", "Problem", "format_amount", "format_plain",
    "parse_amount", "quantize",
]
