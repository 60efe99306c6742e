"""Starting a shop: a new shop file filled from a niche (look, categories, examples, selling set-up).

Used by ``echoppe new`` and by the desktop wizard, so both start shops the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import suppress
from decimal import Decimal
from pathlib import Path

from wizard.domain.model import (
    PaymentSettings,
    Product,
    ProductKind,
    ShippingKind,
    ShippingRate,
    ShippingZone,
    ShopIdentity,
    Variant,
)
from wizard.domain.money import CURRENCIES
from wizard.domain.niches import ExampleProduct, Niche, ShippingSuggestion, niche
from wizard.i18n import EchoppeError, Message, msg, normalise_language
from wizard.store.shopfile import ShopFile

# A sensible start for shipped goods: a tracked parcel in France, free above an amount, and Europe.
DEFAULT_SHIPPING = (
    ShippingSuggestion(ShippingZone.FRANCE, ShippingKind.FREE_ABOVE, Decimal("6.90"), Decimal("60")),
    ShippingSuggestion(ShippingZone.EU, ShippingKind.FLAT, Decimal("14.50")),
)

# The firm delivery deadline a new rate promises (art. L216-1: without one, the terms promise 30 days), counted
# from the order: a few days to pack it at home, then the carrier's usual time. The Shipping page shows it.
DEFAULT_DELIVERY_DAYS: dict[ShippingZone, int] = {
    ShippingZone.FRANCE: 7,
    ShippingZone.EU: 10,
    ShippingZone.WORLD: 21,
}

_RATE_NAMES: dict[ShippingZone, Message] = {
    ShippingZone.FRANCE: msg("Tracked parcel, France"),
    ShippingZone.EU: msg("Tracked parcel, European Union"),
    ShippingZone.WORLD: msg("Tracked parcel, rest of the world"),
}


class NewShopError(EchoppeError):
    """A shop cannot be started with these choices."""


class UnknownNiche(NewShopError):
    """No niche has this id."""


def _check(name: str, niche_id: str, currency: str) -> Niche:
    try:
        chosen = niche(niche_id)
    except KeyError:
        raise UnknownNiche(
            msg("There is no niche called “{niche}”.", niche=niche_id),
            msg("See the valid ids with: echoppe niches"),
        ) from None
    if not name.strip():
        raise NewShopError(msg("Your shop needs a name."), msg("Give it a name, like “Les Bocaux de Léa”."))
    if currency not in CURRENCIES:
        raise NewShopError(
            msg("Échoppe does not know the currency {currency}.", currency=currency),
            msg("Use one of: {currencies}.", currencies=", ".join(CURRENCIES)),
        )
    return chosen


def example_product(example: ExampleProduct, kind: ProductKind, category_id: int | None,
                    today: dt.date | None = None) -> Product:
    """The :class:`Product` an example stands for (not stored)."""
    return Product(
        name=example.name,
        description=example.description,
        price=example.price,
        compare_at_price=example.compare_at_price,
        sku=example.sku,
        stock=example.stock,
        weight_g=example.weight_g,
        category_id=category_id,
        tags=example.tags,
        featured=example.featured,
        option_names=example.option_names,
        variants=tuple(Variant(v.options, v.sku, v.price, None, v.stock) for v in example.variants),
        kind=kind,
        duration_minutes=example.duration_minutes,
        event_date=example.event_date(today),
        location=example.location,
    )


def _chosen_examples(examples: list[ExampleProduct], names: Iterable[str] | None) -> list[ExampleProduct]:
    if names is None:
        return examples
    wanted = list(names)
    known = {e.name for e in examples}
    for name in wanted:
        if name not in known:
            raise NewShopError(
                msg("This niche has no example product called “{name}”.", name=name),
                msg("Choose among: {names}.", names=", ".join(e.name for e in examples)),
            )
    return [e for e in examples if e.name in wanted]


def create_shop(
    path: str | Path,
    name: str,
    niche_id: str,
    lang: str,
    currency: str = "EUR",
    keep_examples: bool = True,
    example_names: Iterable[str] | None = None,
    *,
    today: dt.date | None = None,
) -> ShopFile:
    """Create a shop file started from a niche and return it open (the caller closes it).

    The identity takes the niche's theme, palette and tagline; the niche's categories are created;
    its example products are added when ``keep_examples`` (only those named in ``example_names`` when
    given); goods get a default shipping set-up; ordering by email is on. Everything is written in one
    transaction, and a failure leaves no file behind. ``today`` fixes the examples' dates (tests).
    """
    path = Path(path)
    lang = normalise_language(lang)
    currency = currency.strip().upper()
    chosen = _check(name, niche_id, currency)
    examples = _chosen_examples(chosen.examples(lang), example_names) if keep_examples else []
    identity = ShopIdentity(
        name=name.strip(),
        tagline=chosen.tagline(lang),
        language=lang,
        currency=currency,
        niche=chosen.id,
        theme=chosen.theme,
        primary_color=chosen.primary_color,
        accent_color=chosen.accent_color,
    )
    shop = ShopFile.create(path, identity)
    try:
        with shop.transaction("shop"):
            ids: dict[str, int | None] = {}
            for category in chosen.categories(lang):
                ids[category] = shop.category_for_path(category)
            for example in examples:
                if example.category and example.category not in ids:
                    ids[example.category] = shop.category_for_path(example.category)
            shop.add_products(
                example_product(e, chosen.kind, ids.get(e.category), today) for e in examples
            )
            if chosen.fields.shipping:
                for suggestion in chosen.shipping or DEFAULT_SHIPPING:
                    shop.save_shipping_rate(
                        ShippingRate(
                            name=_RATE_NAMES[suggestion.zone].text(lang),
                            zone=suggestion.zone,
                            kind=suggestion.kind,
                            price=suggestion.price,
                            free_above=suggestion.free_above,
                            max_weight_g=suggestion.max_weight_g,
                            delivery_days=suggestion.delivery_days or DEFAULT_DELIVERY_DAYS[suggestion.zone],
                        )
                    )
            shop.save_settings(
                PaymentSettings(order_by_email=True, payment_links=chosen.kind == ProductKind.DIGITAL)
            )
    except BaseException:
        shop.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with suppress(OSError):
                leftover.unlink()
        raise
    return shop
