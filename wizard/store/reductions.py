"""The compare-at (former) price a merchant may set, checked against the shop file's price history
(art. L112-1-1): refused unless it is the lowest price of the 30 days before the reduction began."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from wizard.domain.model import Product
from wizard.domain.money import format_plain
from wizard.domain.pricing import Reduction, prospective, reduction
from wizard.i18n import Message, msg
from wizard.store.shopfile import ShopFile, variant_key


@dataclass(frozen=True)
class CompareAtProblem:
    """A former price the history does not support, and the one it would accept (None: none)."""

    where: str  # the product's name, or "name (variant)"
    asked: Decimal
    accepted: Decimal | None
    message: Message


def accepted_former_price(shop: ShopFile, product: Product, variant_index: int | None = None,
                          now: dt.datetime | None = None) -> Reduction | None:
    """The reduction ``product`` (or one variant) may show once saved with its current price."""
    moment = now or dt.datetime.now(dt.UTC)
    history = shop.price_history(product.id) if product.id else {}
    if variant_index is None:
        key, price = "", product.price
    else:
        v = product.variants[variant_index]
        key, price = variant_key(v), v.price if v.price is not None else product.price
    return reduction(prospective(history.get(key, ()), price, moment))


def _parts(product: Product) -> dict[str, tuple[Decimal, Decimal | None]]:
    """(price, former price) of the product and each variant, by variant key."""
    parts = {"": (product.price, product.compare_at_price)}
    for v in product.variants:
        parts[variant_key(v)] = (v.price if v.price is not None else product.price, v.compare_at_price)
    return parts


def compare_at_problems(shop: ShopFile, product: Product, before: Product | None = None,
                        now: dt.datetime | None = None) -> list[CompareAtProblem]:
    """Every former price of ``product`` (itself, each variant) the price history does not support.

    With ``before`` (the product as stored), only the parts whose price or former price changed are
    checked: an old unsupported former price elsewhere is not shown on the site anyway, and the
    checklist names it."""
    problems: list[CompareAtProblem] = []
    old = _parts(before) if before is not None else {}
    parts: list[tuple[int | None, Decimal | None, str]] = [(None, product.compare_at_price, product.name)]
    parts += [(i, v.compare_at_price, f"{product.name} ({v.label()})") for i, v in enumerate(product.variants)]
    keys = ["", *(variant_key(v) for v in product.variants)]
    current = _parts(product)
    for (index, asked, where), key in zip(parts, keys, strict=True):
        if asked is None or (before is not None and old.get(key) == current[key]):
            continue
        r = accepted_former_price(shop, product, index, now)
        if r is not None and r.former == asked:
            continue
        if r is None:
            message = msg(
                "The former price {asked} of “{name}” cannot be shown: its price has not gone down below the "
                "lowest price of the 30 days before. The law (art. L112-1-1) allows no other former price. "
                "Remove it, or lower the price itself.", asked=format_plain(asked), name=where)
        else:
            message = msg(
                "The former price of “{name}” must be {accepted}, the lowest price of the 30 days before the "
                "reduction began on {day} (art. L112-1-1), not {asked}. Use {accepted}: the site then shows "
                "-{percent} %.", name=where, accepted=format_plain(r.former), day=r.began.date().isoformat(),
                asked=format_plain(asked), percent=r.percent)
        problems.append(CompareAtProblem(where, asked, r.former if r else None, message))
    return problems
