"""Does a withdrawal declaration come from the customer of its order?

The desk cannot check: anyone can file a declaration against a sequential order number. So the app compares
the name and e-mail typed on the declaration with the order's and, when they differ, flags the declaration
for the merchant to check before refunding. Nothing is ever applied on the strength of a declaration.
"""

from __future__ import annotations

import unicodedata

from wizard.domain.orders import Order, Withdrawal


def _name_key(name: str) -> str:
    """A name as people type it: case, accents, extra spaces and hyphens do not matter."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").casefold().split())


def _email_key(email: str) -> str:
    return email.strip().casefold()


def differs_from_order(order: Order, withdrawal: Withdrawal) -> bool:
    """True when the declaration's name or e-mail is not the order's (check before refunding)."""
    return (_name_key(withdrawal.name) != _name_key(order.customer.name)
            or _email_key(withdrawal.email) != _email_key(order.customer.email))
