"""The 14 allergens of annex II of Regulation (EU) 1169/2011, and where they occur in a list of
ingredients, so that the product page can emphasise them (art. 21: a typeset that clearly
distinguishes them from the rest of the list)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Annex II, in its order; each with the words (French and English) that name it or its usual forms.
ALLERGENS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gluten", ("gluten", "blé", "froment", "seigle", "orge", "avoine", "épeautre", "kamut", "wheat", "rye",
                "barley", "oats", "oat", "spelt")),
    ("crustaceans", ("crustacé", "crustacés", "crevette", "crevettes", "crabe", "homard", "langoustine",
                     "crustaceans", "shrimp", "prawn", "prawns", "crab", "lobster")),
    ("eggs", ("oeuf", "oeufs", "œuf", "œufs", "egg", "eggs")),
    ("fish", ("poisson", "poissons", "anchois", "thon", "saumon", "fish", "anchovy", "tuna", "salmon")),
    ("peanuts", ("arachide", "arachides", "cacahuète", "cacahuètes", "peanut", "peanuts")),
    ("soybeans", ("soja", "soy", "soya", "soybeans")),
    ("milk", ("lait", "beurre", "crème", "fromage", "lactose", "lactosérum", "milk", "butter", "cream",
              "cheese", "whey")),
    ("nuts", ("fruits à coque", "amande", "amandes", "noisette", "noisettes", "noix", "cajou", "pécan",
              "pistache", "pistaches", "macadamia", "nuts", "almond", "almonds", "hazelnut", "hazelnuts",
              "walnut", "walnuts", "cashew", "pecan", "pistachio", "pistachios")),
    ("celery", ("céleri", "celery")),
    ("mustard", ("moutarde", "mustard")),
    ("sesame", ("sésame", "sesame")),
    ("sulphites", ("sulfite", "sulfites", "anhydride sulfureux", "sulphite", "sulphites", "sulfur dioxide",
                   "sulphur dioxide")),
    ("lupin", ("lupin",)),
    ("molluscs", ("mollusque", "mollusques", "moule", "moules", "huître", "huîtres", "calmar", "seiche",
                  "molluscs", "mussel", "mussels", "oyster", "oysters", "squid")),
)  # fmt: skip


@dataclass(frozen=True)
class Segment:
    text: str
    allergen: str = ""  # the annex II group when this part names an allergen


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted({w for _, names in ALLERGENS for w in names}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@cache
def _group_of() -> dict[str, str]:
    return {unicodedata.normalize("NFC", w).casefold(): group for group, names in ALLERGENS for w in names}


def split_allergens(ingredients: str) -> list[Segment]:
    """``ingredients`` cut into plain parts and allergen names (each tagged with its group)."""
    text = unicodedata.normalize("NFC", ingredients)
    segments: list[Segment] = []
    last = 0
    for match in _pattern().finditer(text):
        if match.start() > last:
            segments.append(Segment(text[last:match.start()]))
        segments.append(Segment(match.group(0), _group_of()[match.group(0).casefold()]))
        last = match.end()
    if last < len(text):
        segments.append(Segment(text[last:]))
    return segments


def allergens_in(ingredients: str) -> list[str]:
    """The annex II groups named in ``ingredients``, in annex order."""
    found = {s.allergen for s in split_allergens(ingredients) if s.allergen}
    return [group for group, _ in ALLERGENS if group in found]
