"""Pure jinja2 filters: money, dates, Markdown, sanitised HTML, JSON safe inside ``<script>``."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import nh3
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency
from markupsafe import Markup

from wizard.domain.slugs import slugify

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
SAFE_SCHEMES = ("http", "https", "mailto", "tel")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# Tags kept in imported HTML (no images or media: they would load from other hosts).
_HTML_TAGS = {
    "h1", "p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "a", "span", "table", "thead", "tbody", "tr", "th", "td", "hr", "sup", "sub", "code", "pre",
}  # fmt: skip


def babel_locale(lang: str) -> str:
    """The Babel locale used for a shop language (``fr`` → ``fr_FR``)."""
    return LOCALES.get(lang, "fr_FR")


def price(amount: Decimal | int | str | None, currency: str = "EUR", lang: str = "fr") -> str:
    """``12,50 €`` in French, ``€12.50`` in English."""
    if amount is None or amount == "":
        return ""
    return _price(Decimal(amount), currency, lang)


@lru_cache(maxsize=8192)
def _price(amount: Decimal, currency: str, lang: str) -> str:
    # Shops repeat the same few prices: Babel's formatting is worth remembering.
    return format_currency(amount, currency, locale=babel_locale(lang))


def date_text(value: dt.date | dt.datetime | None, lang: str = "fr", with_time: bool = False) -> str:
    """A date (and time) in long form: ``3 mars 2026`` / ``3 March 2026``."""
    if value is None:
        return ""
    loc = babel_locale(lang)
    if isinstance(value, dt.datetime):
        if with_time:
            return format_datetime(value, "d MMMM y, HH:mm", locale=loc)
        value = value.date()
    return format_date(value, "long", locale=loc)


def safe_url(url: str) -> bool:
    """True for http/https/mailto/tel and relative links; False for ``javascript:`` and friends."""
    text = "".join(ch for ch in url.strip() if ch > " ")
    match = _SCHEME.match(text)
    return match is None or match.group(1).lower() in SAFE_SCHEMES


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt  # here: a build whose texts are all in its cache never loads it

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")  # an image in Markdown would load from another host
    md.disable(["code", "fence", "html_block", "html_inline", "reference"])  # not for shop texts
    md.validateLink = safe_url  # type: ignore[method-assign]
    return md


def markdown(text: str | None) -> Markup:
    """Markdown to HTML: raw HTML shown as text, unsafe links dropped, headings start at level 2."""
    if not text:
        return Markup("")
    html = _markdown().render(text)
    html = re.sub(r"<(/?)h1>", r"<\1h2>", html)
    return Markup(html)


def safe_html(html: str | None) -> Markup:
    """Imported HTML re-sanitised at render time with nh3 (no script, style, image or unsafe link)."""
    if not html:
        return Markup("")
    cleaned = nh3.clean(
        html,
        tags=_HTML_TAGS,
        attributes={"a": {"href", "title"}, "td": {"colspan"}, "th": {"colspan", "scope"}},
        url_schemes=set(SAFE_SCHEMES),
        link_rel="noopener nofollow",
    )
    cleaned = re.sub(r"<(/?)h1\b", r"<\1h2", cleaned)
    return Markup(cleaned)


def description_html(text: str, fmt: str) -> Markup:
    """A product description as HTML, whichever format it was stored in."""
    return safe_html(text) if fmt == "html" else markdown(text)


def plain_text(text: str, fmt: str = "markdown", limit: int = 160) -> str:
    """A short plain-text summary (for meta descriptions and JSON-LD)."""
    if fmt == "html":
        text = nh3.clean(text or "", tags=set())
    text = re.sub(r"[#*_`>\[\]()!|-]+", " ", text or "")
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


class ScriptJson(Markup):
    """Text that :func:`json_script` already made (passed through as it is)."""


def json_script(value: Any) -> ScriptJson:
    """JSON that cannot close its ``<script>`` element nor open an HTML comment."""
    if isinstance(value, ScriptJson):
        return value
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    text = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return ScriptJson(text)


def slug(text: str) -> str:
    return slugify(text)


_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def nobreak_hyphens(text: str) -> str:
    """A displayed name whose word hyphens do not break lines ("T-shirt" stays whole at 390 px).

    Hyphens between letters become U+2011 (non-breaking hyphen); a word longer than its line can
    still be cut by ``overflow-wrap``. Only for what is shown: data, meta tags and JSON keep ``-``.
    """
    return _WORD_HYPHEN.sub("\u2011", text)


def initial(text: str) -> str:
    """The first letter or digit of a name, upper-case (the picture placeholder's letter)."""
    return next((c.upper() for c in text if c.isalnum()), "?")


FILTERS = {
    "slug": slug,
    "nobreak": nobreak_hyphens,
    "initial": initial,
    "markdown": markdown,
    "safe_html": safe_html,
    "json_script": json_script,
    "plain": plain_text,
}
