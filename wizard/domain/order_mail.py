"""The e-mails a merchant sends about an order, prepared in the shop's language.

"Payment received", "Shipped" (with the tracking number when there is one) and "Withdrawal
acknowledged" (the acknowledgement a merchant owes for a withdrawal that came without the order desk, or
as a personal follow-up). Amounts come from the order's Decimals (:func:`format_amount`), never from floats.
The app opens them in the system's mail client; nothing here sends anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from urllib.parse import quote

from wizard.domain.money import format_amount
from wizard.domain.orders import Order, Withdrawal
from wizard.i18n import msg


class MailKind(StrEnum):
    PAID = "paid"
    SHIPPED = "shipped"
    WITHDRAWAL = "withdrawal"


@dataclass(frozen=True)
class OrderMail:
    to: str
    subject: str
    body: str

    def mailto(self) -> str:
        """A ``mailto:`` URL with the subject and body filled in (RFC 6068; the address is escaped too, so
        nothing in it can add a header)."""
        return (f"mailto:{quote(self.to, safe='@')}?subject={quote(self.subject, safe='')}"
                f"&body={quote(self.body.replace(chr(10), chr(13) + chr(10)), safe='')}")


def _money(order: Order, amount: Decimal, lang: str) -> str:
    return f"{format_amount(amount, lang)}\u00a0{order.currency}"


def _day(moment: dt.datetime, lang: str) -> str:
    return moment.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")


def _items(order: Order) -> str:
    return "\n".join(f"- {line.quantity} × {line.label()}" for line in order.lines)


def prepare(kind: MailKind, order: Order, shop_name: str, lang: str,
            withdrawal: Withdrawal | None = None) -> OrderMail:
    """The e-mail of ``kind`` for ``order``, in ``lang``, signed with the shop's name."""
    total = _money(order, order.total, lang)
    greeting = msg("Hello {name},", name=order.customer.name).text(lang)
    if kind is MailKind.PAID:
        subject = msg("Order {number}: payment received", number=order.number).text(lang)
        text = msg("We have received your payment of {total} for order {number}. Thank you!",
                   total=total, number=order.number).text(lang)
        middle = [text, _items(order), msg("We will let you know as soon as it is on its way.").text(lang)]
    elif kind is MailKind.SHIPPED:
        subject = msg("Order {number} is on its way", number=order.number).text(lang)
        method = order.shipping.method if order.shipping else ""
        if method:
            text = msg("Your order {number} has been sent ({method}).", number=order.number,
                       method=method).text(lang)
        else:
            text = msg("Your order {number} has been sent.", number=order.number).text(lang)
        middle = [text, _items(order)]
        if order.tracking:
            middle.append(msg("Tracking number: {tracking}", tracking=order.tracking).text(lang))
    else:
        subject = msg("Order {number}: your withdrawal is acknowledged", number=order.number).text(lang)
        if withdrawal is not None:
            text = msg("We acknowledge receipt of your withdrawal declaration {declaration}, received on {day}, "
                       "for order {number}.", declaration=withdrawal.number,
                       day=_day(withdrawal.received_at, lang), number=order.number).text(lang)
        else:
            text = msg("We acknowledge your withdrawal from order {number}.", number=order.number).text(lang)
        middle = [text, msg("We will refund {total} within 14 days, by the means of payment you used. If you "
                            "have received the goods, please send them back within 14 days.",
                            total=total).text(lang)]
    closing = msg("Kind regards,").text(lang)
    body = "\n\n".join([greeting, *middle, f"{closing}\n{shop_name}"]) + "\n"
    return OrderMail(order.customer.email, subject, body)
