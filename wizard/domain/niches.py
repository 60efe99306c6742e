"""The niche catalogue: data in ``resources/niches/*.json``, one file a niche.

A niche is what a shop sells (pet food, fossils, coaching…). It brings the product fields that apply,
suggested categories, example products, a theme and palette, a tagline and writing hints, in French and
English. The format is described in ``docs/niches.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from wizard.domain.model import ProductKind, ShippingKind, ShippingZone
from wizard.i18n import LANGUAGES, normalise_language
from wizard.paths import resources_dir

THEMES = ("market", "gallery")


class NicheFormatError(ValueError):
    """A niche file is malformed (a programming error in ``resources/niches``, not a user error)."""


@dataclass(frozen=True)
class NicheFields:
    """Which product fields and wizard steps apply to a niche."""

    shipping: bool = True
    weight: bool = True
    variants: bool = True
    stock: bool = True
    duration: bool = False
    dates: bool = False
    location: bool = False
    download: bool = False


@dataclass(frozen=True)
class ExampleVariant:
    """One variant of an example product: option values in the order of the option names."""

    options: tuple[tuple[str, str], ...]
    price: Decimal | None = None
    stock: int | None = None
    sku: str = ""


@dataclass(frozen=True)
class ExampleProduct:
    """A realistic product a new shop starts with (the user may keep or drop it)."""

    name: str
    price: Decimal
    description: str = ""  # Markdown
    category: str = ""  # a category name, "Parent > Child" allowed
    compare_at_price: Decimal | None = None
    sku: str = ""
    tags: tuple[str, ...] = ()
    option_names: tuple[str, ...] = ()
    variants: tuple[ExampleVariant, ...] = ()
    stock: int | None = None
    weight_g: int | None = None
    duration_minutes: int | None = None
    location: str = ""
    starts_in_days: int | None = None  # experiences: the date, counted from the day the shop is made
    start_time: str = "09:00"
    featured: bool = False

    def event_date(self, today: dt.date | None = None) -> dt.datetime | None:
        """The example's date and time, ``starts_in_days`` after ``today``."""
        if self.starts_in_days is None:
            return None
        day = (today or dt.date.today()) + dt.timedelta(days=self.starts_in_days)
        hour, minute = (int(part) for part in self.start_time.split(":"))
        return dt.datetime.combine(day, dt.time(hour, minute))


@dataclass(frozen=True)
class ShippingSuggestion:
    """A shipping rate a new goods shop starts with."""

    zone: ShippingZone
    kind: ShippingKind
    price: Decimal
    free_above: Decimal | None = None
    max_weight_g: int | None = None
    delivery_days: int | None = None  # the firm deadline the terms promise (None: the zone's usual one)


@dataclass(frozen=True)
class Niche:
    id: str
    kind: ProductKind
    icon: str
    theme: str
    primary_color: str
    accent_color: str
    fields: NicheFields
    order: int = 100
    shipping: tuple[ShippingSuggestion, ...] = ()
    texts: dict[str, dict[str, Any]] = field(repr=False, default_factory=dict, hash=False, compare=False)

    def _t(self, key: str, lang: str) -> Any:
        texts = self.texts.get(normalise_language(lang)) or self.texts.get("en") or {}
        return texts.get(key)

    def name(self, lang: str) -> str:
        return self._t("name", lang) or self.id

    def description(self, lang: str) -> str:
        """One line for the niche's card."""
        return self._t("description", lang) or ""

    def categories(self, lang: str) -> list[str]:
        return list(self._t("categories", lang) or [])

    def hints(self, lang: str) -> list[str]:
        return list(self._t("hints", lang) or [])

    def tagline(self, lang: str) -> str:
        return self._t("tagline", lang) or ""

    def icon_path(self) -> Path:
        """The niche's SVG icon."""
        return resources_dir() / "icons" / self.icon

    def examples(self, lang: str) -> list[ExampleProduct]:
        return [_example(item, self.id) for item in self._t("examples", lang) or []]


def _decimal(value: Any, where: str) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise NicheFormatError(f"{where}: {value!r} is not an amount") from exc


def _days(value: Any, where: str) -> int | None:
    """A delivery deadline in whole days (1–90), or None when the niche gives none."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 90:
        raise NicheFormatError(f"{where}: {value!r} is not a delivery deadline in days (1 to 90)")
    return value


def _example(item: dict[str, Any], niche_id: str) -> ExampleProduct:
    where = f"niche {niche_id}, example {item.get('name')!r}"
    option_names = tuple(item.get("option_names", ()))
    variants = []
    for raw in item.get("variants", ()):
        options = raw.get("options", {})
        if tuple(options) != option_names:
            raise NicheFormatError(f"{where}: variant options {list(options)} differ from {list(option_names)}")
        variants.append(
            ExampleVariant(
                options=tuple((name, str(options[name])) for name in option_names),
                price=_decimal(raw["price"], where) if raw.get("price") is not None else None,
                stock=raw.get("stock"),
                sku=raw.get("sku", ""),
            )
        )
    compare = item.get("compare_at_price")
    return ExampleProduct(
        name=item["name"],
        price=_decimal(item["price"], where),
        description=item.get("description", ""),
        category=item.get("category", ""),
        compare_at_price=_decimal(compare, where) if compare is not None else None,
        sku=item.get("sku", ""),
        tags=tuple(item.get("tags", ())),
        option_names=option_names,
        variants=tuple(variants),
        stock=item.get("stock"),
        weight_g=item.get("weight_g"),
        duration_minutes=item.get("duration_minutes"),
        location=item.get("location", ""),
        starts_in_days=item.get("starts_in_days"),
        start_time=item.get("start_time", "09:00"),
        featured=bool(item.get("featured", False)),
    )


_REQUIRED_TEXTS = ("name", "description", "tagline", "categories", "examples", "hints")


def load_niche(path: Path) -> Niche:
    """Read one niche file, checking its shape; raises :class:`NicheFormatError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise NicheFormatError(f"{path.name}: {exc}") from exc
    try:
        texts = data["texts"]
        for lang in LANGUAGES:
            missing = [key for key in _REQUIRED_TEXTS if key not in texts.get(lang, {})]
            if missing:
                raise NicheFormatError(f"{path.name}: texts.{lang} lacks {', '.join(missing)}")
        theme = data.get("theme", "market")
        if theme not in THEMES:
            raise NicheFormatError(f"{path.name}: unknown theme {theme!r}")
        shipping = tuple(
            ShippingSuggestion(
                zone=ShippingZone(s["zone"]),
                kind=ShippingKind(s["kind"]),
                price=_decimal(s["price"], path.name),
                free_above=_decimal(s["free_above"], path.name) if s.get("free_above") else None,
                max_weight_g=s.get("max_weight_g"),
                delivery_days=_days(s.get("delivery_days"), path.name),
            )
            for s in data.get("shipping", ())
        )
        result = Niche(
            id=data["id"],
            kind=ProductKind(data["kind"]),
            icon=data.get("icon", "other.svg"),
            theme=theme,
            primary_color=data["palette"]["primary"],
            accent_color=data["palette"]["accent"],
            fields=NicheFields(**data.get("fields", {})),
            order=int(data.get("order", 100)),
            shipping=shipping,
            texts=texts,
        )
        for lang in LANGUAGES:
            result.examples(lang)  # parse now so a bad example fails here, not in a shop
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, NicheFormatError):
            raise
        raise NicheFormatError(f"{path.name}: {exc!r}") from exc
    if result.id != path.stem:
        raise NicheFormatError(f"{path.name}: the id {result.id!r} must match the file name")
    return result


@cache
def catalogue() -> tuple[Niche, ...]:
    """All niches, in display order ("other" last)."""
    niches = [load_niche(p) for p in sorted((resources_dir() / "niches").glob("*.json"))]
    niches.sort(key=lambda n: (n.id == "other", n.order, n.id))
    return tuple(niches)


def niche(niche_id: str) -> Niche:
    """The niche with this id; raises KeyError when unknown."""
    for n in catalogue():
        if n.id == niche_id:
            return n
    raise KeyError(niche_id)


def niche_ids() -> list[str]:
    return [n.id for n in catalogue()]
