from __future__ import annotations

from decimal import Decimal

import pytest

from tests.orders.orderdata import order_data, withdrawal_data
from wizard.domain.orders import (
    InvalidOrder,
    OrderStatus,
    can_change,
    is_sealed_name,
    parse_order,
    parse_withdrawal,
)


def test_sample_order_parses_with_exact_totals() -> None:
    order = parse_order(order_data())
    assert order.number == "2026-00042"
    assert order.lines[0].options == (("Pot", "250 g"),)
    assert order.subtotal == Decimal("13.80")
    assert order.total == Decimal("17.37")
    assert order.customer.address.city == "Lyon"


@pytest.mark.parametrize("change", [
    {"total": "17.38"},
    {"subtotal": "13.81"},
    {"total": 17.37},
    {"number": "2026-42"},
    {"number": "../../etc"},
    {"payment": "bitcoin"},
    {"currency": "XYZ"},
    {"format": "echoppe-order/2"},
    {"received_at": "2026-12-02T19:04:05"},
    {"lines": []},
    {"customer": {"name": "A", "email": "not-an-email", "address": {"line1": "x", "city": "y"}}},
])
def test_off_contract_orders_are_refused(change: dict) -> None:
    with pytest.raises(InvalidOrder):
        parse_order(order_data(**change))


def test_bad_lines_are_refused() -> None:
    for bad in ({"quantity": 0}, {"quantity": True}, {"quantity": 2.0}, {"line_total": "13.79"},
                {"unit_price": "-6.90"}, {"slug": "../x"}, {"name": "a\x00b"}):
        data = order_data()
        data["lines"][0].update(bad)
        with pytest.raises(InvalidOrder):
            parse_order(data)


def test_php_empty_options_list_is_accepted() -> None:
    data = order_data(coupon=None, shipping=None, subtotal="13.80", total="13.80")
    data["lines"][0]["options"] = []
    order = parse_order(data)
    assert order.lines[0].options == ()
    assert order.total == Decimal("13.80")


def test_withdrawal_parses() -> None:
    w = parse_withdrawal(withdrawal_data())
    assert (w.number, w.order_number) == ("W2026-00003", "2026-00042")
    with pytest.raises(InvalidOrder):
        parse_withdrawal({**withdrawal_data(), "number": "2026-00003"})


def test_transitions() -> None:
    assert can_change(OrderStatus.NEW, OrderStatus.PAID)
    assert can_change(OrderStatus.PAID, OrderStatus.SHIPPED)
    assert can_change(OrderStatus.SHIPPED, OrderStatus.DELIVERED)
    assert can_change(OrderStatus.DELIVERED, OrderStatus.WITHDRAWN)
    assert not can_change(OrderStatus.NEW, OrderStatus.SHIPPED)
    assert not can_change(OrderStatus.CANCELLED, OrderStatus.PAID)
    assert not can_change(OrderStatus.SHIPPED, OrderStatus.CANCELLED)


def test_sealed_names() -> None:
    assert is_sealed_name("2026-00042.sealed") and is_sealed_name("W2026-00003.sealed")
    assert not is_sealed_name("2026-00042.sealed.tmp") and not is_sealed_name("../2026-00042.sealed")
