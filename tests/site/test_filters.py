"""The generator's pure filters and colour helpers."""

from __future__ import annotations

import json
import random
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import Environment

from wizard.site import filters
from wizard.site.colors import contrast, ink_on, parse_hex, text_on


def test_price_follows_the_shop_language() -> None:
    assert filters.price(Decimal("12.5"), "EUR", "fr") == "12,50\xa0€"
    assert filters.price(Decimal("12.5"), "EUR", "en") == "€12.50"
    assert filters.price(Decimal("1234.5"), "EUR", "fr") == "1\u202f234,50\xa0€"
    assert filters.price(None) == ""


def test_dates_in_long_form() -> None:
    import datetime as dt

    assert filters.date_text(dt.date(2026, 3, 14), "fr") == "14 mars 2026"
    assert filters.date_text(dt.date(2026, 3, 14), "en") == "14 March 2026"
    assert filters.date_text(dt.datetime(2026, 3, 14, 14, 5), "fr", with_time=True) == "14 mars 2026, 14:05"


def test_markdown_has_no_raw_html_no_unsafe_links_no_remote_images() -> None:
    html = str(
        filters.markdown(
            "# Title\n\n<b>raw</b> [ok](https://example.fr) [bad](javascript:alert(1)) "
            "[bad2](JaVaScRiPt:alert(1)) [mail](mailto:a@b.fr) ![pic](https://cdn.example.com/x.png)"
        )
    )
    assert "<h2>Title</h2>" in html  # the page's own h1 stays the only one
    assert "&lt;b&gt;raw&lt;/b&gt;" in html
    assert 'href="https://example.fr"' in html and 'href="mailto:a@b.fr"' in html
    assert 'href="javascript' not in html.lower()
    assert "<img" not in html


def test_safe_url() -> None:
    assert filters.safe_url("https://x.fr") and filters.safe_url("page.html") and filters.safe_url("tel:+33")
    assert not filters.safe_url(" javascript:alert(1)")
    assert not filters.safe_url("java\tscript:alert(1)")
    assert not filters.safe_url("data:text/html,x")


def test_imported_html_is_sanitised() -> None:
    html = str(
        filters.safe_html(
            '<h1>T</h1><p onclick="x()">Hi<script>alert(1)</script><img src="https://cdn.example.com/a.png">'
            '<a href="javascript:x()">bad</a><a href="https://ok.fr">ok</a><style>p{}</style></p>'
        )
    )
    assert "<script" not in html and "onclick" not in html and "<img" not in html and "<style" not in html
    assert "javascript" not in html
    assert 'href="https://ok.fr"' in html
    assert "<h2>T</h2>" in html


def test_json_script_cannot_close_its_element() -> None:
    value = {"name": "</script><script>alert(1)</script> & <!--", "sep": "\u2028"}
    text = str(filters.json_script(value))
    assert "</script" not in text.lower() and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_plain_text_summary() -> None:
    assert filters.plain_text("**Bold** _it_ [link](x)", limit=100) == "Bold it link x"
    assert filters.plain_text("<p>Hello <b>you</b></p>", "html") == "Hello you"
    long = filters.plain_text("word " * 100, limit=40)
    assert len(long) <= 40 and long.endswith("…")


def test_derived_text_colours_are_readable() -> None:
    rnd = random.Random(4)
    for _ in range(300):
        color = f"#{rnd.randrange(0, 0xFFFFFF):06x}"
        assert contrast(parse_hex(color), parse_hex(text_on(color))) >= 4.5
        for background in ("#ffffff", "#fbf5ea"):
            assert contrast(parse_hex(ink_on(color, background)), parse_hex(background)) >= 4.5
    assert text_on("#ffeb3b") == "#000000" and text_on("#1b3a5c") == "#ffffff"
    assert ink_on("#2f5d50", "#ffffff") == "#2f5d50"  # already readable: unchanged


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.none(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=8))
def test_json_script_round_trips_and_never_closes_the_element(value: object) -> None:
    text = str(filters.json_script(value))
    assert json.loads(text) == value
    assert "<" not in text and ">" not in text and "&" not in text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_markdown_never_lets_raw_html_or_scripts_through(text: str) -> None:
    html = str(filters.markdown(text))
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert 'href="javascript' not in html.lower() and "href='javascript" not in html.lower()


def test_word_hyphens_do_not_break_displayed_names() -> None:
    assert filters.nobreak_hyphens("“Low Tide” T-shirt") == "“Low Tide” T\u2011shirt"
    assert filters.nobreak_hyphens("Saint-Jean-de-Luz") == "Saint\u2011Jean\u2011de\u2011Luz"
    # A dash between spaces, or a minus sign, is not a word hyphen.
    assert filters.nobreak_hyphens("Bol - bleu, -20 %") == "Bol - bleu, -20 %"


def test_placeholder_initial_skips_quotes_and_punctuation() -> None:
    assert filters.initial("“Low Tide” T-shirt") == "L"
    assert filters.initial("éclat") == "É"
    assert filters.initial("…") == "?"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aé€ \n\r\t%&?/=#+-_.~\u2028😀"))
def test_order_email_body_quoted_line_by_line_is_quote(text: str) -> None:
    from urllib.parse import quote

    from wizard.site.views import quote_lines

    assert quote_lines(text) == quote(text)


def test_remembered_translations_escape_text_but_not_markup() -> None:
    from markupsafe import Markup

    from wizard.site.env import _fast_gettext

    env = Environment(autoescape=True)
    env.globals["_"] = _fast_gettext(lambda message: message)
    page = env.from_string("{{ _('Page %(n)s', n=v) }}|{{ _('Page %(n)s', n=m) }}|{{ _('Page %(n)s', n=3) }}")
    for _ in range(2):  # the second time from what was remembered
        assert page.render(v="<b>", m=Markup("<b>")) == "Page &lt;b&gt;|Page <b>|Page 3"
    plain = Environment(autoescape=False)
    plain.globals["_"] = _fast_gettext(lambda message: message)
    assert plain.from_string("{{ _('Page %(n)s', n=v) }}").render(v="<b>") == "Page <b>"
