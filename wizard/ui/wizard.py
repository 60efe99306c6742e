"""The wizard window: stable page ids, the branching between them, a step list on the side.

Branching (``ShopWizard.nextId``):
- Welcome → Niche for a new shop; → Your shop when an existing shop was opened; → Publish when the
  person clicked "Publish my changes" on a shop published before.
- Selling → Shipping only when the shop's niche ships goods (a service, an experience or a download
  has no shipping); otherwise straight to Look. Dates, places and durations are product fields, shown
  in the product editor for the niches that use them.
- Look → Publish (a commit page owned by the publish UI) → end.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTextBrowser, QWidget, QWizard

from wizard.paths import resources_dir
from wizard.ui.help import HELP_OBJECT_NAME, help_details, help_text
from wizard.ui.session import ShopSession, StartMode


class PageId(IntEnum):
    WELCOME = 0
    NICHE = 1
    SHOP = 2
    PRODUCTS = 3
    SELLING = 4
    SHIPPING = 5
    LOOK = 6
    PUBLISH = 7


def app_icon() -> QIcon:
    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in ("echoppe.svg", "echoppe-256.png", "echoppe-128.png", "echoppe-64.png", "echoppe-48.png",
                 "echoppe.png"):
        if (icons / name).is_file():
            icon.addFile(str(icons / name))
    return icon


class StepList(QListWidget):
    """The steps on the side, the current one highlighted; a step already visited is a click away."""

    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFixedWidth(230)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setIconSize(QSize(16, 16))
        self.itemClicked.connect(self._clicked)

    def set_steps(self, steps: list[tuple[PageId, str]], visited: set[int] | None = None) -> None:
        self.clear()
        for number, (page_id, title) in enumerate(steps, start=1):
            item = QListWidgetItem(f"{number}.  {title}")
            item.setData(Qt.ItemDataRole.UserRole, int(page_id))
            item.setSizeHint(QSize(210, 36))
            if visited is not None and int(page_id) not in visited:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setToolTip(self.tr("Go back to this step"))
            self.addItem(item)

    def set_current(self, page_id: int) -> None:
        palette = self.palette()
        for i in range(self.count()):
            item = self.item(i)
            current = item.data(Qt.ItemDataRole.UserRole) == page_id
            font = item.font()
            font.setBold(current)
            item.setFont(font)
            if current:  # both colours from the palette, so a dark desktop theme stays readable
                item.setForeground(palette.text())
                item.setBackground(palette.base())
            else:
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                item.setData(Qt.ItemDataRole.BackgroundRole, None)

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.stepClicked.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class ShopWizard(QWizard):
    """The whole journey, from opening a shop to publishing it."""

    languageRequested = Signal(str)

    @property
    def start_mode(self) -> StartMode:
        """What the person chose on the welcome page (held by the session, which every page has)."""
        return self.session.start_mode

    @start_mode.setter
    def start_mode(self, mode: StartMode) -> None:
        self.session.start_mode = mode

    def __init__(self, session: ShopSession | None = None, parent: QWidget | None = None,
                 lazy: bool = False) -> None:
        """Build the wizard; with ``lazy`` only the welcome page exists until :meth:`ensure_pages`.

        The app starts lazily so the first page shows at once; the other pages (the publish page
        imports paramiko and keyring) are added right after the window is on screen.
        """
        super().__init__(parent)
        from wizard.ui.pages.welcome import WelcomePage

        self.session = session or ShopSession(self)
        self.setObjectName("shopWizard")
        self.setWindowTitle(self.tr("Échoppe — open your shop"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("Help (F1)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Publish"))
        # Next and Back keep their mnemonics; Help is on F1 so its letter stays free for the pages.
        QShortcut(QKeySequence("F1"), self).activated.connect(self.toggle_help)
        self.setMinimumSize(900, 600)  # a 1366×768 laptop, with its title and task bars
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))

        self.welcome_page = WelcomePage(self.session)
        self.setPage(PageId.WELCOME, self.welcome_page)
        self.setStartId(PageId.WELCOME)
        self._pages_ready = False

        self._visited: set[int] = {int(PageId.WELCOME)}
        self.steps = StepList()
        self.steps.stepClicked.connect(self.jump_to)
        self.setSideWidget(self.steps)
        self._refresh_steps()
        self.currentIdChanged.connect(self._on_page_changed)
        self.helpRequested.connect(self.toggle_help)
        self.session.opened.connect(self._refresh_steps)
        self.session.changed.connect(self._on_shop_changed)
        from wizard.ui.orders.launcher import OrdersLauncher

        self.orders = OrdersLauncher(self, self.session)  # the "Orders" button, once a shop is open
        from wizard.ui.stats.launcher import StatsLauncher

        self.stats = StatsLauncher(self, self.session)  # "Statistics" beside it (charts load on first open)
        if not lazy:
            self.ensure_pages()

    @property
    def pages_ready(self) -> bool:
        return self._pages_ready

    def ensure_pages(self) -> None:
        """Add every page after the welcome page (once)."""
        if self._pages_ready:
            return
        from wizard.ui.pages.look import LookPage
        from wizard.ui.pages.niche import NichePage
        from wizard.ui.pages.products import ProductsPage
        from wizard.ui.pages.publish import PublishPage
        from wizard.ui.pages.selling import SellingPage, ShippingPage
        from wizard.ui.pages.shop import ShopPage

        self.niche_page = NichePage(self.session)
        self.shop_page = ShopPage(self.session)
        self.products_page = ProductsPage(self.session)
        self.selling_page = SellingPage(self.session)
        self.shipping_page = ShippingPage(self.session)
        self.look_page = LookPage(self.session)
        self.publish_page = PublishPage(self.session)
        for page_id, page in (
            (PageId.NICHE, self.niche_page),
            (PageId.SHOP, self.shop_page),
            (PageId.PRODUCTS, self.products_page),
            (PageId.SELLING, self.selling_page),
            (PageId.SHIPPING, self.shipping_page),
            (PageId.LOOK, self.look_page),
            (PageId.PUBLISH, self.publish_page),
        ):
            self.setPage(page_id, page)
        self._pages_ready = True
        self._refresh_steps()

    def next(self) -> None:
        self.ensure_pages()
        super().next()

    # ------------------------------------------------------------------ branching
    def needs_shipping(self) -> bool:
        """True when the shop's niche ships goods (decides whether the Shipping page is shown)."""
        from wizard.domain import niches

        niche_id = None
        if self.session.is_open:
            niche_id = self.session.shop.shop().identity.niche
        elif self._pages_ready and self.niche_page.selected_niche_id():
            niche_id = self.niche_page.selected_niche_id()
        try:
            return niches.niche(niche_id or "other").fields.shipping
        except KeyError:
            return True

    def nextId(self) -> int:
        current = self.currentId()
        if current == PageId.WELCOME:
            if self.session.start_mode == StartMode.PUBLISH_NOW:
                return PageId.PUBLISH
            return PageId.SHOP if self.session.start_mode == StartMode.OPEN else PageId.NICHE
        if current == PageId.NICHE:
            return PageId.SHOP
        if current == PageId.SHOP:
            return PageId.PRODUCTS
        if current == PageId.PRODUCTS:
            return PageId.SELLING
        if current == PageId.SELLING:
            return PageId.SHIPPING if self.needs_shipping() else PageId.LOOK
        if current == PageId.SHIPPING:
            return PageId.LOOK
        if current == PageId.LOOK:
            return PageId.PUBLISH
        return -1

    # ------------------------------------------------------------------ side panel and help
    def step_titles(self) -> list[tuple[PageId, str]]:
        steps = [
            (PageId.WELCOME, self.tr("Welcome")),
            (PageId.NICHE, self.tr("What you sell")),
            (PageId.SHOP, self.tr("Your shop")),
            (PageId.PRODUCTS, self.tr("Products")),
            (PageId.SELLING, self.tr("Selling")),
        ]
        if self.needs_shipping():
            steps.append((PageId.SHIPPING, self.tr("Shipping")))
        steps += [(PageId.LOOK, self.tr("Look")), (PageId.PUBLISH, self.tr("Publish"))]
        if self.session.start_mode != StartMode.NEW:
            steps = [s for s in steps if s[0] != PageId.NICHE]
        return steps

    def _refresh_steps(self) -> None:
        if self.session.is_open and self.session.start_mode != StartMode.NEW and self.currentId() > 0:
            # A shop made before: every step was filled in then, so every step is a click away.
            self._visited |= {int(page_id) for page_id, _title in self.step_titles()}
        self.steps.set_steps(self.step_titles(), self._visited)
        self.steps.set_current(max(self.currentId(), 0))

    def _on_page_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self._visited.add(page_id)
        self._refresh_steps()

    def jump_to(self, page_id: int) -> None:
        """Go to a step already visited: back through the history, or forward as Next would."""
        if page_id not in self._visited or page_id == self.currentId():
            return
        if page_id in self.visitedIds():
            while self.currentId() != page_id:
                self.back()
            return
        for _step in range(len(self.pageIds()) + 1):
            before = self.currentId()
            self.next()
            if self.currentId() in (page_id, before):
                return  # arrived, or a page refused to go on (it says why)

    def _on_shop_changed(self, kind: str) -> None:
        if kind == "identity":
            self._refresh_steps()

    def toggle_help(self) -> None:
        """F1 / Help: show or hide the page's detailed help inside its help box."""
        page = self.currentPage()
        box = getattr(page, "help_box", None)
        if box is None:
            return
        text = help_text(page.objectName())
        if not text:
            box.setVisible(not box.isVisible())
            return
        details = box.findChild(QTextBrowser, HELP_OBJECT_NAME)
        if details is None:
            details = help_details(box)
            box.layout().addWidget(details)
        details.setHtml(text)
        details.setVisible(not details.isVisible())
        box.setVisible(True)

    # ------------------------------------------------------------------ autosave on the way out
    def flush(self) -> None:
        """Save what is waiting in every page and open editor (before closing or switching language)."""
        from wizard.ui.widgets.autosave import Debouncer

        for debouncer in self.findChildren(Debouncer):
            debouncer.flush()

    def keyPressEvent(self, event) -> None:
        # A dialog closes on Escape; here it would close the whole app under a beginner's fingers.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.flush()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.flush()
        super().done(result)
