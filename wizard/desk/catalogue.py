"""What the desk reads: ``catalogue.json`` (the prices it trusts) and ``config.json`` (its settings and
texts). Both are JSON, never generated PHP, so no shop text can become code on the server."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wizard.domain.model import Coupon, Product, ShippingRate
from wizard.domain.money import quantize

# Default abuse limits, for a small shop: orders (and, separately, withdrawals) per 10 minutes from one
# hashed visitor address and in all, and acknowledgements to one email address per hour.
LIMITS = {"per_ip": 5, "global": 30, "window": 600, "per_email": 3, "mail_window": 3600}


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else str(quantize(amount))


def variant_key(index: int, sku: str) -> str:
    """The value a product page's variant ``<option>`` carries (as ``SiteModel._variant_view``)."""
    return sku or str(index)


def catalogue(products: Sequence[Product], coupons: Sequence[Coupon], shipping: Sequence[ShippingRate],
              countries: Sequence[tuple[str, str, str]],
              no_withdrawal: Callable[[Product], str] = lambda _p: "") -> dict[str, Any]:
    """Products by slug (variants by their option value), active coupons, rates, country → zone.
    ``no_withdrawal`` gives a product's withdrawal exception as the sentence its page shows (L221-28),
    which the desk repeats under that line of the order it mails."""
    items: dict[str, Any] = {}
    for p in products:
        if p.external_url:
            continue
        variants = {
            variant_key(i, v.sku): {
                "label": v.label() or v.sku or str(i + 1),
                "sku": v.sku,
                "options": dict(v.options),
                "price": _money(v.price if v.price is not None else p.price),
                "stock": v.stock,
            }
            for i, v in enumerate(p.variants)
        }
        items[p.slug] = {"name": p.name, "sku": p.sku, "price": _money(p.price), "stock": p.stock,
                         "weight_g": p.weight_g or 0, "variants": variants, "payment_link": p.payment_link,
                         "no_withdrawal": no_withdrawal(p)}
    return {
        "products": items,
        "coupons": [
            {"code": c.code, "kind": c.kind.value, "value": str(c.value.quantize(Decimal("0.01"))),
             "min_order": _money(c.min_order), "starts": c.starts.isoformat() if c.starts else None,
             "ends": c.ends.isoformat() if c.ends else None}
            for c in coupons if c.active
        ],
        "shipping": [
            {"name": r.name, "zone": r.zone.value, "kind": r.kind.value, "price": _money(r.price),
             "free_above": _money(r.free_above), "max_weight_g": r.max_weight_g}
            for r in shipping
        ],
        "countries": {code: zone for code, _name, zone in countries},
    }


@dataclass(frozen=True)
class MoneyFormat:
    """How the desk writes an amount (mirrors Babel's ``fr_FR`` / ``en_GB`` currency formats)."""

    decimal: str
    group: str
    symbol: str
    symbol_first: bool

    def text(self, amount: Decimal) -> str:
        """``1 234,50 €`` / ``€1,234.50``: what ``money()`` in lib.php prints."""
        whole, cents = f"{quantize(amount):.2f}".split(".")
        groups = f"{int(whole):,}".replace(",", self.group)
        number = f"{groups}{self.decimal}{cents}"
        return f"{self.symbol}{number}" if self.symbol_first else f"{number}\u00a0{self.symbol}"


SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "CAD": "$CA", "XPF": "XPF", "MAD": "MAD", "XOF": "XOF"}


def money_format(lang: str, currency: str) -> MoneyFormat:
    symbol = SYMBOLS.get(currency, currency)
    if lang == "en":
        return MoneyFormat(".", ",", symbol, True)
    return MoneyFormat(",", "\u202f", symbol, False)


def desk_strings(_: Callable[[str], str]) -> dict[str, str]:
    """Every text the desk shows or mails, in the shop's language (gettext domain "site")."""
    return {
        # field names (used in refusals)
        "name": _("Name"), "email": _("Email"), "phone": _("Phone"), "line1": _("Address"),
        "line2": _("Address (continued)"), "postcode": _("Postcode"), "city": _("City"), "country": _("Country"),
        "coupon": _("Discount code"), "message": _("Note"), "slug": _("Product"), "qty": _("Quantity"),
        "variant": _("Choice"), "order": _("Order number"), "rate": _("Delivery"), "payment": _("Payment"),
        "shown_total": _("Total"), "step": _("Step"), "website": _("Website"),
        # refusals
        "refusedTitle": _("The order could not be taken"),
        "back": _("Back"),
        "postOnly": _("This page takes orders sent from the shop's pages."),
        "tooBig": _("This request is too large."),
        "refused": _("This request was refused."),
        "badField": _("The field “{field}” is not valid."),
        "badEmail": _("The email address is not valid."),
        "emptyCart": _("Your cart is empty"),
        "tooManyLines": _("An order can hold at most {n} different items."),
        "badQuantity": _("A quantity must be a whole number from 1 to {max}."),
        "unknownProduct": _("“{name}” is not sold here (any more): reload the shop's pages."),
        "notEnoughStock": _("Only {n} of “{name}” left: lower the quantity."),
        "outOfStock": _("“{name}” is out of stock."),
        "invalidCode": _("Invalid code") + " : {code}",
        "couponExpired": _("This code is no longer valid"),
        "couponMinimum": _("This code needs an order of at least {amount}"),
        "noShipping": _("No delivery option for this country: write to us."),
        "tooMany": _("Too many requests: please try again in a few minutes."),
        "tooManyMails": _("We already sent several emails to this address in the last hour: please try again "
                          "later or write to us."),
        "unavailable": _("The order desk is not available right now: please try again later or write to us."),
        "missingFields": _("Please fill in: {fields}"),
        "totalChanged": _("Please check the total computed by the shop, then confirm again."),
        "badOrderNumber": _("The order number is not valid (it looks like 2026-00042)."),
        # the review page and the confirmation
        "reviewTitle": _("Check and confirm your order"),
        "yourDetails": _("Your details"),
        "chooseShipping": _("Choose a delivery option"),
        "update": _("Update the total"),
        "acceptTerms": _("By ordering you accept our terms of sale:"),
        "terms": _("terms of sale"),
        "placeOrder": _("Place order with obligation to pay"),
        "subtotal": _("Subtotal"), "discount": _("Discount"), "shipping": _("Shipping"), "total": _("Total"),
        "free": _("Free"),
        "thankYou": _("Thank you for your order"),
        "orderPlaced": _("Your order {number} is registered."),
        "mailSent": _("A confirmation was sent to {email}."),
        "mailFailed": _("The confirmation email could not be sent: the shop will confirm your order by email."),
        "howToPay": _("How to pay"),
        "pay_paypalme": _("PayPal"), "pay_transfer": _("Bank transfer"), "pay_link": _("Online payment links"),
        "pay_pickup": _("Pay on pickup"), "pay_email": _("The shop tells me how to pay"),
        "payPaypalMe": _("Pay {amount} with PayPal:"),
        "payTransfer": _("Transfer {amount} to IBAN {iban} (BIC {bic}) with the reference {number}."),
        "payLinks": _("Pay online with these links:"),
        "payPickup": _("You pay {amount} when you collect your order."),
        "payLater": _("The shop will write to you about paying {amount}."),
        "deliveryTo": _("Delivery to:"),
        # emails
        "mailHello": _("Hello {name},"),
        "mailOrderIntro": _("{shop} has received your order {number}:"),
        "mailOrderSubject": _("Your order {number} at {shop}"),
        "mailTerms": _("Our terms of sale: {url}"),
        "mailWithdrawal": _("You may withdraw from this contract within 14 days, online here: {url}"),
        "withdrawalForm": _(
            "Model withdrawal form (fill in and return it only if you wish to withdraw from the contract):\n"
            "I hereby give notice that I withdraw from my contract of sale of the following goods / for the "
            "provision of the following service:\nOrdered on / received on:\nName:\nAddress:\nDate:"
        ),
        "mailNoticeSubject": _("New order {number}"),
        "mailNotice": _("A new order ({number}, total {total}) is waiting: open Échoppe and fetch the orders."),
        # withdrawal
        "withdrawLink": _("Withdraw from contract here"),
        "withdrawTitle": _("Withdraw from the contract"),
        "withdrawCheck": _("Check your declaration, then confirm it:"),
        "orderNumber": _("Order number"),
        "confirmWithdrawal": _("Confirm withdrawal"),
        "withdrawDone": _("Your withdrawal is registered"),
        "withdrawAck": _("We received your withdrawal from order {order} on {when}."),
        "withdrawContent": _("Your declaration:"),
        "receivedAt": _("Received on"),
        "reference": _("Reference"),
        "withdrawSubject": _("Withdrawal from order {order} at {shop}: acknowledgement"),
        "withdrawNoticeSubject": _("Withdrawal {number} received"),
        "withdrawNotice": _("A withdrawal declaration ({number}) is waiting: open Échoppe and fetch the orders."),
    }
