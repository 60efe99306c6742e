"""Give a window or dialog its preferred size, but never more than the screen can show.

A 1280×720 screen (many small laptops and projectors) has about 1280×680 left once the task bar is counted
(``QScreen.availableGeometry``), and the window's title bar and borders take more of it. A window opened
taller than that has its buttons under the task bar, where a beginner never finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# Room kept for what the window system adds around a window: borders (a few pixels each side) and the title
# bar (about 30 px on common desktops). Used before the window is shown, when its real frame is not known.
DECORATIONS = QSize(16, 40)


def fitted_size(preferred: QSize, available: QSize, minimum: QSize | None = None,
                decorations: QSize = DECORATIONS) -> QSize:
    """``preferred``, shrunk to ``available`` minus the decorations; never below ``minimum`` when given
    (a minimum larger than the screen loses: the window must fit first)."""
    room = (available - decorations).expandedTo(QSize(1, 1))
    size = preferred.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    return size


def fitted_position(size: QSize, available: QRect, decorations: QSize = DECORATIONS) -> QPoint:
    """The top-left corner that centres a window of ``size`` (plus its decorations) in ``available``."""
    outer = size + decorations
    x = available.x() + max((available.width() - outer.width()) // 2, 0)
    y = available.y() + max((available.height() - outer.height()) // 2, 0)
    return QPoint(x, y)


def resize_to_fit(window: QWidget, preferred: QSize, minimum: QSize | None = None) -> QSize:
    """Resize ``window`` to ``preferred`` or less so that it fits its screen's free area, and, for a top
    window, place it inside that area (a dialog is left to Qt, which centres it on its parent and keeps it
    on the screen). Call it before ``show()``. Returns the size given."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen): the preferred size
        window.resize(preferred)
        return preferred
    available = screen.availableGeometry()
    size = fitted_size(preferred, available.size(), minimum)
    if minimum is not None:
        window.setMinimumSize(minimum.boundedTo(size))
    window.resize(size)
    if window.isWindow() and not isinstance(window, QDialog):
        window.move(fitted_position(size, available))
    return size
