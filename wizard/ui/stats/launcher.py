"""The wizard's "Statistics" button: shown once a shop is open, beside "Orders"; opens the window.

Kept light: the wizard creates it on every start, and pyqtgraph (with NumPy) is imported only when the
window first opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWizard

from wizard.ui.session import ShopSession

if TYPE_CHECKING:
    from wizard.ui.stats.window import StatsWindow

BUTTON = QWizard.WizardButton.CustomButton2


class StatsLauncher(QObject):
    """Owns the wizard's custom button 2 and the one Statistics window of the open shop."""

    def __init__(self, wizard: QWizard, session: ShopSession) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.session = session
        self.window: StatsWindow | None = None
        self.button = wizard.button(BUTTON)
        self.button.setObjectName("statsButton")
        wizard.customButtonClicked.connect(self._on_button)
        session.opened.connect(self._on_opened)
        self.update_button()

    @Slot()
    def update_button(self) -> None:
        is_open = self.session.is_open
        self.wizard.setOption(QWizard.WizardOption.HaveCustomButton2, is_open)
        if is_open:
            self.wizard.setButtonText(BUTTON, self.tr("Statistics"))
            self.button.setToolTip(self.tr("How many people visit your site, from where, and what they look "
                                           "at, from your host's logs (no cookie, nothing added to your pages)."))

    @Slot()
    def _on_opened(self) -> None:
        if self.window is not None:  # another shop: the old window showed the old one
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.update_button()

    @Slot(int)
    def _on_button(self, which: int) -> None:
        if which == int(BUTTON.value):
            self.open_window()

    def open_window(self) -> StatsWindow:
        from wizard.ui.stats.window import StatsWindow

        if self.window is None:
            self.window = StatsWindow(self.session, self.wizard)
        else:
            self.window.refresh()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window
