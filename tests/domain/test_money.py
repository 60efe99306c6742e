from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.domain.money import NotAnAmount, Problem, format_amount, format_plain, parse_amount, quantize
from wizard.site.filters import price as site_price


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,50 €", Decimal("12.50")),
        ("1 234,5", Decimal("1234.5")),
        ("1 234,50", Decimal("1234.50")),
        ("1\u00a0234,50", Decimal("1234.50")),
        ("1\u202f234,50", Decimal("1234.50")),
        ("1.234,50", Decimal("1234.50")),
        ("1,234.50", Decimal("1234.50")),
        ("1 234", Decimal("1234")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("1,234,567", Decimal("1234567")),
        ("1'234.50", Decimal("1234.50")),
        ("12.5", Decimal("12.5")),
        ("12,5", Decimal("12.5")),
        ("0,50", Decimal("0.50")),
        (",50", Decimal("0.50")),
        ("€12", Decimal("12")),
        ("€1,234.50", Decimal("1234.50")),
        ("12,50 € TTC", Decimal("12.50")),
        ("EUR 7", Decimal("7")),
        ("-3,5", Decimal("-3.5")),
        ("1234,5", Decimal("1234.5")),
        ("", None),
        ("  ", None),
        (None, None),
        (12, Decimal("12")),
        (12.5, Decimal("12.5")),
    ],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("douze", Problem.NOT_A_NUMBER),
        ("12,5,a", Problem.NOT_A_NUMBER),
        ("1-2", Problem.NOT_A_NUMBER),
        ("--3", Problem.NOT_A_NUMBER),
        ("12€50", Problem.NOT_A_NUMBER),
        ("1e3", Problem.NOT_A_NUMBER),
        ("12,5,0", Problem.BAD_GROUPING),
        ("1,2,3", Problem.BAD_GROUPING),
        ("1.2.3", Problem.BAD_GROUPING),
        ("12 5", Problem.BAD_GROUPING),
        ("12,345.6,7", Problem.SEPARATORS),
        ("12.345,6.7", Problem.SEPARATORS),
        ("1 234.567,50", Problem.SEPARATORS),
        ("1,,5", Problem.SEPARATORS),
        ("12,5678", Problem.TOO_MANY_DECIMALS),
        ("0,234", Problem.TOO_MANY_DECIMALS),
        ("1234.567", Problem.TOO_MANY_DECIMALS),
        (12.345, Problem.TOO_MANY_DECIMALS),
        ("12,", Problem.NOTHING_AFTER_MARK),
        ("1,234", Problem.AMBIGUOUS),
        ("1.234", Problem.AMBIGUOUS),
    ],
)
def test_parse_amount_refuses_with_the_reason(text, problem):
    with pytest.raises(NotAnAmount) as caught:
        parse_amount(text)
    assert caught.value.problem is problem
    for lang in ("fr", "en"):
        assert str(text).strip() in caught.value.text(lang)


def test_the_typo_from_the_report_is_no_longer_a_hundred_times_the_price():
    with pytest.raises(NotAnAmount) as caught:
        parse_amount("12,5,0")
    assert "12,5,0" in caught.value.text("fr")
    assert caught.value.text("fr") != caught.value.text("en")  # translated


@pytest.mark.parametrize("text", ["1,234", "1.234"])
def test_a_bare_thousand_is_refused_with_both_readings(text):
    with pytest.raises(NotAnAmount) as caught:
        parse_amount(text)
    assert caught.value.readings == (Decimal("1234"), Decimal("1.234"))
    fr, en = caught.value.text("fr"), caught.value.text("en")
    assert "1\u202f234" in fr and "1,234" in fr and "1,23 " in fr
    assert "1,234" in en and "1.234" in en and "1.23 " in en


def test_weights_may_have_more_decimals_but_stay_unambiguous():
    assert parse_amount("0,250", decimals=None) == Decimal("0.250")
    with pytest.raises(NotAnAmount):
        parse_amount("1.250", decimals=None)


def test_format_plain_is_exact():
    assert format_plain(Decimal("12.50")) == "12.50"
    assert format_plain(Decimal("1E+1")) == "10"
    assert format_plain(None) == ""


def test_format_amount():
    assert format_amount(Decimal("1234.5"), "fr") == "1\u202f234,50"
    assert format_amount(Decimal("1234.5"), "en") == "1,234.50"
    assert format_amount(Decimal("1234.5"), "en", grouped=False) == "1234.50"
    assert format_amount(Decimal("12"), "fr") == "12,00"
    assert format_amount(Decimal("-0.5"), "fr") == "-0,50"


prices = st.decimals(min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2,
                     allow_nan=False, allow_infinity=False)


@given(prices, st.sampled_from(["fr", "en"]), st.booleans())
def test_every_formatted_price_parses_back_to_itself(amount, lang, grouped):
    assert parse_amount(format_amount(amount, lang, grouped)) == amount


@given(prices, st.sampled_from(["fr", "en"]), st.sampled_from(["EUR", "CHF", "GBP", "USD", "CAD", "MAD"]))
def test_every_price_the_site_shows_parses_back_to_itself(amount, lang, currency):
    assert parse_amount(site_price(amount, currency, lang)) == quantize(amount)


@given(st.text(alphabet="0123456789 ,.\u00a0\u202f'-€", max_size=14))
def test_every_refused_text_says_why(text):
    try:
        amount = parse_amount(text)
    except NotAnAmount as exc:
        assert exc.problem in Problem
        for lang in ("fr", "en"):
            reason = exc.text(lang)
            assert reason and "{" not in reason
            assert text.strip() in reason
    else:
        if amount is not None:
            # Accepted: at most two decimals, and our own writing of it reads back the same.
            assert amount == quantize(amount)
            assert parse_amount(format_amount(amount, "fr")) == amount


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_grouped_forms_of_one_amount_agree(whole, cents):
    amount = Decimal(f"{whole}.{cents:02d}")
    grouped_en = f"{whole:,}.{cents:02d}"
    grouped_fr = grouped_en.replace(",", " ").replace(".", ",")
    grouped_de = grouped_en.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_amount(grouped_en) == parse_amount(grouped_fr) == parse_amount(grouped_de) == amount
