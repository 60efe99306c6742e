"""Deciding a CSV file's text encoding on evidence, and saying so when the evidence is not clear.

A byte order mark names the encoding (UTF-8, UTF-16, UTF-32). Without one, a file that is valid
UTF-8 is UTF-8; a file with NUL bytes laid out like UTF-16 or UTF-32 is read as such. A file that is
*mostly* UTF-8 with a few bad bytes is neither: it is refused with the lines holding the bad bytes
(:class:`MixedEncoding`), and the person chooses (``encoding="utf-8"`` then reads each bad byte as
Windows-1252 and names those lines in a warning). A file without any UTF-8 is Windows-1252, unless its
high bytes come in runs like the letters of a non-Western alphabet (Shift-JIS, GBK, Cyrillic…): that
is recognised and refused (:class:`UnsupportedEncoding`) rather than stored as garbage.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from wizard.i18n import msg
from wizard.transfer.results import UnreadableFile

AUTO = "auto"
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Named when a file looks non-Western: tried in this order, the first that decodes is the guess.
_GUESSES = ("shift_jis", "euc_jp", "gbk", "big5", "euc_kr", "cp1251")
_MAX_LINES_NAMED = 10
_CP1252_FALLBACK = "echoppe-cp1252"
_REPLACEMENT_UTF8 = "\ufffd".encode()
_MAX_REPAIRED_LINES = 1000
_SAMPLE = 256 * 1024
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ALONE = re.compile(rb"(?<![\x80-\xff])[\x80-\xff](?![\x80-\xff])")  # a high byte between plain ones


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: each byte UTF-8 cannot read is read as Windows-1252 (latin-1 for the 5 holes)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), error.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


class MixedEncoding(UnreadableFile):
    """Mostly UTF-8, with bytes that are not: the person must choose how to read those lines."""

    def __init__(self, lines: tuple[int, ...]) -> None:
        super().__init__(
            msg("This file is written in UTF-8 except on line(s) {lines}, which hold characters in another "
                "encoding.", lines=_lines_text(lines)),
            msg("Correct those lines and save the file again as UTF-8, or import it choosing the UTF-8 "
                "encoding (--encoding utf-8): those characters are then read as Windows-1252."),
        )
        self.lines = lines


class UnsupportedEncoding(UnreadableFile):
    """The text is in an encoding Échoppe does not read by itself (an East Asian or Cyrillic one)."""

    def __init__(self, guess: str) -> None:
        super().__init__(
            msg("This file's letters are not in an encoding Échoppe recognises by itself (it looks like "
                "{guess}).", guess=guess),
            msg("In your spreadsheet, save it as \"CSV UTF-8\", or name its encoding (--encoding {guess}).",
                guess=guess),
        )
        self.guess = guess


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read with, and the lines whose bytes were repaired."""

    text: str
    encoding: str
    repaired_lines: tuple[int, ...] = ()


def _lines_text(lines: tuple[int, ...]) -> str:
    shown = ", ".join(str(n) for n in lines[:_MAX_LINES_NAMED])
    return shown + (", …" if len(lines) > _MAX_LINES_NAMED else "")


def has_nul_layout(raw: bytes) -> str | None:
    """``utf-16-le``/``-be`` or ``utf-32-le``/``-be`` when the NUL bytes of ``raw`` lie where those put them."""
    sample = raw[:4096]
    size = len(sample) - len(sample) % 4
    if size < 4:
        return None
    zeros = [sum(1 for i in range(k, size, 4) if sample[i] == 0) / (size // 4) for k in range(4)]
    if zeros[2] > 0.9 and zeros[3] > 0.99 and zeros[0] < 0.1:
        return "utf-32-le"
    if zeros[0] > 0.99 and zeros[1] > 0.9 and zeros[3] < 0.1:
        return "utf-32-be"
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if odd > 0.6 and even < 0.05:
        return "utf-16-le"
    if even > 0.6 and odd < 0.05:
        return "utf-16-be"
    return None


def _bad_byte_lines(raw: bytes) -> tuple[int, int, tuple[int, ...]]:
    """How many non-ASCII characters of ``raw`` are valid UTF-8, how many runs of bytes are not, and
    the lines holding those (the first :data:`_MAX_REPAIRED_LINES`).

    Counted with C-speed string operations: the decoder replaces each bad run with U+FFFD.
    """
    text = raw.decode("utf-8", errors="replace")
    genuine = raw.count(_REPLACEMENT_UTF8)  # U+FFFD written in the file itself
    bad = text.count("\ufffd") - genuine
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - bad  # a U+FFFD written in the file is a valid character
    lines: list[int] = []
    if bad:
        position, line, counted_to = text.find("\ufffd"), 1, 0
        while position >= 0 and len(lines) < _MAX_REPAIRED_LINES:
            line += text.count("\n", counted_to, position)
            counted_to = position
            if not lines or lines[-1] != line:
                lines.append(line)
            position = text.find("\ufffd", position + 1)
    return valid, bad, tuple(lines)


def _looks_non_western(raw: bytes) -> bool:
    """True when most high bytes sit next to another one: the letters of a non-Latin script.

    In French or German Windows-1252 text an accented letter stands between plain ones (``Crème``);
    in Shift-JIS, GBK or Windows-1251 nearly every letter is one or two high bytes in a row. The
    first :data:`_SAMPLE` bytes are evidence enough.
    """
    sample = raw[:_SAMPLE]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if high < 8:
        return False
    alone = len(_ALONE.findall(sample))
    return high - alone > 0.6 * high


def _guess(raw: bytes) -> str:
    for name in _GUESSES:
        try:
            raw.decode(name)
        except UnicodeDecodeError:
            continue
        return name.replace("_", "-").upper()
    return "SHIFT-JIS"


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UnreadableFile(
            msg("This file is not valid {encoding}: line {line} holds a byte that is not.",
                encoding=encoding, line=line),
            msg("Choose another encoding, or let Échoppe detect it."),
        ) from exc


def decode(raw: bytes, encoding: str = AUTO) -> Decoded:
    """The text of ``raw`` read with ``encoding``, or with the encoding its bytes show (``auto``)."""
    if encoding != AUTO:
        return _decode_as(raw, encoding)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return Decoded(_strict(raw, name), name)
    layout = has_nul_layout(raw)
    if layout is not None:
        return Decoded(_strict(raw, layout), layout)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    valid, bad, lines = _bad_byte_lines(raw)
    if valid and valid >= bad:
        raise MixedEncoding(lines)
    if _looks_non_western(raw):
        raise UnsupportedEncoding(_guess(raw))
    return Decoded(raw.decode("cp1252", errors=_CP1252_FALLBACK), "cp1252")


def _decode_as(raw: bytes, encoding: str) -> Decoded:
    """``raw`` read as the encoding the person chose (UTF-8: bad bytes as Windows-1252, their lines named)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise UnreadableFile(
            msg("\"{encoding}\" is not an encoding name.", encoding=encoding),
            msg("Use a name such as utf-8, cp1252, latin-1 or shift_jis, or auto."),
        ) from exc
    if name == "utf-8":
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            return Decoded(raw.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            _, _, lines = _bad_byte_lines(raw)
        return Decoded(raw.decode("utf-8", errors=_CP1252_FALLBACK), "utf-8", lines)
    if name == "cp1252":
        return Decoded(raw.decode("cp1252", errors=_CP1252_FALLBACK), "cp1252")
    return Decoded(_strict(raw, name), name)
