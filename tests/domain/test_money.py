from decimal import Decimal

import pytest

from wizard.domain.money import NotAnAmount, format_plain, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,50 €", Decimal("12.50")),
        ("1 234,5", Decimal("1234.5")),
        ("1\u202f234,50", Decimal("1234.50")),
        ("1,234.50", Decimal("1234.50")),
        ("1.234,50", Decimal("1234.50")),
        ("12.5", Decimal("12.5")),
        ("€12", Decimal("12")),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["douze", "12,5,a", "1-2", "--3"])
def test_parse_amount_rejects(text):
    with pytest.raises(NotAnAmount):
        parse_amount(text)


def test_format_plain_is_exact():
    assert format_plain(Decimal("12.50")) == "12.50"
    assert format_plain(Decimal("1E+1")) == "10"
    assert format_plain(None) == ""
