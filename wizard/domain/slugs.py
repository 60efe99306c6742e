"""URL slugs: ASCII, lower case, readable, unique within a shop."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_NON_WORD = re.compile(r"[^a-z0-9]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o"})


def slugify(text: str, fallback: str = "item") -> str:
    """``"Pâtée pour chat — 400 g"`` → ``"patee-pour-chat-400-g"``."""
    text = text.translate(_LIGATURES)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    return slug[:80].rstrip("-") or fallback


def unique_slug(text: str, taken: Container[str], fallback: str = "item") -> str:
    """A slug for ``text`` that is not in ``taken`` (``-2``, ``-3``… appended as needed)."""
    base = slugify(text, fallback)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
