"""Unicode TrueType fonts for the PDFs Échoppe writes (the book of receipts, the flyer) with fpdf2.

A system DejaVu or Liberation font (Linux), Arial (Windows, macOS) is used when found; without one, the
PDF core Helvetica, which holds Latin-1 only.
"""

from __future__ import annotations

import os
from pathlib import Path

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_MAC_FONTS = Path("/System/Library/Fonts/Supplemental")
# (regular, bold), first present wins.
FONTS = (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
         ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
          "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
         (str(_WINDOWS_FONTS / "arial.ttf"), str(_WINDOWS_FONTS / "arialbd.ttf")),
         (str(_MAC_FONTS / "Arial.ttf"), str(_MAC_FONTS / "Arial Bold.ttf")))


def unicode_font() -> tuple[str, str] | None:
    """The paths of the first (regular, bold) pair present on this computer, or ``None``."""
    return next((f for f in FONTS if Path(f[0]).is_file() and Path(f[1]).is_file()), None)


def latin1(text: str) -> str:
    """``text`` as the core Helvetica can hold it (``€`` spelt ``EUR``, the rest replaced by ``?``)."""
    return text.replace("€", "EUR").encode("latin-1", "replace").decode("latin-1")
