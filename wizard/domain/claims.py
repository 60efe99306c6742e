"""Generic environmental claims banned by Directive (EU) 2024/825 (annex I, point 4a of the unfair
commercial practices directive) from 27 September 2026: a claim such as "eco-friendly" with no
recognised excellent environmental performance to back it. The build warns when a text uses one."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Generic claims, French and English (compared without accents, case-insensitively).
GENERIC_CLAIMS: tuple[str, ...] = (
    "éco-responsable", "écoresponsable", "eco-responsable", "écologique", "écolo", "respectueux de "
    "l'environnement", "respectueuse de l'environnement", "respectueux de la planète", "ami de la planète",
    "bon pour la planète", "vert", "verte", "green", "eco-friendly", "eco friendly", "ecofriendly",
    "environmentally friendly", "environment friendly", "planet friendly", "planet-friendly",
    "climate friendly", "climate-friendly", "nature friendly", "biodégradable", "biodegradable",
    "neutre en carbone", "neutre en co2", "carbon neutral", "climate neutral", "climatiquement neutre",
    "zéro impact", "zero impact", "durable", "sustainable", "conscious", "eco", "éco",
)  # fmt: skip
# Words that are claims only in some uses: "vert"/"green" as a colour is fine, "durable" means
# long-lasting in French. They are reported only next to an environmental word.
CONTEXT_ONLY = frozenset({"vert", "verte", "green", "durable", "eco", "éco", "conscious"})
CONTEXT_WORDS = ("planète", "planet", "environnement", "environment", "nature", "climat", "climate",
                 "emballage", "packaging", "mode", "fashion", "produit", "product", "choix", "choice")


class _WithoutMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    if decomposed.isascii():  # most texts: nothing to drop (a build folds every product's texts)
        return decomposed.casefold()
    return decomposed.translate(_WITHOUT_MARKS).casefold()


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted({_fold(w) for w in GENERIC_CLAIMS}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def _in_context(word: str, window: str) -> bool:
    """Whether an ambiguous word (a colour, "long-lasting") is used as an environmental claim."""
    if word in _COLOUR_WORDS:
        return any(c in window for c in ("planet", "environ", "nature", "climat"))
    return any(_fold(c) in window for c in CONTEXT_WORDS)


_COLOUR_WORDS = frozenset({"vert", "verte", "green"})


@cache
def _ambiguous() -> frozenset[str]:
    return frozenset(_fold(w) for w in CONTEXT_ONLY)


def find_claims(text: str) -> list[str]:
    """The generic environmental claims ``text`` makes (accents and case folded), in order, once each."""
    folded = _fold(text)
    ambiguous = _ambiguous()
    found: list[str] = []
    for match in _pattern().finditer(folded):
        word = match.group(0)
        window = folded[max(0, match.start() - 40) : match.end() + 40]
        if word in ambiguous and not _in_context(word, window):
            continue
        if word not in found:
            found.append(word)
    return found
