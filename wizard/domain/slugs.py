"""URL slugs: ASCII, lower case, readable, unique within a shop."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

_NON_WORD = re.compile(r"[^a-z0-9]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o", "Ø": "o"})


MAX_LENGTH = 80
_SAFE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Names Windows refuses for a file whatever the extension (``CON.html``): many merchants copy their
# site folder to or from a Windows machine, and some hosts run on one.
RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)


def is_safe_slug(slug: object) -> bool:
    """True for a slug that is safe as a file name everywhere: ``[a-z0-9-]``, short, not reserved.

    Lower-case ASCII only, so two slugs never collide on a case-insensitive or normalising file system.
    """
    return (
        isinstance(slug, str)
        and len(slug) <= MAX_LENGTH
        and _SAFE.fullmatch(slug) is not None
        and slug not in RESERVED
    )


def slugify(text: str, fallback: str = "item") -> str:
    """``"Pâtée pour chat — 400 g"`` → ``"patee-pour-chat-400-g"`` (always :func:`is_safe_slug`)."""
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", ascii_text.casefold()).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    if slug in RESERVED:
        slug = f"{slug}-{slugify(fallback, 'item')}"
    return slug if is_safe_slug(slug) else slugify(fallback, "item") if fallback != "item" else "item"


def unique_slug(text: str, taken: Container[str], fallback: str = "item") -> str:
    """A slug for ``text`` that is not in ``taken`` (``-2``, ``-3``… appended as needed)."""
    base = slugify(text, fallback)
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[: MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        n += 1
