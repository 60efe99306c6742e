"""Colour arithmetic for the shop's palette: readable text on any brand colour (WCAG 2 contrast)."""

from __future__ import annotations

import re

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")
AA = 4.5


def parse_hex(color: str, default: str = "#2f5d50") -> tuple[int, int, int]:
    """``"#2f5d50"`` → ``(47, 93, 80)``; an invalid colour gives ``default``."""
    match = _HEX.match(color.strip()) or _HEX.match(default)
    assert match is not None
    raw = match.group(1)
    return int(raw[0:2], 16), int(raw[2:4], 16), int(raw[4:6], 16)


def to_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c))) for c in rgb))


def luminance(rgb: tuple[int, int, int]) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (always ≥ 4.5:1 for one of them)."""
    rgb = parse_hex(color)
    return "#ffffff" if contrast(rgb, (255, 255, 255)) >= contrast(rgb, (0, 0, 0)) else "#000000"


def ink_on(color: str, background: str, ratio: float = AA) -> str:
    """``color`` darkened (or lightened) just enough to be readable as text on ``background``."""
    rgb = parse_hex(color)
    bg = parse_hex(background)
    if contrast(rgb, bg) >= ratio:
        return to_hex(rgb)
    target = (0, 0, 0) if luminance(bg) > 0.18 else (255, 255, 255)
    for step in range(1, 21):
        t = step / 20
        mixed = tuple(c + (target[i] - c) * t for i, c in enumerate(rgb))
        candidate = tuple(round(c) for c in mixed)
        if contrast(candidate, bg) >= ratio:  # type: ignore[arg-type]
            return to_hex(candidate)  # type: ignore[arg-type]
    return to_hex(target)
