"""The merchant's e-mails about an order: exact amounts, the shop's language, a mailto: that adds no header."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from urllib.parse import parse_qs, unquote, urlsplit

from tests.orders.orderdata import order_data, two_line_order, withdrawal_data
from wizard.domain.order_mail import MailKind, prepare
from wizard.domain.orders import parse_order, parse_withdrawal


def test_payment_received_in_english_lists_the_lines_and_the_exact_total() -> None:
    order = parse_order(two_line_order("2026-00007", honey=3, soap=2))
    mail = prepare(MailKind.PAID, order, "Lea's Jars", "en")
    assert mail.to == "margaux@example.fr"
    assert mail.subject == "Order 2026-00007: payment received"
    assert "34.65\u00a0EUR" in mail.body  # 3 x 6.90 + 2 x 4.50 + 4.95
    assert order.total == Decimal("34.65")
    assert "- 3 × Miel de lavande (Pot: 250 g)\n- 2 × Savon" in mail.body
    assert mail.body.endswith("Kind regards,\nLea's Jars\n")


def test_shipped_says_the_tracking_number_only_when_there_is_one() -> None:
    order = parse_order(order_data())
    assert "Tracking" not in prepare(MailKind.SHIPPED, order, "S", "en").body
    tracked = dataclasses.replace(order, tracking="6A123")
    body = prepare(MailKind.SHIPPED, tracked, "S", "fr").body
    assert "Numéro de suivi : 6A123" in body and "(Colissimo)" in body


def test_withdrawal_acknowledgement_names_the_declaration_and_its_day() -> None:
    order = parse_order(order_data())
    declaration = parse_withdrawal(withdrawal_data())
    body = prepare(MailKind.WITHDRAWAL, order, "S", "fr", declaration).body
    assert "W2026-00003" in body and "04/12/2026" in body and "17,37\u00a0EUR" in body and "14 jours" in body


def test_the_mailto_escapes_everything_so_no_header_can_be_added() -> None:
    order = parse_order(order_data(customer={"name": "Eve", "email": "eve@example.org?bcc=spy%40example.net&cc=x",
                                             "phone": "", "address": {"line1": "1 rue", "city": "Lyon"}}))
    mail = prepare(MailKind.PAID, order, "S&T?", "en")
    url = urlsplit(mail.mailto())
    assert url.scheme == "mailto"
    assert unquote(url.path) == "eve@example.org?bcc=spy%40example.net&cc=x"  # one address, escaped
    fields = parse_qs(url.query)
    assert set(fields) == {"subject", "body"}
    assert fields["body"][0].replace("\r\n", "\n") == mail.body
