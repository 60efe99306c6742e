"""What every page of the wizard shares: the session, a help box, a scrollable body, autosave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from wizard.ui.i18n import ui_language
from wizard.ui.session import ShopSession
from wizard.ui.widgets.autosave import Debouncer
from wizard.ui.widgets.common import HelpBox

if TYPE_CHECKING:
    from wizard.ui.wizard import ShopWizard


class BasePage(QWizardPage):
    """A page with a help box on top and its form in a scroll area.

    Subclasses fill ``self.body`` (a QVBoxLayout), implement :meth:`load` (file → widgets) and
    :meth:`save` (widgets → file), and call ``self.autosave.poke`` / ``flush`` from their widgets.
    """

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.autosave = Debouncer(self._save_if_open, parent=self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.help_box = HelpBox()
        outer.addWidget(self.help_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(2, 2, 12, 2)
        self.body.setSpacing(12)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.outer = outer  # widgets added after the scroll area stay visible (e.g. why Next refused)
        self._loaded = False
        session.changed.connect(self._on_shop_changed)

    @property
    def lang(self) -> str:
        return ui_language()

    def shop_wizard(self) -> ShopWizard:
        return self.wizard()  # type: ignore[return-value]

    def set_help(self, text: str) -> None:
        self.help_box.setText(text)

    # ------------------------------------------------------------------ file <-> widgets
    def load(self) -> None:
        """Fill the widgets from the shop file."""

    def save(self) -> None:
        """Write the widgets to the shop file."""

    def _save_if_open(self) -> None:
        if self.session.is_open:
            self.save()

    def initializePage(self) -> None:
        if self.session.is_open:
            with self.autosave.mute():
                self.load()
            self._loaded = True

    def _on_shop_changed(self, _kind: str) -> None:
        """Another page changed the file (e.g. the colours on Look): show it here too.

        Without this, going Back to a page would show its old values, and its next save would write
        them over the newer ones. The current page is never reloaded under the person's fingers.
        """
        wizard = self.wizard()
        if not (self._loaded and self.session.is_open) or wizard is None or wizard.currentPage() is self:
            return
        with self.autosave.mute():
            self.load()

    def cleanupPage(self) -> None:
        # QWizard's default resets fields on Back; our fields live in the file, so keep them.
        self.autosave.flush()

    def validatePage(self) -> bool:
        self.autosave.flush()
        return True
