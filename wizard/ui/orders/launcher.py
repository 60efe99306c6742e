"""The wizard's "Orders" button: shown once a shop is open, with the count of new orders; opens the window.

Kept light (no store import at start-up): the wizard creates it on every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWizard

from wizard.ui.session import ShopSession

if TYPE_CHECKING:
    from wizard.ui.orders.window import OrdersWindow

BUTTON = QWizard.WizardButton.CustomButton1


class OrdersLauncher(QObject):
    """Owns the wizard's custom button 1 and the one Orders window of the open shop."""

    def __init__(self, wizard: QWizard, session: ShopSession) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.session = session
        self.window: OrdersWindow | None = None
        self.button = wizard.button(BUTTON)
        self.button.setObjectName("ordersButton")
        wizard.customButtonClicked.connect(self._on_button)
        session.opened.connect(self._on_opened)
        session.changed.connect(self._on_changed)
        self.update_button()

    def new_count(self) -> int:
        if not self.session.is_open:
            return 0
        from wizard.store.orders import count_new

        return count_new(self.session.shop)

    @Slot()
    def update_button(self) -> None:
        """Show the button only with an open shop; its text says how many new orders wait."""
        is_open = self.session.is_open
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton1, is_open)
        if not is_open:
            return
        count = self.new_count()
        text = self.tr("Orders ({count} new)").format(count=count) if count else self.tr("Orders")
        self.wizard.setButtonText(BUTTON, text)
        self.button.setToolTip(self.tr("See, fetch and handle your shop's orders, at any time."))

    @Slot()
    def _on_opened(self) -> None:
        if self.window is not None:  # another shop: the old window showed the old one
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.update_button()

    @Slot(str)
    def _on_changed(self, kind: str) -> None:
        if kind == "orders":
            self.update_button()

    @Slot(int)
    def _on_button(self, which: int) -> None:
        if which == int(BUTTON.value):
            self.open_window()

    def open_window(self) -> OrdersWindow:
        from wizard.ui.orders.window import OrdersWindow

        if self.window is None:
            self.window = OrdersWindow(self.session, self.wizard)
        else:
            self.window.refresh()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window
