"""What every page of the wizard shares: the session, a help box, a scrollable body, autosave."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from wizard.ui.i18n import ui_language
from wizard.ui.session import ShopSession
from wizard.ui.widgets.autosave import Debouncer
from wizard.ui.widgets.common import HelpBox, ProblemLabel

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
        self.scroll_area = scroll
        outer.addWidget(scroll, 1)
        self.outer = outer  # widgets added after the scroll area stay visible (e.g. why Next refused)
        self.why_next = ProblemLabel()  # why "Next" is greyed out, when no field line of its own says it
        self.why_next.setObjectName("whyNext")
        outer.addWidget(self.why_next)
        self._why_labels: list[ProblemLabel] = []
        self.completeChanged.connect(self.show_why_next)
        self._loaded = False
        session.changed.connect(self._on_shop_changed)

    @property
    def lang(self) -> str:
        return ui_language()

    def shop_wizard(self) -> ShopWizard:
        return self.wizard()  # type: ignore[return-value]

    def set_help(self, text: str) -> None:
        self.help_box.setText(text)

    # ------------------------------------------------------------------ why Next is disabled
    def why_not_complete(self) -> tuple[str, ProblemLabel | None] | None:
        """Why the page cannot go on yet, and the line under the field concerned (None: page bottom)."""
        return None

    def show_why_next(self, *_args: object) -> None:
        """Say why Next is disabled, next to the field, only while it is true."""
        reason = self.why_not_complete() if self.session.is_open or self._why_without_shop() else None
        target = (reason[1] or self.why_next) if reason else None
        for label in {id(x): x for x in [*self._why_labels, self.why_next]}.values():
            if label is not target and label.property("whyNext"):
                label.show_problems([])
                label.setProperty("whyNext", False)
        if reason and target is not None:
            if target not in self._why_labels and target is not self.why_next:
                self._why_labels.append(target)
            target.show_problems([reason[0]])
            target.setProperty("whyNext", True)

    def _why_without_shop(self) -> bool:
        """Pages that can explain before a shop is open (the welcome and niche pages)."""
        return False

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
        self.show_why_next()

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
