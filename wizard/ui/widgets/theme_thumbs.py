"""Theme thumbnails drawn from the merchant's own shop: its name, tagline, colours, categories, photo.

The pictures shipped with a theme show a demo shop; in the wizard a beginner should see *their* shop
in each layout, so the thumbnail is a small drawing of the theme's home page filled with their data.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from wizard.ui.widgets.colors import best_text_on

DRAWN = QSize(240, 150)  # the drawing's own coordinates, scaled to the size asked for
THUMB = QSize(288, 180)
SERIF_THEMES = frozenset({"gallery"})  # themes with serif headings, lines and plenty of white


@dataclass(frozen=True)
class ShopLook:
    """What a thumbnail shows of the shop."""

    name: str
    tagline: str
    primary: str
    accent: str
    categories: tuple[str, ...] = ()
    photo: QImage | None = None


def _font(painter: QPainter, size: float, *, bold: bool = False, serif: bool = False) -> None:
    font = QFont(painter.font())
    if serif:
        font.setFamilies(["DejaVu Serif", "Liberation Serif", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPixelSize(max(6, round(size)))
    font.setBold(bold)
    painter.setFont(font)


def _text(painter: QPainter, rect: QRect, text: str, flags: Qt.AlignmentFlag) -> None:
    """Draw ``text`` elided to ``rect``'s width (a long shop name never runs off the thumbnail)."""
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(flags | Qt.AlignmentFlag.AlignVCenter), elided)


def _picture(painter: QPainter, rect: QRect, look: ShopLook, radius: float) -> None:
    """The shop's photo, cropped to fill ``rect``; a soft block of its accent colour without one."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(rect), radius, radius)
    painter.save()
    painter.setClipPath(path)
    if look.photo is not None and not look.photo.isNull():
        photo = look.photo
        # The middle of the photo with the rectangle's proportions (drawn scaled, so crisp when enlarged).
        ratio = rect.width() / rect.height()
        cw = min(photo.width(), round(photo.height() * ratio))
        ch = min(photo.height(), round(photo.width() / ratio))
        source = QRect((photo.width() - cw) // 2, (photo.height() - ch) // 2, cw, ch)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, photo, source)
    else:
        accent = QColor(look.accent)  # a pale wash of the accent colour where the photo will go
        painter.fillRect(rect, QColor.fromRgbF(*(0.75 + 0.25 * c for c in (accent.redF(), accent.greenF(),
                                                                          accent.blueF()))))
    painter.restore()


def shop_thumbnail(theme_id: str, look: ShopLook, size: QSize = THUMB) -> QPixmap:
    """A drawing of the home page of ``look``'s shop in theme ``theme_id``."""
    w, h = DRAWN.width(), DRAWN.height()
    serif = theme_id in SERIF_THEMES
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#ffffff" if serif else "#fbf6ee"))
    painter = QPainter(pixmap)
    painter.scale(size.width() / w, size.height() / h)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    primary, accent = QColor(look.primary), QColor(look.accent)
    ink = QColor("#1f1f1f")
    name = look.name or "…"

    # Top banner (the coupon strip), then the header with the shop's name.
    banner = QRect(0, 0, w, 10)
    painter.fillRect(banner, accent if not serif else primary)
    header = QRect(8, 12, w - 16, 18)
    painter.setPen(ink)
    _font(painter, 9, bold=not serif, serif=serif)
    _text(painter, header, name, Qt.AlignmentFlag.AlignLeft)
    if serif:
        painter.setPen(QColor("#d9d9d9"))
        painter.drawLine(0, 32, w, 32)
    # Hero: the name large and the tagline on the left, the photo on the right.
    left = QRect(10, 36, w // 2 - 14, 34)
    painter.setPen(ink)
    _font(painter, 12.5, bold=not serif, serif=serif)
    if painter.fontMetrics().boundingRect(left, int(Qt.TextFlag.TextWordWrap), name).height() > left.height():
        _text(painter, left, name, Qt.AlignmentFlag.AlignLeft)  # too long for two lines: elided on one
    else:
        painter.drawText(left, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), name)
    painter.setPen(QColor("#555555"))
    _font(painter, 7.5, serif=serif)
    _text(painter, QRect(10, 71, w // 2 - 14, 12), look.tagline, Qt.AlignmentFlag.AlignLeft)
    button = QRect(10, 87, 54, 10)
    if serif:
        painter.fillRect(button, ink)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(primary)
        painter.drawRoundedRect(button, 5, 5)
    _picture(painter, QRect(w // 2 + 2, 38, w // 2 - 12, 62), look, 0 if serif else 5)
    # Categories: bold coloured tiles (market) or thin framed cards (gallery).
    names = list(look.categories[:2]) or [""]
    tile_w = (w - 20 - 6 * (len(names) - 1)) // len(names)
    for i, category in enumerate(names):
        tile = QRect(10 + i * (tile_w + 6), 108, tile_w, h - 114)
        colour = primary if i % 2 == 0 else accent
        if serif:
            painter.setPen(QColor("#d9d9d9"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(tile)
            painter.setPen(ink)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(tile, 5, 5)
            painter.setPen(QColor(best_text_on(colour.name())))
        _font(painter, 8, bold=True, serif=serif)
        _text(painter, tile.adjusted(6, 0, -6, 0), category, Qt.AlignmentFlag.AlignLeft)
    painter.end()
    return pixmap
