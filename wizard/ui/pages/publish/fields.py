"""Form building blocks of the publish page: a label that hides when empty, and the field rows
(label + widget + optional hint + optional problem line) every form of the page repeats."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from wizard.ui.widgets.common import ProblemLabel, hint


class AutoLabel(QLabel):
    """A label that takes no room while it has nothing to say."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setVisible(bool(text))

    def setText(self, text: str) -> None:  # Qt naming
        super().setText(text)
        self.setVisible(bool(text))


@dataclass(frozen=True)
class FieldRow:
    """The widgets of one form row."""

    edit: QLineEdit
    hint: QLabel | None
    problem: ProblemLabel | None


def add_row(form: QFormLayout, label: str, widget: QWidget, name: str) -> QWidget:
    """Name ``widget`` (tests and screen readers find it by name) and add it under ``label``."""
    widget.setObjectName(name)
    form.addRow(label, widget)
    return widget


def add_field(form: QFormLayout, label: str, name: str, *, placeholder: str = "", accessible: str = "",
              help_text: str = "", problem: bool = False) -> FieldRow:
    """A named line edit under ``label``, then its grey hint and its problem line when asked for."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if accessible:
        edit.setAccessibleName(accessible)
    add_row(form, label, edit, name)
    note = None
    if help_text:
        note = hint(help_text)
        form.addRow("", note)
    line = None
    if problem:
        line = ProblemLabel()
        line.setObjectName(f"{name}Problem")
        form.addRow("", line)
    return FieldRow(edit, note, line)
