"""Words and formats shared by the Orders window: status and payment names, amounts, dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from wizard.domain.money import format_amount
from wizard.domain.orders import OrderStatus


def status_label(status: OrderStatus) -> str:
    """The status as the merchant reads it."""
    names = {
        OrderStatus.NEW: QCoreApplication.translate("OrderLabels", "New"),
        OrderStatus.PAID: QCoreApplication.translate("OrderLabels", "Paid"),
        OrderStatus.SHIPPED: QCoreApplication.translate("OrderLabels", "Shipped"),
        OrderStatus.DELIVERED: QCoreApplication.translate("OrderLabels", "Delivered"),
        OrderStatus.CANCELLED: QCoreApplication.translate("OrderLabels", "Cancelled"),
        OrderStatus.WITHDRAWN: QCoreApplication.translate("OrderLabels", "Withdrawn"),
    }
    return names[status]


def payment_label(code: str) -> str:
    """How the customer chose to pay (the desk's payment codes)."""
    names = {
        "paypalme": QCoreApplication.translate("OrderLabels", "PayPal.me"),
        "transfer": QCoreApplication.translate("OrderLabels", "Bank transfer"),
        "link": QCoreApplication.translate("OrderLabels", "Payment link"),
        "pickup": QCoreApplication.translate("OrderLabels", "Payment on pickup"),
        "email": QCoreApplication.translate("OrderLabels", "Arranged by e-mail"),
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
