"""Price fields that say, right under them, why what is typed is not a price."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from wizard.domain.money import NotAnAmount, parse_amount
from wizard.ui.i18n import ui_language
from wizard.ui.widgets.common import ProblemLabel


class AmountCheck(QObject):
    """Watches a price field: while its text is not exactly one price, the reason shows under it.

    ``field`` is the widget to put in the form: the line edit with its message line under it, or (with
    ``stacked=False``, for narrow fields in a row) the edit alone, ``problem`` then placed by the caller.
    """

    def __init__(self, edit: QLineEdit, parent: QObject | None = None, stacked: bool = True) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self.problem = ProblemLabel()
        self.problem.setObjectName(f"{edit.objectName() or 'amount'}Problem")
        self.field: QWidget = edit
        if stacked:
            self.field = QWidget()
            layout = QVBoxLayout(self.field)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(edit)
            layout.addWidget(self.problem)
            self.field.setFocusProxy(edit)
        edit.textChanged.connect(self.refresh)

    def reason(self) -> str:
        """Why the text is not a price, in the person's language; empty when it is one (or empty)."""
        try:
            parse_amount(self.edit.text())
        except NotAnAmount as exc:
            return exc.text(ui_language())
        return ""

    def refresh(self, *_args: object) -> None:
        """Show or clear the message (only while it is true)."""
        reason = self.reason()
        self.problem.show_problems([reason] if reason else [])
        self.edit.setAccessibleDescription(reason)

    def value(self) -> Decimal | None:
        """The price typed (``None`` when empty); raises :class:`NotAnAmount` with the reason."""
        return parse_amount(self.edit.text())

