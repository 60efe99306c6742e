"""Web addresses: only ``http(s)://host/…`` ever reaches a page, a setting or the command line.

A ``javascript:``, ``data:`` or ``file:`` address pasted, imported or stored in a received shop
file would turn every link using it into code or a local file; one rule decides, everywhere.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from wizard.i18n import EchoppeError, msg

SCHEMES = ("http", "https")
MAX_LENGTH = 2000


class InvalidAddress(EchoppeError):
    """A web address that is not ``http://`` or ``https://`` followed by a server name."""


def is_web_url(text: object) -> bool:
    """True for an absolute ``http(s)`` address with a host and no space or control character."""
    if not isinstance(text, str) or not text or len(text) > MAX_LENGTH:
        return False
    if any(c.isspace() or not c.isprintable() for c in text) or "\\" in text:
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(host) and not parts.username and not parts.password


def web_url(text: str, field: str = "") -> str:
    """``text`` stripped when it is empty or a web address; :class:`InvalidAddress` otherwise."""
    value = text.strip() if isinstance(text, str) else ""
    if value and not is_web_url(value):
        shown = "".join(c if c.isprintable() else "?" for c in value[:60])
        raise InvalidAddress(
            msg("The address “{address}” is not a web address.", address=shown),
            msg("Use an address starting with https:// (copy it from your browser's address bar)."),
        )
    return value


def is_address_draft(text: object) -> bool:
    """True for what a settings field may hold while the merchant types: empty, a web address, a
    text without any scheme yet (``www.example.fr``), or one starting ``http:``/``https:``.

    Never a ``javascript:``, ``data:`` or ``file:`` address. A draft is not a link: pages only use
    :func:`safe_web_url`.
    """
    if not isinstance(text, str) or len(text) > MAX_LENGTH or any(not c.isprintable() for c in text):
        return False
    value = text.strip()
    lowered = value.lower()
    return not value or is_web_url(value) or ":" not in value or lowered.startswith(("http:", "https:"))


def address_draft(text: str) -> str:
    """``text`` when :func:`is_address_draft`; :class:`InvalidAddress` otherwise (nothing is saved)."""
    if not is_address_draft(text):
        web_url(text if isinstance(text, str) else "\x00")
    return text


def safe_web_url(text: object) -> str:
    """An address read back from a file: itself when it is a web address, else empty (no link)."""
    return text.strip() if isinstance(text, str) and is_web_url(text.strip()) else ""
