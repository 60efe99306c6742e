"""What you sell: the niche catalogue as cards; the choice pre-fills categories, examples and the look."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from wizard.domain.niches import Niche, catalogue
from wizard.i18n import EchoppeError
from wizard.store.shopfile import ShopFile
from wizard.ui.pages.base import BasePage
from wizard.ui.session import ShopSession
from wizard.ui.widgets.common import ProblemLabel, hint

NICHE_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
CARD = QSize(262, 150)


class NicheCardDelegate(QStyledItemDelegate):
    """Paints a niche as a card: icon, name in bold, a one-line description."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(6, 6, -6, -6)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(highlight if selected or focused else QColor("#c9c4bb"))
        painter.setBrush(QColor("#eef4f1") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 10, 10)
        if selected:
            painter.setPen(highlight)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 9, 9)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon) and not icon.isNull():
            icon.paint(painter, QRect(rect.left() + 10, rect.top() + 12, 34, 34))
        painter.setPen(QColor("#1f1f1f"))
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRect(rect.left() + 52, rect.top() + 8, rect.width() - 58, 44),
                         Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                         index.data(Qt.ItemDataRole.DisplayRole))
        painter.setFont(option.font)
        painter.setPen(QColor("#4a4a4a"))
        painter.drawText(QRect(rect.left() + 12, rect.top() + 56, rect.width() - 22, rect.height() - 60),
                         Qt.TextFlag.TextWordWrap, index.data(DESCRIPTION_ROLE) or "")
        painter.restore()


class NichePage(BasePage):
    """Choose what the shop sells; for a new shop, keep or drop the niche's example products."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("nichePage")
        self.setTitle(self.tr("What do you sell?"))
        self.setSubTitle(self.tr("Pick the card closest to your activity. You can change everything later."))
        self.set_help(self.tr(
            "Your choice fills in a starting point: categories, a few example products you can keep or "
            "drop, colours and a theme. It also decides which questions come next: goods need shipping, "
            "a service has a duration, a workshop or an event has a date and a place, a download needs "
            "neither."))
        self.cards = QListWidget()
        self.cards.setObjectName("nicheCards")
        self.cards.setAccessibleName(self.tr("Kinds of shop"))
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setUniformItemSizes(True)
        self.cards.setWrapping(True)
        self.cards.setSpacing(4)
        self.cards.setItemDelegate(NicheCardDelegate(self.cards))
        self.cards.setMinimumHeight(290)
        lang = self.lang
        for niche in catalogue():
            item = QListWidgetItem(niche.name(lang))
            item.setData(NICHE_ROLE, niche.id)
            item.setData(DESCRIPTION_ROLE, niche.description(lang))
            item.setToolTip(niche.description(lang))
            icon_file = niche.icon_path()
            if icon_file is not None and icon_file.is_file():
                item.setIcon(QIcon(str(icon_file)))
            self.cards.addItem(item)
        self.body.addWidget(self.cards, 1)

        self.summary = QLabel()
        self.summary.setObjectName("nicheSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)

        self.examples_title = QLabel(self.tr("&Example products to keep (untick the ones you don't want):"))
        self.examples = QListWidget()
        self.examples.setObjectName("exampleProducts")
        self.examples.setAccessibleName(self.tr("Example products to keep"))
        self.examples.setMaximumHeight(84)
        self.examples_title.setBuddy(self.examples)
        self.body.addWidget(self.examples_title)
        self.body.addWidget(self.examples)
        self.created_note = hint(self.tr(
            "Your shop file is created. Changing this choice now changes the look and the steps, "
            "not your products."))
        self.created_note.hide()
        self.body.addWidget(self.created_note)
        self.problem = ProblemLabel()
        self.body.addWidget(self.problem)
        self._shown_niche: str | None = None
        self.cards.currentItemChanged.connect(self._on_niche_changed)
        # A click moves the current item before selecting it: refresh once the selection is there too.
        self.cards.itemSelectionChanged.connect(self._on_niche_changed)

    # ------------------------------------------------------------------ state
    def selected_niche_id(self) -> str | None:
        item = self.cards.currentItem()
        return item.data(NICHE_ROLE) if item is not None and item.isSelected() else None

    def selected_niche(self) -> Niche | None:
        niche_id = self.selected_niche_id()
        return next((n for n in catalogue() if n.id == niche_id), None)

    def select_niche(self, niche_id: str) -> bool:
        for i in range(self.cards.count()):
            if self.cards.item(i).data(NICHE_ROLE) == niche_id:
                self.cards.setCurrentRow(i)
                self.cards.item(i).setSelected(True)
                return True
        return False

    def kept_examples(self) -> list[str]:
        return [
            self.examples.item(i).text()
            for i in range(self.examples.count())
            if self.examples.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_niche_changed(self, *_args: object) -> None:
        niche = self.selected_niche()
        shown = niche.id if niche is not None else None
        if shown == self._shown_niche:
            self.completeChanged.emit()
            return  # the same card again (current item, then selection): keep the ticks
        self._shown_niche = shown
        self.examples.clear()
        if niche is not None:
            lang = self.lang
            self.summary.setText(self.tr("Categories to start with: %1").replace(
                "%1", ", ".join(niche.categories(lang)) or "—"))
            for example in niche.examples(lang):
                item = QListWidgetItem(example.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.examples.addItem(item)
        else:
            self.summary.clear()
        self.completeChanged.emit()

    # ------------------------------------------------------------------ QWizardPage
    def initializePage(self) -> None:
        created = self.session.is_open
        self.examples.setEnabled(not created)
        self.examples_title.setVisible(not created)
        self.examples.setVisible(not created)
        self.created_note.setVisible(created)
        if created:
            self.select_niche(self.session.shop.shop().identity.niche)
        elif self.selected_niche_id() is None:
            self.cards.setFocus()

    def isComplete(self) -> bool:
        return self.selected_niche_id() is not None

    def why_not_complete(self):
        if self.selected_niche_id() is None:
            return self.tr("Choose what you sell (one of the cards) to go on."), None
        return None

    def _why_without_shop(self) -> bool:
        return True

    def validatePage(self) -> bool:
        niche = self.selected_niche()
        if niche is None:
            return False
        if self.session.is_open:
            self._apply_to_open_shop(niche)
            return True
        welcome = self.shop_wizard().welcome_page
        path = welcome.new_shop_path()
        if path is None:
            return False
        try:
            shop = _create_shop(path, welcome.new_shop_name(), niche, self.lang, self.kept_examples())
        except EchoppeError as exc:
            self.problem.show_problems([exc.text(self.lang)])
            return False
        except OSError as exc:
            self.problem.show_problems([self.tr("The shop file could not be created: %1. Choose another "
                                                "folder on the first page.").replace("%1", exc.strerror or
                                                                                    str(exc))])
            return False
        self.problem.show_problems([])
        self.session.attach(shop)
        return True

    def _apply_to_open_shop(self, niche: Niche) -> None:
        shop = self.session.shop
        identity = shop.shop().identity
        if identity.niche != niche.id:
            shop.save_settings(replace(identity, niche=niche.id, theme=niche.theme,
                                       primary_color=niche.primary_color, accent_color=niche.accent_color))


def _create_shop(path, name: str, niche: Niche, lang: str, examples: list[str]) -> ShopFile:
    """Create the shop through the shared service (the same as ``echoppe new``)."""
    from wizard.store.newshop import create_shop

    return create_shop(path, name, niche.id, lang, keep_examples=bool(examples), example_names=examples)
