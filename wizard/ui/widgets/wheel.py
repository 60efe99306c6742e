"""The mouse wheel scrolls the page; it never changes a setting the person is not working on.

One application-wide event filter: combo boxes, spin boxes (and date edits) and sliders take the wheel
only while they have the keyboard focus; otherwise the wheel is handed to the scroll area around them.
They also stop taking the focus from the wheel, so scrolling over one cannot "select" it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """Event filter on the application (see :func:`install_wheel_guard`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QScrollBar):  # scroll bars are what the wheel is for
            return False
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            widget: QWidget = watched
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED) and not _focused(watched):
            assert isinstance(event, QWheelEvent)
            _scroll_instead(watched, event)
            return True  # the widget itself never sees it
        return False


def _scroll_instead(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area holding ``widget`` (the page), as if turned over it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            viewport = parent.viewport()
            local = viewport.mapFromGlobal(event.globalPosition().toPoint())
            QApplication.sendEvent(viewport, QWheelEvent(
                QPointF(local), event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted()))
            return
        parent = parent.parentWidget()


def _focused(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


_state: dict[str, WheelGuard] = {}


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once on ``app`` (idempotent)."""
    guard = _state.get("guard")
    if guard is None:
        guard = _state["guard"] = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
