"""Look: the theme (with thumbnails), the palette, and a preview of the real generated site."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.site.themes import ThemeInfo, available_themes
from wizard.ui.pages.base import BasePage
from wizard.ui.preview import PreviewPane
from wizard.ui.session import ShopSession
from wizard.ui.widgets.colors import ColorButton, contrast_problems
from wizard.ui.widgets.common import ProblemLabel, hint
from wizard.ui.widgets.theme_thumbs import THUMB, ShopLook, shop_thumbnail

THEME_ROLE = Qt.ItemDataRole.UserRole

# Ready-made pairs, all readable (white text on the main colour, the accent on white: ≥ 4.5:1).
PALETTES = (
    ("Forest", "#2f5d50", "#a8472f"),
    ("Terracotta", "#8a3b24", "#1f5f6b"),
    ("Ocean", "#1d4e89", "#b4451f"),
    ("Plum", "#5b2a5e", "#2e6b3a"),
    ("Charcoal", "#2b2d31", "#b03a2e"),
    ("Olive", "#4f5a1f", "#8a3b6b"),
)


def palette_icon(primary: str, accent: str) -> QIcon:
    pixmap = QPixmap(QSize(36, 20))
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, 24, 20, QColor(primary))
    painter.fillRect(24, 0, 12, 20, QColor(accent))
    painter.end()
    return QIcon(pixmap)


def _themes() -> list[ThemeInfo]:
    return list(available_themes())


class LookPage(BasePage):
    """Choose how the site looks, and see it."""

    preview_inside: bool | None = None  # preview inside the app? None: when QtWebEngine is installed

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("lookPage")
        self.setTitle(self.tr("The look of your site"))
        self.setSubTitle(self.tr("Pick a theme and your colours, then look at your shop as customers will."))
        self.set_help(self.tr(
            "A theme decides the layout: a market stall with big photos, a gallery for creations… Your "
            "colours go on top. Every theme works on phones. “Preview my shop” builds the real site on "
            "your computer only: nothing is sent to the Web before you publish."))
        self._photo: QImage | None = None
        self.themes = QListWidget()
        self.themes.setObjectName("themeList")
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.setViewMode(QListView.ViewMode.IconMode)
        self.themes.setIconSize(THUMB)
        self.themes.setGridSize(THUMB + QSize(24, 44))
        self.themes.setMovement(QListView.Movement.Static)
        self.themes.setResizeMode(QListView.ResizeMode.Adjust)
        self.themes.setWordWrap(True)
        self.themes.setFixedHeight(THUMB.height() + 60)
        self.body.addWidget(self.themes)
        self.theme_description = QLabel()
        self.theme_description.setObjectName("themeDescription")
        self.theme_description.setWordWrap(True)
        self.body.addWidget(self.theme_description)

        palette = QFormLayout()
        colors = QHBoxLayout()
        self.primary = ColorButton()
        self.primary.setObjectName("lookPrimaryColor")
        self.primary.setAccessibleName(self.tr("Main colour"))
        self.accent = ColorButton()
        self.accent.setObjectName("lookAccentColor")
        self.accent.setAccessibleName(self.tr("Accent colour"))
        colors.addWidget(self.primary)
        colors.addWidget(self.accent)
        colors.addStretch(1)
        palette.addRow(self.tr("Colours:"), colors)
        presets = QHBoxLayout()
        names = {
            "Forest": self.tr("Forest"), "Terracotta": self.tr("Terracotta"), "Ocean": self.tr("Ocean"),
            "Plum": self.tr("Plum"), "Charcoal": self.tr("Charcoal"), "Olive": self.tr("Olive"),
        }
        self.palette_buttons: list[QPushButton] = []
        for key, primary, accent in PALETTES:
            button = QPushButton(palette_icon(primary, accent), names[key])
            button.setObjectName(f"palette{key}")
            button.setIconSize(QSize(36, 20))
            button.setToolTip(self.tr("Use %1 and %2").replace("%1", primary).replace("%2", accent))
            button.clicked.connect(lambda _checked=False, p=primary, a=accent: self.use_palette(p, a))
            presets.addWidget(button)
            self.palette_buttons.append(button)
        presets.addStretch(1)
        palette.addRow(self.tr("Ready-made:"), presets)
        self.contrast_warning = ProblemLabel()
        self.contrast_warning.setObjectName("lookContrastWarning")
        palette.addRow("", self.contrast_warning)
        palette.addRow("", hint(self.tr("The same colours as on the “Your shop” page; the site darkens a colour "
                                        "by itself when text on it would be hard to read.")))
        self.body.addLayout(palette)

        preview_box = QVBoxLayout()
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview my shop"))
        self.preview_button.setObjectName("previewButton")
        row.addWidget(self.preview_button)
        row.addStretch(1)
        preview_box.addLayout(row)
        self.preview_pane: PreviewPane | None = None
        self.preview_holder = QVBoxLayout()
        preview_box.addLayout(self.preview_holder, 1)
        self.body.addLayout(preview_box)
        self.problem = ProblemLabel()
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

        self.themes.currentItemChanged.connect(self._theme_changed)
        self.primary.colorChanged.connect(self._colors_changed)
        self.accent.colorChanged.connect(self._colors_changed)
        self.preview_button.clicked.connect(self.show_preview)

    def _fill_themes(self) -> None:
        self.themes.blockSignals(True)
        self.themes.clear()
        lang = self.lang
        for info in _themes():
            item = QListWidgetItem(info.name(lang))
            item.setData(THEME_ROLE, info.id)
            item.setToolTip(info.description(lang))
            self.themes.addItem(item)
        self.themes.blockSignals(False)

    def shop_look(self) -> ShopLook:
        """The merchant's own shop as the thumbnails draw it (with the first product photo found)."""
        shop = self.session.shop
        identity = shop.shop().identity
        if self._photo is None:
            self._photo = QImage()
            for product in shop.products(published_only=True):
                stored = next((shop.image(i.key) for i in product.images if i.key), None)
                if stored is not None and self._photo.loadFromData(stored.data):
                    break
        return ShopLook(name=identity.name, tagline=identity.tagline, primary=self.primary.color(),
                        accent=self.accent.color(), categories=tuple(c.name for c in shop.categories()
                                                                     if c.parent_id is None),
                        photo=self._photo)

    def _draw_thumbnails(self) -> None:
        look = self.shop_look()
        for i in range(self.themes.count()):
            item = self.themes.item(i)
            drawing = shop_thumbnail(item.data(THEME_ROLE), look)
            icon = QIcon(drawing)
            icon.addPixmap(drawing, QIcon.Mode.Selected)  # not tinted by the selection colour
            item.setIcon(icon)

    def selected_theme(self) -> str | None:
        item = self.themes.currentItem()
        return item.data(THEME_ROLE) if item is not None else None

    def load(self) -> None:
        identity = self.session.shop.shop().identity
        self._fill_themes()
        for i in range(self.themes.count()):
            if self.themes.item(i).data(THEME_ROLE) == identity.theme:
                self.themes.setCurrentRow(i)
        self.primary.set_color(identity.primary_color, emit=False)
        self.accent.set_color(identity.accent_color, emit=False)
        self._photo = None  # the products may have changed since the last visit
        self._draw_thumbnails()
        self._describe()
        self._check_contrast()
        if not self.themes.count():
            self.problem.show_problems([self.tr("No theme is available in this version yet.")])

    def _describe(self) -> None:
        theme_id = self.selected_theme()
        info = next((t for t in _themes() if t.id == theme_id), None)
        self.theme_description.setText(info.description(self.lang) if info else "")

    def save(self) -> None:
        shop = self.session.shop
        identity = shop.shop().identity
        updated = replace(identity, theme=self.selected_theme() or identity.theme,
                          primary_color=self.primary.color(), accent_color=self.accent.color())
        if updated != identity:
            shop.save_settings(updated)

    def _theme_changed(self, *_args: object) -> None:
        self._describe()
        self.autosave.poke()
        self.autosave.flush()

    def _colors_changed(self, *_args: object) -> None:
        self._check_contrast()
        self._draw_thumbnails()
        self.autosave.poke()
        self.autosave.flush()

    def _check_contrast(self) -> None:
        self.contrast_warning.show_problems(contrast_problems(self.primary.color(), self.accent.color()))

    def use_palette(self, primary: str, accent: str) -> None:
        """Apply a ready-made pair of colours (saved at once)."""
        with self.autosave.mute():
            self.primary.set_color(primary)
            self.accent.set_color(accent)
        self._check_contrast()
        self._draw_thumbnails()
        self.autosave.poke()
        self.autosave.flush()

    def show_preview(self) -> None:
        """Build the site into a local folder and show it (inside the app, or in the browser)."""
        self.autosave.flush()
        if self.preview_pane is None:
            self.preview_pane = PreviewPane(self, use_webengine=self.preview_inside)
            self.preview_holder.addWidget(self.preview_pane, 1)
            self.preview_pane.set_shop(self.session.shop)
        self.preview_pane.refresh()
