"""The Statistics window's charts, drawn by pyqtgraph (QPainter into Qt widgets, in the window's own colours).

pyqtgraph is imported here only, when the window first opens: the wizard starts without it. Each chart
is for looking only (no zoom, no drag, no context menu: nothing a beginner can lose); every number it
draws is also written as text beside it, so a screen reader and a person who cannot tell the colours
apart get them too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QWidget

from wizard.ui.stats.refcount_guard import immortalise

immortalise()  # PySide6 6.12.0 on CPython 3.11 drains None at each call a repaint makes (see the module)

VISITS = "#2f7ebc"  # blue bars; readable on a light and on a dark background
PAGES = "#e07b24"  # an orange line (another shape too: a line, not bars)
BARS = "#3b9c6b"
FUNNEL = ("#2f7ebc", "#8a5cc2", "#3b9c6b")
MAX_NAME = 32


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short(text: str, limit: int = MAX_NAME) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Chart(pg.PlotWidget):
    """A still plot in the palette's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        palette = (parent.palette() if parent is not None else QPalette())
        self.back = palette.color(QPalette.ColorRole.Base)
        self.ink = palette.color(QPalette.ColorRole.Text)
        super().__init__(parent, background=self.back)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1.0, 8.0))
        self.tick_font = font
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(self.ink))
            axis.setTextPen(pg.mkPen(self.ink))
            axis.setTickFont(font)
        self.setMinimumHeight(120)

    def _value_text(self, text: str, x: float, y: float, anchor: tuple[float, float]) -> None:
        label = pg.TextItem(text, color=self.ink, anchor=anchor)
        label.setFont(self.tick_font)
        label.setPos(x, y)
        self.addItem(label)


class DailyChart(_Chart):
    """Visits per day as bars, page views per day as a line, the days named along the bottom."""

    def show_days(self, days: Sequence[dt.date], visits: Sequence[int], pages: Sequence[int],
                  ) -> None:
        item = self.getPlotItem()
        item.clear()
        xs = list(range(len(days)))
        item.addItem(pg.BarGraphItem(x=xs, height=list(visits), width=0.8, brush=VISITS, pen=pg.mkPen(None)))
        item.plot(xs, list(pages), pen=pg.mkPen(PAGES, width=2))
        locale = QLocale()
        step = max(1, round(len(days) / 6))
        fmt = "d MMM" if len(days) <= 90 else "MMM yyyy"
        ticks = [(i, locale.toString(qdate(days[i]), fmt)) for i in range(len(days) - 1, -1, -step)]
        item.getAxis("bottom").setTicks([ticks, []])
        item.getAxis("left").setTicks(None)
        item.setXRange(-0.6, len(days) - 0.4 + len(days) * 0.04, padding=0)  # room for the last day's name
        item.setYRange(0, max([*pages, *visits, 1]) * 1.1, padding=0)


class BarsChart(_Chart):
    """Horizontal bars, the largest on top, their names on the left and their numbers at their end."""

    def __init__(self, colour: str | Sequence[str] = BARS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour

    def show_bars(self, rows: Sequence[tuple[str, int]], notes: Sequence[str] | None = None) -> None:
        item = self.getPlotItem()
        item.clear()
        n = len(rows)
        ys = [n - 1 - i for i in range(n)]
        values = [v for _name, v in rows]
        brushes = ([self.colour[i % len(self.colour)] for i in range(n)] if not isinstance(self.colour, str)
                   else [self.colour] * n)
        if n:
            item.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.62, width=values, brushes=brushes,
                                         pen=pg.mkPen(None)))
        top = max([*values, 1])
        for y, value, i in zip(ys, values, range(n), strict=True):
            text = QLocale().toString(value) + (f" ({notes[i]})" if notes and notes[i] else "")
            self._value_text(text, value + top * 0.01, y, (0, 0.5))
        names = [short(name) for name, _v in rows]
        left = item.getAxis("left")
        left.setTicks([list(zip(ys, names, strict=True)), []])
        metrics = QFontMetrics(self.tick_font)  # the names' room now, not after a first paint
        left.setWidth(max([metrics.horizontalAdvance(name) for name in names] + [20]) + 14)
        item.getAxis("bottom").setTicks(None)
        item.getAxis("bottom").setStyle(showValues=False)
        item.getAxis("bottom").hide()
        item.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        item.setXRange(0, top * 1.7, padding=0)  # room for the numbers at the bars' end
