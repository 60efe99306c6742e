"""The wheel scrolls the page and never changes an unfocused setting (issue: "Langue du site" flipped)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.wizard_helpers import make_shop, open_shop, start


def _wheel(widget, steps=-3):
    """A real wheel turn over the middle of ``widget`` (negative: towards the user, i.e. scroll down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_combo_scrolls_the_page_instead(qtbot, tmp_path):
    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot)
    window.resize(1000, 560)  # small enough for the Your shop page to scroll
    open_shop(qtbot, window, path)
    page = window.shop_page
    combo = page.language
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be taller than the window for this test"
    page.name_edit.setFocus()
    before_index, before_scroll = combo.currentIndex(), bar.value()
    for _ in range(3):
        _wheel(combo)
    assert combo.currentIndex() == before_index, "an unfocused setting never changes under the wheel"
    assert bar.value() > before_scroll, "the wheel scrolled the page instead"
    assert not combo.hasFocus(), "the wheel does not give it the focus either"
    assert window.session.shop.shop().identity.language == "en"
    # Once the person chose to work on it (focus), the wheel works as usual.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, steps=1 if before_index else -1)
    assert combo.currentIndex() != before_index


def test_spin_boxes_and_every_combo_of_the_app_are_guarded(qtbot, tmp_path):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    path = make_shop(tmp_path / "s.echoppe", niche="crafts", email="lea@example.fr")
    _controller, window = start(qtbot)
    open_shop(qtbot, window, path)
    window.ensure_pages()
    widgets = window.findChildren(QComboBox) + window.findChildren(QAbstractSpinBox)
    assert len(widgets) > 5
    for widget in widgets:
        widget.ensurePolished()
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget.objectName()
