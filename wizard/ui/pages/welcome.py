"""Welcome: start a new shop, or continue one (open a file, recent shops, "Publish my changes")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from wizard.domain.slugs import slugify
from wizard.i18n import EchoppeError
from wizard.ui.pages.base import BasePage
from wizard.ui.session import ShopSession, StartMode, recent_shop_name, recent_shops
from wizard.ui.widgets.common import ProblemLabel, hint

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))
SUFFIX = ".echoppe"  # as wizard.store.shopfile.SUFFIX (not imported: it pulls in the store at start-up)


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_shop_path(name: str) -> Path:
    """``~/Documents/<slug>.echoppe`` (``-2``… when taken)."""
    folder = documents_dir()
    base = slugify(name, "ma-boutique")
    candidate = folder / f"{base}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return candidate


class WelcomePage(BasePage):
    """First page: what the person wants to do, and in which language."""

    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("welcomePage")
        self.setTitle(self.tr("Welcome to Échoppe"))
        self.setSubTitle(self.tr("Open your own shop on the Web, step by step. Everything you type is saved "
                                 "as you go."))
        self.set_help(self.tr(
            "A shop lives in one file on your computer (ending in .echoppe). Copy that file and you have a "
            "full backup. Create a new shop, or continue one you started before."))
        self._path_chosen_by_hand = False

        lang_row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        lang_label = QLabel(self.tr("&Language of the app:"))
        lang_label.setBuddy(self.language)
        lang_row.addWidget(lang_label)
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        self.body.addLayout(lang_row)

        # Coming back: the last shop first, in one click.
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueLast")
        self.continue_button.setDefault(False)
        self.continue_button.clicked.connect(self._continue_last)
        self.body.addWidget(self.continue_button)
        self.new_radio = QRadioButton(self.tr("Create a ne&w shop"))
        self.new_radio.setObjectName("newShopRadio")
        self.open_radio = QRadioButton(self.tr("&Continue a shop I already have"))
        self.open_radio.setObjectName("openShopRadio")
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.open_radio)
        self.new_radio.setChecked(True)

        self.body.addWidget(self.new_radio)
        self.new_box = QWidget()
        form = QFormLayout(self.new_box)
        form.setContentsMargins(28, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newShopName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Les Bocaux de Léa"))
        self.name_edit.setAccessibleName(self.tr("Name of the new shop"))
        form.addRow(self.tr("Shop na&me:"), self.name_edit)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("newShopPath")
        self.path_edit.setAccessibleName(self.tr("File of the new shop"))
        self.browse_new = QPushButton(self.tr("C&hoose…"))
        self.browse_new.setAccessibleName(self.tr("Choose where to save the new shop"))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_new)
        path_label = QLabel(self.tr("&Saved in:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        form.addRow("", hint(self.tr("Your shop is one file. Keep it somewhere you back up.")))
        self.body.addWidget(self.new_box)

        self.body.addSpacing(8)
        self.body.addWidget(self.open_radio)
        self.open_box = QWidget()
        open_layout = QFormLayout(self.open_box)
        open_layout.setContentsMargins(28, 0, 0, 0)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentShops")
        self.recent_list.setAccessibleName(self.tr("Recent shops"))
        self.recent_list.setMaximumHeight(110)
        open_layout.addRow(self.tr("&Recent shops:"), self.recent_list)
        buttons = QHBoxLayout()
        self.browse_open = QPushButton(self.tr("&Open a shop file…"))
        self.browse_open.setObjectName("openShopButton")
        self.publish_now = QPushButton(self.tr("&Publish my changes"))
        self.publish_now.setObjectName("publishChangesButton")
        self.publish_now.setToolTip(self.tr("This shop was published before: send what changed since, "
                                            "in one click."))
        self.publish_now.hide()
        self.restore_button = QPushButton(self.tr("&Restore a shop…"))
        self.restore_button.setObjectName("restoreShopButton")
        self.restore_button.setToolTip(self.tr("Bring a shop back from a backup on this computer or from the "
                                               "encrypted copy on your host, into a new file."))
        buttons.addWidget(self.browse_open)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.publish_now)
        buttons.addStretch(1)
        open_layout.addRow("", buttons)
        self.opened_label = QLabel()
        self.opened_label.setObjectName("openedShopLabel")
        self.opened_label.setWordWrap(True)
        open_layout.addRow("", self.opened_label)
        self.body.addWidget(self.open_box)

        self.problem = ProblemLabel()
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

        self.registerField("newShopName", self.name_edit)
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_edit.textChanged.connect(self._changed)
        self.new_radio.toggled.connect(self._on_mode_changed)
        self.browse_new.clicked.connect(self._choose_new_path)
        self.browse_open.clicked.connect(self._choose_existing)
        self.recent_list.itemActivated.connect(self._open_recent)
        self.recent_list.itemClicked.connect(self._open_recent)
        self.publish_now.clicked.connect(self._publish_now)
        self.restore_button.clicked.connect(self.restore_shop)
        self._fill_recent()
        if session.is_open:  # a window rebuilt in another language: the shop stays open
            self.open_radio.setChecked(True)
        self._on_mode_changed()
        self.setTabOrder(self.language, self.new_radio)
        self.setTabOrder(self.new_radio, self.name_edit)
        self.setTabOrder(self.name_edit, self.path_edit)

    # ------------------------------------------------------------------ state
    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def new_shop_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def new_shop_name(self) -> str:
        return self.name_edit.text().strip()

    def set_language_choice(self, lang: str) -> None:
        index = self.language.findData(lang)
        if index >= 0:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def _continue_last(self) -> None:
        shops = recent_shops()
        if shops and self.open_existing(shops[0]):
            wiz = self.wizard()
            if wiz is not None:
                wiz.next()

    def _fill_recent(self) -> None:
        shops = recent_shops()
        if shops and not self.session.is_open:
            name = recent_shop_name(shops[0]) or shops[0].stem
            self.continue_button.setText(self.tr("Continue with “%1”").replace("%1", name))
            self.continue_button.show()
        else:
            self.continue_button.hide()
        self.recent_list.clear()
        for path in recent_shops():
            item = QListWidgetItem(f"{recent_shop_name(path) or path.stem}  —  {path}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        if not self.recent_list.count():
            item = QListWidgetItem(self.tr("No shop opened yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(item)

    def _on_mode_changed(self, *_args: object) -> None:
        new = self.is_new()
        self.new_box.setEnabled(new)
        self.open_box.setEnabled(True)  # the recent shops stay clickable: a click continues that shop
        if new and self.session.is_open and not self._is_current(self.new_shop_path() or Path()):
            self.session.close()
            self.opened_label.clear()
            self.publish_now.hide()
        self._set_mode()
        self._changed()

    def _set_mode(self) -> None:
        self.session.start_mode = StartMode.NEW if self.is_new() else StartMode.OPEN

    def _on_name_changed(self, text: str) -> None:
        if not self._path_chosen_by_hand:
            self.path_edit.setText(str(default_shop_path(text)) if text.strip() else "")
        self._changed()

    def _on_path_edited(self, _text: str) -> None:
        self._path_chosen_by_hand = True

    def _changed(self, *_args: object) -> None:
        problems: list[str] = []
        if self.is_new():
            path = self.new_shop_path()
            if path is not None and path.exists() and not self._is_current(path):
                problems.append(self.tr("A file with this name already exists there. Choose another name, "
                                        "or continue that shop instead."))
        self.problem.show_problems(problems)
        self.completeChanged.emit()

    def _choose_new_path(self) -> None:
        start = str(self.new_shop_path() or default_shop_path(self.new_shop_name() or "shop"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Where to save your shop"), start, self.tr("Échoppe shops (*.echoppe)"))
        if chosen:
            self._path_chosen_by_hand = True
            self.path_edit.setText(chosen)

    def _choose_existing(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a shop"), str(documents_dir()), self.tr("Échoppe shops (*.echoppe)"))
        if chosen:
            self.open_existing(Path(chosen))

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_existing(Path(path))

    def open_existing(self, path: Path) -> bool:
        """Open ``path`` now (so the page can offer "Publish my changes"); shows a problem on failure."""
        self.open_radio.setChecked(True)
        if self.session.is_open and self.session.path == path:
            return True
        try:
            self.session.open(path)
        except EchoppeError as exc:
            self.problem.show_problems([exc.text(self.lang)])
            self.opened_label.clear()
            self.publish_now.hide()
            self.completeChanged.emit()
            return False
        backup_problem = self.session.backup_problem
        self.problem.show_problems([backup_problem.text(self.lang)] if isinstance(backup_problem, EchoppeError)
                                   else [])
        name = self.session.shop.shop().identity.name or path.stem
        self.opened_label.setText(self.tr("Opened: %1 (%2)").replace("%1", name).replace("%2", str(path)))
        self.publish_now.setVisible(self.session.published_before())
        self.completeChanged.emit()
        return True

    def restore_shop(self) -> None:
        """Open the restore dialog (non-modal, for the tests); the restored file is then opened here."""
        from wizard.ui.dialogs.restore import RestoreDialog

        current = self.session.path if self.session.is_open else None
        recent = recent_shops()
        dialog = RestoreDialog(current or (recent[0] if recent else None), self.lang, self,
                               open_shop=self.session.shop if current else None)
        dialog.accepted.connect(lambda: dialog.restored is not None and self.open_existing(dialog.restored))
        self.restore_dialog = dialog
        dialog.open()

    def _is_current(self, path: Path) -> bool:
        """True when ``path`` is the shop this session already has open (created a moment ago)."""
        return self.session.is_open and self.session.path is not None and (
            self.session.path.resolve() == path.resolve())

    def _publish_now(self) -> None:
        wiz = self.wizard()
        if wiz is None or not self.session.is_open:
            return
        self.session.start_mode = StartMode.PUBLISH_NOW
        wiz.next()

    # ------------------------------------------------------------------ QWizardPage
    def initializePage(self) -> None:
        self._set_mode()

    def isComplete(self) -> bool:
        if self.is_new():
            path = self.new_shop_path()
            return bool(self.new_shop_name()) and path is not None and (
                not path.exists() or self._is_current(path))
        return self.session.is_open

    def why_not_complete(self):
        if self.isComplete():
            return None
        if not self.is_new():
            return self.tr("Choose the shop file to open (from the list or with Browse) to go on."), None
        if not self.new_shop_name():
            return self.tr("Give your new shop a name to go on."), None
        if self.new_shop_path() is None:
            return self.tr("Choose where to save the shop file to go on."), None
        return self.tr("A shop file with this name already exists there: open it, or choose another name "
                       "or folder."), None

    def _why_without_shop(self) -> bool:
        return True

    def validatePage(self) -> bool:
        if self.is_new():
            # The file is created on the next page, once the niche is chosen.
            path = self.new_shop_path()
            if self.session.is_open and (path is None or not self._is_current(path)):
                self.session.close()
            self.session.start_mode = StartMode.NEW
            return True
        if self.session.start_mode != StartMode.PUBLISH_NOW:
            self.session.start_mode = StartMode.OPEN
        return self.session.is_open
