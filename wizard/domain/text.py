"""Characters that have no place in a product's text: control characters and bidi overrides.

C0 controls (but tab and line ends), DEL, C1 controls (``\\x9b`` is an 8-bit terminal escape) and the
Unicode bidi embeddings, overrides and isolates (which make text read differently from how it is
stored, the "Trojan Source" trick) are removed from everything imported.
"""

from __future__ import annotations

import re

CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab, line feed and carriage return kept) or bidi overrides."""
    return CONTROLS.sub("", text) if CONTROLS.search(text) else text
