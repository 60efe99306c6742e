"""Words and formats shared by the Orders window: status and payment names, amounts, dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from wizard.domain.money import format_amount
from wizard.domain.orders import OrderStatus

_CONTEXT = "OrderLabels"


def status_label(status: OrderStatus) -> str:
    """The status as the merchant reads it."""
    t = QCoreApplication.translate
    names = {
        OrderStatus.NEW: t(_CONTEXT, "New"),
        OrderStatus.PAID: t(_CONTEXT, "Paid"),
        OrderStatus.SHIPPED: t(_CONTEXT, "Shipped"),
        OrderStatus.DELIVERED: t(_CONTEXT, "Delivered"),
        OrderStatus.CANCELLED: t(_CONTEXT, "Cancelled"),
        OrderStatus.WITHDRAWN: t(_CONTEXT, "Withdrawn"),
    }
    return names[status]


def payment_label(code: str) -> str:
    """How the customer chose to pay (the desk's payment codes)."""
    t = QCoreApplication.translate
    names = {
        "paypalme": t(_CONTEXT, "PayPal.me"),
        "transfer": t(_CONTEXT, "Bank transfer"),
        "link": t(_CONTEXT, "Payment link"),
        "pickup": t(_CONTEXT, "Payment on pickup"),
        "email": t(_CONTEXT, "Arranged by e-mail"),
    }
    return names.get(code, code)


def money(amount: Decimal, currency: str, lang: str) -> str:
    """``17,37 EUR`` (French) or ``17.37 EUR``: exact, from the Decimal."""
    return f"{format_amount(amount, lang)}\u00a0{currency}"


def when(moment: dt.datetime) -> str:
    """A date and time in the person's local time, short format of the UI language."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def day(moment: dt.datetime) -> str:
    """Only the date (for the list)."""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
