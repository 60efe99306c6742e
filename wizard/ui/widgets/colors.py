"""Colour helpers: WCAG contrast ratio and a button that picks a colour with QColorDialog."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
MIN_CONTRAST = 4.5  # WCAG AA for body text
SWATCH = QSize(48, 22)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2)."""
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def best_text_on(bg: str) -> str:
    """White or near-black, whichever reads better on ``bg``."""
    return "#ffffff" if contrast_ratio("#ffffff", bg) >= contrast_ratio("#1a1a1a", bg) else "#1a1a1a"


def contrast_problems(primary: str, accent: str, background: str = "#ffffff") -> list[str]:
    """What is too pale (or too dark) to read, with the ratio, in the UI's language."""
    translate = QCoreApplication.translate
    checks = (
        (primary, translate("ContrastCheck", "White text on the main colour")),
        (accent, translate("ContrastCheck", "The accent colour on a white page")),
    )
    problems = []
    for color, what in checks:
        if not _HEX.match(color or ""):
            continue
        ratio = contrast_ratio(color, background)
        if ratio < MIN_CONTRAST:
            problems.append(
                translate("ContrastCheck", "%1 is hard to read: contrast %2:1, at least %3:1 is needed. "
                          "Choose a darker colour.")
                .replace("%1", what).replace("%2", f"{ratio:.1f}").replace("%3", f"{MIN_CONTRAST:g}"))
    return problems


def swatch_icon(color: str, size: QSize = SWATCH) -> QIcon:
    """A plain rectangle of ``color`` with a thin grey edge (so white shows on white)."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#888888"))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return QIcon(pixmap)


class ColorButton(QPushButton):
    """Shows the colour as a swatch next to its name (the code is in the tooltip); click to pick."""

    colorChanged = Signal(str)

    def __init__(self, color: str = "#2f5d50", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = ""
        self.setMinimumWidth(140)
        self.setIconSize(SWATCH)
        self.clicked.connect(self.pick)
        self.set_color(color, emit=False)

    def color(self) -> str:
        return self._color

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.setText(name)

    def set_color(self, color: str, emit: bool = True) -> None:
        if not _HEX.match(color or "") or color.lower() == self._color:
            return
        self._color = color.lower()
        self.setIcon(swatch_icon(self._color))
        self.setToolTip(QCoreApplication.translate("ColorButton", "Colour {code}: click to change it").format(
            code=self._color))
        self.setAccessibleDescription(self._color)
        if emit:
            self.colorChanged.emit(self._color)

    def pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self.window(), self.accessibleName())
        if chosen.isValid():
            self.set_color(chosen.name())
