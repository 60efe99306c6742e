"""Translations for the layers below the UI (domain messages, CLI, site texts).

Catalogues are gettext ``.po`` files under ``resources/locale/<lang>/LC_MESSAGES/<domain>.po``.
They are compiled in memory with Babel when first used, so no binary ``.mo`` file can go stale.
"""

from __future__ import annotations

import gettext
import hashlib
import io
import locale
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from wizard.paths import resources_dir

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def normalise_language(lang: str | None) -> str:
    """Map ``fr_FR.UTF-8``, ``en-GB``… to a language Échoppe ships (French by default)."""
    if not lang:
        return DEFAULT_LANGUAGE
    short = lang.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The user's language from the environment (``ECHOPPE_LANG`` wins), French by default."""
    for var in ("ECHOPPE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return normalise_language(value)
    try:
        loc = locale.getlocale()[0]
    except ValueError:
        loc = None
    return normalise_language(loc)


@cache
def translations(lang: str, domain: str = "echoppe") -> gettext.NullTranslations:
    """The gettext translations of ``domain`` for ``lang`` (English msgids: a null catalogue).

    The ``.po`` is compiled with Babel once per content: the compiled catalogue is kept in the user's
    cache under the hash of the ``.po``'s bytes, so it can never be stale, and a command's start-up
    (``echoppe --help``) does not parse 100 kB of ``.po`` each time.
    """
    po_path = resources_dir() / "locale" / lang / "LC_MESSAGES" / f"{domain}.po"
    if not po_path.is_file():
        return gettext.NullTranslations()
    po_bytes = po_path.read_bytes()
    cached = _compiled_path(lang, domain, po_bytes)
    try:
        return gettext.GNUTranslations(io.BytesIO(cached.read_bytes()))
    except (OSError, ValueError, IndexError, UnicodeDecodeError, struct.error):
        pass  # not compiled yet, or a damaged cache file: compile again
    mo_bytes = _compile_po(po_bytes, lang, domain)
    _write_quietly(cached, mo_bytes)
    return gettext.GNUTranslations(io.BytesIO(mo_bytes))


def _compiled_path(lang: str, domain: str, po_bytes: bytes) -> Path:
    from wizard.paths import cache_dir

    digest = hashlib.blake2b(po_bytes, digest_size=16).hexdigest()
    return cache_dir() / "catalogues" / f"{lang}-{domain}-{digest}.mo"


def _compile_po(po_bytes: bytes, lang: str, domain: str) -> bytes:
    from babel.messages.mofile import write_mo  # only when a catalogue changed
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po_bytes), locale=lang, domain=domain)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    return buf.getvalue()


def _write_quietly(path: Path, data: bytes) -> None:
    """Write ``path`` atomically; a cache that cannot be written (read-only home) is only slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass


def gettext_for(lang: str, domain: str = "echoppe") -> Callable[[str], str]:
    """Return a ``_`` function for ``lang``."""
    return translations(normalise_language(lang), domain).gettext


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


@dataclass(frozen=True)
class Message:
    """A user-facing message, translated when shown: an English msgid plus named parameters."""

    msgid: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (the system language when omitted)."""
        lang = lang or system_language()
        template: str = gettext_for(lang)(self.msgid)
        if not self.params:
            return template
        # A parameter that is itself a Message (a reason) is told in the same language.
        params = {k: v.text(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        return str(template.format(**params))

    def __str__(self) -> str:
        return self.text()


def msg(msgid: str, **params: Any) -> Message:
    """Build a :class:`Message`; ``msgid`` is extracted into the catalogues."""
    return Message(msgid, params)


class EchoppeError(Exception):
    """Base of Échoppe's own errors: carries a translatable headline and what to do next."""

    def __init__(self, message: Message, hint: Message | None = None) -> None:
        super().__init__(message.text("en"))
        self.message = message
        self.hint = hint

    def text(self, lang: str | None = None) -> str:
        """Headline and hint, in ``lang``."""
        parts = [self.message.text(lang)]
        if self.hint is not None:
            parts.append(self.hint.text(lang))
        return " ".join(parts)
