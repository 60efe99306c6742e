"""The niche catalogue: data in ``resources/niches/*.json``, one file a niche."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from wizard.domain.model import ProductKind
from wizard.i18n import normalise_language
from wizard.paths import resources_dir


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
class ExampleProduct:
    name: str
    price: Decimal
    description: str = ""
    category: str = ""
    option_names: tuple[str, ...] = ()
    variants: tuple[dict[str, Any], ...] = ()  # {"options": {...}, "price": "…", "stock": n}
    stock: int | None = None
    weight_g: int | None = None
    duration_minutes: int | None = None
    location: str = ""


@dataclass(frozen=True)
class Niche:
    id: str
    kind: ProductKind
    icon: str
    theme: str
    primary_color: str
    accent_color: str
    fields: NicheFields
    texts: dict[str, dict[str, Any]] = field(repr=False, default_factory=dict)

    def _t(self, key: str, lang: str) -> Any:
        texts = self.texts.get(normalise_language(lang)) or self.texts.get("en") or {}
        return texts.get(key)

    def name(self, lang: str) -> str:
        return self._t("name", lang) or self.id

    def description(self, lang: str) -> str:
        return self._t("description", lang) or ""

    def categories(self, lang: str) -> list[str]:
        return list(self._t("categories", lang) or [])

    def hints(self, lang: str) -> list[str]:
        return list(self._t("hints", lang) or [])

    def tagline(self, lang: str) -> str:
        return self._t("tagline", lang) or ""

    def examples(self, lang: str) -> list[ExampleProduct]:
        result = []
        for item in self._t("examples", lang) or []:
            result.append(
                ExampleProduct(
                    name=item["name"],
                    price=Decimal(str(item["price"])),
                    description=item.get("description", ""),
                    category=item.get("category", ""),
                    option_names=tuple(item.get("option_names", ())),
                    variants=tuple(item.get("variants", ())),
                    stock=item.get("stock"),
                    weight_g=item.get("weight_g"),
                    duration_minutes=item.get("duration_minutes"),
                    location=item.get("location", ""),
                )
            )
        return result


def _load(path: Path) -> Niche:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Niche(
        id=data["id"],
        kind=ProductKind(data["kind"]),
        icon=data.get("icon", "other.svg"),
        theme=data.get("theme", "market"),
        primary_color=data["palette"]["primary"],
        accent_color=data["palette"]["accent"],
        fields=NicheFields(**data.get("fields", {})),
        texts=data["texts"],
    )


@cache
def catalogue() -> tuple[Niche, ...]:
    """All niches, in display order ("other" last)."""
    niches = [_load(p) for p in sorted((resources_dir() / "niches").glob("*.json"))]
    niches.sort(key=lambda n: (n.id == "other", n.id))
    return tuple(niches)


def niche(niche_id: str) -> Niche:
    """The niche with this id; raises KeyError when unknown."""
    for n in catalogue():
        if n.id == niche_id:
            return n
    raise KeyError(niche_id)
